namespace Chronicle.Domain.Enrollment;

using Chronicle.Domain.Common;

/// <summary>
/// The practitioner who bills a program for a patient: the staff member and the NPI that goes on
/// the claim and that initiating visits are matched against. Two values name the same practitioner
/// when their staff ids match, so a corrected NPI does not split one person's history.
/// </summary>
public readonly record struct BillingPractitioner
{
    public BillingPractitioner(StaffId staffId, Npi npi)
    {
        if (staffId == default)
        {
            throw new ArgumentException("A billing practitioner needs a staff id.", nameof(staffId));
        }

        if (npi.Value is null)
        {
            throw new ArgumentException("A billing practitioner needs an NPI.", nameof(npi));
        }

        StaffId = staffId;
        Npi = npi;
    }

    public StaffId StaffId { get; }

    public Npi Npi { get; }

    public bool IsSameAs(BillingPractitioner other) => StaffId == other.StaffId;

    public override string ToString() => $"NPI {Npi}";
}
