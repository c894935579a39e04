namespace Chronicle.Application.Patients;

using Chronicle.Application.Audit;
using Chronicle.Application.Codes;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Domain.Eligibility;
using Chronicle.Domain.Patients;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Everything the patient page shows: demographics, the problem list with each condition's
/// chronic classification and claim code, visits, other clinical records, and eligibility today.
/// One query per kind of row (patient and practice, conditions, visits, records, practitioners),
/// never one per row. A patient the actor may not see (<see cref="PatientAccess"/>) is answered
/// exactly like an unknown id, so the answer never reveals that the record exists.
/// </summary>
public sealed class GetPatientChart(ChronicleDbContext db, PatientAccess access, AuditTrail audit, ReferenceCodes codes, TimeProvider clock)
{
    public const string UnknownPatientCode = "PATIENT-UNKNOWN";

    public async Task<Result<PatientChart>> ExecuteAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var id = new PatientId(patientId);
        var found = await access.VisiblePatients()
            .Where(p => p.Id == id)
            .Join(db.Practices.AsNoTracking(), p => p.PracticeId, pr => pr.Id, (p, pr) => new { Patient = p, Practice = pr })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return new BusinessError(UnknownPatientCode, $"There is no patient with the id {patientId}.");
        }

        var (patient, practice) = (found.Patient, found.Practice);
        await audit.RecordAsync(AuditEntry.Read("patient chart", patient.Id, practice.Id), cancellationToken);
        var today = practice.TimeZone.LocalDateOf(clock.GetUtcNow());
        var conditions = await db.Conditions.AsNoTracking()
            .Where(c => c.PatientId == id)
            .ToListAsync(cancellationToken);
        var visits = await db.Visits.AsNoTracking()
            .Where(v => v.PatientId == id)
            .OrderByDescending(v => v.Date)
            .ToListAsync(cancellationToken);
        // Observations and immunizations have their own section (GetClinicalSummary); the rest are listed as kept.
        var records = await db.ClinicalRecords.AsNoTracking()
            .Where(r => r.PatientId == id && r.Kind != ClinicalRecordKind.Observation && r.Kind != ClinicalRecordKind.Immunization)
            .ToListAsync(cancellationToken);
        var practitioners = (await db.StaffMembers.AsNoTracking()
            .Where(s => s.PracticeId == practice.Id && s.Npi != null)
            .Select(s => new { s.Npi, s.FirstName, s.LastName, s.Credential })
            .ToListAsync(cancellationToken))
            .ToDictionary(s => s.Npi!.Value.Value, s => $"{s.FirstName} {s.LastName}{(s.Credential is null ? string.Empty : ", " + s.Credential)}", StringComparer.Ordinal);

        // The problem list flags codes the release in force today no longer bills, with their replacements.
        var icd10 = await codes.LoadIcd10CategoriesAsync(today, conditions.Where(c => c.Icd10 is not null).Select(c => c.Icd10!.Value).ToList(), cancellationToken);
        var facts = conditions.ToDictionary(c => c, ConditionFact.Of);
        var eligibility = EligibilityEvaluator.Evaluate(facts.Values, today, patient.DeceasedOn);
        var counted = new HashSet<ConditionFact>(eligibility.ChronicConditions, ReferenceEqualityComparer.Instance);

        return new PatientChart(
            ToDemographics(patient, today),
            practice.Name,
            today,
            conditions
                .OrderByDescending(c => c.IsActiveOn(today))
                .ThenByDescending(c => c.IsChronic)
                .ThenByDescending(c => c.OnsetDate)
                .ThenBy(c => c.Code, StringComparer.Ordinal)
                .Select(c => ToChartCondition(c, today, counted.Contains(facts[c])) with
                {
                    ClaimCodeProblem = c.Icd10 is { } code && c.IsActiveOn(today) ? icd10.Check(code, today)?.Message : null,
                })
                .ToList(),
            visits.Select(v => new ChartVisit(v.Date, v.Code?.Value, v.Description, v.RenderingNpi?.Value,
                v.RenderingNpi is { } npi ? practitioners.GetValueOrDefault(npi.Value) : null)).ToList(),
            records
                .GroupBy(r => r.Kind)
                .OrderBy(g => g.Key)
                .Select(g => new ChartRecordGroup(g.Key, g
                    .OrderByDescending(r => r.StartDate)
                    .ThenBy(r => r.Display, StringComparer.OrdinalIgnoreCase)
                    .Select(r => new ChartRecord(r.Display, r.Code, r.CodeSystem, r.Status, r.StartDate, r.EndDate))
                    .ToList()))
                .ToList(),
            new ChartEligibility(eligibility.CcmEligible, eligibility.PcmEligible, eligibility.ChronicConditions.Count, []));
    }

    private static PatientDemographics ToDemographics(Patient p, DateOnly today) => new(
        p.Id.Value, p.Mrn, p.FirstName, p.LastName, p.DisplayName, p.BirthDate, p.AgeOn(p.DeceasedOn ?? today), p.Sex,
        p.Mbi?.Display, p.Address.IsEmpty ? null : p.Address.ToString(), p.Phone, p.Qmb, p.DeceasedOn, p.PreferredLanguage);

    private static ChartCondition ToChartCondition(Condition c, DateOnly today, bool counts) => new(
        c.CodeSystem,
        ConditionFact.DisplayCodeOf(c.CodeSystem, c.Code),
        c.Display,
        c.ClinicalStatus,
        c.OnsetDate,
        c.AbatementDate,
        c.IsActiveOn(today),
        c.IsChronic,
        c.IsChronic ? c.Classification.Category : null,
        c.ClassificationSource,
        c.Icd10?.Display,
        counts);
}

public sealed record PatientChart(
    PatientDemographics Patient,
    string PracticeName,
    DateOnly Today,
    IReadOnlyList<ChartCondition> Conditions,
    IReadOnlyList<ChartVisit> Visits,
    IReadOnlyList<ChartRecordGroup> Records,
    ChartEligibility Eligibility);

/// <param name="Age">Age today, or at death.</param>
/// <param name="Mbi">The MBI in its display form with dashes.</param>
public sealed record PatientDemographics(
    Guid Id,
    string Mrn,
    string FirstName,
    string LastName,
    string Name,
    DateOnly BirthDate,
    int Age,
    Sex Sex,
    string? Mbi,
    string? Address,
    string? Phone,
    bool Qmb,
    DateOnly? DeceasedOn,
    string? PreferredLanguage = null);

/// <param name="Code">ICD-10-CM with its dot (E11.9) or the SNOMED CT concept id.</param>
/// <param name="ClaimCode">The ICD-10-CM code a claim would carry; null when a SNOMED concept has none yet.</param>
/// <param name="CountsForEligibility">Whether this condition is one of those that make the patient eligible today.</param>
public sealed record ChartCondition(
    CodeSystem System,
    string Code,
    string? Display,
    ClinicalStatus Status,
    DateOnly? OnsetDate,
    DateOnly? AbatementDate,
    bool ActiveToday,
    bool IsChronic,
    string? Category,
    string ClassificationSource,
    string? ClaimCode,
    bool CountsForEligibility)
{
    /// <summary>Why the claim code cannot be billed today (a header or retired code in the release in force), with its replacements; null when it can.</summary>
    public string? ClaimCodeProblem { get; init; }
}

/// <param name="Practitioner">The rendering practitioner's name when the NPI belongs to the practice's staff.</param>
public sealed record ChartVisit(DateOnly Date, string? Code, string? Description, string? Npi, string? Practitioner);

public sealed record ChartRecordGroup(ClinicalRecordKind Kind, IReadOnlyList<ChartRecord> Records);

public sealed record ChartRecord(string? Display, string? Code, string? CodeSystem, string? Status, DateOnly? StartDate, DateOnly? EndDate);

/// <param name="ChronicConditionCount">Distinct chronic conditions (by category) active today.</param>
/// <param name="Enrolled">Programs the patient is enrolled in; empty until enrollment exists.</param>
public sealed record ChartEligibility(bool CcmEligible, bool PcmEligible, int ChronicConditionCount, IReadOnlyList<string> Enrolled);
