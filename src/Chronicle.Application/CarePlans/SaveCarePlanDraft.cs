namespace Chronicle.Application.CarePlans;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.CarePlans;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Keeps the editor's working copy (autosave, or Save draft without JavaScript). It is not a version:
/// it is replaced on each save and discarded when the edit becomes a version or is thrown away.
/// </summary>
public sealed class SaveCarePlanDraft(CarePlanScope scope)
{
    public async Task<Result<DateTimeOffset>> ExecuteAsync(Guid patientId, int basedOn, CarePlanContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var found = await scope.FindForChangeAsync(patientId, cancellationToken);
        if (found.Value is not { } patient)
        {
            return found.Error!;
        }

        var plan = await scope.LoadAsync(patient.Patient.Id, tracking: false, cancellationToken);
        if (plan is null)
        {
            return CarePlanScope.NoPlan(patientId);
        }

        var draft = await scope.Db.CarePlanDrafts.SingleOrDefaultAsync(d => d.PlanId == plan.Id, cancellationToken);
        if (draft is null)
        {
            scope.Db.CarePlanDrafts.Add(CarePlanDraft.Begin(plan, basedOn, content, scope.PlanActor, patient.Now.At));
        }
        else
        {
            draft.Update(basedOn, content, scope.PlanActor, patient.Now.At);
        }

        return await scope.SaveAsync(patient, AuditActions.Update, "care plan draft saved", cancellationToken) is { } error ? error : patient.Now.At;
    }

    /// <summary>Throws the working copy away; the versions are untouched.</summary>
    public async Task<Result<bool>> DiscardAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var found = await scope.FindForChangeAsync(patientId, cancellationToken);
        if (found.Value is not { } patient)
        {
            return found.Error!;
        }

        var draft = await scope.Db.CarePlanDrafts.SingleOrDefaultAsync(d => d.PatientId == patient.Patient.Id, cancellationToken);
        if (draft is null)
        {
            return false;
        }

        scope.Db.CarePlanDrafts.Remove(draft);
        return await scope.SaveAsync(patient, AuditActions.Delete, "care plan draft discarded", cancellationToken) is { } error ? error : true;
    }
}
