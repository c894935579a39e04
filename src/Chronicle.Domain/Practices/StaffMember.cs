namespace Chronicle.Domain.Practices;

using Chronicle.Domain.Common;

/// <summary>
/// Someone who works for the practice. The role decides how their minutes count: a billing
/// practitioner's own time, clinical staff time under general supervision, or non-clinical
/// time that never counts toward CCM.
/// </summary>
public sealed class StaffMember
{
    private StaffMember()
    {
        ExternalId = string.Empty;
        FirstName = string.Empty;
        LastName = string.Empty;
    }

    public StaffId Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    /// <summary>The practice's own id for this person (the CSV column staff_id), unique per practice.</summary>
    public string ExternalId { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public StaffRole Role { get; private set; }

    /// <summary>MD, DO, NP, PA, CNS, CNM, RN, LPN, MA, …</summary>
    public string? Credential { get; private set; }

    public Npi? Npi { get; private set; }

    public string? Email { get; private set; }

    public string DisplayName => NameOf(FirstName, LastName, Credential);

    /// <summary>How a staff member is named to people: "Rosa Castillo, RN" (also for queries that read only these columns).</summary>
    public static string NameOf(string firstName, string lastName, string? credential) =>
        credential is null ? $"{firstName} {lastName}" : $"{firstName} {lastName}, {credential}";

    public static StaffMember Create(PracticeId practiceId, StaffDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (Identifiers.Problem("staff id", details.ExternalId) is { } problem)
        {
            throw new InvalidValueException("staff id", problem);
        }

        var staff = new StaffMember { Id = StaffId.New(), PracticeId = practiceId, ExternalId = details.ExternalId };
        staff.Update(details);
        return staff;
    }

    public bool Update(StaffDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (details.Role == StaffRole.BillingPractitioner && details.Npi is null)
        {
            throw new InvalidValueException("npi", "A billing practitioner needs an NPI.");
        }

        var before = (FirstName, LastName, Role, Credential, Npi, Email);
        FirstName = details.FirstName;
        LastName = details.LastName;
        Role = details.Role;
        Credential = details.Credential;
        Npi = details.Npi;
        Email = details.Email;
        return before != (FirstName, LastName, Role, Credential, Npi, Email);
    }
}

public sealed record StaffDetails(
    string ExternalId,
    string FirstName,
    string LastName,
    StaffRole Role,
    string? Credential,
    Npi? Npi,
    string? Email);

public enum StaffRole
{
    ClinicalStaff = 1,
    BillingPractitioner = 2,
    NonClinical = 3,
}

public static class StaffRoles
{
    /// <summary>Who may be a patient's designated care manager (or call them about enrolling): clinical staff or a billing practitioner.</summary>
    public static bool MayManageCare(this StaffRole role) => role != StaffRole.NonClinical;

    public static ValueResult<StaffRole> TryParse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "billing-practitioner" => ValueResult<StaffRole>.Ok(StaffRole.BillingPractitioner),
        "clinical-staff" => ValueResult<StaffRole>.Ok(StaffRole.ClinicalStaff),
        "non-clinical" => ValueResult<StaffRole>.Ok(StaffRole.NonClinical),
        _ => ValueResult<StaffRole>.Fail($"'{text}' is not a role; use billing-practitioner, clinical-staff or non-clinical."),
    };

    public static string ToCode(this StaffRole role) => role switch
    {
        StaffRole.BillingPractitioner => "billing-practitioner",
        StaffRole.ClinicalStaff => "clinical-staff",
        _ => "non-clinical",
    };
}
