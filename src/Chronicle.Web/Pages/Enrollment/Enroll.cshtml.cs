namespace Chronicle.Web.Pages.Enrollment;

using Chronicle.Application.Common;
using Chronicle.Application.Enrollment;
using Chronicle.Application.Patients;
using Chronicle.Domain.Enrollment;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// The enrollment wizard, reached from the eligibility worklist: eligibility → initiating visit →
/// consent (with the verbal script) → billing practitioner and care manager → done. Each step is
/// a form that posts to the server; the query string (step, enrollment, visit) is the wizard's
/// state, so it works without JavaScript and a step can be reloaded.
/// </summary>
public sealed partial class EnrollModel(GetPatientChart chart, GetEnrollmentStatus status) : PageModel
{
    public static readonly string[] Steps = ["eligibility", "visit", "consent", "care-team", "done"];

    [BindProperty(SupportsGet = true, Name = "step")]
    public string Step { get; set; } = "eligibility";

    [BindProperty(SupportsGet = true, Name = "enrollment")]
    public Guid? EnrollmentId { get; set; }

    [BindProperty(SupportsGet = true, Name = "visit")]
    public Guid? VisitId { get; set; }

    public PatientChart Chart { get; private set; } = null!;

    public PatientEnrollmentStatus Status { get; private set; } = null!;

    public EnrollmentView? Enrollment { get; private set; }

    public string? Error { get; set; }

    /// <summary>The consent step's fields as last posted; empty on a first visit.</summary>
    public ConsentForm Consent { get; private set; } = new();

    public int StepNumber => Array.IndexOf(Steps, Step) + 1;

    public async Task<IActionResult> OnGetAsync(Guid patientId, CancellationToken cancellationToken) =>
        await LoadAsync(patientId, cancellationToken) ? Page() : NotFound();

    /// <summary>Loads the chart and the enrollment status; false when the patient is unknown to the user.</summary>
    internal async Task<bool> LoadAsync(Guid patientId, CancellationToken cancellationToken)
    {
        if (!Steps.Contains(Step))
        {
            Step = Steps[0];
        }

        var found = await chart.ExecuteAsync(patientId, cancellationToken);
        var state = await status.ExecuteAsync(patientId, null, cancellationToken);
        if (found.Value is null || state.Value is null)
        {
            return false;
        }

        Chart = found.Value;
        Status = state.Value;
        Enrollment = Status.Enrollments.FirstOrDefault(e => e.Id == EnrollmentId);
        if (Enrollment is null && Step is not "eligibility")
        {
            Step = "eligibility";
        }

        return true;
    }

    internal IActionResult Next(Guid patientId, string step, Guid? enrollmentId, Guid? visitId) =>
        RedirectToPage("/Enrollment/Enroll", new { patientId, step, enrollment = enrollmentId, visit = visitId });

    internal async Task<IActionResult> FailAsync(Guid patientId, BusinessError error, CancellationToken cancellationToken)
    {
        Error = error.Message;
        return await LoadAsync(patientId, cancellationToken) ? Page() : NotFound();
    }

    public string StaffName(Guid? id) =>
        id is null ? "Not chosen" : Status.CareTeam.FirstOrDefault(s => s.Id == id)?.Name ?? id.Value.ToString();

    public IEnumerable<VisitOption> QualifyingVisits() =>
        Enrollment is null ? [] : Status.Visits.Where(v => v.Qualifies && v.Npi == Enrollment.PractitionerNpi && v.Date >= Status.Today.AddMonths(-12) && v.Date <= Status.Today);

    public GateView? Gate => Enrollment is null ? null : Status.Gates.FirstOrDefault(g => g.Program == Enrollment.Program);

    public static string ProgramLabel(string code) => CarePrograms.TryParse(code).Value.ToLabel();
}
