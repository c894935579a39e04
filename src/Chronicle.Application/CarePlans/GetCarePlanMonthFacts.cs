namespace Chronicle.Application.CarePlans;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;

/// <summary>
/// For one patient and month, what billing asks of the care plan: is the version in force at the
/// month's end complete, when was the last care-plan work, when was a copy last provided.
/// Month close uses <see cref="CarePlanMonthQuery"/> for a whole practice instead.
/// </summary>
public sealed class GetCarePlanMonthFacts(CarePlanScope scope)
{
    public async Task<Result<CarePlanMonthFacts>> ExecuteAsync(Guid patientId, BillingMonth month, CancellationToken cancellationToken)
    {
        var found = await scope.FindAsync(patientId, cancellationToken);
        if (found.Value is not { } patient)
        {
            return found.Error!;
        }

        await scope.Audit.RecordAsync(AuditEntry.Read($"care plan facts for {month}", patient.Patient.Id, patient.Practice.Id), cancellationToken);
        var plan = await scope.LoadAsync(patient.Patient.Id, tracking: false, cancellationToken);
        return plan?.MonthFacts(month) ?? new CarePlanMonthFacts(patient.Patient.Id, month, null, false, [], null, null);
    }
}
