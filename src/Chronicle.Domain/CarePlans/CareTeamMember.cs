namespace Chronicle.Domain.CarePlans;

using Chronicle.Domain.Common;

public enum CareTeamKind
{
    /// <summary>Someone who works for the practice.</summary>
    Staff = 1,

    /// <summary>A practitioner outside the practice: a specialist, a hospital team.</summary>
    OutsideProvider = 2,

    /// <summary>Family or a friend who helps: a person the patient may later give portal access.</summary>
    Caregiver = 3,

    /// <summary>An agency or organisation in the community: meals, transport, a support group.</summary>
    CommunityResource = 4,
}

/// <summary>
/// One member of the patient's care team with their role and how to reach them. The id stays the
/// same across versions, so a caregiver listed here is one person the practice can later link to a
/// portal account (<see cref="PortalUserId"/>) through a caregiver grant (FHIR CareTeam.participant,
/// member RelatedPerson for caregivers).
/// </summary>
public sealed record CareTeamMember(
    Guid Id,
    CareTeamKind Kind,
    string Name,
    string Role,
    string Phone = "",
    string Email = "",
    string Organization = "",
    string Relationship = "",
    StaffId? StaffId = null,
    Guid? PortalUserId = null,
    string? Npi = null) : IPlanItem
{
    /// <summary>The NPI, when one was entered and passes the check digit; an outside provider is named by it in FHIR.</summary>
    public Common.Npi? ValidNpi => Common.Npi.TryParse(Npi) is { IsValid: true } parsed ? parsed.Value : null;

    public string Label => Name;

    /// <summary>Phone and e-mail as one line, for the PDF and the page.</summary>
    public string Contact => string.Join(" · ", new[] { Phone, Email }.Where(PlanText.Has));

    public IEnumerable<(string Field, string Value)> Fields() =>
    [
        ("Name", Name), ("Kind", Kind.ToString()), ("Role", Role), ("Phone", Phone), ("E-mail", Email),
        ("Organization", Organization), ("Relationship", Relationship), ("NPI", Npi ?? string.Empty),
    ];
}
