namespace Chronicle.Application.Practices;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Sets how the practice bills (docs/rules/institutional.md §1; ADR 0230): office, RHC, FQHC or CAH
/// Method II, with the revenue code, facility NPI and CCN an institutional claim needs. Those who
/// manage the billing rules may; the change is audited and applies to claims exported after it.
/// </summary>
public sealed class SetPracticeBilling(ChronicleDbContext db, PatientAccess access, AuditTrail audit)
{
    public const string NotAllowedCode = "BILLING-SETTING-NOT-ALLOWED";
    public const string InvalidCode = "BILLING-SETTING-INVALID";

    public async Task<Result<PracticeBillingView>> ExecuteAsync(
        string? groupNpi, string setting, string? revenueCode, string? facilityNpi, string? ccn, CancellationToken cancellationToken)
    {
        if (!access.Actor.Allows(Capability.ManageBillingRules))
        {
            return new BusinessError(NotAllowedCode, "Only an administrator can change how the practice bills.");
        }

        var parsedSetting = BillingSettings.TryParse(setting);
        var parsedNpi = string.IsNullOrWhiteSpace(facilityNpi) ? ValueResult<Npi>.Ok(default) : Npi.TryParse(facilityNpi);
        if (!parsedSetting.IsValid || !parsedNpi.IsValid)
        {
            return new BusinessError(InvalidCode, parsedSetting.Error ?? $"Facility NPI: {parsedNpi.Error}");
        }

        var billing = PracticeBilling.Create(parsedSetting.Value, revenueCode, string.IsNullOrWhiteSpace(facilityNpi) ? null : parsedNpi.Value, ccn);
        if (!billing.IsValid)
        {
            return new BusinessError(InvalidCode, "The billing setting was not changed: " + billing.Error);
        }

        var resolved = await access.PracticeAsync(groupNpi, cancellationToken);
        if (resolved.Error is { } error)
        {
            return error;
        }

        var practiceId = resolved.Value!.Id;
        var practice = await db.Practices.SingleAsync(p => p.Id == practiceId, cancellationToken);
        var details = new PracticeDetails(practice.Name, practice.GroupNpi, practice.Tin, practice.Address, practice.Phone, practice.TimeZone, practice.PlaceOfService, billing.Value);
        if (practice.Update(details))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditEntry(AuditActions.Update, $"billing setting {PracticeBillingView.Of(practice)}", PracticeId: practiceId), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return PracticeBillingView.Of(practice);
    }
}

/// <summary>A practice's billing setting as pages and the CLI show it.</summary>
public sealed record PracticeBillingView(string Setting, string Label, bool Institutional, string? TypeOfBill, string? RevenueCode, string? FacilityNpi, string? Ccn)
{
    public static PracticeBillingView Of(Practice practice)
    {
        ArgumentNullException.ThrowIfNull(practice);
        var setting = practice.BillingSetting;
        return new(setting.ToCode(), setting.ToLabel(), setting.IsInstitutional(),
            setting.TypeOfBillPrefix() is { } prefix ? $"0{prefix}x" : null, practice.RevenueCode, practice.FacilityNpi?.Value, practice.Ccn);
    }

    public override string ToString() => Institutional
        ? $"{Setting} (type of bill {TypeOfBill}, revenue code {RevenueCode}, facility NPI {FacilityNpi}, CCN {Ccn})"
        : Setting;
}
