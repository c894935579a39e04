namespace Chronicle.Domain.Billing;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;

/// <summary>
/// A code some billing settings may bill only for dates of service up to a last day
/// (docs/rules/institutional.md §2): G0511 for RHCs and FQHCs through 30 September 2025, G0512
/// through 31 December 2025. After it the line is refused with <see cref="ReasonCode"/>.
/// </summary>
public sealed record SettingCodeLimit(
    IReadOnlyList<BillingSetting> Settings,
    HcpcsCode Code,
    DateOnly LastDateOfService,
    string ReasonCode,
    string Replacement,
    string Source)
{
    /// <summary>The refusal of <paramref name="code"/> on <paramref name="dateOfService"/>, or null when this limit allows it.</summary>
    public BillingReason? Refuse(BillingSetting setting, HcpcsCode code, DateOnly dateOfService) =>
        code != Code || !Settings.Contains(setting) || dateOfService <= LastDateOfService
            ? null
            : new BillingReason(
                ReasonCode,
                string.Create(CultureInfo.InvariantCulture,
                    $"{Code} is not payable to a {setting.ToLabel()} for services after {LastDateOfService:yyyy-MM-dd}; this one is dated {dateOfService:yyyy-MM-dd}. Bill {Replacement} instead."),
                Source,
                ReasonKind.Requirement);
}
