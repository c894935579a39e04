namespace Chronicle.Application.Time;

using Chronicle.Application.Common;
using Chronicle.Application.Time.Timer;
using Chronicle.Domain.Common;

/// <summary>
/// The time panel of the patient chart page: the month view, the month's records and the signed-in
/// person's timer, read through <see cref="Security.PatientAccess"/>. It records no audit event of
/// its own: it is part of the chart page, whose read (GetPatientChart, in the same request) is
/// recorded; the JSON API's time reads record their own.
/// </summary>
public sealed class GetPatientTimePanel(GetTimeMonth month, ListTime list, LiveTimer timers)
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
        return new PatientTimeData(found, records.Value ?? [], timer.Value);
    }
}

public sealed record PatientTimeData(TimeMonthView Month, IReadOnlyList<TimeEntryView> Records, TimerView? Timer);
