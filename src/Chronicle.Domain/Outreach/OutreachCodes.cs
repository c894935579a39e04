namespace Chronicle.Domain.Outreach;

/// <summary>The stable codes of outreach refusals: part of the public contract, never rename one.</summary>
public static class OutreachCodes
{
    /// <summary>The patient declined care management; listing them again needs a reason.</summary>
    public const string Declined = "OUTREACH-DECLINED";

    /// <summary>An attempt dated after now.</summary>
    public const string Future = "OUTREACH-FUTURE";

    /// <summary>A call-back without a date, with a date before the call, or a date on another outcome.</summary>
    public const string CallBackDate = "OUTREACH-CALLBACK-DATE";

    /// <summary>A note or reason longer than <see cref="OutreachAttempt.NoteLimit"/>.</summary>
    public const string TextTooLong = "OUTREACH-TEXT-LONG";

    /// <summary>Nothing was chosen (no patient for a list, letters or an export).</summary>
    public const string NothingChosen = "OUTREACH-NOTHING-CHOSEN";
}
