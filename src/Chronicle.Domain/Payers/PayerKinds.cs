namespace Chronicle.Domain.Payers;

using Chronicle.Domain.Common;

/// <summary>What kind of payer a directory entry is; it decides where a claim goes and how its member id is checked.</summary>
public enum PayerKind
{
    /// <summary>Original Medicare Part B, billed through the MAC of the practice's jurisdiction.</summary>
    MedicarePartB = 1,

    /// <summary>A Medicare Advantage (Part C) plan: claims go to the plan, not the MAC.</summary>
    MedicareAdvantage = 2,

    Medicaid = 3,

    /// <summary>A Medicare supplement: a secondary that Medicare crosses claims over to.</summary>
    Medigap = 4,

    Commercial = 5,

    /// <summary>
    /// Original Medicare Part A: the MAC that receives an RHC's, FQHC's or CAH's institutional claims
    /// (ADR 0260). Coverage names the Part B entry (Original Medicare); this entry only receives
    /// the 837I of those patients, so no coverage points at it.
    /// </summary>
    MedicarePartA = 6,
}

/// <summary>The claim transaction a payer takes: the professional 837P or the institutional 837I.</summary>
public enum ClaimFormat
{
    Professional837P = 1,
    Institutional837I = 2,
}

/// <summary>Which coverage pays first.</summary>
public enum CoverageOrder
{
    Primary = 1,
    Secondary = 2,
}

public static class PayerKinds
{
    public static string ToCode(this PayerKind kind) => kind switch
    {
        PayerKind.MedicarePartB => "medicare-part-b",
        PayerKind.MedicareAdvantage => "medicare-advantage",
        PayerKind.Medicaid => "medicaid",
        PayerKind.Medigap => "medigap",
        PayerKind.Commercial => "commercial",
        PayerKind.MedicarePartA => "medicare-part-a",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown payer kind."),
    };

    /// <summary>Whether the payer is Original Medicare (the MAC of Part B or Part A), which knows the patient by the MBI.</summary>
    public static bool IsOriginalMedicare(this PayerKind kind) => kind is PayerKind.MedicarePartB or PayerKind.MedicarePartA;

    public static ValueResult<PayerKind> TryParse(string? text) =>
        Enum.GetValues<PayerKind>().FirstOrDefault(k => string.Equals(k.ToCode(), text?.Trim(), StringComparison.OrdinalIgnoreCase)) is var kind && kind != 0
            ? ValueResult<PayerKind>.Ok(kind)
            : ValueResult<PayerKind>.Fail($"'{text}' is not a payer kind; use one of {string.Join(", ", Enum.GetValues<PayerKind>().Select(k => k.ToCode()))}.");

    public static string ToCode(this ClaimFormat format) => format switch
    {
        ClaimFormat.Professional837P => "837p",
        ClaimFormat.Institutional837I => "837i",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown claim format."),
    };

    public static ValueResult<ClaimFormat> TryParseFormat(string? text) =>
        Enum.GetValues<ClaimFormat>().FirstOrDefault(f => string.Equals(f.ToCode(), text?.Trim(), StringComparison.OrdinalIgnoreCase)) is var format && format != 0
            ? ValueResult<ClaimFormat>.Ok(format)
            : ValueResult<ClaimFormat>.Fail($"'{text}' is not a claim format Chronicle writes; use 837p or 837i.");

    public static string ToCode(this CoverageOrder order) => order == CoverageOrder.Primary ? "primary" : "secondary";

    public static ValueResult<CoverageOrder> TryParseOrder(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "primary" or "1" => ValueResult<CoverageOrder>.Ok(CoverageOrder.Primary),
        "secondary" or "2" => ValueResult<CoverageOrder>.Ok(CoverageOrder.Secondary),
        _ => ValueResult<CoverageOrder>.Fail($"'{text}' is not a coverage order; use primary or secondary."),
    };
}
