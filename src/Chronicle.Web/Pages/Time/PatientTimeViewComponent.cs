namespace Chronicle.Web.Pages.Time;

using Chronicle.Application.Security;
using Chronicle.Application.Time;
using Chronicle.Application.Time.Timer;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Time;
using Microsoft.AspNetCore.Mvc;

/// <summary>
/// The time panel of the patient page: this month's countable minutes and thresholds per program,
/// a manual entry form that works without script (defaulting to now in the practice's zone, and
/// showing again what was typed after a refusal), and the month's ledger records. The live timer
/// is in the patient header. The form and the correct and void controls are shown only to a role
/// that may log time (the use cases refuse the others anyway).
/// </summary>
public sealed class PatientTimeViewComponent(GetPatientTimePanel panel, IActorContext actors) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid patientId, BillingMonth? month = null)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var data = (await panel.ExecuteAsync(patientId, cancellationToken, month)).Value;
        return View(new PatientTimePanel(
            patientId,
            data?.Month,
            data?.Records ?? [],
            data?.Timer,
            [.. Enum.GetValues<CareProgram>().Select(p => (p.ToCode(), p.ToLabel()))],
            [.. TimeActivities.All.Select(a => (a.ToCode(), a.ToLabel()))],
            TempData["TimeMessage"] as string,
            TempData["TimeError"] as string,
            TempData["TimeErrorCode"] as string,
            actors.Current.Allows(Capability.LogTime),
            data?.Form,
            ManualTimeForm.Kept(TempData)));
    }
}

public sealed record PatientTimePanel(
    Guid PatientId,
    TimeMonthView? Month,
    IReadOnlyList<TimeEntryView> Records,
    TimerView? Timer,
    IReadOnlyList<(string Code, string Label)> Programs,
    IReadOnlyList<(string Code, string Label)> Activities,
    string? Message,
    string? Error,
    string? ErrorCode,
    bool CanLogTime,
    ManualEntryDefaults? Defaults,
    ManualTimeForm? Kept);
