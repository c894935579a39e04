namespace Chronicle.Domain.Time;

using Chronicle.Domain.Common;

/// <summary>What the minutes were spent on (docs/spec/import-formats.md, the <c>time</c> kind).</summary>
public enum TimeActivity
{
    PhoneCall = 1,
    CareCoordination = 2,
    PrescriptionManagement = 3,
    MedicationReconciliation = 4,
    CarePlan = 5,
    TransitionFollowUp = 6,
    Education = 7,
    RecordReview = 8,
    Other = 9,
}

public static class TimeActivities
{
    private static readonly (TimeActivity Activity, string Code, string Label)[] Table =
    [
        (TimeActivity.PhoneCall, "phone-call", "Phone call"),
        (TimeActivity.CareCoordination, "care-coordination", "Care coordination"),
        (TimeActivity.PrescriptionManagement, "prescription-management", "Prescription management"),
        (TimeActivity.MedicationReconciliation, "medication-reconciliation", "Medication reconciliation"),
        (TimeActivity.CarePlan, "care-plan", "Care plan"),
        (TimeActivity.TransitionFollowUp, "transition-follow-up", "Transition follow-up"),
        (TimeActivity.Education, "education", "Education"),
        (TimeActivity.RecordReview, "record-review", "Record review"),
        (TimeActivity.Other, "other", "Other"),
    ];

    public static IReadOnlyList<TimeActivity> All { get; } = Table.Select(t => t.Activity).ToArray();

    public static ValueResult<TimeActivity> TryParse(string? text)
    {
        var code = text?.Trim().ToLowerInvariant();
        foreach (var row in Table)
        {
            if (row.Code == code)
            {
                return ValueResult<TimeActivity>.Ok(row.Activity);
            }
        }

        return ValueResult<TimeActivity>.Fail($"'{text}' is not an activity; use one of {string.Join(", ", Table.Select(t => t.Code))}.");
    }

    public static string ToCode(this TimeActivity activity) => Row(activity).Code;

    public static string ToLabel(this TimeActivity activity) => Row(activity).Label;

    private static (TimeActivity Activity, string Code, string Label) Row(TimeActivity activity)
    {
        foreach (var row in Table)
        {
            if (row.Activity == activity)
            {
                return row;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(activity), activity, "Unknown activity.");
    }
}
