namespace Chronicle.Interop.X12;

using System.Text.RegularExpressions;

/// <summary>The billing provider's N3 must be a street address; a PO box belongs in the pay-to loop (X12 RFI 1451).</summary>
internal static partial class X12PostOfficeBox
{
    public static bool IsPostOfficeBox(string? line) => line is not null && Pattern().IsMatch(line);

    [GeneratedRegex(@"^\s*(P\.?\s*O\.?\s*BOX|POST\s+OFFICE\s+BOX|LOCKBOX)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
