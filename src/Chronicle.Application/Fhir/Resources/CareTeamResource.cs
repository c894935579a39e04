namespace Chronicle.Application.Fhir.Resources;

using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>The care team of each care plan the caller may see, as US Core CareTeam under the plan's id.</summary>
public sealed class CareTeamResource : PlanResourceDefinition
{
    public override string Name => "CareTeam";

    protected override string? Profile => UsCoreProfiles.CareTeam;

    protected override IReadOnlyList<IncludeDefinition> Includes =>
    [
        new("CareTeam:patient", "Patient", r => [((CareTeam)r).Subject]),
        new("CareTeam:participant", "Practitioner", r => ((CareTeam)r).Participant.Select(p => p.Member)),
    ];

    protected override IEnumerable<SearchParameterDefinition<Domain.CarePlans.CarePlan>> SearchParameters =>
    [
        .. PatientParameters,
        Parameter("status", SearchParamType.Token, "active (the plan is signed) or proposed (it is not yet).", v => SearchValues.Token(v).Code switch
        {
            "active" => HasSignedVersion,
            "proposed" => HasNoSignedVersion,
            "" => null,
            _ => Nothing,
        }),
    ];

    protected override Task<IReadOnlyList<Resource>> MapAsync(FhirScope scope, IReadOnlyList<Domain.CarePlans.CarePlan> rows, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Task.FromResult<IReadOnlyList<Resource>>([.. rows.Select(CareTeamExport.ToFhir)]);
}
