namespace Chronicle.Data.Security;

using Chronicle.Domain.Common;
using Microsoft.AspNetCore.Identity;

/// <summary>
/// A person who signs in. Staff users belong to a practice (and usually to a staff record); a
/// patient user is linked to their own patient record; caregivers and outside providers are
/// linked to no record and see what patients grant them. The user name is the e-mail address.
/// </summary>
public sealed class ChronicleUser : IdentityUser<Guid>
{
    /// <summary>For staff: the practice they work for. Null for patients, caregivers and outside providers.</summary>
    public PracticeId? PracticeId { get; set; }

    /// <summary>For staff: their staff record, when they have one (an administrator created from the CLI may not).</summary>
    public StaffId? StaffId { get; set; }

    /// <summary>For a patient: their own record.</summary>
    public PatientId? PatientId { get; set; }

    /// <summary>How the user is greeted and listed, e.g. "Rosa Castillo, RN".</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Set when an administrator gave a temporary password: nothing else works until the user chooses their own.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
