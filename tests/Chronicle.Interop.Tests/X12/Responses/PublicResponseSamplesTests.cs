namespace Chronicle.Interop.Tests.X12.Responses;

using Chronicle.Domain.Common;
using Chronicle.Interop.X12.Responses;

/// <summary>
/// The readers on the public 999, 277 and 835 samples: parser fixtures, not fully conformant, so
/// read leniently where money is unaffected. The subset in tests/data/x12 always runs; the rest of
/// full public sets under CHRONICLE_FULL_DATA (x12/) are an optional, larger run (ADR 0196).
/// </summary>
public sealed class PublicResponseSamplesTests
{
    /// <summary>Each sample file with its kind and key values: a claim id it names and the money or status it gives it.</summary>
    public static TheoryData<DataSet, string, ResponseKind, string> Samples => new()
    {
        { DataSet.Subset, "imsweb-x12-parser/x12_999_accepted.txt", ResponseKind.ImplementationAcknowledgment999, "17456/0001:Accepted" },
        { DataSet.Subset, "imsweb-x12-parser/x12_999_rejected.txt", ResponseKind.ImplementationAcknowledgment999, "28/0028:Rejected" },
        { DataSet.Subset, "imsweb-x12-parser/x12_277CA_accepted.txt", ResponseKind.ClaimAcknowledgment277CA, "5781:Accepted:1107000000014420" },
        { DataSet.Subset, "imsweb-x12-parser/x12_277CA_rejected.txt", ResponseKind.ClaimAcknowledgment277CA, "3920394930203:Rejected:1107000000001120" },
        { DataSet.Subset, "linuxforhealth-x12/835/medicare-part-a.835", ResponseKind.Remittance835, "150000.00 ACH 12345: 666123=138018.40 777777=11980.33" },
        { DataSet.Subset, "linuxforhealth-x12/277/claim-level-status.277", ResponseKind.Unrecognised, "ST03" },
        { DataSet.Subset, "ccm-authored/ccm_valid_single.837", ResponseKind.Unrecognised, "ST01" },
        { DataSet.Full, "linuxforhealth-x12/835/cob-contractural-adjustment.835", ResponseKind.Remittance835, "34.00 CHK 0063158ABC: 0001000055=34.00" },
        { DataSet.Full, "linuxforhealth-x12/835/managed-care.835", ResponseKind.Remittance835, "945.00 ACH 7170066655: 5554555444=450.00 8765432112=495.00" },
        { DataSet.Full, "linuxforhealth-x12/835/secondary-payment.835", ResponseKind.Remittance835, "1222.00 CHK 0012524965: L0004828311=912.00 0001000053=310.00" },
        { DataSet.Full, "linuxforhealth-x12/835/tertiary-payment.835", ResponseKind.Remittance835, "187.50 CHK 0012524879: 0001000054=187.50" },
        { DataSet.Full, "linuxforhealth-x12/277/claim-level-status-ncpdp.277", ResponseKind.Unrecognised, "ST03" },
        { DataSet.Full, "linuxforhealth-x12/277/information-receiver-level-status.277", ResponseKind.Unrecognised, "ST03" },
        { DataSet.Full, "linuxforhealth-x12/277/provider-level-status.277", ResponseKind.Unrecognised, "ST03" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_public_sample_is_read_with_its_key_values(DataSet set, string file, ResponseKind kind, string expected)
    {
        var result = ResponseReader.Read(File.ReadAllText(TestPaths.DataFile(set, Path.Combine("x12", file))));

        Assert.Equal(kind, result.Kind);
        Assert.Equal(expected, Summary(result));
        Assert.True(result.CanApply == (kind != ResponseKind.Unrecognised), string.Join(" | ", result.Problems));
    }

    [Fact]
    public void The_sample_999_is_read_past_its_wrong_trailer_control_number_which_is_reported()
    {
        var result = ResponseReader.Read(File.ReadAllText(TestPaths.SubsetFile(Path.Combine("x12", "imsweb-x12-parser", "x12_999_accepted.txt"))));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("segment 10 (IEA), element IEA02: '000000001' is not the interchange control number '000000286' of ISA13.", problem.ToString());
        Assert.False(problem.Blocking);
        Assert.True(result.CanApply);
    }

    [Fact]
    public void The_sample_rejected_999_names_the_segment_in_error()
    {
        var result = ResponseReader.Read(File.ReadAllText(TestPaths.SubsetFile(Path.Combine("x12", "imsweb-x12-parser", "x12_999_rejected.txt"))));

        var error = Assert.Single(result.Acknowledgment!.Groups[0].Sets[0].Errors);
        Assert.Equal(("NM", 17, "1"), (error.SegmentId, error.Position, error.ErrorCode));
    }

    [Fact]
    public void The_medicare_sample_balances_with_its_provider_adjustment()
    {
        var advice = ResponseReader.Read(File.ReadAllText(TestPaths.SubsetFile(Path.Combine("x12", "linuxforhealth-x12", "835", "medicare-part-a.835")))).Remittance!.Advices[0];

        var plb = Assert.Single(advice.ProviderAdjustments);
        Assert.Equal(("CV", "CP", Money.FromDollars(-1.27m)), (plb.Reason, plb.Reference, plb.Amount));
        Assert.Equal(new ClaimAdjustment("CO", "45", Money.FromDollars(73348.57m), null), Assert.Single(advice.Claims[0].Adjustments));
        Assert.Equal("1999999444444", advice.Claims[0].PayerClaimNumber);
    }

    private static string Summary(ResponseReadResult result) => result.Kind switch
    {
        ResponseKind.ImplementationAcknowledgment999 => string.Join(" ", result.Acknowledgment!.Groups.SelectMany(g => g.Sets.Select(s => $"{g.GroupControlNumber}/{s.TransactionControlNumber}:{s.Result}"))),
        ResponseKind.ClaimAcknowledgment277CA => string.Join(" ", result.ClaimAcknowledgment!.Claims.Select(c => $"{c.ClaimControlNumber}:{c.Verdict}:{c.PayerClaimNumber}")),
        ResponseKind.Remittance835 => string.Join(" / ", result.Remittance!.Advices.Select(a =>
            $"{a.Payment.Amount.ToPlainString()} {a.Payment.Method} {a.TraceNumber}: {string.Join(" ", a.Claims.Select(c => $"{c.ClaimId}={c.Paid.ToPlainString()}"))}")),
        _ => string.Join(" ", result.Problems.Where(p => p.Blocking).Select(p => p.Element)),
    };
}
