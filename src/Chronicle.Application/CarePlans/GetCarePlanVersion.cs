namespace Chronicle.Application.CarePlans;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.CarePlans;

/// <summary>One version of the plan and a readable diff from the version before it.</summary>
public sealed class GetCarePlanVersion(CarePlanScope scope)
{
    public async Task<Result<CarePlanVersionView>> ExecuteAsync(Guid patientId, int number, CancellationToken cancellationToken)
    {
        var found = await scope.FindAsync(patientId, cancellationToken);
        if (found.Value is not { } patient)
        {
            return found.Error!;
        }

        var plan = await scope.LoadAsync(patient.Patient.Id, tracking: false, cancellationToken);
        if (plan is null)
        {
            return CarePlanScope.NoPlan(patientId);
        }

        if (plan.Versions.All(v => v.Number != number))
        {
            return new BusinessError(CarePlanCodes.NotFound, string.Create(CultureInfo.InvariantCulture, $"The care plan has no version {number}."));
        }

        await scope.Audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture, $"care plan version {number}"), patient.Patient.Id, patient.Practice.Id), cancellationToken);
        var version = plan.Version(number);
        var previous = number > 1 ? plan.Version(number - 1).Content : CarePlanContent.Empty;
        return new CarePlanVersionView(patientId, patient.Patient.DisplayName, CarePlanViewMapper.Summary(plan, version), version.Content,
            CarePlanDiff.Between(previous, version.Content));
    }
}
