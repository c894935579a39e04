namespace Chronicle.Application.CarePlans;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;

/// <summary>Records that the active plan was reviewed (monitored) on a date, whether or not it changed.</summary>
public sealed class RecordCarePlanReview(CarePlanScope scope)
{
    /// <param name="on">The day of the review; today in the practice when null.</param>
    public async Task<Result<DateOnly>> ExecuteAsync(Guid patientId, DateOnly? on, string? note, CancellationToken cancellationToken)
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

        var review = plan.RecordReview(scope.PlanActor, patient.Now, on ?? patient.Now.Today, note);
        if (review.Failure is { } failure)
        {
            return CarePlanScope.Refused(failure);
        }

        var recorded = review.GetValueOrThrow();
        var what = string.Create(CultureInfo.InvariantCulture, $"care plan version {recorded.VersionNumber} reviewed");
        return await scope.SaveAsync(patient, AuditActions.Update, what, cancellationToken) is { } error ? error : recorded.OnDate;
    }
}
