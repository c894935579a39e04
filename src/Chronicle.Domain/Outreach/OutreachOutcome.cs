namespace Chronicle.Domain.Outreach;

using Chronicle.Domain.Common;

/// <summary>What came of one attempt to reach a patient about enrolling. Stored as these numbers: never renumber.</summary>
public enum OutreachOutcome
{
    Reached = 1,
    NoAnswer = 2,
    LeftMessage = 3,
    Declined = 4,
    CallBack = 5,
    LetterSent = 6,
}

/// <summary>The codes forms, the API and the CLI use for outcomes, and the words people read.</summary>
public static class OutreachOutcomes
{
    /// <summary>The outcomes a person records by hand; a letter is recorded when the letters are printed.</summary>
    public static IReadOnlyList<OutreachOutcome> Recordable { get; } =
        [OutreachOutcome.Reached, OutreachOutcome.NoAnswer, OutreachOutcome.LeftMessage, OutreachOutcome.CallBack, OutreachOutcome.Declined];

    public static string ToCode(this OutreachOutcome outcome) => outcome switch
    {
        OutreachOutcome.Reached => "reached",
        OutreachOutcome.NoAnswer => "no-answer",
        OutreachOutcome.LeftMessage => "left-message",
        OutreachOutcome.Declined => "declined",
        OutreachOutcome.CallBack => "call-back",
        OutreachOutcome.LetterSent => "letter-sent",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static string ToLabel(this OutreachOutcome outcome) => outcome switch
    {
        OutreachOutcome.Reached => "Reached",
        OutreachOutcome.NoAnswer => "No answer",
        OutreachOutcome.LeftMessage => "Left a message",
        OutreachOutcome.Declined => "Declined",
        OutreachOutcome.CallBack => "Call back on a date",
        OutreachOutcome.LetterSent => "Letter sent",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static ValueResult<OutreachOutcome> TryParse(string? code)
    {
        foreach (var outcome in Enum.GetValues<OutreachOutcome>())
        {
            if (string.Equals(outcome.ToCode(), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return ValueResult<OutreachOutcome>.Ok(outcome);
            }
        }

        return ValueResult<OutreachOutcome>.Fail(
            $"'{code}' is not an outcome; use {string.Join(", ", Enum.GetValues<OutreachOutcome>().Select(o => o.ToCode()))}.");
    }
}
