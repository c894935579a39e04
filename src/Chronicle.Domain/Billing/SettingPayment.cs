namespace Chronicle.Domain.Billing;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;

/// <summary>
/// What Medicare pays per unit of a care-management code in each billing setting
/// (docs/rules/institutional.md §3). An office: the fee-schedule amount for its place of service.
/// An RHC or FQHC: the national non-facility amount, with no geographic adjustment, outside its
/// all-inclusive or PPS visit rate. A CAH under Method II: 115% of the fee-schedule amount.
/// </summary>
public static class SettingPayment
{
    /// <summary>A CAH that elected the optional method is paid this percentage of the fee schedule for a practitioner's service.</summary>
    public const int CahMethodIIPercent = 115;

    // CMS places of service paid at the facility rate (hospital, SNF, ...); every other place, such as the office (11), at the non-facility rate.
    private static readonly HashSet<string> FacilityPlaces = ["19", "21", "22", "23", "24", "26", "31", "34", "41", "42", "51", "52", "53", "56", "61"];

    /// <summary>The expected payment of one unit; zero when the year has no amount for the code.</summary>
    public static Money PerUnit(BillingSetting setting, FeeScheduleEntry? entry, string placeOfService)
    {
        if (entry is null)
        {
            return Money.Zero;
        }

        var schedule = FacilityPlaces.Contains(placeOfService) ? entry.Facility : entry.NonFacility;
        return setting switch
        {
            BillingSetting.RuralHealthClinic or BillingSetting.FederallyQualifiedHealthCenter => entry.NonFacility,
            BillingSetting.CriticalAccessHospitalMethodII =>
                new Money((long)Math.Round(schedule.Cents * CahMethodIIPercent / 100m, MidpointRounding.AwayFromZero)),
            _ => schedule,
        };
    }

    /// <summary>The sentence a decision explains the setting's payment with.</summary>
    public static string Explain(BillingSetting setting, int year) => setting switch
    {
        BillingSetting.RuralHealthClinic or BillingSetting.FederallyQualifiedHealthCenter => string.Create(CultureInfo.InvariantCulture,
            $"Billed as a {setting.ToLabel()} on the institutional claim (type of bill {setting.TypeOfBillPrefix()}x): care management is paid outside the visit rate at the national non-facility amount of each code for {year}, without geographic adjustment"),
        BillingSetting.CriticalAccessHospitalMethodII => string.Create(CultureInfo.InvariantCulture,
            $"Billed as a {setting.ToLabel()} on the institutional claim (type of bill {setting.TypeOfBillPrefix()}x): the practitioner's service is paid at {CahMethodIIPercent}% of the {year} fee-schedule amount"),
        _ => string.Create(CultureInfo.InvariantCulture, $"Billed as a professional office on the 837P at the {year} fee-schedule amount for the place of service"),
    };
}
