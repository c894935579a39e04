namespace Chronicle.Domain.Outreach;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;

/// <summary>Where one patient stands in outreach on a day.</summary>
/// <param name="Listing">The listing in force, or null when the patient is not on the call list.</param>
/// <param name="DeclinedOn">The local date of the decline that keeps the patient off the list, if any.</param>
/// <param name="DueOn">When the next call is due; null off the list.</param>
/// <param name="Rank">0 a call-back due, 1 another call due, 2 not due yet, 3 off the list: the call list's first sort key.</param>
public sealed record OutreachState(
    OutreachListing? Listing,
    OutreachAttempt? LastAttempt,
    DateOnly? DeclinedOn,
    DateOnly? DueOn,
    int Rank)
{
    public bool OnList => Listing is not null;

    public bool IsDeclined => DeclinedOn is not null;
}

/// <summary>
/// The one place that decides who is on the call list and when each call is due. A patient is on
/// the list from their latest listing until they decline (a decline recorded after it). The next
/// call is due: on the call-back date they asked for; after a retry interval for no answer, a
/// message or a letter; on the day they were reached (to enroll them) or listed (a first call).
/// Call-backs due come first, then other calls due, then calls not due yet, each by date.
/// </summary>
public static class CallList
{
    /// <summary>Days to wait before trying again after an attempt that did not reach the patient.</summary>
    public static int RetryAfterDays(OutreachOutcome outcome) => outcome switch
    {
        OutreachOutcome.NoAnswer => 1,
        OutreachOutcome.LeftMessage => 2,
        OutreachOutcome.LetterSent => 7,
        _ => 0,
    };

    public static OutreachState Evaluate(
        IEnumerable<OutreachListing> listings, IEnumerable<OutreachAttempt> attempts, DateOnly today, PracticeTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(listings);
        ArgumentNullException.ThrowIfNull(attempts);
        ArgumentNullException.ThrowIfNull(zone);
        var listing = listings.MaxBy(l => l.ListedAt);
        var history = attempts.OrderBy(a => a.At).ThenBy(a => a.RecordedAt).ToList();
        var decline = history.Where(a => a.Outcome == OutreachOutcome.Declined).MaxBy(a => a.RecordedAt);
        var last = history.LastOrDefault();
        if (decline is not null && (listing is null || decline.RecordedAt >= listing.ListedAt))
        {
            return new OutreachState(null, last, zone.LocalDateOf(decline.At), null, 3);
        }

        if (listing is null)
        {
            return new OutreachState(null, last, null, null, 3);
        }

        var due = last switch
        {
            null => zone.LocalDateOf(listing.ListedAt),
            { Outcome: OutreachOutcome.CallBack, CallBackOn: { } on } => on,
            _ => zone.LocalDateOf(last.At).AddDays(RetryAfterDays(last.Outcome)),
        };
        var rank = due > today ? 2 : last?.Outcome == OutreachOutcome.CallBack ? 0 : 1;
        return new OutreachState(listing, last, null, due, rank);
    }

    /// <summary>The call list's order: call-backs due first, then calls due, then later ones, each by date, then by name.</summary>
    public static IEnumerable<T> Order<T>(IEnumerable<T> rows, Func<T, OutreachState> state, Func<T, string> name) =>
        rows.OrderBy(r => state(r).Rank)
            .ThenBy(r => state(r).DueOn)
            .ThenBy(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a patient may be put on the list: one who declined needs a reason, kept with the listing.</summary>
    public static Outcome CheckListing(OutreachState state, string patientName, string? reason)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (reason?.Trim().Length > OutreachAttempt.NoteLimit)
        {
            return Outcome.Fail(OutreachCodes.TextTooLong, $"The reason has {reason.Trim().Length} characters; keep it to {OutreachAttempt.NoteLimit}.");
        }

        return state.DeclinedOn is { } on && string.IsNullOrWhiteSpace(reason)
            ? Outcome.Fail(OutreachCodes.Declined,
                string.Create(CultureInfo.InvariantCulture, $"{patientName} declined care management on {on:MMMM d, yyyy}. Give a reason to list them again (for example, they asked us to call)."))
            : Outcome.Ok;
    }
}
