namespace Chronicle.Interop.X12;

using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;

/// <summary>From the domain's stored forms to what a claim writes (ZIP and TIN without hyphens, DMG03 sex).</summary>
public static class ClaimInputMapping
{
    /// <summary>SBR09 for a payer kind: MB for Original Medicare Part B, MA for its Part A MAC (institutional claims), 16 for a Medicare Advantage plan (HMO Medicare risk), MC for Medicaid, CI otherwise.</summary>
    public static string FilingIndicatorOf(Domain.Payers.PayerKind kind) => kind switch
    {
        Domain.Payers.PayerKind.MedicarePartB => ClaimFilingIndicators.MedicarePartB,
        Domain.Payers.PayerKind.MedicarePartA => ClaimFilingIndicators.MedicarePartA,
        Domain.Payers.PayerKind.MedicareAdvantage => ClaimFilingIndicators.MedicareAdvantage,
        Domain.Payers.PayerKind.Medicaid => ClaimFilingIndicators.Medicaid,
        _ => ClaimFilingIndicators.Commercial,
    };

    /// <summary>The claim form of an address, or null when a part a claim requires is missing.</summary>
    public static ClaimAddress? ToClaimAddress(Address address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (string.IsNullOrWhiteSpace(address.Line) || string.IsNullOrWhiteSpace(address.City)
            || string.IsNullOrWhiteSpace(address.State) || string.IsNullOrWhiteSpace(address.Zip))
        {
            return null;
        }

        return new ClaimAddress(address.Line, null, address.City, address.State.ToUpperInvariant(), WithoutHyphens(address.Zip));
    }

    /// <summary>DMG03 knows F, M and U only; other is sent as unknown.</summary>
    public static ClaimSex ToClaimSex(Sex sex) => sex switch
    {
        Sex.Female => ClaimSex.Female,
        Sex.Male => ClaimSex.Male,
        _ => ClaimSex.Unknown,
    };

    /// <summary>A TIN or ZIP as stored (12-3456789, 62701-1234) as the file carries it.</summary>
    public static string WithoutHyphens(string text) => text.Replace("-", string.Empty, StringComparison.Ordinal).Trim();
}
