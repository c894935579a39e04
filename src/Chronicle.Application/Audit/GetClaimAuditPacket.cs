namespace Chronicle.Application.Audit;

using System.Globalization;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Application.Time;
using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Audit;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The per-claim audit packet: one PDF with the claim and its decision, the consent in force for
/// the month (date, method, who obtained it, the four disclosures), the minutes of the month with
/// who did them and who recorded them when, the care-plan version in force at the month's end,
/// and the audit events of the patient and of the month's billing from the month's start until
/// the claim last changed. Auditors, administrators, billers and billing practitioners of the
/// claim's practice download it; producing it is itself an export on the trail.
/// </summary>
public sealed class GetClaimAuditPacket(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public const string NotAllowedCode = "AUDIT-PACKET-DENIED";

    /// <summary>At most this many events are printed (the newest); the rest are counted.</summary>
    public const int MaxEvents = 400;

    public bool MayDownload => access.Actor.Allows(Capability.ReadClaimAuditPackets);

    /// <param name="claim">The claim's id, or its claim number (CLM01).</param>
    public async Task<Result<ClaimAuditPacketFile>> ExecuteAsync(string claim, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (!MayDownload)
        {
            return new BusinessError(NotAllowedCode, "Only auditors, administrators, billers and billing practitioners download audit packets.");
        }

        var practice = await access.PracticeAsync(null, cancellationToken);
        if (practice.Value is not { } found)
        {
            return practice.Error!;
        }

        var wanted = claim.Trim();
        var number = wanted.ToUpperInvariant();
        var practiceId = found.Id;
        var claims = db.BillingClaims.AsNoTracking().Where(c => c.PracticeId == practiceId);
        var billed = Guid.TryParse(wanted, out var id)
            ? await claims.SingleOrDefaultAsync(c => c.Id == id, cancellationToken)
            : await claims.SingleOrDefaultAsync(c => c.ClaimNumber == number, cancellationToken);
        var patient = billed is null ? null : await access.VisiblePatients().SingleOrDefaultAsync(p => p.Id == billed.PatientId, cancellationToken);
        if (billed is null || patient is null)
        {
            return new BusinessError(ClaimCodes.NotFound, $"{found.Name} has no claim {wanted}.");
        }

        var now = clock.GetUtcNow();
        var gather = new PacketGatherer(db, found, billed);
        var packet = new ClaimAuditPacket(
            found.Name,
            found.GroupNpi.Value,
            found.TimeZone.Id,
            gather.Local(now),
            access.Actor.Name,
            await gather.ClaimAsync(cancellationToken),
            new PacketPatient($"{patient.FirstName} {patient.LastName}", patient.Mrn, patient.BirthDate, patient.Mbi?.Display),
            await gather.DecisionAsync(cancellationToken),
            await gather.ConsentAsync(cancellationToken),
            await gather.MinutesAsync(cancellationToken),
            await gather.ReplacedTimeRecordsAsync(cancellationToken),
            await gather.CarePlanAsync(cancellationToken),
            await gather.EventsAsync(MaxEvents, cancellationToken));
        var bytes = ClaimAuditPacketPdf.Render(packet);
        await audit.RecordAsync(new AuditEntry(AuditActions.Export, $"claim audit packet {billed.ClaimNumber}", patient.Id, practiceId), cancellationToken);
        return new ClaimAuditPacketFile($"audit-packet-{billed.ClaimNumber}.pdf", bytes, billed.ClaimNumber);
    }
}

public sealed record ClaimAuditPacketFile(string FileName, byte[] Pdf, string ClaimNumber);
