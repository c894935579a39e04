namespace Chronicle.Domain.Practices;

using Chronicle.Domain.Common;

/// <summary>A medical practice: the billing organisation, its group NPI and where it works.</summary>
public sealed class Practice
{
    private Practice()
    {
        Name = string.Empty;
        TimeZoneId = "UTC";
        PlaceOfService = "11";
        Address = Address.Empty;
    }

    public PracticeId Id { get; private set; }

    public string Name { get; private set; }

    public Npi GroupNpi { get; private set; }

    public string? Tin { get; private set; }

    public Address Address { get; private set; }

    public string? Phone { get; private set; }

    public string TimeZoneId { get; private set; }

    /// <summary>The CMS place-of-service code used on claims by default, e.g. 11 (office).</summary>
    public string PlaceOfService { get; private set; }

    public PracticeTimeZone TimeZone => PracticeTimeZone.Parse(TimeZoneId);

    /// <summary>How the practice bills care management: office (837P) or an institutional setting (837I).</summary>
    public BillingSetting BillingSetting { get; private set; } = BillingSetting.ProfessionalOffice;

    /// <summary>The revenue code of institutional care-management lines; null for an office.</summary>
    public string? RevenueCode { get; private set; }

    /// <summary>The facility's own NPI, the billing provider of its institutional claims.</summary>
    public Npi? FacilityNpi { get; private set; }

    /// <summary>The facility's CMS Certification Number.</summary>
    public string? Ccn { get; private set; }

    public PracticeBilling Billing => PracticeBilling.Restore(BillingSetting, RevenueCode, FacilityNpi, Ccn);

    public static Practice Create(PracticeDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var practice = new Practice { Id = PracticeId.New() };
        practice.Update(details);
        return practice;
    }

    /// <summary>Applies new details; returns whether anything changed (imports report it).</summary>
    public bool Update(PracticeDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var before = Snapshot();
        Name = details.Name;
        GroupNpi = details.GroupNpi;
        Tin = details.Tin;
        Address = details.Address;
        Phone = details.Phone;
        TimeZoneId = details.TimeZone.Id;
        PlaceOfService = details.PlaceOfService;
        var billing = details.Billing ?? PracticeBilling.Office;
        BillingSetting = billing.Setting;
        RevenueCode = billing.RevenueCode;
        FacilityNpi = billing.FacilityNpi;
        Ccn = billing.Ccn;
        return before != Snapshot();
    }

    private (string, Npi, string?, Address, string?, string, string, PracticeBilling) Snapshot() =>
        (Name, GroupNpi, Tin, Address, Phone, TimeZoneId, PlaceOfService, Billing);
}

/// <summary>
/// What a practice is described by, validated before it reaches the aggregate. No billing setting
/// means a professional office, as every practice was before settings existed.
/// </summary>
public sealed record PracticeDetails(
    string Name,
    Npi GroupNpi,
    string? Tin,
    Address Address,
    string? Phone,
    PracticeTimeZone TimeZone,
    string PlaceOfService,
    PracticeBilling? Billing = null);
