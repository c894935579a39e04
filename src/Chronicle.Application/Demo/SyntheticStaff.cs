namespace Chronicle.Application.Demo;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;

/// <summary>
/// The people of a generated practice, sized to its patients the way CCM programs are staffed: a
/// billing practitioner per 1,500 patients and a care manager (RN, LPN or MA) per 350, at least two
/// and three, plus a front desk. Names and NPIs are invented; NPIs pass the Luhn rule.
/// </summary>
internal sealed class SyntheticStaff
{
    private static readonly string[] Credentials = ["RN", "LPN", "MA"];

    private SyntheticStaff(List<StaffMember> practitioners, List<StaffMember> careManagers, StaffMember frontDesk)
    {
        Practitioners = practitioners;
        CareManagers = careManagers;
        FrontDesk = frontDesk;
        All = [.. practitioners, .. careManagers, frontDesk];
        ById = All.ToDictionary(s => s.Id);
    }

    public IReadOnlyList<StaffMember> Practitioners { get; }

    public IReadOnlyList<StaffMember> CareManagers { get; }

    public StaffMember FrontDesk { get; }

    public IReadOnlyList<StaffMember> All { get; }

    public Dictionary<StaffId, StaffMember> ById { get; }

    public static SyntheticStaff Create(PracticeId practiceId, int patients, Random random)
    {
        var practitioners = Enumerable.Range(0, Math.Max(2, patients / 1500))
            .Select(i => Member(practiceId, $"bp-{i + 1}", StaffRole.BillingPractitioner, i % 3 == 2 ? "NP" : "MD", SyntheticNpi.Individual(i), random))
            .ToList();
        var careManagers = Enumerable.Range(0, Math.Max(3, patients / 350))
            .Select(i => Member(practiceId, $"cm-{i + 1}", StaffRole.ClinicalStaff, Credentials[i % Credentials.Length], null, random))
            .ToList();
        return new SyntheticStaff(practitioners, careManagers, Member(practiceId, "fd-1", StaffRole.NonClinical, null, null, random));
    }

    private static StaffMember Member(PracticeId practiceId, string id, StaffRole role, string? credential, Npi? npi, Random random)
    {
        var first = DemoPracticeData.FirstNames[random.Next(DemoPracticeData.FirstNames.Length)];
        var last = DemoPracticeData.LastNames[random.Next(DemoPracticeData.LastNames.Length)];
        return StaffMember.Create(practiceId, new StaffDetails(id, first, last, role, credential, npi,
            string.Create(CultureInfo.InvariantCulture, $"{id}@generated.example")));
    }
}

/// <summary>Invented NPIs with a valid check digit: 1 + eight digits for people, 19 + seven for the practice.</summary>
internal static class SyntheticNpi
{
    public static Npi Individual(int index) => Of(string.Create(CultureInfo.InvariantCulture, $"1{70_000_000 + index:D8}"));

    public static Npi Group(int seed) => Of(string.Create(CultureInfo.InvariantCulture, $"19{((seed % 10_000_000) + 10_000_000) % 10_000_000:D7}"));

    private static Npi Of(string nineDigits) => Npi.Parse(nineDigits + Npi.CheckDigit(nineDigits));
}
