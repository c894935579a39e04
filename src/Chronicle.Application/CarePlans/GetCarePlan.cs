namespace Chronicle.Application.CarePlans;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Domain.CarePlans.Templates;
using Chronicle.Domain.Patients;
using Microsoft.EntityFrameworkCore;

/// <summary>The patient's care plan as it stands (latest version, status, history, copies, any draft) and the conditions a plan can start from.</summary>
public sealed class GetCarePlan(CarePlanScope scope)
{
    /// <param name="partOfChart">
    /// True when the plan's summary is shown inside the patient chart, whose own read event already
    /// records the view; one page view stays one audit event, as for the enrollment section.
    /// </param>
    public async Task<Result<CarePlanPage>> ExecuteAsync(Guid patientId, CancellationToken cancellationToken, bool partOfChart = false)
    {
        var found = await scope.FindAsync(patientId, cancellationToken);
        if (found.Value is not { } patient)
        {
            return found.Error!;
        }

        if (!partOfChart)
        {
            await scope.Audit.RecordAsync(AuditEntry.Read("care plan", patient.Patient.Id, patient.Practice.Id), cancellationToken);
        }

        var plan = await scope.LoadAsync(patient.Patient.Id, tracking: false, cancellationToken);
        var draft = plan is null ? null : await scope.Db.CarePlanDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.PlanId == plan.Id, cancellationToken);
        var conditions = await scope.Db.Conditions.AsNoTracking().Where(c => c.PatientId == patient.Patient.Id).ToListAsync(cancellationToken);
        var today = patient.Now.Today;
        var choices = conditions
            .Where(c => c.IsActiveOn(today))
            .OrderByDescending(c => c.IsChronic).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => new PlanConditionChoice(c.Id.Value, c.Icd10?.Display ?? c.Code, c.Display ?? c.Code, c.IsChronic,
                c.Icd10 is { } icd ? CarePlanTemplates.For(icd.Value)?.Name : null))
            .ToList();
        return new CarePlanPage(
            patient.Patient.Id.Value, patient.Patient.DisplayName, patient.Patient.Mrn, today,
            scope.CanEdit, scope.Actor.Allows(Capability.SignCarePlans), choices,
            plan is null ? null : CarePlanViewMapper.ToView(plan, draft));
    }
}
