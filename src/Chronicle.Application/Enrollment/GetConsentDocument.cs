namespace Chronicle.Application.Enrollment;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Patients;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>The stored signed consent form of a patient, by its SHA-256, for download.</summary>
public sealed class GetConsentDocument(ChronicleDbContext db, PatientAccess access, AuditTrail audit)
{
    public async Task<Result<ConsentDocumentFile>> ExecuteAsync(Guid patientId, string contentHash, CancellationToken cancellationToken)
    {
        var id = new PatientId(patientId);
        var patient = await access.VisiblePatients().Where(p => p.Id == id).Select(p => new { p.Id, p.PracticeId }).SingleOrDefaultAsync(cancellationToken);
        if (patient is null)
        {
            return new BusinessError(GetPatientChart.UnknownPatientCode, $"There is no patient with the id {patientId}.");
        }

        var hash = contentHash.Trim().ToLowerInvariant();
        var document = await db.ConsentDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.PatientId == id && d.ContentHash == hash, cancellationToken);
        if (document is null)
        {
            return new BusinessError(EnrollmentErrors.DocumentNotFound, "The patient has no signed consent form with that hash.");
        }

        await audit.RecordAsync(AuditEntry.Read($"signed consent document {hash}", patient.Id, patient.PracticeId), cancellationToken);
        return new ConsentDocumentFile(document.Content, document.MediaType, $"consent-{hash[..12]}{ConsentFiles.Extension(document.MediaType)}");
    }
}

public sealed record ConsentDocumentFile(byte[] Content, string MediaType, string FileName);
