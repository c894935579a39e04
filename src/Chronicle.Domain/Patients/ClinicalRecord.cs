namespace Chronicle.Domain.Patients;

using Chronicle.Domain.Common;

/// <summary>
/// Other clinical facts imported from an EHR (medications, allergies, coverage, and care plans,
/// care teams, goals and consents written elsewhere), kept as they came so the chart shows them
/// and later work (medication reconciliation, care planning) starts from them instead of retyping.
/// </summary>
public sealed class ClinicalRecord
{
    private ClinicalRecord() => SourceKey = string.Empty;

    public ClinicalRecordId Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    public ClinicalRecordKind Kind { get; private set; }

    public string SourceKey { get; private set; }

    public string? CodeSystem { get; private set; }

    public string? Code { get; private set; }

    public string? Display { get; private set; }

    public string? Status { get; private set; }

    public DateOnly? StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public static ClinicalRecord Create(PracticeId practiceId, PatientId patientId, ClinicalRecordDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var record = new ClinicalRecord
        {
            Id = ClinicalRecordId.New(),
            PracticeId = practiceId,
            PatientId = patientId,
            Kind = details.Kind,
            SourceKey = details.SourceKey,
        };
        record.Update(details);
        return record;
    }

    public bool Update(ClinicalRecordDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var before = (CodeSystem, Code, Display, Status, StartDate, EndDate);
        CodeSystem = details.CodeSystem;
        Code = details.Code;
        Display = details.Display;
        Status = details.Status;
        StartDate = details.StartDate;
        EndDate = details.EndDate;
        return before != (CodeSystem, Code, Display, Status, StartDate, EndDate);
    }
}

public sealed record ClinicalRecordDetails(
    ClinicalRecordKind Kind,
    string SourceKey,
    string? CodeSystem,
    string? Code,
    string? Display,
    string? Status,
    DateOnly? StartDate,
    DateOnly? EndDate);

public enum ClinicalRecordKind
{
    Medication = 1,
    Allergy = 2,
    Coverage = 3,
    CareTeam = 4,
    CarePlan = 5,
    Goal = 6,
    Consent = 7,
}
