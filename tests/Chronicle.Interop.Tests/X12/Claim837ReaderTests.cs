namespace Chronicle.Interop.Tests.X12;

using Chronicle.Domain.Common;
using Chronicle.Interop.X12;

/// <summary>The strict reader against hand-made defects in a file we wrote: each is found at its segment and element.</summary>
public sealed class Claim837ReaderTests
{
    private static readonly string Valid = File.ReadAllText(Claim837GoldenTests.FixturePath("single-claim"));

    public static TheoryData<string, string, string, int, string?> Defects => new()
    {
        { "SE count", "SE*28*0001", "SE*27*0001", 30, "SE01" },
        { "SE control number", "SE*28*0001", "SE*28*0002", 30, "SE02" },
        { "GE count", "GE*1*1~", "GE*2*1~", 31, "GE01" },
        { "GE control number", "GE*1*1~", "GE*1*2~", 31, "GE02" },
        { "IEA count", "IEA*1*000000001", "IEA*2*000000001", 32, "IEA01" },
        { "IEA control number", "IEA*1*000000001", "IEA*1*000000002", 32, "IEA02" },
        { "ISA shortened", "ISA*00*          *", "ISA*00*         *", 1, null },
        { "ISA usage", "*T*:~", "*X*:~", 1, "ISA15" },
        { "GS not a claim group", "GS*HC", "GS*FA", 2, "GS01" },
        { "ST03 missing", "ST*837*0001*005010X222A1", "ST*837*0001", 3, "ST03" },
        { "trailing empty element", "PER*IC*JANE BILLER*TE*2175551234", "PER*IC*JANE BILLER*TE*2175551234*", 6, "PER05" },
        { "name too long", "NM1*85*2*CHRONIC CARE CLINIC", "NM1*85*2*" + new string('A', 61), 9, "NM103" },
        { "billing NPI check digit", "XX*1234567893", "XX*1234567890", 9, "NM109" },
        { "billing ZIP of five digits", "N4*SPRINGFIELD*IL*627011234", "N4*SPRINGFIELD*IL*62701", 11, "N403" },
        { "EIN length", "REF*EI*123456789", "REF*EI*12345678", 12, "REF02" },
        { "HL numbering", "HL*2*1*22*0", "HL*3*1*22*0", 13, "HL01" },
        { "HL parent", "HL*2*1*22*0", "HL*2*3*22*0", 13, "HL02" },
        { "not a filing indicator Chronicle writes", "SBR*P*18*******MB", "SBR*P*18*******ZZ", 14, "SBR09" },
        { "MBI letter S", "MI*1EG4TE5MK73", "MI*1SG4TE5MK73", 15, "NM109" },
        { "repetition separator in a name", "NM1*IL*1*DOE*JANE", "NM1*IL*1*DOE*JA^NE", 15, "NM104" },
        { "subscriber address missing", "N3*456 OAK AVE~\n", string.Empty, 16, null },
        { "birth date not a date", "DMG*D8*19450312", "DMG*D8*19450231", 18, "DMG02" },
        { "claim total not the sum", "CLM*CCM0001*109*", "CLM*CCM0001*110*", 20, "CLM02" },
        { "replacement without REF*F8", "11:B:1", "11:B:7", 20, "CLM05-3" },
        { "ICD-10 with its dot", "ABK:E119", "ABK:E11.9", 21, "HI01-2" },
        { "other diagnosis as principal", "ABF:I10", "ABK:I10", 21, "HI02-1" },
        { "ICD-9 qualifier", "ABF:N1830", "BF:N1830", 21, "HI03-1" },
        { "rendering NPI check digit", "XX*1245319599", "XX*1245319590", 22, "NM109" },
        { "line charge with three decimals", "SV1*HC:99490*62*", "SV1*HC:99490*62.001*", 25, "SV102" },
        { "date of service not a date", "DTP*472*D8*20250131~\nLX*2", "DTP*472*D8*2025013~\nLX*2", 26, "DTP03" },
        { "service after the file date", "DTP*472*D8*20250131~\nLX*2", "DTP*472*D8*20250206~\nLX*2", 26, "DTP03" },
        { "birth after the file date", "DMG*D8*19450312", "DMG*D8*20250206", 18, "DMG02" },
        { "LX numbering", "LX*2", "LX*3", 27, "LX01" },
        { "pointer past the diagnoses", "SV1*HC:99439*47*UN*1***1:2:3", "SV1*HC:99439*47*UN*1***1:2:4", 28, "SV107-3" },
        { "procedure code shape", "HC:99439", "HC:9943", 28, "SV101-2" },
        { "segment after IEA", "IEA*1*000000001~\n", "IEA*1*000000001~\nXYZ*1~\n", 33, null },
    };

    [Fact]
    public void The_golden_file_has_no_issue() => Assert.Empty(Claim837Reader.Read(Valid).Issues);

    [Fact]
    public void A_plans_member_id_is_read_as_it_is_only_when_SBR09_names_a_plan()
    {
        var plan = ReplaceFirst(ReplaceFirst(Valid, "SBR*P*18*******MB", "SBR*P*18*******16"), "MI*1EG4TE5MK73", "MI*LKM-5501");
        var medicare = ReplaceFirst(Valid, "MI*1EG4TE5MK73", "MI*LKM-5501");

        var read = Claim837Reader.Read(plan);

        Assert.Empty(read.Issues);
        Assert.Equal("LKM-5501", Assert.Single(read.Contents.Claims).PatientMbi);
        Assert.Contains(Claim837Reader.Read(medicare).Issues, i => i.SegmentNumber == 15 && i.Element == "NM109");
    }

    [Theory]
    [MemberData(nameof(Defects))]
    public void A_defect_is_reported_at_its_segment_and_element(string defect, string find, string replace, int segment, string? element)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        var broken = ReplaceFirst(Valid, find, replace);

        var issues = Claim837Reader.Read(broken).Issues;

        Assert.True(
            issues.Any(i => i.SegmentNumber == segment && (element is null || i.Element == element)),
            $"{defect}: expected an issue at segment {segment} {element}; got: {string.Join(" | ", issues)}");
    }

    [Fact]
    public void An_issue_reads_with_its_segment_number_id_and_element()
    {
        var issue = Claim837Reader.Read(ReplaceFirst(Valid, "CLM*CCM0001*109*", "CLM*CCM0001*110*")).Issues.Single();

        Assert.Equal("segment 20 (CLM) CLM02: the claim total 110 is not the sum of its lines, 109.", issue.ToString());
    }

    [Fact]
    public void Lines_and_loops_after_a_loop_order_break_are_still_counted_in_SE()
    {
        var issues = Claim837Reader.Read(ReplaceFirst(Valid, "HI*ABK:E119*ABF:I10*ABF:N1830~\n", string.Empty)).Issues;

        Assert.Contains(issues, i => i.SegmentNumber == 21 && i.Message.Contains("expected HI", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Element == "SE01");
    }

    [Fact]
    public void Other_separators_declared_by_ISA_are_honoured()
    {
        var text = Valid.Replace('*', '|').Replace(':', '>').Replace('~', '\'');

        var result = Claim837Reader.Read(text);

        Assert.Empty(result.Issues);
        Assert.Equal(["99490", "99439"], result.Contents.Claims.Single().Lines.Select(l => l.Code));
    }

    [Fact]
    public void Empty_and_tiny_inputs_are_issues_not_exceptions()
    {
        Assert.Equal("segment 1 (ISA): the file must start with an ISA segment of 106 characters.", Claim837Reader.Read(string.Empty).Issues.Single().ToString());
        Assert.False(Claim837Reader.Read(null).IsValid);
        Assert.False(Claim837Reader.Read(Valid[..200]).IsValid);
    }

    [Fact]
    public void Amounts_read_back_as_cents()
    {
        var claim = Claim837Reader.Read(Valid).Contents.Claims.Single();

        Assert.Equal(new Money(10900), claim.Total);
        Assert.Equal([new Money(6200), new Money(4700)], claim.Lines.Select(l => l.Charge));
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
