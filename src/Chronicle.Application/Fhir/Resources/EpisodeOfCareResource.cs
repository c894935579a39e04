namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Program enrollments (CCM, PCM) of the patients the caller may see, as core EpisodeOfCare. The
/// status is derived from the enrollment's history; the status search asks SQL for the kind of the
/// latest event that sets a status, so it stays one query.
/// </summary>
public sealed class EpisodeOfCareResource : FhirResourceDefinition<ProgramEnrollment>
{
    public override string Name => "EpisodeOfCare";

    public override bool InPatientCompartment => true;

    protected override string? Profile => null;

    protected override IReadOnlyList<IncludeDefinition> Includes =>
    [
        new("EpisodeOfCare:patient", "Patient", r => [((EpisodeOfCare)r).Patient]),
        new("EpisodeOfCare:organization", "Organization", r => [((EpisodeOfCare)r).ManagingOrganization]),
        new("EpisodeOfCare:care-manager", "Practitioner", r => [((EpisodeOfCare)r).CareManager]),
    ];

    protected override IEnumerable<SearchParameterDefinition<ProgramEnrollment>> SearchParameters =>
    [
        Parameter("patient", SearchParamType.Reference, "The patient, as id or Patient/id.", v => PatientData.Of<ProgramEnrollment>(v, e => e.PatientId)),
        Parameter("status", SearchParamType.Token, "planned (candidate), active (enrolled), finished (ended) or cancelled (never enrolled).", v =>
        {
            var code = SearchValues.Token(v).Code;
            if (code.Length == 0)
            {
                return null;
            }

            return EpisodeOfCareExport.StatusesOf(code) is { } statuses ? LatestKindIn(KindsSetting(statuses)) : Nothing;
        }),
        Parameter("type", SearchParamType.Token, "The program: ccm or pcm.", v => ProgramToken(v, ProgramIs)),
        Parameter("care-manager", SearchParamType.Reference, "The designated care manager, as id or Practitioner/id.", v =>
            SearchValues.ReferenceId(v, "Practitioner") is { } id ? CareManagerIs(new StaffId(id)) : Nothing),
    ];

    protected override IQueryable<ProgramEnrollment> Visible(FhirScope scope)
    {
        var patients = scope.VisiblePatients();
        return scope.Db.ProgramEnrollments.AsNoTracking().Where(e => patients.Any(p => p.Id == e.PatientId));
    }

    protected override Expression<Func<ProgramEnrollment, bool>> IdIn(IReadOnlyCollection<Guid> ids)
    {
        var list = ids.Select(id => new EnrollmentId(id)).ToList();
        return e => list.Contains(e.Id);
    }

    protected override IOrderedQueryable<ProgramEnrollment> Order(IQueryable<ProgramEnrollment> query) => query.OrderBy(e => e.Id);

    protected override Expression<Func<ProgramEnrollment, bool>>? OfPatient(PatientId patient) => e => e.PatientId == patient;

    protected override async Task<IReadOnlyList<Resource>> MapAsync(FhirScope scope, IReadOnlyList<ProgramEnrollment> rows, CancellationToken cancellationToken)
    {
        var practices = await scope.PracticesAsync(rows.Select(r => r.PracticeId), cancellationToken);
        return [.. rows.Select(r => EpisodeOfCareExport.ToFhir(r, practices[r.PracticeId]))];
    }

    /// <summary>The event kinds that leave an enrollment in one of <paramref name="statuses"/> (EnrollmentStatuses.StatusAfter, inverted).</summary>
    private static List<EnrollmentEventKind> KindsSetting(IReadOnlyList<EnrollmentStatus> statuses) =>
    [
        .. statuses.SelectMany(s => s switch
        {
            EnrollmentStatus.Candidate => new[] { EnrollmentEventKind.Proposed, EnrollmentEventKind.Reopened },
            EnrollmentStatus.Enrolled => [EnrollmentEventKind.Enrolled],
            EnrollmentStatus.Unenrolled => [EnrollmentEventKind.Unenrolled],
            EnrollmentStatus.Declined => [EnrollmentEventKind.Declined],
            EnrollmentStatus.Ineligible => [EnrollmentEventKind.Ineligible],
            EnrollmentStatus.EnrolledElsewhere => [EnrollmentEventKind.EnrolledElsewhere],
            EnrollmentStatus.Deceased => [EnrollmentEventKind.Deceased],
            EnrollmentStatus.Moved => [EnrollmentEventKind.Moved],
            _ => [EnrollmentEventKind.Transferred],
        }),
    ];

    private static Expression<Func<ProgramEnrollment, bool>> LatestKindIn(List<EnrollmentEventKind> kinds) => e =>
        kinds.Contains(e.History
            .Where(h => h.Kind != EnrollmentEventKind.CareManagerChanged)
            .OrderByDescending(h => h.Sequence)
            .Select(h => h.Kind)
            .First());

    private static Expression<Func<ProgramEnrollment, bool>> ProgramIs(CareProgram program) => e => e.Program == program;

    private static Expression<Func<ProgramEnrollment, bool>> CareManagerIs(StaffId staff) =>
        e => e.History.Where(h => h.CareManager != null).OrderByDescending(h => h.Sequence).Select(h => h.CareManager).FirstOrDefault() == staff;
}
