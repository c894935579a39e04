namespace Chronicle.Domain.Billing.Claims;

using Chronicle.Domain.Common;

/// <summary>
/// A code billed for a patient outside Chronicle's own claims (by this practice's other systems or
/// reported from elsewhere): the conflict rules read it (another practitioner's CCM, dialysis, ...).
/// Identified by patient, code, date and NPI; the source is where the report came from.
/// </summary>
public sealed class OtherBilledService
{
    private OtherBilledService()
    {
    }

    public Guid Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    public HcpcsCode Code { get; private set; }

    public DateOnly Date { get; private set; }

    public Npi Npi { get; private set; }

    public int MonthKey { get; private set; }

    public string? Source { get; private set; }

    public static OtherBilledService Create(PracticeId practiceId, PatientId patientId, HcpcsCode code, DateOnly date, Npi npi, string? source) =>
        new() { Id = Guid.NewGuid(), PracticeId = practiceId, PatientId = patientId, Code = code, Date = date, Npi = npi, MonthKey = BillingMonth.Of(date).Key, Source = source };

    /// <summary>False when the source is the same.</summary>
    public bool Update(string? source)
    {
        if (Source == source)
        {
            return false;
        }

        Source = source;
        return true;
    }
}
