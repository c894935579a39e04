namespace Chronicle.Domain.Practices;

using Chronicle.Domain.Common;

/// <summary>
/// How a practice bills Medicare for care management (docs/rules/institutional.md §1): as a
/// physician office on the professional claim (837P), or as a rural health clinic, federally
/// qualified health center or critical access hospital under the optional method (Method II) on
/// the institutional claim (837I).
/// </summary>
public enum BillingSetting
{
    ProfessionalOffice = 1,
    RuralHealthClinic = 2,
    FederallyQualifiedHealthCenter = 3,
    CriticalAccessHospitalMethodII = 4,
}

/// <summary>The one place that says what each setting means on a claim.</summary>
public static class BillingSettings
{
    /// <summary>The codes the CSV column and the CLI accept, in the order of the enum.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["office", "rhc", "fqhc", "cah-method-ii"];

    public static string ToCode(this BillingSetting setting) => setting switch
    {
        BillingSetting.ProfessionalOffice => "office",
        BillingSetting.RuralHealthClinic => "rhc",
        BillingSetting.FederallyQualifiedHealthCenter => "fqhc",
        BillingSetting.CriticalAccessHospitalMethodII => "cah-method-ii",
        _ => throw new ArgumentOutOfRangeException(nameof(setting), setting, "Unknown billing setting."),
    };

    public static string ToLabel(this BillingSetting setting) => setting switch
    {
        BillingSetting.ProfessionalOffice => "professional office",
        BillingSetting.RuralHealthClinic => "rural health clinic",
        BillingSetting.FederallyQualifiedHealthCenter => "federally qualified health center",
        BillingSetting.CriticalAccessHospitalMethodII => "critical access hospital (Method II)",
        _ => throw new ArgumentOutOfRangeException(nameof(setting), setting, "Unknown billing setting."),
    };

    public static ValueResult<BillingSetting> TryParse(string? text)
    {
        var code = text?.Trim().ToLowerInvariant() ?? string.Empty;
        var index = Codes.ToList().IndexOf(code);
        return index < 0
            ? ValueResult<BillingSetting>.Fail($"'{text}' is not a billing setting; use one of {string.Join(", ", Codes)}.")
            : ValueResult<BillingSetting>.Ok((BillingSetting)(index + 1));
    }

    /// <summary>Whether the setting bills on the institutional claim (837I) rather than the professional one.</summary>
    public static bool IsInstitutional(this BillingSetting setting) => setting != BillingSetting.ProfessionalOffice;

    /// <summary>
    /// The first two digits of the type of bill (facility type and bill classification): 71 RHC,
    /// 77 FQHC, 85 CAH; the third is the claim frequency (1 original, 7 replacement, 8 void).
    /// </summary>
    public static string? TypeOfBillPrefix(this BillingSetting setting) => setting switch
    {
        BillingSetting.RuralHealthClinic => "71",
        BillingSetting.FederallyQualifiedHealthCenter => "77",
        BillingSetting.CriticalAccessHospitalMethodII => "85",
        _ => null,
    };

    /// <summary>
    /// The revenue code of a care-management line when the practice has not chosen one: 0521
    /// (clinic visit) for RHC and FQHC, 0960 (professional fees, general) for a CAH under Method II.
    /// </summary>
    public static string? DefaultRevenueCode(this BillingSetting setting) => setting switch
    {
        BillingSetting.RuralHealthClinic or BillingSetting.FederallyQualifiedHealthCenter => "0521",
        BillingSetting.CriticalAccessHospitalMethodII => "0960",
        _ => null,
    };

    /// <summary>
    /// Why <paramref name="revenueCode"/> cannot go on the setting's care-management lines, or null:
    /// four digits starting 0–3 (the 837I rule), and for a CAH under Method II a professional-fee
    /// code 096x, 097x or 098x, the only ones that carry the practitioner's service on its claim.
    /// </summary>
    public static string? RevenueCodeProblem(this BillingSetting setting, string revenueCode)
    {
        ArgumentNullException.ThrowIfNull(revenueCode);
        if (!setting.IsInstitutional())
        {
            return "a professional office bills on the 837P, which has no revenue codes.";
        }

        if (RevenueCodeFormatProblem(revenueCode) is { } format)
        {
            return format;
        }

        return setting == BillingSetting.CriticalAccessHospitalMethodII && revenueCode[..3] is not ("096" or "097" or "098")
            ? $"'{revenueCode}' is not a professional-fee revenue code; a critical access hospital under Method II bills the practitioner's service with 096x, 097x or 098x."
            : null;
    }

    /// <summary>Why <paramref name="revenueCode"/> is not a revenue code at all (four digits starting 0–3, the 837I's rule), or null.</summary>
    public static string? RevenueCodeFormatProblem(string revenueCode)
    {
        ArgumentNullException.ThrowIfNull(revenueCode);
        return revenueCode.Length != 4 || !revenueCode.All(char.IsAsciiDigit) || revenueCode[0] > '3'
            ? $"'{revenueCode}' is not a revenue code: four digits starting with 0–3, e.g. 0521."
            : null;
    }
}
