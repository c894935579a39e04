namespace Chronicle.Domain.Billing;

using Chronicle.Domain.Common;

/// <summary>
/// The national amounts of the care-management codes and their neighbours for 2025 and 2026,
/// written by us from the CMS Physician Fee Schedule RVU files: total RVUs (work + PE + MP) of
/// each setting × the year's conversion factor, rounded to the cent. 2025: PPRRVU2025_Oct
/// (release RVU25D, released 09/11/2025), CF 32.3465. 2026: PPRRVU2026_Jan_nonQPP (release RVU26A,
/// released 12/29/2025), non-QP CF 33.4009; practices that are qualifying APM participants are paid
/// at 33.5675 and can load their file with 'chronicle codes import pfs'. G0511/G0512 (status X, not
/// payable by the PFS) are left out. The RVUs are CMS public data; no CPT descriptor is copied.
/// </summary>
public static class BuiltInFees
{
    public const decimal ConversionFactor2025 = 32.3465m;
    public const decimal ConversionFactor2026 = 33.4009m;

    public const string Source2025 = "built-in: CMS PPRRVU2025_Oct (RVU25D) × CF 32.3465";
    public const string Source2026 = "built-in: CMS PPRRVU2026_Jan_nonQPP (RVU26A) × CF 33.4009";

    public static IReadOnlyList<FeeScheduleEntry> Entries { get; } =
    [
        Rvu(2025, "99424", 2.50m, 2.23m), // PCM physician/QHP first 30 min
        Rvu(2025, "99425", 1.82m, 1.52m), // PCM physician/QHP each addl 30 min (add-on)
        Rvu(2025, "99426", 1.91m, 1.47m), // PCM clinical staff first 30 min
        Rvu(2025, "99427", 1.56m, 1.06m), // PCM clinical staff each addl 30 min (add-on)
        Rvu(2025, "99437", 1.78m, 1.48m), // CCM physician/QHP each addl 30 min (add-on to 99491)
        Rvu(2025, "99439", 1.42m, 1.02m), // CCM clinical staff each addl 20 min (add-on to 99490)
        Rvu(2025, "99457", 1.48m, 0.89m), // RPM treatment mgmt first 20 min
        Rvu(2025, "99458", 1.19m, 0.89m), // RPM treatment mgmt each addl 20 min (add-on)
        Rvu(2025, "99484", 1.64m, 1.28m), // General BHI care mgmt
        Rvu(2025, "99487", 4.07m, 2.69m), // Complex CCM clinical staff first 60 min
        Rvu(2025, "99489", 2.18m, 1.46m), // Complex CCM each addl 30 min (add-on to 99487)
        Rvu(2025, "99490", 1.87m, 1.48m), // CCM clinical staff first 20 min
        Rvu(2025, "99491", 2.54m, 2.24m), // CCM physician/QHP first 30 min
        Rvu(2025, "99492", 4.49m, 2.81m), // Psychiatric CoCM initial month
        Rvu(2025, "99493", 4.13m, 3.06m), // Psychiatric CoCM subsequent month
        Rvu(2025, "99494", 1.73m, 1.20m), // Psychiatric CoCM each addl 30 min (add-on)
        Rvu(2025, "99495", 6.22m, 4.15m), // TCM moderate complexity
        Rvu(2025, "99496", 8.43m, 5.64m), // TCM high complexity
        Rvu(2025, "G0506", 1.88m, 1.29m), // Comprehensive assessment/care planning at CCM initiation (add-on)
        Rvu(2025, "G0556", 0.47m, 0.37m), // APCM level 1
        Rvu(2025, "G0557", 1.51m, 1.12m), // APCM level 2
        Rvu(2025, "G0558", 3.31m, 2.47m), // APCM level 3
        Rvu(2025, "G2214", 1.68m, 1.14m), // Psychiatric CoCM 30 min
        Rvu(2026, "99424", 2.62m, 1.94m), // PCM physician/QHP first 30 min
        Rvu(2026, "99425", 1.84m, 1.32m), // PCM physician/QHP each addl 30 min (add-on)
        Rvu(2026, "99426", 2.03m, 1.32m), // PCM clinical staff first 30 min
        Rvu(2026, "99427", 1.62m, 0.94m), // PCM clinical staff each addl 30 min (add-on)
        Rvu(2026, "99437", 1.89m, 1.31m), // CCM physician/QHP each addl 30 min (add-on to 99491)
        Rvu(2026, "99439", 1.51m, 0.92m), // CCM clinical staff each addl 20 min (add-on to 99490)
        Rvu(2026, "99457", 1.55m, 0.79m), // RPM treatment mgmt first 20 min
        Rvu(2026, "99458", 1.24m, 0.79m), // RPM treatment mgmt each addl 20 min (add-on)
        Rvu(2026, "99484", 1.72m, 1.16m), // General BHI care mgmt
        Rvu(2026, "99487", 4.32m, 2.37m), // Complex CCM clinical staff first 60 min
        Rvu(2026, "99489", 2.34m, 1.31m), // Complex CCM each addl 30 min (add-on to 99487)
        Rvu(2026, "99490", 1.98m, 1.31m), // CCM clinical staff first 20 min
        Rvu(2026, "99491", 2.67m, 1.96m), // CCM physician/QHP first 30 min
        Rvu(2026, "99492", 4.80m, 2.46m), // Psychiatric CoCM initial month
        Rvu(2026, "99493", 4.34m, 2.68m), // Psychiatric CoCM subsequent month
        Rvu(2026, "99494", 1.84m, 1.08m), // Psychiatric CoCM each addl 30 min (add-on)
        Rvu(2026, "99495", 6.59m, 3.66m), // TCM moderate complexity
        Rvu(2026, "99496", 8.94m, 4.98m), // TCM high complexity
        Rvu(2026, "G0506", 1.99m, 1.15m), // Comprehensive assessment/care planning at CCM initiation (add-on)
        Rvu(2026, "G0556", 0.49m, 0.33m), // APCM level 1
        Rvu(2026, "G0557", 1.61m, 1.01m), // APCM level 2
        Rvu(2026, "G0558", 3.51m, 2.18m), // APCM level 3
    ];

    private static FeeScheduleEntry Rvu(int year, string code, decimal totalNonFacility, decimal totalFacility)
    {
        var (factor, source) = year == 2025 ? (ConversionFactor2025, Source2025) : (ConversionFactor2026, Source2026);
        return new FeeScheduleEntry(
            year,
            HcpcsCode.Parse(code),
            FeeScheduleEntry.Amount(totalNonFacility, factor),
            FeeScheduleEntry.Amount(totalFacility, factor),
            source);
    }
}
