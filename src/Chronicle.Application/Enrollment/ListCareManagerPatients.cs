namespace Chronicle.Application.Enrollment;

using Chronicle.Application.Common;
using Chronicle.Domain.Common;

/// <summary>The patients enrolled in a month for whom a staff member is the designated care manager (for worklists and time).</summary>
public sealed class ListCareManagerPatients(ListEnrollments list)
{
    public Task<Result<EnrollmentList>> ExecuteAsync(Guid careManagerId, BillingMonth month, CancellationToken cancellationToken) =>
        list.ExecuteAsync(new EnrollmentListQuery(Month: month, CareManagerId: careManagerId), cancellationToken);
}
