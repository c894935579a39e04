namespace Chronicle.Interop.Fhir;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Eligibility;
using Chronicle.Domain.Practices;

/// <summary>
/// What mapping needs beyond the file: the loaded ICD-10-CM release (to refuse unknown and header
/// codes), the classifier (to map SNOMED CT concepts to ICD-10-CM), the practice's time zone (a
/// FHIR instant becomes the practice's local date) and today's date there (no future birth dates).
/// </summary>
public sealed record FhirMappingContext(Icd10CodeSet Icd10Codes, ChronicClassifier Classifier, PracticeTimeZone TimeZone, DateOnly Today);
