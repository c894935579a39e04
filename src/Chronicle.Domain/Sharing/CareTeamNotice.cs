namespace Chronicle.Domain.Sharing;

using Chronicle.Domain.Common;

/// <summary>What a notice tells the care team about.</summary>
public enum CareTeamNoticeKind
{
    /// <summary>The patient (or their caregiver) stopped care management from the portal.</summary>
    PortalOptOut = 1,
}

/// <summary>
/// A message to a patient's care team from outside the practice (so far: an opt-out made in the
/// portal), kept until a member of the team acknowledges it. It holds what happened and when it
/// takes effect, not the patient's details, which the team reads in the chart.
/// </summary>
public sealed class CareTeamNotice
{
    public const int MaxTextLength = 400;

    private CareTeamNotice()
    {
        Text = string.Empty;
        CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    public CareTeamNoticeKind Kind { get; private set; }

    public string Text { get; private set; }

    /// <summary>The day the change takes effect (for an opt-out: the last day of the month it was made in; the next month is no longer billable).</summary>
    public DateOnly EffectiveOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The name of the portal user who caused the notice.</summary>
    public string CreatedBy { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    public bool IsOpen => AcknowledgedAt is null;

    public static CareTeamNotice Create(PracticeId practiceId, PatientId patientId, CareTeamNoticeKind kind, string text, DateOnly effectiveOn, DateTimeOffset at, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        return new CareTeamNotice
        {
            Id = Guid.CreateVersion7(at),
            PracticeId = practiceId,
            PatientId = patientId,
            Kind = kind,
            Text = text.Length > MaxTextLength ? text[..MaxTextLength] : text,
            EffectiveOn = effectiveOn,
            CreatedAt = WholeMilliseconds(at),
            CreatedBy = by.Length > MaxTextLength ? by[..MaxTextLength] : by,
        };
    }

    /// <summary>A member of the care team has read the notice; acknowledging again keeps the first record.</summary>
    public bool Acknowledge(DateTimeOffset at, string by)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        if (!IsOpen)
        {
            return false;
        }

        AcknowledgedAt = WholeMilliseconds(at);
        AcknowledgedBy = by.Length > MaxTextLength ? by[..MaxTextLength] : by;
        return true;
    }

    // SQLite keeps milliseconds and PostgreSQL microseconds: the time kept is the one read back on either.
    private static DateTimeOffset WholeMilliseconds(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMillisecond));
    }
}
