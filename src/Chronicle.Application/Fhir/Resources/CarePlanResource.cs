namespace Chronicle.Application.Fhir.Resources;

using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>Comprehensive care plans of the patients the caller may see, as US Core CarePlan (the version in force, or the latest draft).</summary>
public sealed class CarePlanResource : PlanResourceDefinition
{
    public override string Name => "CarePlan";

    protected override string? Profile => UsCoreProfiles.CarePlan;

    protected override IReadOnlyList<IncludeDefinition> Includes =>
    [
        new("CarePlan:patient", "Patient", r => [((Hl7.Fhir.Model.CarePlan)r).Subject]),
        new("CarePlan:condition", "Condition", r => ((Hl7.Fhir.Model.CarePlan)r).Addresses),
        new("CarePlan:goal", "Goal", r => ((Hl7.Fhir.Model.CarePlan)r).Goal),
        new("CarePlan:care-team", "CareTeam", r => ((Hl7.Fhir.Model.CarePlan)r).CareTeam),
    ];

    protected override IEnumerable<SearchParameterDefinition<Domain.CarePlans.CarePlan>> SearchParameters =>
    [
        .. PatientParameters,
        Parameter("category", SearchParamType.Token, "assess-plan (every plan Chronicle keeps is the comprehensive assessment and plan).", v =>
            SearchValues.Token(v).Code switch { "" => null, "assess-plan" => p => true, _ => Nothing }),
        Parameter("status", SearchParamType.Token, "active (a version is signed) or draft (none is yet).", v => SearchValues.Token(v).Code switch
        {
            "active" => HasSignedVersion,
            "draft" => HasNoSignedVersion,
            "" => null,
            _ => Nothing,
        }),
        Parameter("date", SearchParamType.Date, "The day the plan was started, with the usual prefixes.", v =>
            SearchValues.Date<Domain.CarePlans.CarePlan>(p => p.Versions.Min(x => (DateOnly?)x.CreatedOn), v)),
    ];

    protected override Task<IReadOnlyList<Resource>> MapAsync(FhirScope scope, IReadOnlyList<Domain.CarePlans.CarePlan> rows, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Task.FromResult<IReadOnlyList<Resource>>([.. rows.Select(CarePlanExport.ToFhir)]);
}
