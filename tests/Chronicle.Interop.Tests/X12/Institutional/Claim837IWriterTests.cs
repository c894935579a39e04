namespace Chronicle.Interop.Tests.X12.Institutional;

using Chronicle.Domain.Common;
using Chronicle.Interop.X12;

/// <summary>The 837I (005010X223A2) Chronicle writes for RHC, FQHC and CAH Method II care management, read back by its strict reader.</summary>
public sealed class Claim837IWriterTests
{
    [Fact]
    public void A_rural_health_clinic_claim_carries_type_of_bill_0711_the_statement_month_and_0521_lines()
    {
        var text = InstitutionalClaimSamples.Write(InstitutionalClaimSamples.File(InstitutionalClaimSamples.Claim()));

        Assert.Contains("GS*HC*SUBMIT001*00952*20260203*0930*3*X*005010X223A2~", text, StringComparison.Ordinal);
        Assert.Contains("ST*837*0001*005010X223A2~", text, StringComparison.Ordinal);
        Assert.Contains("SBR*P*18*******MA~", text, StringComparison.Ordinal);
        Assert.Contains("CLM*RHC0001*116.57***71:A:1**A*Y*Y~", text, StringComparison.Ordinal);
        Assert.Contains("DTP*434*RD8*20260101-20260131~", text, StringComparison.Ordinal);
        Assert.Contains("CL1***01~", text, StringComparison.Ordinal);
        Assert.Contains("HI*ABK:E119~", text, StringComparison.Ordinal);
        Assert.Contains("HI*ABF:I10*ABF:N1830~", text, StringComparison.Ordinal);
        Assert.Contains("NM1*71*1*SMITH*JOHN****XX*1245319599~", text, StringComparison.Ordinal);
        Assert.Contains("LX*1~\nSV2*0521*HC:99490*66.13*UN*1~\nDTP*472*D8*20260127~\nREF*6R*RHC0001-1~", text, StringComparison.Ordinal);
        Assert.Contains("SV2*0521*HC:99439*50.44*UN*1~", text, StringComparison.Ordinal);
        Assert.DoesNotContain("REF*F8", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reader_gives_back_what_was_written()
    {
        var text = InstitutionalClaimSamples.Write(InstitutionalClaimSamples.File(InstitutionalClaimSamples.Claim()));

        var read = Claim837IReader.Read(text);

        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        var claim = Assert.Single(read.Contents.Claims);
        Assert.Equal(("RHC0001", "0711", "116.57"), (claim.ClaimId, claim.TypeOfBill, claim.Total.ToPlainString()));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31)), (claim.StatementFrom!.Value, claim.StatementThrough!.Value));
        Assert.Equal(["E119", "I10", "N1830"], claim.Diagnoses);
        Assert.Equal("1245319599", claim.AttendingNpi);
        Assert.Equal("1234567893", claim.BillingProviderNpi);
        Assert.Equal(
            ["0521 99490 x1 66.13 2026-01-27 RHC0001-1", "0521 99439 x1 50.44 2026-01-27 RHC0001-2"],
            claim.Lines.Select(l => $"{l.RevenueCode} {l.Code} x{l.Units} {l.Charge.ToPlainString()} {l.ServiceDate:yyyy-MM-dd} {l.LineControlNumber}"));
    }

    [Theory]
    [InlineData("71", "0521", ClaimFrequency.Original, "0711")]
    [InlineData("77", "0521", ClaimFrequency.Original, "0771")]
    [InlineData("85", "0960", ClaimFrequency.Original, "0851")]
    [InlineData("71", "0521", ClaimFrequency.Replacement, "0717")]
    [InlineData("77", "0521", ClaimFrequency.Replacement, "0777")]
    [InlineData("85", "0960", ClaimFrequency.Replacement, "0857")]
    [InlineData("71", "0521", ClaimFrequency.Void, "0718")]
    [InlineData("77", "0521", ClaimFrequency.Void, "0778")]
    [InlineData("85", "0960", ClaimFrequency.Void, "0858")]
    public void Each_setting_and_frequency_gives_its_type_of_bill_and_a_correction_names_the_original(string facility, string revenueCode, ClaimFrequency frequency, string typeOfBill)
    {
        var original = frequency == ClaimFrequency.Original ? null : "22026031000123";
        var text = InstitutionalClaimSamples.Write(InstitutionalClaimSamples.File(InstitutionalClaimSamples.Claim(facility, revenueCode, frequency, original)));

        var claim = Assert.Single(Claim837IReader.Read(text).Contents.Claims);

        Assert.Equal(typeOfBill, claim.TypeOfBill);
        Assert.Contains($"*{facility}:A:{(int)frequency}*", text, StringComparison.Ordinal);
        Assert.Equal(original, claim.OriginalClaimReference);
        Assert.Equal(original is not null, text.Contains("CL1***01~\nREF*F8*22026031000123~", StringComparison.Ordinal));
        Assert.All(claim.Lines, l => Assert.Equal(revenueCode, l.RevenueCode));
    }

    [Fact]
    public void Separators_in_names_are_cleaned_away_and_can_never_start_an_element_segment_or_component()
    {
        var hostile = InstitutionalClaimSamples.Claim(patient: ClaimFileSamples.Doe with { LastName = "O*Brien~IEA*1^x:y", FirstName = "Ann~GE*1" });
        var input = InstitutionalClaimSamples.File(hostile) with
        {
            Submitter = new ClaimSubmitter("Billing*~:^ Co", "SUBMIT001", "Jane:Biller", "2175551234"),
        };

        var text = InstitutionalClaimSamples.Write(input, lineBreaks: false);
        var read = Claim837IReader.Read(text);

        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        Assert.Equal("O BRIEN IEA 1 X Y", read.Contents.Claims[0].PatientLastName);
        Assert.Equal("ANN GE 1", read.Contents.Claims[0].PatientFirstName);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "IEA"), m => text[m.Index - 1] == '~');
    }

    [Theory]
    [InlineData("RHC*1", "claim RHC*1, claim id")]
    [InlineData("RHC~1", "claim RHC~1, claim id")]
    public void An_identifier_holding_a_separator_is_refused_before_anything_is_written(string id, string where)
    {
        var result = Claim837IWriter.Write(InstitutionalClaimSamples.File(InstitutionalClaimSamples.Claim(id: id)));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Where == where);
    }

    [Theory]
    [InlineData("521", "'521' is not a revenue code")]
    [InlineData("4521", "'4521' is not a revenue code")]
    [InlineData("05:1", "'05:1' is not a revenue code")]
    public void A_revenue_code_that_is_not_four_digits_starting_0_to_3_is_refused(string revenueCode, string message)
    {
        var result = Claim837IWriter.Write(InstitutionalClaimSamples.File(InstitutionalClaimSamples.Claim(revenueCode: revenueCode)));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.Where == "claim RHC0001, line 1" && p.Message.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_replacement_without_the_original_claim_number_is_refused()
    {
        var result = Claim837IWriter.Write(InstitutionalClaimSamples.File(InstitutionalClaimSamples.Claim(frequency: ClaimFrequency.Replacement)));

        Assert.Contains(result.Problems, p => p.Message.StartsWith("a replacement (7) needs the payer's claim control number", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_dated_outside_the_statement_month_is_refused()
    {
        var claim = InstitutionalClaimSamples.Claim();
        claim = claim with { Lines = [claim.Lines[0] with { ServiceDate = new DateOnly(2026, 2, 1) }] };

        var result = Claim837IWriter.Write(InstitutionalClaimSamples.File(claim));

        Assert.Contains(result.Problems, p => p.Message == "the date of service 2026-02-01 is outside the statement period.");
    }
}
