namespace Chronicle.Domain.Billing;

/// <summary>
/// One logged stretch of care-management work as the counting rules see it. The start is an
/// instant; the practice's time zone decides its local date, hence its month. Scenario files give
/// whole minutes; the ledger knows seconds and passes them in <see cref="Seconds"/>, because the
/// month's total is summed in seconds before it is truncated (10½ + 10½ minutes make 21).
/// </summary>
public sealed record TimeEntryFact(
    DateTimeOffset Start,
    int Minutes,
    Performer Performer,
    string StaffId,
    string? Activity,
    bool Inpatient)
{
    public int Seconds { get; init; } = Minutes * 60;

    /// <summary>The person's name, for explanations; reasons name people, never internal ids (the id where no name is known).</summary>
    public string? StaffName { get; init; }

    /// <summary>When the ledger recorded it (month close passes it): the merge's tie-break after the start.</summary>
    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>The ledger's id of the entry (month close passes it): the merge's last tie-break before input order.</summary>
    public string EntryId { get; init; } = string.Empty;

    public DateTimeOffset End => Start.AddSeconds(Seconds);
}

/// <summary>Whose time it is (docs/rules/ccm.md §1, §6.3): only clinical staff and the billing practitioner count.</summary>
public enum Performer
{
    ClinicalStaff = 1,

    /// <summary>The billing practitioner personally; counts toward the staff codes too.</summary>
    BillingPractitioner = 2,

    NonClinical = 3,
}
