namespace Chronicle.Application.CarePlans;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;

/// <summary>The billing practitioner signs the latest version; it becomes the active plan.</summary>
public sealed class SignCarePlan(CarePlanScope scope)
{
    public async Task<Result<int>> ExecuteAsync(Guid patientId, int number, CancellationToken cancellationToken)
    {
        if (!scope.Actor.Allows(Capability.SignCarePlans))
        {
            return Permissions.Refusal(Capability.SignCarePlans);
        }

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

        var signed = plan.Sign(number, await scope.PlanActorAsync(cancellationToken), patient.Now);
        if (signed.Failure is { } failure)
        {
            return CarePlanScope.Refused(failure);
        }

        var what = string.Create(CultureInfo.InvariantCulture, $"care plan version {number} signed");
        return await scope.SaveAsync(patient, AuditActions.Update, what, cancellationToken) is { } error ? error : number;
    }
}
