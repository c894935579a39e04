namespace Chronicle.Domain.Tests.Outreach;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Outreach;
using Chronicle.Domain.Practices;

/// <summary>The one call-list rule: who is on the list, when the next call is due, and the order of the list.</summary>
public sealed class CallListTests
{
    private static readonly PracticeTimeZone Chicago = PracticeTimeZone.Parse("America/Chicago");
    private static readonly DateOnly Today = new(2026, 3, 15);
    private static readonly DateTimeOffset Now = Local("2026-03-15T11:00");
    private static readonly PracticeId Practice = PracticeId.New();
    private static readonly PatientId Patient = PatientId.New();
    private static readonly OutreachActor Nurse = new("u1", "Tomas Reyes");

    // The last attempt (outcome|local time|call-back date) → the due date and rank (0 call-back due, 1 due, 2 later).
    [Theory]
    [InlineData(null, "2026-03-10", 1)]
    [InlineData("no-answer|2026-03-14T10:00|", "2026-03-15", 1)]
    [InlineData("no-answer|2026-03-15T09:00|", "2026-03-16", 2)]
    [InlineData("left-message|2026-03-14T10:00|", "2026-03-16", 2)]
    [InlineData("letter-sent|2026-03-08T10:00|", "2026-03-15", 1)]
    [InlineData("call-back|2026-03-12T10:00|2026-03-15", "2026-03-15", 0)]
    [InlineData("call-back|2026-03-12T10:00|2026-03-14", "2026-03-14", 0)]
    [InlineData("call-back|2026-03-12T10:00|2026-03-20", "2026-03-20", 2)]
    [InlineData("reached|2026-03-15T08:00|", "2026-03-15", 1)]
    public void The_next_call_is_due_after_the_last_attempt(string? last, string due, int rank)
    {
        var listing = OutreachListing.Create(Practice, Patient, StaffId.New(), Nurse, Local("2026-03-10T09:00"), null);

        var state = CallList.Evaluate([listing], last is null ? [] : [Attempt(last)], Today, Chicago);

        Assert.True(state.OnList);
        Assert.Equal(DateOnly.Parse(due, CultureInfo.InvariantCulture), state.DueOn);
        Assert.Equal(rank, state.Rank);
    }

    [Fact]
    public void A_decline_takes_the_patient_off_the_list_until_they_are_listed_again_with_a_reason()
    {
        var first = OutreachListing.Create(Practice, Patient, StaffId.New(), Nurse, Local("2026-03-10T09:00"), null);
        var declined = Attempt("declined|2026-03-12T10:00|");

        var off = CallList.Evaluate([first], [declined], Today, Chicago);
        var refused = CallList.CheckListing(off, "Whitfield, Eleanor", "  ");
        var allowed = CallList.CheckListing(off, "Whitfield, Eleanor", "She called back and asked to hear more");
        var again = OutreachListing.Create(Practice, Patient, StaffId.New(), Nurse, Now.AddMinutes(10), "She called back and asked to hear more");
        var back = CallList.Evaluate([first, again], [declined], Today, Chicago);

        Assert.False(off.OnList);
        Assert.Equal(new DateOnly(2026, 3, 12), off.DeclinedOn);
        Assert.Equal(OutreachCodes.Declined, refused.Failure?.Code);
        Assert.Contains("March 12, 2026", refused.Failure!.Message, StringComparison.Ordinal);
        Assert.True(allowed.Succeeded);
        Assert.True(back.OnList);
        Assert.Equal(again, back.Listing);
    }

    [Fact]
    public void Call_backs_due_come_first_then_other_calls_due_then_later_ones()
    {
        var states = new Dictionary<string, OutreachState>
        {
            ["Later"] = new(null, null, null, new DateOnly(2026, 3, 16), 2),
            ["Due"] = new(null, null, null, new DateOnly(2026, 3, 10), 1),
            ["CallBack"] = new(null, null, null, new DateOnly(2026, 3, 15), 0),
            ["Overdue"] = new(null, null, null, new DateOnly(2026, 3, 9), 1),
        };

        var order = CallList.Order(states.Keys, k => states[k], k => k);

        Assert.Equal(["CallBack", "Overdue", "Due", "Later"], order);
    }

    [Theory]
    [InlineData("call-back", "2026-03-15T10:00", null, OutreachCodes.CallBackDate)]
    [InlineData("call-back", "2026-03-15T10:00", "2026-03-14", OutreachCodes.CallBackDate)]
    [InlineData("no-answer", "2026-03-15T10:00", "2026-03-20", OutreachCodes.CallBackDate)]
    [InlineData("reached", "2026-03-15T11:05", null, OutreachCodes.Future)]
    [InlineData("reached", "2026-03-15T10:59", null, null)]
    public void An_attempt_is_checked_against_the_clock_and_its_call_back_date(string outcome, string at, string? callBack, string? code)
    {
        var recorded = OutreachAttempt.Record(Practice, Patient,
            new AttemptDetails(OutreachOutcomes.TryParse(outcome).Value, Local(at), callBack is null ? null : DateOnly.Parse(callBack, CultureInfo.InvariantCulture), null),
            Chicago, Nurse, Now);

        Assert.Equal(code, recorded.Failure?.Code);
    }

    private static OutreachAttempt Attempt(string spec)
    {
        var parts = spec.Split('|');
        DateOnly? callBack = parts[2].Length == 0 ? null : DateOnly.Parse(parts[2], CultureInfo.InvariantCulture);
        var details = new AttemptDetails(OutreachOutcomes.TryParse(parts[0]).Value, Local(parts[1]), callBack, null);
        return OutreachAttempt.Record(Practice, Patient, details, Chicago, Nurse, Now).Value!;
    }

    private static DateTimeOffset Local(string text) =>
        Chicago.TryToInstant(DateTime.ParseExact(text, "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture)).Value;
}
