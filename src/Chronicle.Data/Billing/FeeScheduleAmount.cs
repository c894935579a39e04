namespace Chronicle.Data.Billing;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;

/// <summary>
/// A national fee-schedule amount imported from a CMS PFS relative value file
/// ('chronicle codes import pfs'): one row per year and code, in cents, with the RVUs and the
/// conversion factor it was computed from. National reference data, like the ICD-10-CM code set,
/// so it carries no practice key.
/// </summary>
public sealed class FeeScheduleAmount
{
    public required int Year { get; init; }

    public required HcpcsCode Code { get; init; }

    /// <summary>The PFS status indicator (A, R or T: paid under the fee schedule).</summary>
    public required string Status { get; init; }

    public required decimal TotalRvuNonFacility { get; init; }

    public required decimal TotalRvuFacility { get; init; }

    public required decimal ConversionFactor { get; init; }

    public required long NonFacilityCents { get; init; }

    public required long FacilityCents { get; init; }

    /// <summary>The file the amount came from.</summary>
    public required string SourceFile { get; init; }

    public required DateTimeOffset ImportedAt { get; init; }

    public FeeScheduleEntry ToEntry() =>
        new(Year, Code, new Money(NonFacilityCents), new Money(FacilityCents), $"imported: {SourceFile} (CF {ConversionFactor.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
}
