namespace Chronicle.Application.Outreach;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Enrollment;
using Chronicle.Domain.Common;
using Chronicle.Domain.Outreach;
using Chronicle.Domain.Practices;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Puts the chosen patients on the call list for a care manager (or gives their calls to another).
/// Every patient must be on "Eligible, not enrolled"; one who declined needs a reason. All or
/// nothing: one refusal lists nobody, so the person can correct the choice and try again.
/// </summary>
public sealed class AddToCallList(OutreachStore store, AuditTrail audit)
{
    /// <summary>A chosen patient is not on "Eligible, not enrolled" (enrolled since, or not eligible).</summary>
    public const string NotCandidateCode = "OUTREACH-NOT-CANDIDATE";

    public async Task<Result<int>> ExecuteAsync(CallListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (store.Refusal() is { } refused)
        {
            return refused;
        }

        var loaded = await store.ScopeAsync(cancellationToken);
        if (loaded.Value is not { } scope)
        {
            return loaded.Error!;
        }

        var patients = await store.PatientsAsync(scope.Practice.Id, request.PatientIds, cancellationToken);
        if (patients.Value is not { } chosen)
        {
            return patients.Error!;
        }

        var caller = await CallerAsync(scope, request.CareManagerId, cancellationToken);
        if (!caller.Succeeded)
        {
            return caller.Error!;
        }

        var callerId = caller.Value;

        var listings = new List<OutreachListing>();
        foreach (var patient in chosen)
        {
            if (!scope.Candidates.ContainsKey(patient.Id))
            {
                return new BusinessError(NotCandidateCode, $"{patient.DisplayName} is not on \"Eligible, not enrolled\" today (enrolled already, or not eligible).");
            }

            if (CallList.CheckListing(scope.StateOf(patient.Id), patient.DisplayName, request.Reason).Failure is { } failure)
            {
                return new BusinessError(failure.Code, failure.Message);
            }

            listings.Add(OutreachListing.Create(scope.Practice.Id, patient.Id, callerId, store.Recorder, scope.Now,
                scope.StateOf(patient.Id).IsDeclined ? request.Reason : null));
        }

        await using var transaction = await store.Db.Database.BeginTransactionAsync(cancellationToken);
        store.Db.OutreachListings.AddRange(listings);
        await store.Db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(
            [.. listings.Select(l => new AuditEntry(AuditActions.Create, $"outreach listing {l.Id}: care manager {l.CareManagerId}", l.PatientId, l.PracticeId))],
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return listings.Count;
    }

    private async Task<Result<StaffId>> CallerAsync(OutreachScope scope, Guid careManagerId, CancellationToken cancellationToken)
    {
        var id = new StaffId(careManagerId);
        var staff = await store.Db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.PracticeId == scope.Practice.Id, cancellationToken);
        return staff switch
        {
            null => new BusinessError(EnrollmentErrors.UnknownStaff, $"{scope.Practice.Name} has no staff member with the id {careManagerId}."),
            _ when !staff.Role.MayManageCare() => new BusinessError(EnrollmentErrors.NotCareTeam,
                $"{staff.DisplayName} is non-clinical staff; enrollment calls are made by clinical staff or a billing practitioner."),
            _ => staff.Id,
        };
    }
}

/// <param name="Reason">Why patients who declined are listed again; required only for them.</param>
public sealed record CallListRequest(IReadOnlyList<Guid> PatientIds, Guid CareManagerId, string? Reason = null);
