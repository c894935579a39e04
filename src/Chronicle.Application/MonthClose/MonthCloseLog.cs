namespace Chronicle.Application.MonthClose;

using Microsoft.Extensions.Logging;

/// <summary>
/// Where a close spent its time, for an operator tuning the nightly job; counts and milliseconds
/// only, never a patient.
/// </summary>
internal static partial class MonthCloseLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information,
        Message = "Closed month {MonthKey}: {PatientMonths} patient-months; facts {GatherMs:0} ms, engine {EvaluateMs:0} ms, decisions {DecideMs:0} ms, writes {WriteMs:0} ms")]
    public static partial void MonthClosed(this ILogger logger, int monthKey, int patientMonths, double gatherMs, double evaluateMs, double decideMs, double writeMs);
}
