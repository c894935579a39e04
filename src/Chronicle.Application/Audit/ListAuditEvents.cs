namespace Chronicle.Application.Audit;

using System.Globalization;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Audit;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The audit trail, newest first, filtered by patient (MRN), user, action and period (UTC days),
/// one page at a time. Paging is by sequence number ("older than event N"), not by offset, so a
/// page costs the same at the millionth event as at the first and no count of the whole trail is
/// needed. A staff member with a practice sees that practice's events and those of no practice.
/// Listing is itself recorded: the trail shows MRNs and who looked at whom.
/// </summary>
public sealed class ListAuditEvents(ChronicleDbContext db, AuditTrail trail, IActorContext actors)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
    public const string UnknownPatientCode = "AUDIT-PATIENT-UNKNOWN";
    public const string BadPeriodCode = "AUDIT-PERIOD-INVALID";

    public async Task<Result<AuditEventPage>> ExecuteAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!actors.Current.Allows(Capability.ReadAuditTrail))
        {
            return Permissions.Refusal(Capability.ReadAuditTrail);
        }

        if (query.From is { } start && query.To is { } end && start > end)
        {
            return new BusinessError(BadPeriodCode, string.Create(CultureInfo.InvariantCulture,
                $"The period starts ({start:yyyy-MM-dd}) after it ends ({end:yyyy-MM-dd})."));
        }

        var events = db.AuditEvents.AsNoTracking();
        if (actors.Current.PracticeId is { } ownPractice)
        {
            events = events.Where(e => e.PracticeId == null || e.PracticeId == ownPractice);
        }

        List<PatientId>? patients = null;
        if (Blank(query.PatientMrn) is { } mrn)
        {
            patients = await db.Patients.AsNoTracking().Where(p => p.Mrn == mrn).Select(p => p.Id).ToListAsync(cancellationToken);
            if (patients.Count == 0)
            {
                return new BusinessError(UnknownPatientCode, $"No patient has the MRN {mrn}.");
            }

            events = events.Where(e => e.PatientId != null && patients.Contains(e.PatientId.Value));
        }

        if (Blank(query.User) is { } user)
        {
            events = events.Where(e => e.ActorId == user || e.ActorName == user);
        }

        if (Blank(query.Action) is AuditActions.SecurityGroup)
        {
            var security = AuditActions.Security.ToList();
            events = events.Where(e => security.Contains(e.Action));
        }
        else if (Blank(query.Action) is { } action)
        {
            events = events.Where(e => e.Action == action);
        }

        if (query.From is { } from)
        {
            var since = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            events = events.Where(e => e.OccurredAt >= since);
        }

        if (query.To is { } to)
        {
            var until = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            events = events.Where(e => e.OccurredAt < until);
        }

        if (query.Before is { } before)
        {
            events = events.Where(e => e.Sequence < before);
        }

        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var found = await events
            .OrderByDescending(e => e.Sequence)
            .Take(size + 1)
            .Select(e => new { Event = e, Mrn = db.Patients.Where(p => p.Id == e.PatientId).Select(p => p.Mrn).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var older = found.Count > size;
        var rows = found.Take(size).Select(f => ToRow(f.Event, f.Mrn)).ToList();

        await trail.RecordAsync(AuditEntry.Read(
            string.Create(CultureInfo.InvariantCulture, $"audit trail: {rows.Count} events listed"),
            patients is [var only] ? only : null), cancellationToken);
        return new AuditEventPage(rows, older ? rows[^1].Sequence : null);
    }

    private static AuditEventRow ToRow(AuditEvent e, string? mrn) => new(
        e.Sequence, e.OccurredAt, e.ActorId, e.ActorName, e.Role, e.Surface, e.Address, e.Action, e.PatientId?.Value, mrn, e.What);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <param name="From">First UTC day of the period.</param>
/// <param name="To">Last UTC day of the period, included.</param>
/// <param name="Before">Only events older than this sequence number (the next page).</param>
public sealed record AuditQuery(
    string? PatientMrn = null,
    string? User = null,
    string? Action = null,
    DateOnly? From = null,
    DateOnly? To = null,
    long? Before = null,
    int PageSize = ListAuditEvents.DefaultPageSize);

/// <param name="OlderBefore">The <see cref="AuditQuery.Before"/> of the next (older) page; null on the last page.</param>
public sealed record AuditEventPage(IReadOnlyList<AuditEventRow> Rows, long? OlderBefore);

/// <param name="PatientMrn">The patient's MRN while the patient exists.</param>
public sealed record AuditEventRow(
    long Sequence,
    DateTimeOffset OccurredAt,
    string ActorId,
    string ActorName,
    string Role,
    string Surface,
    string? Address,
    string Action,
    Guid? PatientId,
    string? PatientMrn,
    string What);
