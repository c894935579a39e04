namespace Chronicle.Application.Demo;

using Chronicle.Domain.Common;
using Chronicle.Domain.Payers;
using Chronicle.Domain.Practices;

/// <summary>
/// The second demo practice (issue 17): a rural health clinic that bills care management on the
/// institutional claim (837I, type of bill 0711, revenue code 0521). Every name and number is
/// invented; the NPIs pass their check digit and the CCN has the RHC range's shape (xx3800–xx3999),
/// but they belong to nobody. Its people come from the generators the benchmark practices use.
/// </summary>
public static class RhcDemoPractice
{
    public const string Name = "Prairie Creek Rural Health Clinic";
    public const int PatientCount = 30;

    /// <summary>The seed of the generators: the same clinic on every clone.</summary>
    public const int Seed = 1711;

    public const string Ccn = "143975";

    /// <summary>The clinic's Part A MAC (NGS, jurisdiction 6), where its Original Medicare claims go (ADR 0260); an invented payer id.</summary>
    public const string PartAPayerCode = "06001";

    /// <summary>The sign-ins of the clinic's staff, with the office demo's published password (<see cref="DemoSignIns.Password"/>).</summary>
    public const string Admin = "admin@prairiecreek-rhc.example";

    public const string BillingPractitioner = "practitioner@prairiecreek-rhc.example";

    public const string CareManager = "nurse@prairiecreek-rhc.example";

    public static Npi GroupNpi { get; } = Of("188877766");

    public static Npi FacilityNpi { get; } = Of("188877755");

    public static PracticeDetails Details()
    {
        var billing = PracticeBilling.Create(BillingSetting.RuralHealthClinic, null, FacilityNpi, Ccn).GetOrThrow("the demo clinic's billing");
        return new PracticeDetails(Name, GroupNpi, "371234567", new Address("12 Depot Road", "Prairie Creek", "IL", "62330-1201"), "309-555-0170",
            PracticeTimeZone.Parse(DemoPracticeData.TimeZone), "72", billing);
    }

    /// <summary>The office demo's directory (everyone in Original Medicare through Part B) plus the Part A MAC that receives the clinic's 837I.</summary>
    public static List<Payer> Directory(Practice practice) =>
    [
        .. DemoPayers.Directory(practice),
        Payer.Create(practice.Id, new PayerDetails(PartAPayerCode, "Medicare Part A (NGS J6)", PayerKind.MedicarePartA, "J6",
            ClaimFormat.Institutional837I, PartAPayerCode, "ZZ", "NATIONAL GOVERNMENT SERVICES PART A")),
    ];

    private static Npi Of(string nineDigits) => Npi.Parse(nineDigits + Npi.CheckDigit(nineDigits));
}
