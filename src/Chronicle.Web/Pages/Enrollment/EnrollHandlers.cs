namespace Chronicle.Web.Pages.Enrollment;

using Chronicle.Application.Enrollment;
using Chronicle.Domain.Enrollment;
using Microsoft.AspNetCore.Mvc;

// The wizard's forms: each handler runs one use case and moves to the next step, or shows the
// step again with the refusal.
public sealed partial class EnrollModel
{
    public async Task<IActionResult> OnPostProposeAsync(Guid patientId, string? program, Guid? practitionerId, [FromServices] ProposeEnrollment propose, CancellationToken ct)
    {
        var parsed = CarePrograms.TryParse(program);
        if (!parsed.IsValid || practitionerId is null)
        {
            Error = "Choose the program and the billing practitioner.";
            return await LoadAsync(patientId, ct) ? Page() : NotFound();
        }

        var result = await propose.ExecuteAsync(patientId, parsed.Value, practitionerId.Value, null, ct);
        if (result.Succeeded)
        {
            return Next(patientId, "visit", result.Value, null);
        }

        // A candidacy that is already open is continued rather than duplicated.
        if (result.Error!.Code == EnrollmentCodes.Duplicate && await LoadAsync(patientId, ct)
            && Status.Enrollments.FirstOrDefault(e => e.Program == parsed.Value.ToCode() && e.PractitionerId == practitionerId && e.Status == "candidate") is { } open)
        {
            return Next(patientId, "visit", open.Id, null);
        }

        return await FailAsync(patientId, result.Error, ct);
    }

    public async Task<IActionResult> OnPostVisitAsync(Guid patientId, DateOnly? date, string? code, [FromServices] RecordVisit recordVisit, CancellationToken ct)
    {
        if (!await LoadAsync(patientId, ct) || Enrollment is null)
        {
            return NotFound();
        }

        if (date is null || string.IsNullOrWhiteSpace(code))
        {
            Error = "Enter the visit's date and its CPT/HCPCS code.";
            return Page();
        }

        var result = await recordVisit.ExecuteAsync(patientId, date.Value, code, Enrollment.PractitionerNpi, ct);
        return result.Succeeded ? Next(patientId, "visit", EnrollmentId, result.Value) : await FailAsync(patientId, result.Error!, ct);
    }

    public async Task<IActionResult> OnPostConsentAsync(Guid patientId, ConsentForm form, [FromServices] RecordConsent recordConsent, [FromServices] CloseEnrollment close, CancellationToken ct)
    {
        if (!await LoadAsync(patientId, ct) || Enrollment is not { } enrollment)
        {
            return NotFound();
        }

        // On a refusal the step is shown again with what was entered, so nothing has to be typed twice.
        Consent = form;
        var method = ConsentCodes.TryParseMethod(form.Method);
        var decision = ConsentCodes.TryParseDecision(form.Decision);
        var disclosures = ConsentCodes.TryParseDisclosures(string.Join(';', form.Disclosures ?? []));
        if (!method.IsValid || !decision.IsValid || !disclosures.IsValid)
        {
            Error = "Choose how consent was given and the patient's answer.";
            return Page();
        }

        ConsentFile? document = null;
        if (form.Document is { Length: > 0 } upload)
        {
            using var buffer = new MemoryStream();
            await upload.CopyToAsync(buffer, ct);
            document = new ConsentFile(buffer.ToArray(), upload.ContentType);
        }

        var request = new ConsentRequest(patientId, CarePrograms.TryParse(enrollment.Program).Value, enrollment.PractitionerId, method.Value, decision.Value, disclosures.Value,
            form.Date, form.ObtainedBy, form.NoOtherCareManagement, string.IsNullOrWhiteSpace(form.Language) ? "en" : form.Language, document, form.RecordIncomplete);
        var result = await recordConsent.ExecuteAsync(request, ct);
        if (!result.Succeeded)
        {
            return await FailAsync(patientId, result.Error!, ct);
        }

        if (decision.Value == ConsentDecision.Declined)
        {
            var declined = await close.ExecuteAsync(patientId, enrollment.Id, EnrollmentOutcome.Declined, form.Date, "The patient declined consent.", ct);
            return declined.Succeeded ? Next(patientId, "done", enrollment.Id, VisitId) : await FailAsync(patientId, declined.Error!, ct);
        }

        // A new consent for a patient already enrolled (replacing an incomplete or revoked one) needs no care-team step.
        return Next(patientId, enrollment.Status == "enrolled" ? "done" : "care-team", enrollment.Id, VisitId);
    }

    public async Task<IActionResult> OnPostEnrollAsync(Guid patientId, DateOnly? start, Guid? careManager, [FromServices] EnrollPatient enroll, CancellationToken ct)
    {
        if (!await LoadAsync(patientId, ct) || Enrollment is null)
        {
            return NotFound();
        }

        var result = await enroll.ExecuteAsync(new EnrollRequest(patientId, Enrollment.Id, Start: start, CareManagerId: careManager, InitiatingVisitId: VisitId), ct);
        return result.Succeeded ? Next(patientId, "done", Enrollment.Id, VisitId) : await FailAsync(patientId, result.Error!, ct);
    }
}

/// <summary>The consent step's fields.</summary>
public sealed class ConsentForm
{
    public string? Method { get; set; }

    public string? Decision { get; set; }

    public IReadOnlyList<string>? Disclosures { get; set; }

    public DateOnly? Date { get; set; }

    public Guid? ObtainedBy { get; set; }

    public bool? NoOtherCareManagement { get; set; }

    public string? Language { get; set; }

    public IFormFile? Document { get; set; }

    /// <summary>The explicit choice to record an accepted consent that lacks disclosures as incomplete.</summary>
    public bool RecordIncomplete { get; set; }

    public bool Discloses(string code) => Disclosures?.Contains(code, StringComparer.Ordinal) == true;
}
