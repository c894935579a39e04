namespace Chronicle.Application.Security;

/// <summary>
/// Claim types Chronicle issues at sign-in beside the standard ones (ClaimTypes.NameIdentifier,
/// ClaimTypes.Name, ClaimTypes.Role), so that every host builds the same <see cref="Actor"/>.
/// </summary>
public static class ChronicleClaims
{
    /// <summary>The practice a staff member works for (a PracticeId GUID).</summary>
    public const string PracticeId = "chronicle:practice";

    /// <summary>For a patient user, their own patient record (a PatientId GUID).</summary>
    public const string PatientId = "chronicle:patient";

    /// <summary>For a staff user, their staff record (a StaffId GUID).</summary>
    public const string StaffId = "chronicle:staff";
}
