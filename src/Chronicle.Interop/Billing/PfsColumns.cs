namespace Chronicle.Interop.Billing;

/// <summary>
/// Where the fields of a PFS relative value file are, found by name so that CMS's yearly drift in
/// header wording (and the plain names of an extract) read the same. Each header cell is read with
/// the cell above it, since CMS writes "NON-FACILITY" over "TOTAL" and "CONV" over "FACTOR".
/// </summary>
internal sealed record PfsColumns(int Code, int? Modifier, int Status, int TotalNonFacility, int TotalFacility, int? ConversionFactor, int FieldCount)
{
    public static (PfsColumns? Columns, string? Missing) Find(IReadOnlyList<string> above, IReadOnlyList<string> header)
    {
        var names = header.Select((cell, i) => Normalise((i < above.Count ? above[i] : string.Empty) + " " + cell)).ToList();
        int? First(Func<string, bool> match) => names.FindIndex(n => match(n)) is var i and >= 0 ? i : null;

        var status = First(n => n.Contains("STATUS", StringComparison.Ordinal));
        var modifier = First(n => n is "MOD" or "MODIFIER");
        var conversion = First(n => n.Contains("CONV", StringComparison.Ordinal));
        var nonFacility = First(n => n.Contains("TOTAL", StringComparison.Ordinal) && n.Contains("NON", StringComparison.Ordinal));
        var facility = First(n => n.Contains("TOTAL", StringComparison.Ordinal) && n.Contains("FAC", StringComparison.Ordinal) && !n.Contains("NON", StringComparison.Ordinal));

        // Some releases label both totals just TOTAL, non-facility first, as the file layout documents.
        var bare = names.Select((n, i) => (n, i)).Where(x => x.n == "TOTAL").Select(x => x.i).ToList();
        if (nonFacility is null && facility is null && bare.Count == 2)
        {
            (nonFacility, facility) = (bare[0], bare[1]);
        }

        var missing = status is null ? "status" : nonFacility is null ? "non-facility total RVU" : facility is null ? "facility total RVU" : null;
        return missing is null
            ? (new PfsColumns(0, modifier, status!.Value, nonFacility!.Value, facility!.Value, conversion, header.Count), null)
            : (null, missing);
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.ToUpperInvariant().Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
