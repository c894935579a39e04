namespace Chronicle.Domain.Billing;

/// <summary>
/// One logged stretch of care-management work as the counting rules see it. The start is an
/// instant; the practice's time zone decides its local date, hence its month.
/// </summary>
public sealed record TimeEntryFact(
    DateTimeOffset Start,
    int Minutes,
    Performer Performer,
    string StaffId,
    string? Activity,
    bool Inpatient)
{
    public DateTimeOffset End => Start.AddMinutes(Minutes);
}

/// <summary>Whose time it is (ccm-rules.md §1, §6.3): only clinical staff and the billing practitioner count.</summary>
public enum Performer
{
    ClinicalStaff = 1,

    /// <summary>The billing practitioner personally; counts toward the staff codes too.</summary>
    BillingPractitioner = 2,

    NonClinical = 3,
}
