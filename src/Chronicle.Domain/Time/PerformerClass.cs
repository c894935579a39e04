namespace Chronicle.Domain.Time;

using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;

/// <summary>
/// Whose minutes these are, fixed on the entry as the staff member's role on the entry's date
/// (docs/rules/ccm.md §1, §6.3): clinical staff under general supervision, the billing practitioner
/// personally, or non-clinical staff, whose time never counts.
/// </summary>
public enum PerformerClass
{
    ClinicalStaff = 1,
    BillingPractitioner = 2,
    NonClinical = 3,
}

public static class PerformerClasses
{
    public static PerformerClass FromRole(StaffRole role) => role switch
    {
        StaffRole.ClinicalStaff => PerformerClass.ClinicalStaff,
        StaffRole.BillingPractitioner => PerformerClass.BillingPractitioner,
        StaffRole.NonClinical => PerformerClass.NonClinical,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown staff role."),
    };

    /// <summary>The codes the billing scenario and the API use: clinical-staff, billing-practitioner, non-clinical.</summary>
    public static ValueResult<PerformerClass> TryParse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "clinical-staff" => ValueResult<PerformerClass>.Ok(PerformerClass.ClinicalStaff),
        "billing-practitioner" => ValueResult<PerformerClass>.Ok(PerformerClass.BillingPractitioner),
        "non-clinical" => ValueResult<PerformerClass>.Ok(PerformerClass.NonClinical),
        _ => ValueResult<PerformerClass>.Fail($"'{text}' is not a performer; use clinical-staff, billing-practitioner or non-clinical."),
    };

    public static string ToCode(this PerformerClass performer) => performer switch
    {
        PerformerClass.ClinicalStaff => "clinical-staff",
        PerformerClass.BillingPractitioner => "billing-practitioner",
        PerformerClass.NonClinical => "non-clinical",
        _ => throw new ArgumentOutOfRangeException(nameof(performer), performer, "Unknown performer class."),
    };

    public static string ToLabel(this PerformerClass performer) => performer switch
    {
        PerformerClass.ClinicalStaff => "Clinical staff",
        PerformerClass.BillingPractitioner => "Billing practitioner",
        PerformerClass.NonClinical => "Non-clinical",
        _ => throw new ArgumentOutOfRangeException(nameof(performer), performer, "Unknown performer class."),
    };
}

/// <summary>How an entry reached the ledger.</summary>
public enum TimeSource
{
    Timer = 1,
    Manual = 2,
    Import = 3,
}

public static class TimeSources
{
    public static string ToCode(this TimeSource source) => source switch
    {
        TimeSource.Timer => "timer",
        TimeSource.Manual => "manual",
        TimeSource.Import => "import",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown source."),
    };
}

/// <summary>An original entry, a correction that replaces one, or a void that withdraws one.</summary>
public enum TimeEntryKind
{
    Original = 1,
    Correction = 2,
    Void = 3,
}
