namespace Chronicle.Interop.Tests.X12.Institutional;

using Chronicle.Interop.X12;
using Chronicle.Tests.Common;

/// <summary>
/// The strict 837I reader: it refuses what breaks the profile, naming segment and element, and
/// reads the public guide examples (LinuxForHealth, 005010X223A3) without a crash, listing what in
/// them is not conformant to the profile Chronicle writes.
/// </summary>
public sealed class Claim837IReaderTests
{
    private static readonly string Written = InstitutionalClaimSamples.Write(InstitutionalClaimSamples.File(InstitutionalClaimSamples.Claim()));

    [Fact]
    public void A_claim_without_its_statement_period_is_refused_where_it_should_be()
    {
        var text = OneSegmentLess(Written.Replace("DTP*434*RD8*20260101-20260131~\n", string.Empty, StringComparison.Ordinal));

        var issue = Assert.Single(Claim837IReader.Read(text).Issues);

        Assert.Equal("CL1", issue.SegmentId);
        Assert.Contains("expected DTP*434 (statement dates, loop 2300)", issue.Message, StringComparison.Ordinal);
    }

    private static string OneSegmentLess(string text) => System.Text.RegularExpressions.Regex.Replace(
        text, @"SE\*(\d+)\*", m => $"SE*{int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1}*");

    [Fact]
    public void A_total_that_is_not_the_sum_of_the_lines_is_refused()
    {
        var text = Written.Replace("CLM*RHC0001*116.57*", "CLM*RHC0001*116.58*", StringComparison.Ordinal);

        var issue = Assert.Single(Claim837IReader.Read(text).Issues);

        Assert.Equal(("CLM", "CLM02"), (issue.SegmentId, issue.Element));
    }

    [Fact]
    public void A_bad_revenue_code_and_an_icd9_qualifier_are_named()
    {
        var text = Written.Replace("SV2*0521*", "SV2*521*", StringComparison.Ordinal).Replace("HI*ABK:E119", "HI*BK:E119", StringComparison.Ordinal);

        var issues = Claim837IReader.Read(text).Issues;

        Assert.Contains(issues, i => i.Element == "SV201" && i.Message.StartsWith("'521' is not a revenue code", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Element == "HI01-1" && i.Message.StartsWith("'BK' is not one of ABK", StringComparison.Ordinal));
    }

    [Fact]
    public void An_837P_is_not_an_837I()
    {
        var issues = Claim837IReader.Read(ClaimFileSamples.Write(ClaimFileSamples.SingleClaim())).Issues;

        Assert.Contains(issues, i => i.Element == "GS08" && i.Message.Contains("005010X223A2", StringComparison.Ordinal));
    }

    public static TheoryData<DataSet, string> GuideExamples()
    {
        var data = new TheoryData<DataSet, string>
        {
            { DataSet.Subset, "institutional-claim.837i" },
            { DataSet.Subset, "two-claims-single-provider.837i" },
            { DataSet.Full, "out-of-network-repriced-claim.837i" },
            { DataSet.Full, "ppo-repriced-claim.837i" },
        };
        return data;
    }

    [Theory]
    [MemberData(nameof(GuideExamples))]
    public void The_guide_examples_are_read_without_a_crash_and_their_departures_from_the_profile_are_listed(DataSet set, string file)
    {
        var text = File.ReadAllText(TestPaths.DataFile(set, Path.Combine("x12", "linuxforhealth-x12", "837i", file)));

        var result = Claim837IReader.Read(text);

        // They are X223A3 examples for other payers and inpatient bills: never valid for this profile.
        Assert.False(result.IsValid);
        Assert.Contains(result.Issues, i => i.Element == "GS08");
        TestContext.Current.SendDiagnosticMessage($"{file}: {result.Issues.Count} departures: {string.Join(" | ", result.Issues)}");
    }

    [Fact]
    public void The_institutional_example_departs_from_the_profile_in_these_ways()
    {
        var text = File.ReadAllText(TestPaths.SubsetFile(Path.Combine("x12", "linuxforhealth-x12", "837i", "institutional-claim.837i")));

        var issues = Claim837IReader.Read(text).Issues;

        // Version X223A3 where Medicare takes X223A2; a billing NPI whose check digit fails; a
        // five-digit billing ZIP; Part B's filing indicator (MB) on an institutional claim; a
        // 10-character HICN where an MBI belongs; and a payer secondary id (REF*G2) the profile
        // does not carry, where the claim should start.
        Assert.Equal(
            ["GS GS08", "ST ST03", "NM1 NM109", "N4 N403", "SBR SBR09", "NM1 NM109", "REF "],
            issues.Select(i => $"{i.SegmentId} {i.Element}"));
    }

    [Fact]
    public void The_two_claim_example_is_read_to_its_lines_and_its_departures_are_named()
    {
        var text = File.ReadAllText(TestPaths.SubsetFile(Path.Combine("x12", "linuxforhealth-x12", "837i", "two-claims-single-provider.837i")));

        var issues = Claim837IReader.Read(text).Issues;

        // CLM06 (not used on the 837I) is filled, the diagnoses are ICD-9 with BK/BF qualifiers, and
        // a line reference REF*1G stands where the profile's next line or claim belongs.
        Assert.Contains(issues, i => i.Element == "CLM06");
        Assert.Contains(issues, i => i.Element == "HI01-1" && i.Message.StartsWith("'BK'", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.SegmentId == "REF" && i.Message.Contains("expected LX", StringComparison.Ordinal));
    }
}
