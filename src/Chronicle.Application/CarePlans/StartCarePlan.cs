namespace Chronicle.Application.CarePlans;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.CarePlans.Templates;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Starts a patient's plan from the conditions chosen on their problem list: the templates pre-fill
/// problems, goals, symptoms, interventions and coordination; the suggested care team and the
/// imported medicines fill what they can. The result is version 1, a draft until signed.
/// </summary>
public sealed class StartCarePlan(CarePlanScope scope)
{
    public async Task<Result<int>> ExecuteAsync(Guid patientId, IReadOnlyCollection<Guid> conditionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conditionIds);
        var found = await scope.FindForChangeAsync(patientId, cancellationToken);
        if (found.Value is not { } patient)
        {
            return found.Error!;
        }

        if (await scope.Db.CarePlans.AnyAsync(p => p.PatientId == patient.Patient.Id, cancellationToken))
        {
            return new BusinessError(CarePlanCodes.Exists, "This patient already has a care plan; revise it instead.");
        }

        var ids = conditionIds.Select(id => new ConditionId(id)).ToList();
        var conditions = await scope.Db.Conditions.AsNoTracking()
            .Where(c => c.PatientId == patient.Patient.Id && ids.Contains(c.Id))
            .ToListAsync(cancellationToken);
        if (conditions.Count != ids.Distinct().Count() || conditions.Count == 0)
        {
            return new BusinessError(CarePlanCodes.Invalid, conditions.Count == 0 && ids.Count == 0
                ? "Choose at least one of the patient's conditions to build the plan from."
                : "One of the chosen conditions is not on this patient's problem list.");
        }

        var team = await CareTeamSuggestion.TeamAsync(scope.Db, patient, scope.Actor.UserId, cancellationToken);
        var medications = await CareTeamSuggestion.MedicationsAsync(scope.Db, patient, cancellationToken);
        var chosen = conditions
            .OrderBy(c => ids.IndexOf(c.Id))
            .Select(c => new PlanCondition(c.Id, c.Icd10?.Value ?? c.Code, c.Display ?? c.Code));
        var content = CarePlanTemplates.Apply(chosen, new TemplateContext(patient.Now.Today, team, medications));
        var plan = CarePlan.Start(patient.Practice.Id, patient.Patient.Id, content, scope.PlanActor, patient.Now, "Started from condition templates");
        scope.Db.CarePlans.Add(plan);
        return await scope.SaveAsync(patient, AuditActions.Create, "care plan version 1 created", cancellationToken) is { } error ? error : 1;
    }
}
