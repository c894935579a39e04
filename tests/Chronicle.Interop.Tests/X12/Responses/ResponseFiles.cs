namespace Chronicle.Interop.Tests.X12.Responses;

/// <summary>The response files written for the tests (tests/data/x12/ccm-authored) and a wrapper that puts an envelope with right counts around a hand-written body.</summary>
internal static class ResponseFiles
{
    public const string Paid835 = "ccm_835_paid_denied_partial_reversal.835";

    public const string Rejected999 = "ccm_999_rejected.999";

    public const string Accepted999 = "ccm_999_accepted.999";

    public const string OneRejected277 = "ccm_277ca_one_rejected.277";

    public static string Authored(string name) =>
        File.ReadAllText(TestPaths.SubsetFile(Path.Combine("x12", "ccm-authored", name)));

    /// <summary>An interchange holding one transaction set of the given kind around the body segments (without terminators).</summary>
    public static string Wrap(string functionalCode, string setCode, string guide, params string[] body)
    {
        var lines = new List<string>
        {
            "ISA*00*          *00*          *ZZ*00952          *ZZ*SUBMIT001      *250320*0600*^*00501*000000900*0*T*:",
            $"GS*{functionalCode}*00952*SUBMIT001*20250320*0600*900*X*{guide}",
            $"ST*{setCode}*0001*{guide}",
        };
        lines.AddRange(body);
        lines.Add($"SE*{body.Length + 2}*0001");
        lines.Add("GE*1*900");
        lines.Add("IEA*1*000000900");
        return string.Join("~\n", lines) + "~\n";
    }

    public static string Wrap835(params string[] body) => Wrap("HP", "835", "005010X221A1", body);

    /// <summary>Replaces the first occurrence, failing when the text does not hold it (so a test cannot pass by changing nothing).</summary>
    public static string Replace(string text, string find, string replace)
    {
        var index = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{find}' is not in the file.");
        return string.Concat(text.AsSpan(0, index), replace, text.AsSpan(index + find.Length));
    }
}
