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
}

/// <summary>The claim transaction a payer takes. Only 837P is written today; 837I comes with institutional claims.</summary>
public enum ClaimFormat
{
    Professional837P = 1,
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
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown payer kind."),
    };

    public static ValueResult<PayerKind> TryParse(string? text) =>
        Enum.GetValues<PayerKind>().FirstOrDefault(k => string.Equals(k.ToCode(), text?.Trim(), StringComparison.OrdinalIgnoreCase)) is var kind && kind != 0
            ? ValueResult<PayerKind>.Ok(kind)
            : ValueResult<PayerKind>.Fail($"'{text}' is not a payer kind; use one of {string.Join(", ", Enum.GetValues<PayerKind>().Select(k => k.ToCode()))}.");

    public static string ToCode(this ClaimFormat format) => format switch
    {
        ClaimFormat.Professional837P => "837p",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown claim format."),
    };

    public static ValueResult<ClaimFormat> TryParseFormat(string? text) =>
        string.Equals(text?.Trim(), "837p", StringComparison.OrdinalIgnoreCase)
            ? ValueResult<ClaimFormat>.Ok(ClaimFormat.Professional837P)
            : ValueResult<ClaimFormat>.Fail($"'{text}' is not a claim format Chronicle writes; use 837p.");

    public static string ToCode(this CoverageOrder order) => order == CoverageOrder.Primary ? "primary" : "secondary";

    public static ValueResult<CoverageOrder> TryParseOrder(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "primary" or "1" => ValueResult<CoverageOrder>.Ok(CoverageOrder.Primary),
        "secondary" or "2" => ValueResult<CoverageOrder>.Ok(CoverageOrder.Secondary),
        _ => ValueResult<CoverageOrder>.Fail($"'{text}' is not a coverage order; use primary or secondary."),
    };
}
