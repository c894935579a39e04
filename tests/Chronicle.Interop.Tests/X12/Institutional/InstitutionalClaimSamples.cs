namespace Chronicle.Interop.Tests.X12.Institutional;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Interop.X12;

/// <summary>837I inputs for the tests: a rural health clinic's January 2026 CCM claims (CMS's example MBI and NPIs).</summary>
internal static class InstitutionalClaimSamples
{
    public static readonly ClaimPayer MedicarePartA = new("MEDICARE PART A", "00952");

    public static readonly AttendingProvider Smith = new(Npi.Parse("1245319599"), "Smith", "John", "207Q00000X");

    public static BillingProvider Clinic { get; } = new(
        "Prairie Rural Health Clinic", Npi.Parse("1234567893"), "123456789",
        new ClaimAddress("1 Depot St", null, "Tuscola", "IL", "619531234"));

    public static ClaimFileEnvelope Envelope { get; } = new(
        "SUBMIT001", "00952", "SUBMIT001", "00952",
        X12ControlNumber.FromReserved(7), X12ControlNumber.FromReserved(3),
        new DateOnly(2026, 2, 3), new TimeOnly(9, 30), X12Usage.Test);

    public static InstitutionalServiceLine Line(string revenueCode, string code, int units, decimal charge, string control) =>
        new(revenueCode, HcpcsCode.Parse(code), units, Money.FromDollars(charge), new DateOnly(2026, 1, 27), control);

    public static InstitutionalClaim Claim(
        string facilityType = "71",
        string revenueCode = "0521",
        ClaimFrequency frequency = ClaimFrequency.Original,
        string? originalReference = null,
        string id = "RHC0001",
        ClaimPatient? patient = null) => new(
            id, patient ?? Interop.Tests.X12.ClaimFileSamples.Doe, MedicarePartA, facilityType, frequency, originalReference,
            new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31),
            [Icd10Code.Parse("E11.9"), Icd10Code.Parse("I10"), Icd10Code.Parse("N18.30")],
            Smith,
            [Line(revenueCode, "99490", 1, 66.13m, id + "-1"), Line(revenueCode, "99439", 1, 50.44m, id + "-2")]);

    public static InstitutionalClaimFileInput File(params InstitutionalClaim[] claims) => new(
        Envelope,
        new ClaimSubmitter("Prairie Billing", "SUBMIT001", "Jane Biller", "2175551234"),
        new ClaimReceiver("Medicare Part A", "00952"),
        [new InstitutionalClaimBatch(Clinic, claims)]);

    public static string Write(InstitutionalClaimFileInput input, bool lineBreaks = true)
    {
        var result = Claim837IWriter.Write(input, lineBreaks);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        return result.Text!;
    }
}
