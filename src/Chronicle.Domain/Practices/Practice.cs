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
        return before != Snapshot();
    }

    private (string, Npi, string?, Address, string?, string, string) Snapshot() =>
        (Name, GroupNpi, Tin, Address, Phone, TimeZoneId, PlaceOfService);
}

/// <summary>What a practice is described by, validated before it reaches the aggregate.</summary>
public sealed record PracticeDetails(
    string Name,
    Npi GroupNpi,
    string? Tin,
    Address Address,
    string? Phone,
    PracticeTimeZone TimeZone,
    string PlaceOfService);
