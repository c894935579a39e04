namespace Chronicle.Domain.Eligibility;

using Chronicle.Domain.Patients;

/// <summary>
/// One line of a chronic-condition classification: a code (or, for ICD-10-CM, a code prefix such
/// as the category E11) that belongs to a chronic disease category. For SNOMED CT concepts the rule
/// may also name the ICD-10-CM code the concept maps to for claims.
/// </summary>
public sealed record ChronicRule(
    CodeSystem System,
    string Code,
    bool IsPrefix,
    string Category,
    string Source,
    string? MapsToIcd10 = null);
