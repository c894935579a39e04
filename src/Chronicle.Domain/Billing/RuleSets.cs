namespace Chronicle.Domain.Billing;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;

/// <summary>The rule sets Chronicle knows, one per calendar year.</summary>
public static class RuleSets
{
    private static readonly CodeFamily[] CareManagementFamilies =
    [
        // CCM: at least 20 minutes, 99439 per further full 20 minutes, at most twice (CPT).
        new(CareProgram.Ccm, Code("99490"), Code("99439"), 20, 20, 2, TimeBasis.AllCountable, false, BillingSources.Ccm99490),

        // Complex CCM: 60 minutes and moderate/high MDM; 99489 per further full 30, practitioner MUE 10.
        new(CareProgram.Ccm, Code("99487"), Code("99489"), 60, 30, 10, TimeBasis.AllCountable, true, BillingSources.Ccm99487),

        // CCM by the practitioner personally: 30 minutes; 99437 per further full 30, MUE 2.
        new(CareProgram.Ccm, Code("99491"), Code("99437"), 30, 30, 2, TimeBasis.PractitionerOnly, false, BillingSources.Ccm99491),

        // PCM, staff pair and practitioner pair; the add-on caps are the vendor-reported 2 (§9 item 5).
        new(CareProgram.Pcm, Code("99426"), Code("99427"), 30, 30, 2, TimeBasis.AllCountable, false, BillingSources.Pcm),
        new(CareProgram.Pcm, Code("99424"), Code("99425"), 30, 30, 2, TimeBasis.PractitionerOnly, false, BillingSources.Pcm),
    ];

    private static readonly CodeRanges CcmCodes = new("99490", "99439", "99487", "99489", "99491", "99437");
    private static readonly CodeRanges PcmCodes = new("99424–99427");
    private static readonly CodeRanges ApcmCodes = new("G0556–G0558");

    private static readonly ConflictRule[] CareManagementConflicts =
    [
        // One CCM biller per patient-month; the same NPI billing CCM again is a duplicate.
        new(CareProgram.Ccm, "CCM", CcmCodes, ConflictEffect.Block, ConflictEffect.Block, BillingSources.OneBiller),
        new(CareProgram.Ccm, "PCM", PcmCodes, ConflictEffect.Block, ConflictEffect.Warn, BillingSources.CcmVersusPcm),
        new(CareProgram.Ccm, "care plan oversight or ESRD monthly services", new("G0181", "G0182", "90951–90970"), ConflictEffect.Block, ConflictEffect.Warn, BillingSources.CarePlanOversight),

        // APCM bundles CCM for its own biller, and is itself a monthly care-management payment.
        new(CareProgram.Ccm, "APCM", ApcmCodes, ConflictEffect.Block, ConflictEffect.Block, BillingSources.Apcm),
        new(CareProgram.Pcm, "PCM", PcmCodes, ConflictEffect.Block, ConflictEffect.Block, BillingSources.OneBiller),
        new(CareProgram.Pcm, "CCM", CcmCodes, ConflictEffect.Block, ConflictEffect.Warn, BillingSources.CcmVersusPcm),
        new(CareProgram.Pcm, "APCM", ApcmCodes, ConflictEffect.Block, ConflictEffect.Warn, BillingSources.Apcm),
    ];

    private static readonly BillingSetting[] Clinics = [BillingSetting.RuralHealthClinic, BillingSetting.FederallyQualifiedHealthCenter];

    // RHCs and FQHCs bill the individual codes from 2025; the old bundled codes end by date of service.
    private static readonly SettingCodeLimit[] ClinicCodeLimits =
    [
        new(Clinics, Code("G0511"), new DateOnly(2025, 9, 30), BillingReasonCodes.G0511Ended, "the individual care-management codes (99490, 99439, 99487, 99489, 99491, 99437, 99424–99427, ...)", BillingSources.G0511Ended),
        new(Clinics, Code("G0512"), new DateOnly(2025, 12, 31), BillingReasonCodes.G0512Ended, "the collaborative care codes 99492, 99493, 99494 or G2214", BillingSources.G0512Ended),
    ];

    /// <summary>CY2025 (89 FR 97710): the CY2022 code set, CCM+TCM allowed since CY2020, APCM from 1 January 2025.</summary>
    public static RuleSet Cy2025 { get; } = new()
    {
        Year = 2025,
        EffectiveFrom = new DateOnly(2025, 1, 1),
        EffectiveTo = new DateOnly(2025, 12, 31),
        Families = CareManagementFamilies,
        Conflicts = CareManagementConflicts,
        InitiatingVisit = InitiatingVisitRule.Default,
        InitiationAddOn = Code("G0506"),
        InitiationBilling = InitiationBilling.WithFirstMonthlyService,
        CarePlanningActivity = "care-plan",
        CcmMinimumConditions = 2,
        PcmMinimumConditions = 1,
        MaxDiagnoses = 12,
        SettingCodeLimits = ClinicCodeLimits,
    };

    /// <summary>
    /// CY2026 (90 FR 49266, corrected by 91 FR 12071): no change found to the CCM and PCM codes,
    /// thresholds, caps, consent, initiating visit or care plan (docs/rules/ccm.md §8 item 12); the
    /// amounts changed, and they live in the fee schedule.
    /// </summary>
    public static RuleSet Cy2026 { get; } = Cy2025 with
    {
        Year = 2026,
        EffectiveFrom = new DateOnly(2026, 1, 1),
        EffectiveTo = new DateOnly(2026, 12, 31),
    };

    public static IReadOnlyList<RuleSet> All { get; } = [Cy2025, Cy2026];

    /// <summary>The rule set in force for the month, or null when Chronicle has none for its year.</summary>
    public static RuleSet? For(BillingMonth month) => All.FirstOrDefault(r => r.Covers(month));

    /// <summary>"2025–2026", for messages that say which years are covered.</summary>
    public static string YearsCovered => $"{All.Min(r => r.Year)}–{All.Max(r => r.Year)}";

    private static HcpcsCode Code(string code) => HcpcsCode.Parse(code);
}
