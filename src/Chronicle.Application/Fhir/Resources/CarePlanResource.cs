namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

/// <summary>Comprehensive care plans of the patients the caller may see, as US Core CarePlan (the version in force, or the latest draft).</summary>
public sealed class CarePlanResource : FhirResourceDefinition<Domain.CarePlans.CarePlan>
{
    public override string Name => "CarePlan";

    public override bool InPatientCompartment => true;

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
        Parameter("patient", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<Domain.CarePlans.CarePlan>(v, p => p.PatientId)),
        Parameter("subject", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<Domain.CarePlans.CarePlan>(v, p => p.PatientId)),
        Parameter("category", SearchParamType.Token, "assess-plan (every plan Chronicle keeps is the comprehensive assessment and plan).", v =>
            SearchValues.Token(v).Code switch { "" => null, "assess-plan" => p => true, _ => Nothing }),
        Parameter("status", SearchParamType.Token, "active (a version is signed) or draft (none is yet).", v => SearchValues.Token(v).Code switch
        {
            "active" => p => p.Activities.Any(a => a.Kind == CarePlanActivityKind.Signed),
            "draft" => p => !p.Activities.Any(a => a.Kind == CarePlanActivityKind.Signed),
            "" => null,
            _ => Nothing,
        }),
        Parameter("date", SearchParamType.Date, "The day the plan was started, with the usual prefixes.", v =>
            SearchValues.Date<Domain.CarePlans.CarePlan>(p => p.Versions.Min(x => (DateOnly?)x.CreatedOn), v)),
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
        System.Threading.Tasks.Task.FromResult<IReadOnlyList<Resource>>([.. rows.Select(CarePlanExport.ToFhir)]);
}
