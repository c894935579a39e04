namespace Chronicle.Interop.Fhir;

using Hl7.Fhir.Model;

/// <summary>Which resource types the importer reads, and the mapper for each.</summary>
internal static class ResourceMapper
{
    /// <summary>
    /// Types that are deserialized and mapped. Medication is read only to name what a
    /// medicationReference points at; every other type is counted as skipped without being parsed.
    /// </summary>
    public static readonly HashSet<string> ReadTypes = new(StringComparer.Ordinal)
    {
        "Organization", "Practitioner", "PractitionerRole", "Patient", "Condition", "Encounter",
        "MedicationRequest", "MedicationStatement", "AllergyIntolerance", "Coverage", "CareTeam",
        "CarePlan", "Goal", "Consent", "Medication", "EpisodeOfCare", "Procedure",
        "Observation", "Immunization",
    };

    public static MappedResource Map(Resource resource, FhirSource source, string? fullUrl, FhirMappingContext context) => resource switch
    {
        _ when CcmRecordMapper.IsCcm(resource) => CcmRecordMapper.Map(resource, source, fullUrl, context),
        EpisodeOfCare or Procedure => new IgnoredResource(source, fullUrl),
        _ when CcmRecordMapper.IsCarePlanPart(resource) => new IgnoredResource(source, fullUrl),
        Patient r => PatientMapper.Map(r, source, fullUrl, context),
        Condition r => ConditionMapper.Map(r, source, fullUrl, context),
        Encounter r => EncounterMapper.Map(r, source, fullUrl, context),
        Practitioner r => PractitionerMapper.Map(r, source, fullUrl),
        PractitionerRole r => PractitionerMapper.MapRole(r, source, fullUrl),
        Organization r => PractitionerMapper.MapOrganization(r, source, fullUrl),
        Medication r => ClinicalRecordMapper.MapMedication(r, source, fullUrl),
        // An observation named only in words ("weight") is not a measure anything can trend or search: skipped, like other types.
        Observation r when FhirValues.FirstCoding(r.Code) is null => new IgnoredResource(source, fullUrl),
        Observation r => ObservationMapper.Map(r, source, fullUrl, context),
        Immunization r => ObservationMapper.Map(r, source, fullUrl, context),
        _ => ClinicalRecordMapper.Map(resource, source, fullUrl, context),
    };

    /// <summary>What a resource that failed to deserialize still is, so references to it resolve to a rejected target.</summary>
    public static MappedResource Broken(FhirSource source, string? fullUrl) => source.ResourceType == "Patient"
        ? new MappedPatient(source, fullUrl)
        : new BrokenResource(source, fullUrl);
}
