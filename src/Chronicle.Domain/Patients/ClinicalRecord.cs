namespace Chronicle.Domain.Patients;

using Chronicle.Domain.Common;

/// <summary>
/// Other clinical facts imported from an EHR (observations, medications, allergies, immunizations,
/// coverage, and care plans, care teams, goals and consents written elsewhere), kept as they came
/// so the chart shows them and later work (medication reconciliation, care planning, goals measured
/// against results) starts from them instead of retyping. What every kind has is a column; what
/// only one kind has and nothing queries is <see cref="ClinicalFacts"/> (ADR 0265).
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

    /// <summary>An observation's or allergy's category code, a prescription's category (outpatient…).</summary>
    public string? Category { get; private set; }

    /// <summary>When it happened, exactly as written (effective, occurrence, authoredOn, recordedDate); <see cref="StartDate"/> is its local date.</summary>
    public SourceDateTime? OccurredAt { get; private set; }

    /// <summary>An observation's number (a result of one quantity); panels keep theirs in the components.</summary>
    public decimal? Value { get; private set; }

    /// <summary>The UCUM code of <see cref="Value"/>.</summary>
    public string? Unit { get; private set; }

    /// <summary>A prescription's intent (order, plan, proposal…); null for a medication the patient reported taking.</summary>
    public string? Intent { get; private set; }

    /// <summary>The device that produced a reading (a reference as the source wrote it), for remote monitoring.</summary>
    public string? DeviceReference { get; private set; }

    /// <summary>Whether a person typed the reading in (a CSV or a form) rather than a device or an interface sending it.</summary>
    public bool ManuallyEntered { get; private set; }

    /// <summary>The kind-specific details as JSON (<see cref="ClinicalFacts.Encode"/>); null when there are none.</summary>
    public string? FactsJson { get; private set; }

    public ClinicalFacts Facts => ClinicalFacts.Decode(FactsJson);

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
        var beforeMore = (Category, OccurredAt, Value, Unit, Intent, DeviceReference, ManuallyEntered, FactsJson);
        CodeSystem = details.CodeSystem;
        Code = details.Code;
        Display = details.Display;
        Status = details.Status;
        StartDate = details.StartDate;
        EndDate = details.EndDate;
        Category = details.Category;
        OccurredAt = details.OccurredAt;
        Value = details.Value;
        Unit = details.Unit;
        Intent = details.Intent;
        DeviceReference = details.DeviceReference;
        ManuallyEntered = details.ManuallyEntered;
        var facts = details.Facts?.Encode();
        FactsJson = facts is null or "{}" ? null : facts;
        return before != (CodeSystem, Code, Display, Status, StartDate, EndDate)
            || beforeMore != (Category, OccurredAt, Value, Unit, Intent, DeviceReference, ManuallyEntered, FactsJson);
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
    DateOnly? EndDate)
{
    public string? Category { get; init; }

    public SourceDateTime? OccurredAt { get; init; }

    public decimal? Value { get; init; }

    public string? Unit { get; init; }

    public string? Intent { get; init; }

    public string? DeviceReference { get; init; }

    public bool ManuallyEntered { get; init; }

    public ClinicalFacts? Facts { get; init; }
}

public enum ClinicalRecordKind
{
    Medication = 1,
    Allergy = 2,
    Coverage = 3,
    CareTeam = 4,
    CarePlan = 5,
    Goal = 6,
    Consent = 7,
    Observation = 8,
    Immunization = 9,
}
