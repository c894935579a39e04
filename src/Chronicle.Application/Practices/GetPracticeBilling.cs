namespace Chronicle.Application.Practices;

using Chronicle.Application.Common;
using Chronicle.Application.Security;

/// <summary>How the practice bills, for the administrator's billing-setting page.</summary>
public sealed class GetPracticeBilling(PatientAccess access)
{
    public async Task<Result<PracticeBillingView>> ExecuteAsync(string? groupNpi, CancellationToken cancellationToken)
    {
        var practice = await access.PracticeAsync(groupNpi, cancellationToken);
        return practice.Error is { } error ? error : PracticeBillingView.Of(practice.Value!);
    }
}
