namespace Chronicle.Web.Pages.MyRecord;

using Chronicle.Application.Common;
using Chronicle.Application.Patients;
using Chronicle.Application.Portal;
using Chronicle.Application.Security;
using Chronicle.Domain.Enrollment;
using Chronicle.Web.Presentation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// Consent to care management and the right to stop it. Stopping takes two steps: the link asks
/// (a GET that changes nothing, ?stop=ccm), the confirmation posts (antiforgery checked). Only the
/// patient and their caregivers reach this page; outside providers are refused.
/// </summary>
public sealed class ConsentModel(GetPortalConsent consents, StopCareManagement stop) : PageModel
{
    public Guid PatientId { get; private set; }

    public PortalConsent? Status { get; private set; }

    /// <summary>The program the user asked to stop, shown for confirmation.</summary>
    public CareProgram? Confirming { get; private set; }

    public BusinessError? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? stop, CancellationToken cancellationToken)
    {
        var result = await LoadAsync(id, cancellationToken);
        if (result is not null)
        {
            return result;
        }

        if (CarePrograms.TryParse(stop) is { IsValid: true } program && Status!.Consents.Any(c => c.Program == program.Value && c.CanStop))
        {
            Confirming = program.Value;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostStopAsync(Guid id, string? program, CancellationToken cancellationToken)
    {
        var parsed = CarePrograms.TryParse(program);
        if (!parsed.IsValid)
        {
            return BadRequest();
        }

        var result = await stop.ExecuteAsync(id, parsed.Value, cancellationToken);
        if (result.Error?.Code == GetPatientChart.UnknownPatientCode)
        {
            return NotFound();
        }

        if (result.Value is { } stopped)
        {
            Message = $"You stopped {stopped.Program.ToLabel()}. It continues until {Display.Date(stopped.LastCoveredDay)}, the end of this month, and then stops. Your care team has been told.";
            return RedirectToPage(new { id });
        }

        var reload = await LoadAsync(id, cancellationToken);
        Error = result.Error;
        return reload ?? Page();
    }

    /// <summary>"Chronic care management (CCM)".</summary>
    public static string ProgramName(CareProgram program) => program switch
    {
        CareProgram.Ccm => "Chronic care management (CCM)",
        CareProgram.Pcm => "Principal care management (PCM)",
        _ => program.ToLabel(),
    };

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        PatientId = id;
        var result = await consents.ExecuteAsync(id, cancellationToken);
        if (result.Value is null)
        {
            return NotFound();
        }

        Status = result.Value;
        return null;
    }
}
