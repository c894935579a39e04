namespace Chronicle.Application.Time;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Application.Time.Timer;
using Chronicle.Data;
using Chronicle.Domain.Common;

/// <summary>
/// The time panel of the patient chart page: the month view, the month's records and the signed-in
/// person's timer, read through <see cref="Security.PatientAccess"/>. It records no audit event of
/// its own: it is part of the chart page, whose read (GetPatientChart, in the same request) is
/// recorded; the JSON API's time reads record their own.
/// </summary>
public sealed class GetPatientTimePanel(GetTimeMonth month, ListTime list, LiveTimer timers, ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    /// <param name="shownMonth">The month to show; the practice's current month when null.</param>
    public async Task<Result<PatientTimeData>> ExecuteAsync(Guid patientId, CancellationToken cancellationToken, BillingMonth? shownMonth = null)
    {
        var view = await month.ReadAsync(patientId, shownMonth, cancellationToken);
        if (view.Value is not { } found)
        {
            return view.Error!;
        }

        var records = await list.ReadAsync(patientId, shownMonth, cancellationToken);
        var timer = await timers.GetAsync(cancellationToken);
        var scope = (await new TimeWork(db, access, audit).PatientAsync(patientId, cancellationToken)).Value!;
        var form = new ManualEntryDefaults(
            scope.Zone.ToLocal(clock.GetUtcNow()),
            (int)scope.Policy.MaxDuration.TotalMinutes,
            (int)scope.Policy.LongTimer.TotalMinutes,
            scope.Policy.BackdateDays);
        return new PatientTimeData(found, records.Value ?? [], timer.Value, form);
    }
}

public sealed record PatientTimeData(TimeMonthView Month, IReadOnlyList<TimeEntryView> Records, TimerView? Timer, ManualEntryDefaults Form);

/// <summary>
/// What the manual entry form needs from the practice's time rules (one place: <see cref="Domain.Time.TimePolicy"/>):
/// now in the practice's zone (the form's default), the longest entry, the length past which an
/// entry needs confirmation, and how many days back an entry goes without a reason.
/// </summary>
public sealed record ManualEntryDefaults(DateTime LocalNow, int MaxMinutes, int LongEntryMinutes, int BackdateDays);
