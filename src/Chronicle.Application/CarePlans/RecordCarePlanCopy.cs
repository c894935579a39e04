namespace Chronicle.Application.CarePlans;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.CarePlans;

/// <summary>Records that a copy of the active plan was provided: to whom, how and when.</summary>
public sealed class RecordCarePlanCopy(CarePlanScope scope)
{
    /// <param name="providedOn">The day the copy was provided; today in the practice when null.</param>
    public async Task<Result<CopyView>> ExecuteAsync(Guid patientId, string recipient, CopyRecipientKind kind, CopyMethod method, DateOnly? providedOn, CancellationToken cancellationToken)
    {
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

        var details = new CopyDetails(recipient ?? string.Empty, kind, method, providedOn ?? patient.Now.Today);
        var recorded = plan.RecordCopy(details, scope.PlanActor, patient.Now);
        if (recorded.Failure is { } failure)
        {
            return CarePlanScope.Refused(failure);
        }

        var copy = recorded.GetValueOrThrow();
        var what = string.Create(CultureInfo.InvariantCulture, $"care plan version {copy.VersionNumber} copy provided ({copy.RecipientKind}, {copy.Method})");
        return await scope.SaveAsync(patient, AuditActions.Update, what, cancellationToken) is { } error
            ? error
            : new CopyView(copy.Recipient, copy.RecipientKind, copy.Method, copy.ProvidedOn, copy.VersionNumber, copy.RecordedByName);
    }
}
