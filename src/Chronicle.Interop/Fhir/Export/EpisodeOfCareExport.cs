namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;
using Hl7.Fhir.Model;

/// <summary>
/// A program enrollment as EpisodeOfCare (core R4; US Core has no profile for it): the program as
/// its type, the status its history leaves it in, the enrolled period, the practice that manages
/// it and the designated care manager. A candidate is <c>planned</c>; an enrollment that ended is
/// <c>finished</c>; one that never started because the patient declined, was ineligible or
/// enrolled elsewhere is <c>cancelled</c>.
/// </summary>
public static class EpisodeOfCareExport
{
    public static EpisodeOfCare ToFhir(ProgramEnrollment enrollment, Practice practice)
    {
        ArgumentNullException.ThrowIfNull(enrollment);
        ArgumentNullException.ThrowIfNull(practice);
        var resource = new EpisodeOfCare
        {
            Id = enrollment.Id.Value.ToString(),
            Status = StatusOf(enrollment.Status),
            Patient = References.To("Patient", enrollment.PatientId.Value),
            ManagingOrganization = References.Organization(practice),
        };
        resource.Type.Add(new CodeableConcept(CcmSystems.Program, enrollment.Program.ToCode(), CcmSystems.ProgramDisplay(enrollment.Program), null));
        if (enrollment.Start is { } start)
        {
            resource.Period = new Period { Start = Dates.Date(start), End = enrollment.End is { } end ? Dates.Date(end) : null };
        }

        if (enrollment.CareManager is { } manager)
        {
            resource.CareManager = References.To("Practitioner", manager.Value);
        }

        return resource;
    }

    public static EpisodeOfCare.EpisodeOfCareStatus StatusOf(EnrollmentStatus status) => status switch
    {
        EnrollmentStatus.Candidate => EpisodeOfCare.EpisodeOfCareStatus.Planned,
        EnrollmentStatus.Enrolled => EpisodeOfCare.EpisodeOfCareStatus.Active,
        EnrollmentStatus.Declined or EnrollmentStatus.Ineligible or EnrollmentStatus.EnrolledElsewhere => EpisodeOfCare.EpisodeOfCareStatus.Cancelled,
        _ => EpisodeOfCare.EpisodeOfCareStatus.Finished,
    };

    /// <summary>The statuses an EpisodeOfCare status code stands for (search), or null for a code Chronicle never writes.</summary>
    public static IReadOnlyList<EnrollmentStatus>? StatusesOf(string code) => code switch
    {
        "planned" => [EnrollmentStatus.Candidate],
        "active" => [EnrollmentStatus.Enrolled],
        "cancelled" => [EnrollmentStatus.Declined, EnrollmentStatus.Ineligible, EnrollmentStatus.EnrolledElsewhere],
        "finished" => [EnrollmentStatus.Unenrolled, EnrollmentStatus.Deceased, EnrollmentStatus.Moved, EnrollmentStatus.Transferred],
        _ => null,
    };
}
