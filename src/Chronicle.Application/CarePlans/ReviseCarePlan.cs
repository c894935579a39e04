namespace Chronicle.Application.CarePlans;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.CarePlans;
using Microsoft.EntityFrameworkCore;

/// <summary>Writes the edited plan as a new version (unsigned until the practitioner signs it) and discards the working draft.</summary>
public sealed class ReviseCarePlan(CarePlanScope scope)
{
    public async Task<Result<int>> ExecuteAsync(Guid patientId, int basedOn, CarePlanContent content, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var found = await scope.FindForChangeAsync(patientId, cancellationToken);
        if (found.Value is not { } patient)
        {
            return found.Error!;
        }

        var plan = await scope.LoadAsync(patient.Patient.Id, tracking: true, cancellationToken);
        if (plan is null)
        {
            return CarePlanScope.NoPlan(patientId);
        }

        var revised = plan.Revise(content, scope.PlanActor, patient.Now, basedOn, note);
        if (revised.Failure is { } failure)
        {
            return CarePlanScope.Refused(failure);
        }

        var draft = await scope.Db.CarePlanDrafts.SingleOrDefaultAsync(d => d.PlanId == plan.Id, cancellationToken);
        if (draft is not null)
        {
            scope.Db.CarePlanDrafts.Remove(draft);
        }

        var number = revised.GetValueOrThrow().Number;
        var what = string.Create(CultureInfo.InvariantCulture, $"care plan version {number} written");
        return await scope.SaveAsync(patient, AuditActions.Update, what, cancellationToken) is { } error ? error : number;
    }
}
