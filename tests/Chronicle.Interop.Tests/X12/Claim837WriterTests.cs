namespace Chronicle.Interop.Tests.X12;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Interop.X12;

public sealed class Claim837WriterTests
{
    [Fact]
    public void The_file_reads_back_with_its_codes_units_charges_dates_and_diagnoses()
    {
        var result = Claim837Writer.Write(ClaimFileSamples.Corrections());

        var claims = result.Contents!.Claims;
        Assert.Equal(42, result.Contents.InterchangeControlNumber);
        Assert.Equal(["CCM0002", "CCM0003", "CCM0004"], claims.Select(c => c.ClaimId));
        var complex = claims[0];
        Assert.Equal(["E1122", "N1830", "I10", "E785"], complex.Diagnoses);
        Assert.Equal(
            [("99487", 1m, "131.65", "1,2,3,4"), ("99489", 2m, "141.30", "1,2"), ("G0506", 1m, "64.04", "1")],
            complex.Lines.Select(l => (l.Code, l.Units, l.Charge.ToPlainString(), string.Join(",", l.DiagnosisPointers))));
        Assert.Equal(["25"], complex.Lines[2].Modifiers);
        Assert.All(complex.Lines, l => Assert.Equal(new DateOnly(2025, 2, 28), l.ServiceDate));
        Assert.Equal(Money.FromDollars(336.99m), complex.Total);
        Assert.Equal(("2GF5UH6NP84", "RIVERA", "ANA", new DateOnly(1948, 7, 4), "F"), (complex.PatientMbi, complex.PatientLastName, complex.PatientFirstName, complex.PatientBirthDate, complex.PatientSex));
        Assert.Equal(("1234567893", "1245319599", "11", "00952"), (complex.BillingProviderNpi, complex.RenderingProviderNpi, complex.PlaceOfService, complex.PayerId));
        Assert.Equal(("1", null), (complex.Frequency, complex.OriginalClaimReference));
        Assert.Equal(("7", "22025031000123"), (claims[1].Frequency, claims[1].OriginalClaimReference));
        Assert.Equal(("8", "22025031000456", "1122334455", "0002"), (claims[2].Frequency, claims[2].OriginalClaimReference, claims[2].BillingProviderNpi, claims[2].TransactionControlNumber));
    }

    [Fact]
    public void Separators_in_names_and_addresses_are_removed_and_cannot_start_a_new_element_or_segment()
    {
        var patient = ClaimFileSamples.Doe with
        {
            LastName = "O'Brien~NM1*IL*1*EVIL",
            FirstName = "Zoë:^*",
            MiddleName = "\r\n~",
            Address = new ClaimAddress("1 Main*St~HL*9", "c/o Ann ^ Lee", "Saint-Étienne", "IL", "62704"),
        };
        var input = ClaimFileSamples.File(ClaimFileSamples.CcmClaim(patient: patient));

        var result = Claim837Writer.Write(input);

        Assert.True(result.Succeeded);
        var segments = result.Text!.Split('~');
        Assert.Equal(32, segments.Count(s => s.Length > 0));
        Assert.Contains("NM1*IL*1*O'BRIEN NM1 IL 1 EVIL*ZOE****MI*1EG4TE5MK73", segments);
        Assert.Contains("N3*1 MAIN ST HL 9*C/O ANN LEE", segments);
        Assert.Contains("N4*SAINT-ETIENNE*IL*62704", segments);
        Assert.Equal("O'BRIEN NM1 IL 1 EVIL", result.Contents!.Claims.Single().PatientLastName);
    }

    [Theory]
    [InlineData("Renée Œuvre-Ñandú", 60, "RENEE OEUVRE-NANDU")]
    [InlineData("Strauß Ødegård Łukasz", 60, "STRAUSS ODEGARD LUKASZ")]
    [InlineData("  a  *  b  ", 60, "A B")]
    [InlineData("😀~:^*\n", 60, "")]
    [InlineData("Smith-Jones Family Practice of Springfield", 20, "SMITH-JONES FAMILY P")]
    [InlineData("ab cd", 3, "AB")]
    [InlineData(null, 10, "")]
    public void Free_text_is_cleaned_to_the_x12_character_set(string? text, int maxLength, string expected) =>
        Assert.Equal(expected, X12Text.Clean(text, maxLength));

    public static TheoryData<string, Func<ClaimFileInput, ClaimFileInput>, string> BadInputs => new()
    {
        { "replacement without reference", i => Claims(i, ClaimFileSamples.CcmClaim(frequency: ClaimFrequency.Replacement)), "claim CCM0001: a replacement (7) needs the payer's claim control number" },
        { "void without reference", i => Claims(i, ClaimFileSamples.CcmClaim(frequency: ClaimFrequency.Void)), "claim CCM0001: a void (8) needs" },
        { "original with reference", i => Claims(i, ClaimFileSamples.CcmClaim(originalReference: "X1")), "an original claim (frequency 1) has no original claim reference" },
        { "pointer beyond the diagnoses", i => Claims(i, ClaimFileSamples.CcmClaim() with { Lines = [ClaimFileSamples.Line("99490", 1, 62m, new DateOnly(2025, 1, 31), 1, 4)] }), "claim CCM0001, line 1: diagnosis pointers must be between 1 and 3" },
        { "five pointers", i => Claims(i, ClaimFileSamples.CcmClaim() with { Diagnoses = [.. "ABCDE".Select(c => Icd10Code.Parse(c + "10"))], Lines = [ClaimFileSamples.Line("99490", 1, 62m, new DateOnly(2025, 1, 31), 1, 2, 3, 4, 5)] }), "a line points at 1 to 4 diagnoses" },
        { "thirteen diagnoses", i => Claims(i, ClaimFileSamples.CcmClaim() with { Diagnoses = [.. Enumerable.Range(10, 13).Select(n => Icd10Code.Parse($"I{n}"))] }), "a claim carries 1 to 12 diagnoses, this one 13" },
        { "no lines", i => Claims(i, ClaimFileSamples.CcmClaim() with { Lines = [] }), "a claim carries 1 to 50 service lines, this one 0" },
        { "absurd charge", i => Claims(i, ClaimFileSamples.CcmClaim() with { Lines = [ClaimFileSamples.Line("99490", 1, 10_000_000m, new DateOnly(2025, 1, 31), 1)] }), "the charge must be at most 9999999.99" },
        { "service after the file date", i => Claims(i, ClaimFileSamples.CcmClaim() with { Lines = [ClaimFileSamples.Line("99490", 1, 62m, new DateOnly(2025, 2, 6), 1)] }), "claim CCM0001, line 1: the date of service is after the file's date" },
        { "zero charge", i => Claims(i, ClaimFileSamples.CcmClaim() with { Lines = [ClaimFileSamples.Line("99490", 1, 0m, new DateOnly(2025, 1, 31), 1)] }), "the charge must be more than zero" },
        { "claim id with separator", i => Claims(i, ClaimFileSamples.CcmClaim(id: "CCM*1")), "claim CCM*1, claim id: 'CCM*1' must be 1 to 20 letters, digits or hyphens" },
        { "same claim id twice", i => Claims(i, ClaimFileSamples.CcmClaim(), ClaimFileSamples.CcmClaim()), "the claim id appears twice in the file" },
        { "unreserved control number", i => i with { Envelope = i.Envelope with { InterchangeControlNumber = default } }, "control numbers must be reserved by the caller" },
        { "billing provider PO box", i => Provider(i, ClaimFileSamples.Clinic with { Address = ClaimFileSamples.Clinic.Address with { Line1 = "P.O. Box 12" } }), "must be a street address, not a PO box" },
        { "billing provider five-digit ZIP", i => Provider(i, ClaimFileSamples.Clinic with { Address = ClaimFileSamples.Clinic.Address with { Zip = "62701" } }), "is not a ZIP+4 of 9 digits" },
        { "EIN with hyphen", i => Provider(i, ClaimFileSamples.Clinic with { EmployerId = "12-3456789" }), "employer id: '12-3456789' must be exactly 9 digits" },
        { "name of separators only", i => Claims(i, ClaimFileSamples.CcmClaim(patient: ClaimFileSamples.Doe with { LastName = "*~:^" })), "patient last name: is empty once the characters" },
        { "place of service", i => Claims(i, ClaimFileSamples.CcmClaim() with { PlaceOfService = "1" }), "place of service '1' is not a two-digit CMS code" },
        { "no claims", i => i with { Batches = [] }, "file: there are no claims to send" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_is_refused_with_a_problem_naming_where_and_nothing_is_written(string because, Func<ClaimFileInput, ClaimFileInput> change, string expected)
    {
        var result = Claim837Writer.Write(change(ClaimFileSamples.SingleClaim()));

        Assert.False(result.Succeeded, because);
        Assert.Null(result.Text);
        Assert.Contains(result.Problems, p => p.ToString().Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_claims_with_hostile_text_always_write_a_file_the_strict_reader_accepts(int seed)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var input = RandomClaimFiles.Create((seed * 1000) + attempt);

            var result = Claim837Writer.Write(input);

            Assert.True(result.Succeeded, string.Join("; ", result.Problems));
            Assert.Equal(input.Batches.SelectMany(b => b.Claims).Select(c => c.ClaimId), result.Contents!.Claims.Select(c => c.ClaimId));
            Assert.Equal(input.Batches.SelectMany(b => b.Claims).Select(c => c.Total), result.Contents.Claims.Select(c => c.Total));
        }
    }

    [Fact]
    public void A_control_number_outside_one_to_999999999_cannot_be_made()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => X12ControlNumber.FromReserved(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => X12ControlNumber.FromReserved(1_000_000_000));
        Assert.Equal("999999999", X12ControlNumber.FromReserved(999_999_999).Padded);
    }

    private static ClaimFileInput Claims(ClaimFileInput input, params ProfessionalClaim[] claims) =>
        input with { Batches = [new ClaimBatch(ClaimFileSamples.Clinic, claims)] };

    private static ClaimFileInput Provider(ClaimFileInput input, BillingProvider provider) =>
        input with { Batches = [input.Batches[0] with { BillingProvider = provider }] };
}
