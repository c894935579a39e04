namespace Chronicle.Application.Audit;

using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Data.Audit;
using Chronicle.Domain.Audit;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Appends events to the audit trail for the current actor. Use cases call it explicitly: a read
/// right after finding what it will show (so nothing is shown without a record), a change in the
/// transaction of the change (so a rolled-back change leaves no event claiming it happened).
/// Appends hold the chain (<see cref="AuditChainLock"/>) from reading its head to commit, so two
/// writers never chain from the same event. Events are signed with the installation's current
/// audit key (HMAC) when it has one.
/// </summary>
public sealed class AuditTrail(ChronicleDbContext db, IActorContext actors, TimeProvider clock, AuditKeyRing keys)
{
    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken) => RecordAsync([entry], cancellationToken);

    /// <summary>
    /// Appends the entries in order. Inside the caller's transaction they commit or roll back with
    /// it; without one they are committed at once in a transaction of their own. The context's
    /// other pending changes are saved with them.
    /// </summary>
    public Task RecordAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken) =>
        RecordAsync(actors.Current, entries, cancellationToken);

    /// <summary>
    /// As <see cref="RecordAsync(IReadOnlyCollection{AuditEntry}, CancellationToken)"/>, for an actor
    /// the request has not authenticated yet: the account signing in (or failing to), with the
    /// request's surface and address.
    /// </summary>
    public async Task RecordAsync(Actor actor, IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var tracked = new List<object>(entries.Count + 1);
        try
        {
            // One round trip takes the chain and reads its head; the head is attached as read, so
            // SaveChanges writes the events and the head's move in one more (ADR 0276).
            AuditChainHead head;
            if (await AuditChainLock.HoldAndReadHeadAsync(db, cancellationToken) is { } stored)
            {
                head = AuditChainHead.At(new AuditLink(stored.Sequence, stored.Hash));
                db.AuditChainHeads.Attach(head);
            }
            else
            {
                if (await db.AuditEvents.AnyAsync(cancellationToken))
                {
                    throw new AuditChainException();
                }

                head = AuditChainHead.Start();
                db.AuditChainHeads.Add(head);
            }

            tracked.Add(head);

            // Read under the lock, so times never go backwards along the chain.
            var now = clock.GetUtcNow();
            foreach (var entry in entries)
            {
                var appended = AuditEvent.Append(head.Link, now, Details(actor, entry), keys.Current);
                head.Advance(appended);
                db.AuditEvents.Add(appended);
                tracked.Add(appended);
            }

            await db.SaveChangesAsync(cancellationToken);
            if (owned is not null)
            {
                await owned.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            // A later append must read the head from the database, never a stale tracked copy.
            foreach (var entity in tracked)
            {
                db.Entry(entity).State = EntityState.Detached;
            }

            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }

    /// <summary>Counts the patient data this context saves from now on, for one event per patient (<see cref="PatientChangeAudit"/>).</summary>
    public PatientChangeAudit TrackPatientChanges(string action, string what) => new(this, db, action, what);

    private static AuditDetails Details(Actor actor, AuditEntry entry) => new(
        actor.UserId,
        actor.Name,
        actor.Role,
        SurfaceName(actor.Surface),
        actor.Address,
        entry.Action,
        entry.What,
        entry.PracticeId ?? actor.PracticeId,
        entry.PatientId);

    public static string SurfaceName(AccessSurface surface) => surface switch
    {
        AccessSurface.Web => "web",
        AccessSurface.Api => "api",
        AccessSurface.Fhir => "fhir",
        AccessSurface.Cli => "cli",
        _ => "system",
    };
}
