namespace Chronicle.Application.Portal;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.CarePlans;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The care plan as the portal shows it: the version in force (the latest signed one) and who
/// signed it, never a draft or an unsigned revision, which the care team has not agreed yet.
/// The patient, their caregivers and outside providers the record is shared with may read it.
/// </summary>
public sealed class GetPortalCarePlan(PortalScope scope)
{
    public async Task<Result<PortalCarePlan>> ExecuteAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var found = await scope.FindAsync(patientId, patientOrCaregiverOnly: false, cancellationToken);
        if (found.Value is not { } patient)
        {
            return found.Error!;
        }

        var id = patient.Patient.Id;
        var plan = await scope.Db.CarePlans.AsNoTracking().Include(p => p.Versions).Include(p => p.Activities).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.PatientId == id, cancellationToken);
        var active = plan?.ActiveVersion;
        var what = active is null
            ? "portal care plan: none in force"
            : string.Create(CultureInfo.InvariantCulture, $"portal care plan version {active.Number}");
        await scope.Audit.RecordAsync(AuditEntry.Read(what, id, patient.Practice.Id), cancellationToken);
        if (active is null)
        {
            return new BusinessError(
                plan is null ? CarePlanCodes.NotFound : CarePlanCodes.NotActive,
                "The care team has not finished the care plan yet. Once the doctor signs it, it appears here.");
        }

        var signature = plan!.SignatureOf(active.Number);
        var lastReview = plan.Activities.Where(a => a.Kind == CarePlanActivityKind.Reviewed).Select(a => (DateOnly?)a.OnDate).Max();
        return new PortalCarePlan(
            patientId, patient.Name, patient.Practice.Name, patient.Practice.Phone,
            active.Number, signature?.ActorName, signature?.OnDate, lastReview, active.Content);
    }
}

/// <param name="SignedBy">The practitioner who signed the version in force.</param>
/// <param name="LastReviewed">The last day the care team went over the plan, if they have since it was made.</param>
public sealed record PortalCarePlan(
    Guid PatientId,
    string PatientName,
    string PracticeName,
    string? PracticePhone,
    int Version,
    string? SignedBy,
    DateOnly? SignedOn,
    DateOnly? LastReviewed,
    CarePlanContent Content);
