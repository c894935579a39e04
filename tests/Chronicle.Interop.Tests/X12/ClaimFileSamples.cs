namespace Chronicle.Interop.Tests.X12;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Interop.X12;

/// <summary>Claim file inputs written for the tests (CMS's published example MBI and NPIs with valid check digits).</summary>
internal static class ClaimFileSamples
{
    public static readonly ClaimPayer Medicare = new("MEDICARE PART B", "00952");

    public static readonly RenderingProvider Smith = new(Npi.Parse("1245319599"), "Smith", "John", "207Q00000X");

    public static ClaimFileEnvelope Envelope(int interchange = 1, int group = 1) => new(
        "SUBMIT001", "00952", "SUBMIT001", "00952",
        X12ControlNumber.FromReserved(interchange), X12ControlNumber.FromReserved(group),
        new DateOnly(2025, 2, 5), new TimeOnly(12, 0), X12Usage.Test);

    public static BillingProvider Clinic { get; } = new(
        "Chronic Care Clinic", Npi.Parse("1234567893"), "123456789",
        new ClaimAddress("123 Main St", null, "Springfield", "IL", "627011234"));

    public static ClaimPatient Doe { get; } = new(
        Mbi.Parse("1EG4TE5MK73"), "Doe", "Jane", null, new DateOnly(1945, 3, 12), ClaimSex.Female,
        new ClaimAddress("456 Oak Ave", null, "Springfield", "IL", "62704"));

    public static ClaimPatient Rivera { get; } = new(
        Mbi.Parse("2GF5-UH6-NP84"), "Rivera", "Ana", "María", new DateOnly(1948, 7, 4), ClaimSex.Female,
        new ClaimAddress("12 Elm Street", "Apt 4", "Peoria", "IL", "616021234"));

    public static ClaimServiceLine Line(string code, int units, decimal charge, DateOnly date, params int[] pointers) =>
        new(HcpcsCode.Parse(code), units, Money.FromDollars(charge), pointers, date);

    public static ProfessionalClaim CcmClaim(
        string id = "CCM0001",
        ClaimPatient? patient = null,
        ClaimFrequency frequency = ClaimFrequency.Original,
        string? originalReference = null)
    {
        var date = new DateOnly(2025, 1, 31);
        return new ProfessionalClaim(
            id, patient ?? Doe, Medicare, "11", frequency, originalReference,
            [Icd10Code.Parse("E11.9"), Icd10Code.Parse("I10"), Icd10Code.Parse("N18.30")],
            Smith,
            [Line("99490", 1, 62m, date, 1, 2, 3), Line("99439", 1, 47m, date, 1, 2, 3)]);
    }

    public static ClaimFileInput File(params ProfessionalClaim[] claims) => File(Envelope(), [new ClaimBatch(Clinic, claims)]);

    public static ClaimFileInput File(ClaimFileEnvelope envelope, IReadOnlyList<ClaimBatch> batches) => new(
        envelope,
        new ClaimSubmitter("CCM Billing Service", "SUBMIT001", "Jane Biller", "2175551234"),
        new ClaimReceiver("Medicare Part B", "00952"),
        batches);

    /// <summary>The file of one original claim, as in the shared single-claim sample.</summary>
    public static ClaimFileInput SingleClaim() => File(CcmClaim());

    /// <summary>Two billing providers; an original, a replacement and a void; modifiers, ZIP+4 and a middle name.</summary>
    public static ClaimFileInput Corrections()
    {
        var date = new DateOnly(2025, 2, 28);
        var complex = new ProfessionalClaim(
            "CCM0002", Rivera, Medicare, "11", ClaimFrequency.Original, null,
            [Icd10Code.Parse("E11.22"), Icd10Code.Parse("N18.30"), Icd10Code.Parse("I10"), Icd10Code.Parse("E78.5")],
            Smith,
            [Line("99487", 1, 131.65m, date, 1, 2, 3, 4), Line("99489", 2, 141.3m, date, 1, 2), new ClaimServiceLine(HcpcsCode.Parse("G0506"), 1, Money.FromDollars(64.04m), [1], date, ["25"])]);
        var replacement = CcmClaim("CCM0003", frequency: ClaimFrequency.Replacement, originalReference: "22025031000123");
        var voided = CcmClaim("CCM0004", frequency: ClaimFrequency.Void, originalReference: "22025031000456");
        var otherClinic = Clinic with
        {
            OrganizationName = "Lakeside Family Practice",
            Npi = Npi.Parse("1122334455"),
            EmployerId = "987654321",
            Address = new ClaimAddress("9 Lake Road", "Suite 200", "Chicago", "IL", "606011234"),
            Taxonomy = "207Q00000X",
        };
        return File(Envelope(interchange: 42, group: 7) with { CreatedOn = new DateOnly(2025, 3, 5) }, [new ClaimBatch(Clinic, [complex, replacement]), new ClaimBatch(otherClinic, [voided])]);
    }

    public static string Write(ClaimFileInput input, bool lineBreaks = false)
    {
        var result = Claim837Writer.Write(input, lineBreaks);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        return result.Text!;
    }
}
