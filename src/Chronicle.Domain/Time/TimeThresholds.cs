namespace Chronicle.Domain.Time;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>A minute threshold and the code it reaches, e.g. 40 min → 99439.</summary>
public sealed record ThresholdStep(int Minutes, string Code);

/// <summary>Which of a month's minutes a track counts.</summary>
public enum TrackMinutes
{
    /// <summary>Clinical staff and the billing practitioner together (the practitioner's time also counts, docs/rules/ccm.md §1.1).</summary>
    TowardClinicalStaffCodes = 1,

    /// <summary>Only the billing practitioner's own minutes (99491/99437, 99424/99425).</summary>
    BillingPractitioner = 2,
}

/// <summary>One code family's ladder of thresholds, e.g. CCM clinical staff 20/40/60.</summary>
public sealed record ThresholdTrack(string Name, TrackMinutes Counts, IReadOnlyList<ThresholdStep> Steps, bool NeedsComplexity = false)
{
    public Minutes MinutesOf(MonthMinutes minutes)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        return Counts == TrackMinutes.BillingPractitioner ? minutes.BillingPractitioner : minutes.TowardClinicalStaffCodes;
    }

    public ThresholdProgress Progress(MonthMinutes minutes)
    {
        var value = MinutesOf(minutes);
        var reached = Steps.Where(s => value.Value >= s.Minutes).ToList();
        var next = Steps.FirstOrDefault(s => value.Value < s.Minutes);
        return new ThresholdProgress(this, value, reached, next, next is null ? Minutes.Zero : value.Until(new Minutes(next.Minutes)));
    }
}

/// <summary>Where a month stands on one track: thresholds reached, the next one and how far it is.</summary>
public sealed record ThresholdProgress(ThresholdTrack Track, Minutes Minutes, IReadOnlyList<ThresholdStep> Reached, ThresholdStep? Next, Minutes ToNext)
{
    public bool AnyReached => Reached.Count > 0;
}

/// <summary>
/// The time thresholds of each program (docs/rules/ccm.md §1.1, §1.2): CCM 20/40/60 clinical staff
/// (99490 + up to two 99439), 30/60/90 the billing practitioner personally (99491 + 99437), 60/90
/// complex (99487 + 99489); PCM 30/60 clinical staff (99426 + 99427) and practitioner (99424 + 99425).
/// Thresholds are hard minimums: 39 minutes is 99490 alone.
/// </summary>
public static class TimeThresholds
{
    public static ThresholdTrack CcmClinicalStaff { get; } = new("CCM clinical staff", TrackMinutes.TowardClinicalStaffCodes,
        [new(20, "99490"), new(40, "99439"), new(60, "99439")]);

    public static ThresholdTrack CcmPractitioner { get; } = new("CCM billing practitioner", TrackMinutes.BillingPractitioner,
        [new(30, "99491"), new(60, "99437"), new(90, "99437")]);

    public static ThresholdTrack CcmComplex { get; } = new("Complex CCM", TrackMinutes.TowardClinicalStaffCodes,
        [new(60, "99487"), new(90, "99489")], NeedsComplexity: true);

    public static ThresholdTrack PcmClinicalStaff { get; } = new("PCM clinical staff", TrackMinutes.TowardClinicalStaffCodes,
        [new(30, "99426"), new(60, "99427")]);

    public static ThresholdTrack PcmPractitioner { get; } = new("PCM billing practitioner", TrackMinutes.BillingPractitioner,
        [new(30, "99424"), new(60, "99425")]);

    public static IReadOnlyList<ThresholdTrack> For(CareProgram program) => program switch
    {
        CareProgram.Ccm => [CcmClinicalStaff, CcmPractitioner, CcmComplex],
        CareProgram.Pcm => [PcmClinicalStaff, PcmPractitioner],
        _ => throw new ArgumentOutOfRangeException(nameof(program), program, "Unknown care program."),
    };

    /// <summary>The track a care manager works toward: the clinical-staff ladder of the program.</summary>
    public static ThresholdTrack Primary(CareProgram program) => For(program)[0];

    public static IReadOnlyList<ThresholdProgress> Progress(CareProgram program, MonthMinutes minutes) =>
        For(program).Select(t => t.Progress(minutes)).ToList();
}
