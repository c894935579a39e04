namespace Chronicle.Domain.Practices;

using Chronicle.Domain.Common;

/// <summary>
/// A practice's billing setting with what an institutional claim needs of the facility: the
/// revenue code of its care-management lines (the setting's default unless the MAC wants
/// another), the facility's own NPI (the billing provider, loop 2010AA) and its CMS Certification
/// Number. An office needs none of them.
/// </summary>
public sealed record PracticeBilling
{
    private PracticeBilling(BillingSetting setting, string? revenueCode, Npi? facilityNpi, string? ccn)
    {
        Setting = setting;
        RevenueCode = revenueCode;
        FacilityNpi = facilityNpi;
        Ccn = ccn;
    }

    /// <summary>The practice's stored setting, checked when it was set.</summary>
    internal static PracticeBilling Restore(BillingSetting setting, string? revenueCode, Npi? facilityNpi, string? ccn) =>
        setting.IsInstitutional() ? new(setting, revenueCode, facilityNpi, ccn) : Office;

    public static PracticeBilling Office { get; } = new(BillingSetting.ProfessionalOffice, null, null, null);

    public BillingSetting Setting { get; }

    /// <summary>The revenue code of care-management lines; null for an office.</summary>
    public string? RevenueCode { get; }

    public Npi? FacilityNpi { get; }

    /// <summary>The six-character CMS Certification Number of the facility (e.g. 343975 for an RHC).</summary>
    public string? Ccn { get; }

    /// <summary>
    /// The one place that decides a care-management line's revenue code (ADR 0260): the payer's
    /// when its directory entry names one (a MAC may want another than the practice's), else the
    /// practice's. A payer's code the setting cannot bill (a CAH under Method II takes only
    /// 096x–098x) is refused with the reason.
    /// </summary>
    public ValueResult<string> LineRevenueCode(string? payerRevenueCode)
    {
        if (!Setting.IsInstitutional())
        {
            return ValueResult<string>.Fail("a professional office bills on the 837P, which has no revenue codes.");
        }

        if (payerRevenueCode is null)
        {
            return ValueResult<string>.Ok(RevenueCode!);
        }

        return Setting.RevenueCodeProblem(payerRevenueCode) is { } problem
            ? ValueResult<string>.Fail(problem)
            : ValueResult<string>.Ok(payerRevenueCode);
    }

    /// <summary>
    /// The setting with its facility facts, checked together: an institutional setting needs the
    /// facility NPI and CCN; an office takes none of them.
    /// </summary>
    public static ValueResult<PracticeBilling> Create(BillingSetting setting, string? revenueCode, Npi? facilityNpi, string? ccn)
    {
        revenueCode = string.IsNullOrWhiteSpace(revenueCode) ? null : revenueCode.Trim();
        ccn = string.IsNullOrWhiteSpace(ccn) ? null : ccn.Trim().ToUpperInvariant();
        if (!setting.IsInstitutional())
        {
            return revenueCode is null && facilityNpi is null && ccn is null
                ? ValueResult<PracticeBilling>.Ok(Office)
                : ValueResult<PracticeBilling>.Fail("a professional office has no revenue code, facility NPI or CCN; leave them empty or choose rhc, fqhc or cah-method-ii.");
        }

        revenueCode ??= setting.DefaultRevenueCode()!;
        if (setting.RevenueCodeProblem(revenueCode) is { } problem)
        {
            return ValueResult<PracticeBilling>.Fail(problem);
        }

        if (facilityNpi is null)
        {
            return ValueResult<PracticeBilling>.Fail($"a {setting.ToLabel()} needs the facility's NPI.");
        }

        if (ccn is null || ccn.Length != 6 || !ccn.All(char.IsAsciiLetterOrDigit))
        {
            return ValueResult<PracticeBilling>.Fail($"a {setting.ToLabel()} needs its six-character CMS Certification Number (CCN){(ccn is null ? string.Empty : $"; '{ccn}' is not one")}.");
        }

        return ValueResult<PracticeBilling>.Ok(new PracticeBilling(setting, revenueCode, facilityNpi, ccn));
    }
}
