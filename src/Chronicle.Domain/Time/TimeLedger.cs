namespace Chronicle.Domain.Time;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;

/// <summary>
/// The commands on a patient's time: log, correct and void. The ledger is append-only: every
/// command that succeeds returns one new <see cref="TimeEntry"/> to store and changes nothing
/// already stored. It is given the entries a command needs (the one to correct, or none to log)
/// and the patient's locked months; the caller's clock reading arrives in <see cref="RecordedBy"/>.
/// </summary>
public sealed class TimeLedger
{
    private readonly PracticeTimeZone _zone;
    private readonly TimePolicy _policy;
    private readonly Dictionary<TimeEntryId, TimeEntry> _entries;
    private readonly HashSet<TimeEntryId> _replaced;
    private readonly Dictionary<BillingMonth, MonthLock> _locked;
    private readonly string? _place;

    /// <param name="place">Where the practice is (its city), so that a refusal can say what time it is there.</param>
    public TimeLedger(PracticeTimeZone zone, TimePolicy policy, IEnumerable<TimeEntry> entries, IEnumerable<MonthLock> lockedMonths, string? place = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(lockedMonths);
        _zone = zone;
        _policy = policy;
        _entries = entries.ToDictionary(e => e.Id);
        _replaced = _entries.Values.Where(e => e.Replaces is not null).Select(e => e.Replaces!.Value).ToHashSet();
        _locked = lockedMonths.GroupBy(l => l.Month).ToDictionary(g => g.Key, g => g.First());
        _place = string.IsNullOrWhiteSpace(place) ? null : place.Trim();
    }

    /// <summary>Entries that count as written: not voids, not replaced by a correction or void.</summary>
    public IEnumerable<TimeEntry> InForce => _entries.Values.Where(IsInForce);

    public static IEnumerable<TimeEntry> InForceOf(IEnumerable<TimeEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var list = entries.ToList();
        var replaced = list.Where(e => e.Replaces is not null).Select(e => e.Replaces!.Value).ToHashSet();
        return list.Where(e => e.Kind != TimeEntryKind.Void && !replaced.Contains(e.Id));
    }

    /// <param name="confirmedLong">
    /// The person confirmed a manual entry longer than the practice's long-entry limit
    /// (<see cref="TimePolicy.LongTimer"/>, the limit the live timer asks about); without it such an
    /// entry is refused with TIME-CONFIRM-LONG, as a timer left running is.
    /// </param>
    public Outcome<TimeEntry> Log(TimeEntryDraft draft, RecordedBy by, bool confirmedLong = false)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(by);
        var localDate = _zone.LocalDateOf(draft.Start);
        if (Check(draft, localDate, by.At) is { } refused)
        {
            return Outcome<TimeEntry>.Fail(refused);
        }

        if (draft.Source == TimeSource.Manual && draft.DurationSeconds > _policy.LongTimer.TotalSeconds && !confirmedLong)
        {
            return Outcome<TimeEntry>.Fail(TimeCodes.ConfirmLong, string.Create(CultureInfo.InvariantCulture,
                $"{Minutes(draft.DurationSeconds)} is longer than {Minutes((int)_policy.LongTimer.TotalSeconds)}, the practice's limit for one entry without a second look. Was all of it care-management time? Confirm to save it."));
        }

        var oldest = _zone.LocalDateOf(by.At).AddDays(-_policy.BackdateDays);
        if (draft.Source == TimeSource.Manual && localDate < oldest && string.IsNullOrWhiteSpace(draft.Reason))
        {
            return Outcome<TimeEntry>.Fail(TimeCodes.BackdateReason, string.Create(CultureInfo.InvariantCulture,
                $"The entry is dated {localDate:yyyy-MM-dd}, more than {_policy.BackdateDays} days ago; say why it is logged late."));
        }

        return Add(TimeEntry.Create(draft, localDate, TimeEntryKind.Original, null, draft.Reason, by));
    }

    /// <summary>Replaces an entry in force with corrected values; the patient and practice stay the entry's.</summary>
    public Outcome<TimeEntry> Correct(TimeEntryId id, TimeEntryDraft corrected, string? reason, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(corrected);
        ArgumentNullException.ThrowIfNull(by);
        if (Target(id, reason) is { Failure: { } failure })
        {
            return Outcome<TimeEntry>.Fail(failure);
        }

        var target = _entries[id];
        var draft = corrected with { PracticeId = target.PracticeId, PatientId = target.PatientId, Source = target.Source };
        if (draft with { Reason = null } == target.ToDraft())
        {
            return Outcome<TimeEntry>.Fail(TimeCodes.Unchanged, "The correction changes nothing; the entry already has these values.");
        }

        var localDate = _zone.LocalDateOf(draft.Start);
        return Check(draft, localDate, by.At) is { } refused
            ? Outcome<TimeEntry>.Fail(refused)
            : Add(TimeEntry.Create(draft, localDate, TimeEntryKind.Correction, id, reason, by));
    }

    /// <summary>Withdraws an entry in force: its minutes no longer count, and the record says who and why.</summary>
    public Outcome<TimeEntry> Void(TimeEntryId id, string? reason, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (Target(id, reason) is { Failure: { } failure })
        {
            return Outcome<TimeEntry>.Fail(failure);
        }

        var target = _entries[id];
        return Add(TimeEntry.Create(target.ToDraft(), target.LocalDate, TimeEntryKind.Void, id, reason, by));
    }

    private bool IsInForce(TimeEntry entry) => entry.Kind != TimeEntryKind.Void && !_replaced.Contains(entry.Id);

    private Outcome Target(TimeEntryId id, string? reason)
    {
        if (!_entries.TryGetValue(id, out var target))
        {
            return Outcome.Fail(TimeCodes.NotFound, $"There is no time entry with the id {id}.");
        }

        if (!IsInForce(target))
        {
            return Outcome.Fail(TimeCodes.Superseded, target.Kind == TimeEntryKind.Void
                ? "That record is a void; it cannot be corrected or voided."
                : "That entry was already corrected or voided; change its latest version instead.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Outcome.Fail(TimeCodes.ReasonRequired, "Say why the entry is corrected or voided; the ledger keeps the reason.");
        }

        return _locked.TryGetValue(target.Month, out var held) ? Outcome.Fail(Locked(held)) : Outcome.Ok;
    }

    private Finding? Check(TimeEntryDraft draft, DateOnly localDate, DateTimeOffset now)
    {
        if (draft.DurationSeconds < 1)
        {
            return new Finding(TimeCodes.Duration, "An entry needs some time: enter at least 1 minute.");
        }

        if (draft.DurationSeconds > _policy.MaxDuration.TotalSeconds)
        {
            return new Finding(TimeCodes.Duration, string.Create(CultureInfo.InvariantCulture,
                $"{Minutes(draft.DurationSeconds)} is more than {_policy.MaxDuration.TotalHours:0.##} hours; enter at most {_policy.MaxDuration.TotalMinutes:0} minutes."));
        }

        if (draft.Note is { Length: > TimePolicy.MaxNoteLength })
        {
            return new Finding(TimeCodes.NoteTooLong, string.Create(CultureInfo.InvariantCulture,
                $"The note has {draft.Note.Length} characters; at most {TimePolicy.MaxNoteLength} are kept."));
        }

        if (draft.End > now)
        {
            return new Finding(TimeCodes.Future, Future(draft, now));
        }

        var month = BillingMonth.Of(localDate);
        return _locked.TryGetValue(month, out var held) ? Locked(held) : null;
    }

    /// <summary>Says what time it is where the practice is, since the person may be typing a time from another zone.</summary>
    private string Future(TimeEntryDraft draft, DateTimeOffset now)
    {
        var place = _place ?? $"the practice's time zone ({_zone.Id})";
        var clock = _zone.ToLocal(now).ToString("HH:mm", CultureInfo.InvariantCulture);
        return draft.Start > now
            ? $"That time is in the future: it is {clock} in {place}. Time is logged once it has happened."
            : $"The entry would end at {_zone.ToLocal(draft.End).ToString("HH:mm", CultureInfo.InvariantCulture)}, in the future: it is {clock} in {place}. Enter an earlier start or fewer minutes.";
    }

    /// <summary>Whole minutes as people type them; seconds only when there are some (a timer's entry).</summary>
    private static string Minutes(int seconds) => seconds % 60 == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{seconds / 60} minutes")
        : string.Create(CultureInfo.InvariantCulture, $"{seconds / 60} minutes {seconds % 60} seconds");

    private Outcome<TimeEntry> Add(TimeEntry entry)
    {
        _entries.Add(entry.Id, entry);
        if (entry.Replaces is { } replaced)
        {
            _replaced.Add(replaced);
        }

        return Outcome<TimeEntry>.Ok(entry);
    }

    /// <summary>Names the claim that locked the month and the one way to change it, so that nobody is left guessing.</summary>
    private static Finding Locked(MonthLock held) => new(
        TimeCodes.MonthLocked,
        held.ClaimNumber is { } claim
            ? $"{held.Month} is locked for this patient: claim {claim} was {held.Reason}. Nothing was written. To change this month's time, correct claim {claim} first (Correct on the billing page, or 'chronicle claims correct --claim {claim} --reason TEXT'), then enter the time and close the month again."
            : $"{held.Month} is locked for this patient ({held.Reason}). Nothing was written. A billed month's time changes only through a corrected claim.");
}
