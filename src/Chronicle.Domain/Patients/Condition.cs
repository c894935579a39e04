namespace Chronicle.Domain.Patients;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;

/// <summary>
/// A diagnosis on the patient's problem list, coded in ICD-10-CM or SNOMED CT. A SNOMED-coded
/// condition carries the ICD-10-CM code it maps to when the map knows one; without it the
/// condition can still make a patient eligible but cannot appear on a claim.
/// </summary>
public sealed class Condition
{
    private Condition()
    {
        Code = string.Empty;
        SourceKey = string.Empty;
    }

    public ConditionId Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    /// <summary>Where the condition came from, unique per patient: a FHIR id or the CSV code and onset.</summary>
    public string SourceKey { get; private set; }

    public CodeSystem CodeSystem { get; private set; }

    /// <summary>The code as coded at the source (ICD-10-CM without the dot, or a SNOMED CT concept id).</summary>
    public string Code { get; private set; }

    public string? Display { get; private set; }

    /// <summary>The ICD-10-CM code for claims: the code itself, or what the SNOMED map gives.</summary>
    public Icd10Code? Icd10 { get; private set; }

    public DateOnly? OnsetDate { get; private set; }

    public DateOnly? AbatementDate { get; private set; }

    public ClinicalStatus ClinicalStatus { get; private set; }

    /// <summary>A chronic flag set by a person or a CSV column; overrides the classification.</summary>
    public bool? ChronicOverride { get; private set; }

    public ChronicClassification Classification { get; private set; } = ChronicClassification.Unclassified;

    /// <summary>Problem-list item, encounter diagnosis or health concern, as the source said.</summary>
    public ConditionCategory Category { get; private set; }

    /// <summary>The source's verification status code (confirmed, provisional, differential, unconfirmed); null when not given.</summary>
    public string? VerificationStatus { get; private set; }

    /// <summary>The onset exactly as the source wrote it (<see cref="OnsetDate"/> is its local date).</summary>
    public SourceDateTime? OnsetAt { get; private set; }

    /// <summary>The abatement exactly as the source wrote it (<see cref="AbatementDate"/> is its local date).</summary>
    public SourceDateTime? AbatementAt { get; private set; }

    /// <summary>When the source recorded the condition.</summary>
    public SourceDateTime? RecordedAt { get; private set; }

    /// <summary>The source key of the visit the condition was diagnosed at, when the source named one.</summary>
    public string? EncounterKey { get; private set; }

    /// <summary>Whether this condition counts as chronic after any explicit override.</summary>
    public bool IsChronic => Chronic(ChronicOverride, Classification.IsChronic);

    /// <summary>The rule behind <see cref="IsChronic"/>, for readers that hold the two columns rather than the entity: the practice's override wins over the classification.</summary>
    public static bool Chronic(bool? chronicOverride, bool classifiedChronic) => chronicOverride ?? classifiedChronic;

    /// <summary>Active on a date: begun by then, not abated by then, and clinically active.</summary>
    public bool IsActiveOn(DateOnly date) => IsActive(ClinicalStatus, OnsetDate, AbatementDate, date);

    /// <summary>
    /// The one rule for "active on a date", shared by the entity and by facts read in bulk:
    /// active, recurrence or relapse; begun by then; not abated by then (remission does not count).
    /// </summary>
    public static bool IsActive(ClinicalStatus status, DateOnly? onset, DateOnly? abatement, DateOnly date) =>
        status is ClinicalStatus.Active or ClinicalStatus.Recurrence or ClinicalStatus.Relapse
        && (onset is null || onset <= date)
        && (abatement is null || abatement > date);

    /// <summary>Where the chronic judgement comes from: the classification, or the practice when it overrode it.</summary>
    public string ClassificationSource => ChronicOverride is null ? Classification.Source : ChronicClassification.PracticeSource;

    public static Condition Create(PracticeId practiceId, PatientId patientId, ConditionDetails details, ChronicClassification classification)
    {
        var condition = new Condition
        {
            Id = ConditionId.New(),
            PracticeId = practiceId,
            PatientId = patientId,
            SourceKey = details.SourceKey,
        };
        condition.Update(details, classification);
        return condition;
    }

    public bool Update(ConditionDetails details, ChronicClassification classification)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(classification);
        if (details.AbatementDate is { } end && details.OnsetDate is { } start && end < start)
        {
            throw new InvalidValueException("abatement date", $"The condition ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd}).");
        }

        var before = Snapshot();
        CodeSystem = details.CodeSystem;
        Code = details.Code;
        Display = details.Display;
        Icd10 = details.Icd10;
        OnsetDate = details.OnsetDate;
        AbatementDate = details.AbatementDate;
        ClinicalStatus = details.ClinicalStatus;
        ChronicOverride = details.ChronicOverride;
        Classification = classification;
        var source = details.Source ?? ConditionSourceFacts.None;
        Category = source.Category;
        VerificationStatus = source.VerificationStatus;
        OnsetAt = source.OnsetAt;
        AbatementAt = source.AbatementAt;
        RecordedAt = source.RecordedAt;
        EncounterKey = source.EncounterKey;
        return before != Snapshot();
    }

    /// <summary>Applies a new classification (after a classification file is imported).</summary>
    public bool Reclassify(ChronicClassification classification)
    {
        ArgumentNullException.ThrowIfNull(classification);
        var changed = Classification != classification;
        Classification = classification;
        return changed;
    }

    private (CodeSystem, string, string?, Icd10Code?, DateOnly?, DateOnly?, ClinicalStatus, bool?, ChronicClassification, ConditionSourceFacts) Snapshot() =>
        (CodeSystem, Code, Display, Icd10, OnsetDate, AbatementDate, ClinicalStatus, ChronicOverride, Classification,
            new ConditionSourceFacts(Category, VerificationStatus, OnsetAt, AbatementAt, RecordedAt, EncounterKey));
}

public sealed record ConditionDetails(
    string SourceKey,
    CodeSystem CodeSystem,
    string Code,
    string? Display,
    Icd10Code? Icd10,
    DateOnly? OnsetDate,
    DateOnly? AbatementDate,
    ClinicalStatus ClinicalStatus,
    bool? ChronicOverride,
    ConditionSourceFacts? Source = null);

/// <summary>
/// What a source system said about a condition that Chronicle keeps to give back: its category,
/// verification status, onset, abatement and recorded date-times as written, and the encounter.
/// </summary>
public sealed record ConditionSourceFacts(
    ConditionCategory Category,
    string? VerificationStatus,
    SourceDateTime? OnsetAt,
    SourceDateTime? AbatementAt,
    SourceDateTime? RecordedAt,
    string? EncounterKey)
{
    public static ConditionSourceFacts None { get; } = new(ConditionCategory.ProblemListItem, null, null, null, null, null);
}

/// <summary>FHIR's condition categories (US Core): a problem-list item unless the source said otherwise.</summary>
public enum ConditionCategory
{
    ProblemListItem = 0,
    EncounterDiagnosis = 1,
    HealthConcern = 2,
}

public enum CodeSystem
{
    Icd10Cm = 1,
    SnomedCt = 2,
}

public enum ClinicalStatus
{
    Active = 1,
    Recurrence = 2,
    Relapse = 3,
    Inactive = 4,
    Remission = 5,
    Resolved = 6,
}
