namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Hl7.Fhir.Model;
using CarePlan = Chronicle.Domain.CarePlans.CarePlan;

/// <summary>
/// A resource type read from the care-plan table, one resource per plan under the plan's id
/// (CarePlan, CareTeam): who may see which plans, how ids and patients select them, their order,
/// and whether a plan has a signed version, which both types turn into their status.
/// </summary>
public abstract class PlanResourceDefinition : FhirResourceDefinition<CarePlan>
{
    public override bool InPatientCompartment => true;

    protected static Expression<Func<CarePlan, bool>> HasSignedVersion => p => p.Activities.Any(a => a.Kind == CarePlanActivityKind.Signed);

    protected static Expression<Func<CarePlan, bool>> HasNoSignedVersion => p => !p.Activities.Any(a => a.Kind == CarePlanActivityKind.Signed);

    protected override IQueryable<CarePlan> Visible(FhirScope scope) => PlanData.Visible(scope);

    protected override Expression<Func<CarePlan, bool>> IdIn(IReadOnlyCollection<Guid> ids)
    {
        var list = ids.Select(id => new CarePlanId(id)).ToList();
        return p => list.Contains(p.Id);
    }

    protected override IOrderedQueryable<CarePlan> Order(IQueryable<CarePlan> query) => query.OrderBy(p => p.Id);

    protected override Expression<Func<CarePlan, bool>>? OfPatient(PatientId patient) => p => p.PatientId == patient;

    /// <summary>The plan's patient, searched as patient or subject.</summary>
    protected static IEnumerable<SearchParameterDefinition<CarePlan>> PatientParameters =>
    [
        Parameter("patient", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<CarePlan>(v, p => p.PatientId)),
        Parameter("subject", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<CarePlan>(v, p => p.PatientId)),
    ];
}
