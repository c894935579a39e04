namespace Chronicle.Application.Fhir;

using Chronicle.Application.Fhir.Resources;
using Microsoft.Extensions.DependencyInjection;

public static class FhirServiceCollectionExtensions
{
    /// <summary>
    /// The /fhir API's use cases and its registry of resource types. A new resource type is one
    /// line here (and its definition class); routing and the CapabilityStatement follow from it.
    /// </summary>
    public static IServiceCollection AddChronicleFhir(this IServiceCollection services)
    {
        services.AddSingleton<IFhirResourceType, PatientResource>();
        services.AddSingleton<IFhirResourceType, PractitionerResource>();
        services.AddSingleton<IFhirResourceType, PractitionerRoleResource>();
        services.AddSingleton<IFhirResourceType, OrganizationResource>();
        services.AddSingleton<IFhirResourceType, ConditionResource>();
        services.AddSingleton<IFhirResourceType, EncounterResource>();
        services.AddSingleton<IFhirResourceType, MedicationStatementResource>();
        services.AddSingleton<IFhirResourceType, ObservationResource>();
        services.AddSingleton<IFhirResourceType, AllergyIntoleranceResource>();
        services.AddSingleton<IFhirResourceType, MedicationRequestResource>();
        services.AddSingleton<IFhirResourceType, ImmunizationResource>();
        services.AddSingleton<IFhirResourceType, ConsentResource>();
        services.AddSingleton<IFhirResourceType, EpisodeOfCareResource>();
        services.AddSingleton<IFhirResourceType, CarePlanResource>();
        services.AddSingleton<IFhirResourceType, GoalResource>();
        services.AddSingleton<IFhirResourceType, CareTeamResource>();
        services.AddSingleton<IFhirResourceType, ProcedureResource>();
        services.AddSingleton<IFhirResourceType, RelatedPersonResource>();
        services.AddSingleton<IFhirResourceType, ChargeItemResource>();
        services.AddSingleton<IFhirResourceType, ClaimResource>();
        services.AddSingleton<IFhirResourceType, CoverageResource>();
        services.AddSingleton<FhirResourceRegistry>();
        services.AddScoped<FhirScope>();
        services.AddScoped<ImportedEntries>();
        services.AddScoped<GetFhirCapabilityStatement>();
        services.AddScoped<ReadFhirResource>();
        services.AddScoped<ReadFhirResourceVersion>();
        services.AddScoped<GetFhirResourceHistory>();
        services.AddScoped<SearchFhirResources>();
        services.AddScoped<GetPatientEverything>();
        services.AddScoped<ImportFhirBundle>();
        return services;
    }
}
