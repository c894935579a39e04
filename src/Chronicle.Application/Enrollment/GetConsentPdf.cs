namespace Chronicle.Application.Enrollment;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Interop.Consent;
using Microsoft.EntityFrameworkCore;

/// <summary>The printable consent form or the verbal-consent script for one of a patient's enrollments, as a PDF.</summary>
public sealed class GetConsentPdf(EnrollmentStore store, AuditTrail audit)
{
    public async Task<Result<ConsentDocumentFile>> ExecuteAsync(Guid patientId, Guid enrollmentId, ConsentPdfKind kind, CancellationToken cancellationToken)
    {
        var loaded = await store.LoadAsync(patientId, track: false, cancellationToken);
        if (loaded.Value is not { } state)
        {
            return loaded.Error!;
        }

        if (state.Enrollments.Find(new EnrollmentId(enrollmentId)) is not { } enrollment)
        {
            return new BusinessError(EnrollmentCodes.NotFound, $"The patient has no enrollment {enrollmentId}.");
        }

        var practitionerId = enrollment.PractitionerId;
        var practitioner = await store.Db.StaffMembers.AsNoTracking().SingleAsync(s => s.Id == practitionerId, cancellationToken);
        var p = state.Patient;
        var program = enrollment.Program == CareProgram.Ccm ? "Chronic care management" : "Principal care management";
        var facts = new ConsentPdfFacts(program, $"{p.FirstName} {p.LastName}", p.BirthDate, state.Practice.Name, practitioner.DisplayName, enrollment.PractitionerNpi.Value);
        await audit.RecordAsync(AuditEntry.Read($"consent {(kind == ConsentPdfKind.Form ? "form" : "script")} pdf for enrollment {enrollmentId}", p.Id, state.Practice.Id), cancellationToken);
        return kind == ConsentPdfKind.Form
            ? new ConsentDocumentFile(ConsentPdfs.Form(facts), "application/pdf", $"consent-form-{p.Mrn}.pdf")
            : new ConsentDocumentFile(ConsentPdfs.Script(facts), "application/pdf", $"consent-script-{p.Mrn}.pdf");
    }
}

public enum ConsentPdfKind
{
    Form = 1,
    Script = 2,
}
