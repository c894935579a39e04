namespace Chronicle.Domain.Tests.Enrollment;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>The CSV spellings of programs and consents (docs/spec/import-formats.md) and the signed-document reference.</summary>
public sealed class EnrollmentValuesTests
{
    [Theory]
    [InlineData("ccm", CareProgram.Ccm)]
    [InlineData(" PCM ", CareProgram.Pcm)]
    public void Programs_parse_from_their_csv_codes(string text, CareProgram expected)
    {
        var parsed = CarePrograms.TryParse(text);

        Assert.Equal(expected, parsed.Value);
        Assert.Equal(text.Trim().ToLowerInvariant(), expected.ToCode());
    }

    [Theory]
    [InlineData("")]
    [InlineData("bhi")]
    [InlineData(null)]
    public void Other_programs_are_refused_with_the_codes_that_exist(string? text)
    {
        var parsed = CarePrograms.TryParse(text);

        Assert.False(parsed.IsValid);
        Assert.Contains("use ccm or pcm", parsed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("availability;cost-sharing;one-practitioner;right-to-stop", ConsentDisclosures.All)]
    [InlineData(" right-to-stop ; Availability ", ConsentDisclosures.RightToStop | ConsentDisclosures.Availability)]
    [InlineData("cost-sharing;cost-sharing", ConsentDisclosures.CostSharing)]
    [InlineData("", ConsentDisclosures.None)]
    [InlineData(null, ConsentDisclosures.None)]
    public void Disclosures_parse_from_a_semicolon_list(string? text, ConsentDisclosures expected)
    {
        Assert.Equal(expected, ConsentCodes.TryParseDisclosures(text).Value);
    }

    [Fact]
    public void An_unknown_disclosure_is_named_with_the_ones_that_exist()
    {
        var parsed = ConsentCodes.TryParseDisclosures("availability;data-sharing");

        Assert.Equal("'data-sharing' is not a disclosure; use availability, cost-sharing, one-practitioner, right-to-stop.", parsed.Error);
    }

    [Theory]
    [InlineData(ConsentDisclosures.All, "availability;cost-sharing;one-practitioner;right-to-stop")]
    [InlineData(ConsentDisclosures.RightToStop | ConsentDisclosures.CostSharing, "cost-sharing;right-to-stop")]
    [InlineData(ConsentDisclosures.None, "")]
    public void Disclosures_are_written_in_csv_spelling_and_read_back(ConsentDisclosures disclosures, string codes)
    {
        Assert.Equal(codes, disclosures.ToCodes());
        Assert.Equal(disclosures, ConsentCodes.TryParseDisclosures(codes).Value);
    }

    [Theory]
    [InlineData("verbal", ConsentMethod.Verbal)]
    [InlineData("Written", ConsentMethod.Written)]
    public void Methods_parse_from_their_csv_codes(string text, ConsentMethod expected)
    {
        Assert.Equal(expected, ConsentCodes.TryParseMethod(text).Value);
        Assert.Equal(text.ToLowerInvariant(), expected.ToCode());
        Assert.False(ConsentCodes.TryParseMethod("email").IsValid);
    }

    [Theory]
    [InlineData("accepted", ConsentDecision.Accepted)]
    [InlineData(" declined", ConsentDecision.Declined)]
    public void Decisions_parse_from_their_csv_codes(string text, ConsentDecision expected)
    {
        Assert.Equal(expected, ConsentCodes.TryParseDecision(text).Value);
        Assert.Equal(text.Trim(), expected.ToCode());
        Assert.False(ConsentCodes.TryParseDecision("yes").IsValid);
    }

    [Theory]
    [InlineData("application/pdf", true)]
    [InlineData("image/png", true)]
    [InlineData("IMAGE/JPEG", true)]
    [InlineData("image/tiff", true)]
    [InlineData("text/plain", false)]
    [InlineData("", false)]
    public void A_signed_document_is_a_pdf_or_an_image(string mediaType, bool valid)
    {
        Assert.Equal(valid, SignedDocument.TryCreate(new string('0', 64), mediaType).IsValid);
    }

    [Theory]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", true)]
    [InlineData("9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08", true)]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0", false)]
    [InlineData("zf86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", false)]
    [InlineData(null, false)]
    public void A_signed_document_is_identified_by_its_sha256(string? hash, bool valid)
    {
        var document = SignedDocument.TryCreate(hash, "application/pdf");

        Assert.Equal(valid, document.IsValid);
        if (valid)
        {
            Assert.Equal(hash!.ToLowerInvariant(), document.Value!.ContentHash);
        }
    }

    [Fact]
    public void A_billing_practitioner_needs_a_staff_id_and_an_npi()
    {
        Assert.Throws<ArgumentException>(() => new BillingPractitioner(default, Npi.Parse("1234567893")));
        Assert.Throws<ArgumentException>(() => new BillingPractitioner(StaffId.New(), default));
    }

    [Fact]
    public void The_same_practitioner_is_recognised_by_staff_id()
    {
        var staff = StaffId.New();

        Assert.True(new BillingPractitioner(staff, Npi.Parse("1234567893")).IsSameAs(new BillingPractitioner(staff, Npi.Parse("1245319599"))));
        Assert.False(new BillingPractitioner(staff, Npi.Parse("1234567893")).IsSameAs(new BillingPractitioner(StaffId.New(), Npi.Parse("1234567893"))));
    }

    [Fact]
    public void A_refused_outcome_has_no_value_to_take()
    {
        var refused = Outcome<int>.Fail("ENROLL-OVERLAP", "Overlaps.");

        var error = Assert.Throws<InvalidOperationException>(() => refused.GetValueOrThrow());

        Assert.Contains("ENROLL-OVERLAP: Overlaps.", error.Message, StringComparison.Ordinal);
        Assert.True(Outcome.Ok.Succeeded);
        Assert.Equal(7, Outcome<int>.Ok(7).GetValueOrThrow());
    }
}
