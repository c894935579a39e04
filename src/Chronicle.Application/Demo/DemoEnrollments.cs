namespace Chronicle.Application.Demo;

using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;

/// <summary>
/// The demo practice's enrollments, each started at the patient's demo visit (the initiating visit
/// at which care management was discussed, with the consent taken there): most eligible patients
/// are enrolled and consented; a few show what the gate reports (no consent yet, no care manager),
/// one declined, one opted out, one is in PCM; the rest (RB1019 on) are left for the wizard.
/// </summary>
internal static class DemoEnrollments
{
    private static readonly int[] Consented = [0, 1, 2, 3, 4, 5, 6, 7, 10, 12, 13];
    private static readonly string[] CareManagers = ["rn-castillo", "lpn-hughes", "ma-nguyen"];

    public static void Add(ChronicleDbContext db, Practice practice, IReadOnlyDictionary<string, StaffMember> staff, IReadOnlyDictionary<string, Patient> patients, DateOnly today)
    {
        for (var i = 0; i <= 17; i++)
        {
            var patient = patients[$"RB{1001 + i}"];
            var visit = db.Visits.Local.Single(v => v.PatientId == patient.Id);
            var practitioner = new BillingPractitioner(staff.Values.Single(s => s.Npi == visit.RenderingNpi).Id, visit.RenderingNpi!.Value);
            var manager = staff[CareManagers[i % CareManagers.Length]].Id;
            var enrollments = PatientEnrollments.Create(practice.Id, patient.Id);
            var consents = PatientConsents.Create(practice.Id, patient.Id);
            var program = i == 8 ? CareProgram.Pcm : CareProgram.Ccm;
            var candidate = enrollments.Propose(program, practitioner, visit.Date).GetValueOrThrow();
            switch (i)
            {
                case 9 or 11:
                    continue;
                case 16:
                    Check(enrollments.Decline(candidate.Id, visit.Date, "Does not want a monthly coinsurance charge"));
                    break;
                default:
                    Check(enrollments.Enroll(candidate.Id, visit.Date, i == 15 ? null : manager, visit.Id));
                    break;
            }

            if (i != 14 && i != 16)
            {
                var method = i % 3 == 0 ? ConsentMethod.Written : ConsentMethod.Verbal;
                consents.Record(new ConsentDetails(program, practitioner, visit.Date, method, ConsentDecision.Accepted, ConsentDisclosures.All, manager, true, i == 6 ? "es" : "en"))
                    .GetValueOrThrow();
            }

            if (i == 17)
            {
                Check(enrollments.Unenroll(candidate.Id, today, "Prefers to call the office when needed"));
                consents.Revoke(program, practitioner, today).GetValueOrThrow();
            }

            db.PatientEnrollments.Add(enrollments);
            if (consents.Version > 0)
            {
                db.PatientConsents.Add(consents);
            }
        }
    }

    private static void Check(Outcome outcome)
    {
        if (outcome.Failure is { } failure)
        {
            throw new InvalidOperationException($"The demo enrollments break a rule: {failure}");
        }
    }
}
