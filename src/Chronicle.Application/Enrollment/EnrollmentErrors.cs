namespace Chronicle.Application.Enrollment;

using Chronicle.Application.Common;
using Chronicle.Domain.Common;

/// <summary>
/// Business error codes of the enrollment use cases beyond the domain's <see cref="Chronicle.Domain.Enrollment.EnrollmentCodes"/>.
/// Part of the public contract: never rename one.
/// </summary>
public static class EnrollmentErrors
{
    public const string Concurrent = "ENROLL-CONCURRENT";
    public const string UnknownStaff = "STAFF-UNKNOWN";
    public const string NotPractitioner = "STAFF-NOT-PRACTITIONER";
    public const string NotCareTeam = "STAFF-NOT-CARE-TEAM";
    public const string InvalidInput = "ENROLL-INVALID-INPUT";
    public const string DocumentInvalid = "CONSENT-DOCUMENT-INVALID";
    public const string DocumentNotFound = "CONSENT-DOCUMENT-NOT-FOUND";
    public const string VisitInvalid = "VISIT-INVALID";

    public static BusinessError ToError(this Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new BusinessError(finding.Code, finding.Message);
    }
}
