namespace Chronicle.Application.Importing;

using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Fhir;

/// <summary>
/// A comprehensive care plan from FHIR, through <see cref="CarePlan.Start"/> and, when the exporter
/// had it in force, <see cref="CarePlan.Sign"/>: the signer is the billing practitioner of the
/// patient's consent (the latest accepted one), as for an enrollment. Staff on the care team are
/// renamed to the practice's staff, problems re-linked to the patient's conditions of the same code,
/// and portal accounts (which belong to the exporting system) dropped (ADR 0133).
/// </summary>
internal static class FhirCcmCarePlans
{
    public const string ImportedNote = "Imported from FHIR";

    public static CarePlan? Write(PracticeId practiceId, Patient patient, FhirCarePlanImport import, PatientConsents? ledger,
        IReadOnlyList<Condition> conditions, PlanActor importer, DateTimeOffset now, DateOnly today, FhirCcmWriter.Context context)
    {
        var source = import.Source;
        var team = new List<CareTeamMember>();
        foreach (var member in import.Content.CareTeam)
        {
            if (member.StaffId is { } old)
            {
                var staff = context.Staff(import.StaffKeys.GetValueOrDefault(old.Value), source, $"{source.Path}.contained");
                if (staff is null)
                {
                    return null;
                }

                team.Add(member with { StaffId = staff.Id, PortalUserId = null });
            }
            else
            {
                team.Add(member with { PortalUserId = null });
            }
        }

        var problems = import.Content.Problems.Select(p => p with { ConditionId = ConditionOf(p.Code, conditions) }).ToList();
        var content = import.Content with { CareTeam = team, Problems = problems };
        var on = import.CreatedOn is { } created && created <= today ? created : today;
        var plan = CarePlan.Start(practiceId, patient.Id, content, importer, new PlanMoment(now, on), ImportedNote);
        if (!import.InForce)
        {
            return plan;
        }

        var consent = ledger?.Current
            .Where(r => r.Decision == ConsentDecision.Accepted)
            .OrderByDescending(r => r.Date)
            .FirstOrDefault();
        if (consent is null || context.StaffById(consent.PractitionerId) is not { } signer)
        {
            context.Issue(source, ".status", "An active care plan is signed by the patient's billing practitioner; no accepted consent of this patient names one. Include the patient's Consent in the Bundle.");
            return null;
        }

        var signed = plan.Sign(plan.Latest.Number, new PlanActor($"staff:{signer.Id}", signer.DisplayName, IsBillingPractitioner: true), new PlanMoment(now, on));
        if (signed.Failure is { } refused)
        {
            context.Refuse(source, ".status", refused);
            return null;
        }

        return plan;
    }

    private static ConditionId? ConditionOf(string? code, IReadOnlyList<Condition> conditions) =>
        string.IsNullOrWhiteSpace(code)
            ? null
            : conditions.FirstOrDefault(c => string.Equals(c.Icd10?.Display, code, StringComparison.OrdinalIgnoreCase)
                || string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase))?.Id;
}
