namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

/// <summary>The care team of each care plan the caller may see, as US Core CareTeam under the plan's id.</summary>
public sealed class CareTeamResource : FhirResourceDefinition<Domain.CarePlans.CarePlan>
{
    public override string Name => "CareTeam";

    public override bool InPatientCompartment => true;

    protected override string? Profile => UsCoreProfiles.CareTeam;

    protected override IReadOnlyList<IncludeDefinition> Includes =>
    [
        new("CareTeam:patient", "Patient", r => [((CareTeam)r).Subject]),
        new("CareTeam:participant", "Practitioner", r => ((CareTeam)r).Participant.Select(p => p.Member)),
    ];

    protected override IEnumerable<SearchParameterDefinition<Domain.CarePlans.CarePlan>> SearchParameters =>
    [
        Parameter("patient", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<Domain.CarePlans.CarePlan>(v, p => p.PatientId)),
        Parameter("subject", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<Domain.CarePlans.CarePlan>(v, p => p.PatientId)),
        Parameter("status", SearchParamType.Token, "active (the plan is signed) or proposed (it is not yet).", v => SearchValues.Token(v).Code switch
        {
            "active" => p => p.Activities.Any(a => a.Kind == CarePlanActivityKind.Signed),
            "proposed" => p => !p.Activities.Any(a => a.Kind == CarePlanActivityKind.Signed),
            "" => null,
            _ => Nothing,
        }),
    ];

    protected override IQueryable<Domain.CarePlans.CarePlan> Visible(FhirScope scope) => PlanData.Visible(scope);

    protected override Expression<Func<Domain.CarePlans.CarePlan, bool>> IdIn(IReadOnlyCollection<Guid> ids)
    {
        var list = ids.Select(id => new CarePlanId(id)).ToList();
        return p => list.Contains(p.Id);
    }

    protected override IOrderedQueryable<Domain.CarePlans.CarePlan> Order(IQueryable<Domain.CarePlans.CarePlan> query) => query.OrderBy(p => p.Id);

    protected override Expression<Func<Domain.CarePlans.CarePlan, bool>>? OfPatient(PatientId patient) => p => p.PatientId == patient;

    protected override Task<IReadOnlyList<Resource>> MapAsync(FhirScope scope, IReadOnlyList<Domain.CarePlans.CarePlan> rows, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Task.FromResult<IReadOnlyList<Resource>>([.. rows.Select(CareTeamExport.ToFhir)]);
}
