namespace Chronicle.Interop.Tests.X12;

using Chronicle.Interop.X12;
using Chronicle.Tests.Common;

/// <summary>
/// The strict reader against public X12 samples and the verdicts pyx12 and node-x12 gave on them
/// (oracle_verdicts.csv): the subset in tests/data/x12 always, and the rest of the full set in
/// the full data sets (CHRONICLE_FULL_DATA) as an optional, larger run. It agrees with pyx12 on every 837 except where it
/// checks what pyx12 does not (dates of service after the file's date); the one 999
/// acknowledgement both tools accept is not an 837P claim file, which this reader alone reads.
/// </summary>
public sealed class SharedX12SamplesTests
{
    private static readonly string Verdicts = Path.Combine("x12", "oracle_verdicts.csv");

    /// <summary>Every file of the subset, then every other file of the full set (one row that skips where the full set is absent).</summary>
    public static TheoryData<DataSet, string> Files()
    {
        var data = new TheoryData<DataSet, string>();
        var subset = FilesIn(Path.Combine(TestPaths.SubsetData, Verdicts));
        foreach (var file in subset)
        {
            data.Add(DataSet.Subset, file);
        }

        if (FullDataSets.Find(Verdicts) is not { } full)
        {
            data.Add(DataSet.Full, "(the other files of the full set)");
            return data;
        }

        foreach (var file in FilesIn(full).Except(subset, StringComparer.Ordinal))
        {
            data.Add(DataSet.Full, file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_reader_agrees_with_pyx12_on_every_claim_file(DataSet set, string file)
    {
        var verdicts = TestPaths.DataFile(set, Verdicts);
        var row = File.ReadLines(verdicts).First(l => l.StartsWith(file + ",", StringComparison.Ordinal)).Split(',');
        var text = File.ReadAllText(TestPaths.DataFile(set, Path.Combine("x12", file)));

        var result = Claim837Reader.Read(text);

        // Whatever separators the file declares, a claim transaction starts ST, separator, 837.
        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"(^|[^A-Z0-9])ST[^A-Z0-9]837[^A-Z0-9]"))
        {
            var beyondPyx12 = result.Issues.Where(i => !StricterThanPyx12(file, i)).ToList();
            Assert.True(row[1] == "OK" == (beyondPyx12.Count == 0), $"pyx12 says {row[1]} ({row[3]}); ours: {string.Join(" | ", result.Issues.Take(5))}");
        }
        else
        {
            Assert.Contains(result.Issues, i => i.Element == "GS01");
        }

        if (row.Length > 4 && row[4] == "ERROR")
        {
            Assert.False(result.IsValid, $"node-x12 rejects {file}: {row[5]}");
        }

        // Where node-x12 counted the segments of a transaction, both readers count the same.
        var counted = System.Text.RegularExpressions.Regex.Match(row.Length > 5 ? row[5] : string.Empty, @"SE01 \((\d+)\) does not match the number of segments in the transaction \((\d+)\)");
        if (counted.Success)
        {
            Assert.Contains(result.Issues, i => i.Element == "SE01" && i.Message == $"says {counted.Groups[1].Value} segments; the transaction set has {counted.Groups[2].Value} (ST to SE).");
        }
    }

    [Fact]
    public void The_multi_claim_sample_has_dates_of_service_after_its_file_date_which_pyx12_does_not_check()
    {
        var text = File.ReadAllText(TestPaths.SubsetFile(Path.Combine("x12", "ccm-authored", "ccm_valid_multi.837")));

        var issues = Claim837Reader.Read(text).Issues;

        Assert.Equal(7, issues.Count);
        Assert.All(issues, i => Assert.True(StricterThanPyx12("ccm-authored/ccm_valid_multi.837", i), i.ToString()));
    }

    // pyx12 does not compare dates of service with the file's date; the multi-claim sample bills
    // February services (20250228) in a file made on 20250205, which Medicare would not accept.
    private static bool StricterThanPyx12(string file, X12Issue issue) =>
        file == "ccm-authored/ccm_valid_multi.837" && issue.Element == "DTP03" && issue.Message.Contains("after the file's date", StringComparison.Ordinal);

    [Fact]
    public void The_multi_claim_sample_reads_back_claim_by_claim()
    {
        var text = File.ReadAllText(TestPaths.SubsetFile(Path.Combine("x12", "ccm-authored", "ccm_valid_multi.837")));

        var claims = Claim837Reader.Read(text).Contents.Claims;

        Assert.Equal(
            ["CCM0002 99490x1 99439x2", "CCM0003 99487x1 99489x1", "CCM0004 99491x1 99437x1", "CCM0005 G0556x1"],
            claims.Select(c => c.ClaimId + " " + string.Join(" ", c.Lines.Select(l => $"{l.Code}x{l.Units}"))));
        Assert.Equal(["E1122", "N1830", "I10", "E785"], claims[0].Diagnoses);
        Assert.Equal("106.42", claims[0].Total.ToPlainString());
        Assert.All(claims.SelectMany(c => c.Lines), l => Assert.Equal(new DateOnly(2025, 2, 28), l.ServiceDate));
    }

    [Fact]
    public void Our_single_claim_file_is_the_pyx12_validated_sample_but_for_batch_id_acknowledgment_and_amount_form()
    {
        var sample = File.ReadAllText(TestPaths.SubsetFile(Path.Combine("x12", "ccm-authored", "ccm_valid_single.837")));
        var ours = File.ReadAllText(Claim837GoldenTests.FixturePath("single-claim"))
            .Replace("*000000001*1*T*", "*000000001*0*T*", StringComparison.Ordinal)
            .Replace("BHT*0019*00*0000000010001*", "BHT*0019*00*CCMBATCH0001*", StringComparison.Ordinal)
            .Replace("*109*", "*109.00*", StringComparison.Ordinal)
            .Replace("*62*", "*62.00*", StringComparison.Ordinal)
            .Replace("*47*", "*47.00*", StringComparison.Ordinal);

        Assert.Equal(sample, ours);
    }

    // A file may have a later, shorter row (pyx12 only) beside its first, complete one.
    private static List<string> FilesIn(string verdicts) =>
        [.. File.ReadLines(verdicts).Skip(1).Where(l => l.Length > 0).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal)];
}
