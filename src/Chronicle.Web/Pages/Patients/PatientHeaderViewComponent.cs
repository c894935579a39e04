namespace Chronicle.Web.Pages.Patients;

using Chronicle.Application.Security;
using Chronicle.Application.Time;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Time;
using Microsoft.AspNetCore.Mvc;

/// <summary>
/// The header that stays at the top of every patient page (sticky): who the patient is, this
/// month's countable minutes and the live timer, with Start/Stop and "Log time" one click away.
/// The timer's controls live here, not in the time panel, so they are in reach wherever the care
/// manager is on the patient's pages; a role that may not log time sees neither.
/// </summary>
public sealed class PatientHeaderViewComponent(GetPatientHeader header, IActorContext actors) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid patientId)
    {
        var found = (await header.ExecuteAsync(patientId, HttpContext.RequestAborted)).Value;
        if (found is null)
        {
            return Content(string.Empty);
        }

        return View(new PatientHeaderPanel(
            found,
            [.. Enum.GetValues<CareProgram>().Select(p => (p.ToCode(), p.ToLabel()))],
            [.. TimeActivities.All.Select(a => (a.ToCode(), a.ToLabel()))],
            actors.Current.Allows(Capability.LogTime)));
    }
}

public sealed record PatientHeaderPanel(
    PatientHeader Header,
    IReadOnlyList<(string Code, string Label)> Programs,
    IReadOnlyList<(string Code, string Label)> Activities,
    bool CanLogTime)
{
    /// <summary>The program the timer starts for: the running timer's, else the first the patient is enrolled in.</summary>
    public string DefaultProgram =>
        Header.Timer is { } t && t.PatientId == Header.PatientId ? t.Program : (Header.Programs.Count > 0 ? Header.Programs[0] : Programs[0].Code);
}
