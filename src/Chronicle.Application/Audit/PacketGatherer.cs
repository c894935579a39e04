namespace Chronicle.Application.Audit;

using System.Globalization;
using Chronicle.Application.Time;
using Chronicle.Data;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;
using Chronicle.Interop.Audit;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Reads one claim's audit packet section by section: a few queries per section, each for this
/// patient and month only. Instants are written in the practice's local time.
/// </summary>
internal sealed class PacketGatherer(ChronicleDbContext db, Practice practice, BillingClaim claim)
{
    private Dictionary<StaffId, string>? _staff;

    private BillingMonth Month => claim.Month;

    public string Local(DateTimeOffset instant) =>
        practice.TimeZone.ToLocal(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public async Task<PacketClaim> ClaimAsync(CancellationToken cancellationToken)
    {
        var npi = claim.BillingNpi;
        var practitioner = (await db.StaffMembers.AsNoTracking().Where(s => s.PracticeId == practice.Id && s.Npi != null).ToListAsync(cancellationToken))
            .FirstOrDefault(s => s.Npi!.Value.Value == npi)?.DisplayName;
        return new PacketClaim(
            claim.ClaimNumber, claim.Status.ToCode(), Month.ToString(), claim.Program.ToLabel(), claim.Frequency, claim.OriginalReference,
            npi, practitioner, claim.DateOfService, claim.PlaceOfService, claim.DiagnosisCodes,
            claim.Lines.OrderBy(l => l.Number).Select(l => new PacketLine(l.Code.Value, l.Units, l.ChargeCents)).ToList(),
            Local(claim.StatusChangedAt), claim.StatusChangedBy, claim.ExportedIn, claim.Note);
    }

    public async Task<PacketDecision?> DecisionAsync(CancellationToken cancellationToken)
    {
        var decision = await db.MonthDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == claim.DecisionId, cancellationToken);
        return decision is null ? null : new PacketDecision(
            decision.Status.ToCode(), decision.ClinicalStaffMinutes, decision.BillingPractitionerMinutes, decision.RuleYear, Local(decision.DecidedAt),
            decision.Reasons.Select(r => new PacketReason(r.Code, r.Message)).ToList());
    }

    /// <summary>As month close chooses it: the program's current consent dated by the month's end, naming the claim's practitioner when one does.</summary>
    public async Task<PacketConsent?> ConsentAsync(CancellationToken cancellationToken)
    {
        var patientId = claim.PatientId;
        var ledger = await db.PatientConsents.AsNoTracking().SingleOrDefaultAsync(c => c.PatientId == patientId, cancellationToken);
        if (ledger is null)
        {
            return null;
        }

        var npi = Npi.TryParse(claim.BillingNpi);
        var chosen = ledger.InForce(claim.Program, npi.IsValid ? npi.Value : null, Month);
        if (chosen is null)
        {
            return null;
        }

        var staff = await StaffAsync(cancellationToken);
        var history = ledger.Records.Where(r => r.OriginalId == chosen.OriginalId)
            .Select(r => string.Create(CultureInfo.InvariantCulture,
                $"#{r.Sequence} {r.Kind}{(r.RevokedOn is { } on ? $", revoked on {on:yyyy-MM-dd}" : string.Empty)}{(string.IsNullOrWhiteSpace(r.Note) ? string.Empty : $": {r.Note}")}"))
            .ToList();
        return new PacketConsent(
            chosen.Program.ToLabel(),
            $"{staff.GetValueOrDefault(chosen.PractitionerId) ?? "unknown"}, NPI {chosen.PractitionerNpi.Value}",
            chosen.Date, chosen.Method, chosen.Decision, chosen.Disclosures,
            chosen.ObtainedBy is { } by ? staff.GetValueOrDefault(by) ?? by.Value.ToString() : null,
            chosen.NoOtherCareManagement, chosen.Language, chosen.DocumentHash, chosen.RevokedOn, history);
    }

    /// <summary>The entries in force with what each counted, by the one count the close bills from (ADR 0160).</summary>
    public async Task<IReadOnlyList<PacketMinutes>> MinutesAsync(CancellationToken cancellationToken)
    {
        var counted = (await TimeMonthCounter.PatientAsync(db, claim.PatientId, practice.TimeZone, Month, cancellationToken))
            .Where(m => m.Program == claim.Program)
            .SelectMany(m => m.Entries)
            .ToList();
        var staff = await StaffAsync(cancellationToken);
        return counted.OrderBy(e => e.Entry.Start).ThenBy(e => e.Entry.Id.Value)
            .Select(x => (e: x.Entry, x.Count))
            .Select(x => new PacketMinutes(
                Local(x.e.Start),
                x.e.Minutes.Value,
                staff.GetValueOrDefault(x.e.StaffId) ?? x.e.StaffId.Value.ToString(),
                x.e.Performer.ToCode(),
                x.e.Activity.ToCode(),
                x.e.Kind.ToString().ToLowerInvariant(),
                $"by {x.e.RecordedByName} at {Local(x.e.RecordedAt)} ({x.e.Source.ToString().ToLowerInvariant()})",
                x.e.Inpatient)
            {
                CountedSeconds = x.Count.CountedSeconds,
                NotCounted = NotCounted(x.Count),
            })
            .ToList();
    }

    private static string? NotCounted(EntryCount count) => count.Exclusion switch
    {
        Domain.Time.TimeExclusion.NonClinical => "non-clinical staff",
        Domain.Time.TimeExclusion.Inpatient => "inpatient",
        Domain.Time.TimeExclusion.BeforeConsent => string.Create(CultureInfo.InvariantCulture, $"before the consent of {count.Entry.CountFrom:yyyy-MM-dd}"),
        _ when count.OverlapSeconds > 0 => string.Create(CultureInfo.InvariantCulture, $"{(count.OverlapSeconds + 59) / 60} min overlapped an earlier entry of the same person"),
        _ => null,
    };

    public async Task<int> ReplacedTimeRecordsAsync(CancellationToken cancellationToken)
    {
        var (patientId, program, key) = (claim.PatientId, claim.Program, claim.MonthKey);
        var all = await db.TimeEntries.AsNoTracking().CountAsync(e => e.PatientId == patientId && e.Program == program && e.MonthKey == key, cancellationToken);
        var inForce = await TimeEntries.InForce(db).CountAsync(e => e.PatientId == patientId && e.Program == program && e.MonthKey == key, cancellationToken);
        return all - inForce;
    }

    public async Task<PacketCarePlan?> CarePlanAsync(CancellationToken cancellationToken)
    {
        var patientId = claim.PatientId;
        var plan = await db.CarePlans.AsNoTracking().Include(p => p.Versions).Include(p => p.Activities).Include(p => p.Copies).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.PatientId == patientId, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var last = Month.LastDay;
        var facts = plan.MonthFacts(Month);
        var version = facts.VersionInForce is { } number ? plan.Version(number) : null;
        var signature = facts.VersionInForce is { } signed ? plan.SignatureOf(signed) : null;
        return new PacketCarePlan(
            facts.VersionInForce,
            version?.AuthorName,
            version is null ? null : Local(version.CreatedAt),
            signature?.ActorName,
            signature?.OnDate,
            facts.Complete,
            facts.Missing.Select(m => m.ToString()).ToList(),
            plan.Activities.Where(a => a.OnDate <= last).OrderBy(a => a.OnDate).ThenBy(a => a.RecordedAt)
                .Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.OnDate:yyyy-MM-dd} {a.Kind.ToString().ToLowerInvariant()} version {a.VersionNumber} by {a.ActorName} (recorded {Local(a.RecordedAt)})"))
                .ToList(),
            plan.Copies.Where(c => c.ProvidedOn <= last).OrderBy(c => c.ProvidedOn)
                .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.ProvidedOn:yyyy-MM-dd} version {c.VersionNumber} to {c.Recipient} ({c.RecipientKind}, {c.Method}), recorded by {c.RecordedByName}"))
                .ToList());
    }

    /// <summary>
    /// The patient's events and the practice's billing events of the month (close, approval, export),
    /// from the month's first local instant until a minute after the later of the month's end and
    /// the claim's last change; the newest <paramref name="limit"/> are printed.
    /// </summary>
    public async Task<PacketEvents> EventsAsync(int limit, CancellationToken cancellationToken)
    {
        var (start, end) = practice.TimeZone.Bounds(Month);
        var until = (claim.StatusChangedAt > end ? claim.StatusChangedAt : end).AddMinutes(1);
        var (patientId, practiceId) = (claim.PatientId, practice.Id);
        var month = Month.ToString();
        var (claimsOf, closeOf, fileOf, number) = ($"claims {month}", $"billing close {month}", $"837P {month}", claim.ClaimNumber);
        var events = db.AuditEvents.AsNoTracking()
            .Where(e => e.OccurredAt >= start && e.OccurredAt < until)
            .Where(e => e.PatientId == patientId
                || (e.PatientId == null && e.PracticeId == practiceId
                    && (e.What.StartsWith(claimsOf) || e.What.StartsWith(closeOf) || e.What.StartsWith(fileOf) || e.What.Contains(number))));
        var total = await events.CountAsync(cancellationToken);
        var rows = (await events.OrderByDescending(e => e.Sequence).Take(limit).ToListAsync(cancellationToken))
            .OrderBy(e => e.Sequence)
            .Select(e => new PacketEvent(e.Sequence, Local(e.OccurredAt), e.ActorName, e.Role, e.Surface, e.Action, e.What, e.Hash[..12]))
            .ToList();
        return new PacketEvents(Local(start), Local(until), rows, total - rows.Count);
    }

    private async Task<Dictionary<StaffId, string>> StaffAsync(CancellationToken cancellationToken) =>
        _staff ??= await db.StaffMembers.AsNoTracking().Where(s => s.PracticeId == practice.Id).ToDictionaryAsync(s => s.Id, s => s.DisplayName, cancellationToken);
}
