namespace Chronicle.Domain.Billing;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>
/// The billing rules of one calendar year as data (docs/design.md §4): codes and thresholds, unit caps,
/// conflicting codes and the requirements' parameters, each with its source. A new CMS year is a
/// new instance in <see cref="RuleSets"/> and its tests, not new code.
/// </summary>
public sealed record RuleSet
{
    public required int Year { get; init; }

    public required DateOnly EffectiveFrom { get; init; }

    public required DateOnly EffectiveTo { get; init; }

    /// <summary>The families of each program in order of preference when their amounts tie.</summary>
    public required IReadOnlyList<CodeFamily> Families { get; init; }

    public required IReadOnlyList<ConflictRule> Conflicts { get; init; }

    public required InitiatingVisitRule InitiatingVisit { get; init; }

    /// <summary>G0506, comprehensive assessment and care planning at care-management start.</summary>
    public required HcpcsCode InitiationAddOn { get; init; }

    public required InitiationBilling InitiationBilling { get; init; }

    /// <summary>The time activity that shows the practitioner personally did the care planning G0506 pays for.</summary>
    public required string CarePlanningActivity { get; init; }

    public required int CcmMinimumConditions { get; init; }

    public required int PcmMinimumConditions { get; init; }

    /// <summary>The most diagnoses an 837P claim carries (HI segment: 12).</summary>
    public required int MaxDiagnoses { get; init; }

    /// <summary>Codes some billing settings may bill only up to a date of service (G0511, G0512 for RHC/FQHC).</summary>
    public IReadOnlyList<SettingCodeLimit> SettingCodeLimits { get; init; } = [];

    /// <summary>Why <paramref name="code"/> may not be billed in <paramref name="setting"/> on <paramref name="dateOfService"/>, or null when it may.</summary>
    public BillingReason? RefusalOf(Practices.BillingSetting setting, HcpcsCode code, DateOnly dateOfService) =>
        SettingCodeLimits.Select(l => l.Refuse(setting, code, dateOfService)).FirstOrDefault(r => r is not null);

    /// <summary>
    /// True for a year carried forward from the previous one and not yet confirmed against CMS's
    /// final rule (docs/adr/0181-rule-years-carried-forward.md); every decision under it says so.
    /// </summary>
    public bool Provisional { get; init; }

    /// <summary>The year whose rules these are, carried forward unchanged; null for a year written in <see cref="RuleSets"/>.</summary>
    public int? CarriedFrom { get; init; }

    /// <summary>
    /// This year's rules in force for <paramref name="year"/>, unchanged but for the dates:
    /// what a practice uses in January until CMS's new year has been read and, if it changed
    /// anything, written as a new rule set.
    /// </summary>
    public RuleSet CarryForwardTo(int year, bool provisional) => this with
    {
        Year = year,
        EffectiveFrom = new DateOnly(year, 1, 1),
        EffectiveTo = new DateOnly(year, 12, 31),
        Provisional = provisional,
        CarriedFrom = Year,
    };

    public bool Covers(BillingMonth month) => month.FirstDay >= EffectiveFrom && month.LastDay <= EffectiveTo;

    public IEnumerable<CodeFamily> FamiliesOf(CareProgram program) => Families.Where(f => f.Program == program);

    public int MinimumConditions(CareProgram program) => program == CareProgram.Ccm ? CcmMinimumConditions : PcmMinimumConditions;

    /// <summary>Every code of the program's families: what "billing care management" means for the one-biller rules.</summary>
    public CodeRanges ProgramCodes(CareProgram program) =>
        new(FamiliesOf(program).SelectMany(f => new[] { f.BaseCode.Value, f.AddOnCode.Value }).ToArray());
}

/// <summary>
/// Where G0506 goes (docs/rules/ccm.md §9 item 1 is open): on the first monthly care-management claim,
/// as the current HCPCS descriptor reads, or on the initiating visit's claim, as older guidance did.
/// </summary>
public enum InitiationBilling
{
    /// <summary>An add-on line on the claim of the month care management starts.</summary>
    WithFirstMonthlyService = 1,

    /// <summary>Not on the monthly claim: the engine only notes that it belongs with the initiating visit.</summary>
    WithInitiatingVisit = 2,
}
