namespace Chronicle.Application.CarePlans;

using System.Globalization;
using System.Text.Json;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Domain.CarePlans;
using Chronicle.Interop.CarePlans;
using Microsoft.EntityFrameworkCore;

public enum CarePlanExportFormat
{
    Pdf,
    Json,
}

/// <summary>An exported plan: the file's bytes, its media type and the version it holds.</summary>
public sealed record CarePlanExport(byte[] Bytes, string MediaType, string FileName, int Version);

/// <summary>
/// The plan as a file: the patient's plain-language PDF, or JSON of the structured plan. By default
/// the active (signed) version; the editor may ask for a given version to preview a draft.
/// </summary>
public sealed class ExportCarePlan(CarePlanScope scope, PatientAccess access)
{
    private static readonly JsonSerializerOptions Indented = new(CarePlanJson.Options) { WriteIndented = true };

    /// <summary>The active plan of the patient with this MRN (the CLI); <paramref name="groupNpi"/> picks the practice when several hold the MRN.</summary>
    public async Task<Result<CarePlanExport>> ByMrnAsync(string mrn, string? groupNpi, CarePlanExportFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mrn);
        var wanted = mrn.Trim();
        var npi = groupNpi?.Trim();
        var ids = await access.VisiblePatients()
            .Where(p => p.Mrn == wanted)
            .Join(scope.Db.Practices.AsNoTracking(), p => p.PracticeId, pr => pr.Id, (p, pr) => new { p.Id, pr.GroupNpi })
            .ToListAsync(cancellationToken);
        var matching = ids.Where(i => string.IsNullOrEmpty(npi) || i.GroupNpi.Value == npi).ToList();
        return matching.Count switch
        {
            0 => new BusinessError(Patients.GetPatientChart.UnknownPatientCode, $"No patient has the MRN {wanted}."),
            > 1 => new BusinessError(Patients.GetPatientChart.UnknownPatientCode, $"The MRN {wanted} is used in {matching.Count} practices; name the practice with --practice."),
            _ => await ForPatientAsync(matching[0].Id.Value, format, null, cancellationToken),
        };
    }

    /// <param name="version">A version to export; the active version when null.</param>
    public async Task<Result<CarePlanExport>> ForPatientAsync(Guid patientId, CarePlanExportFormat format, int? version, CancellationToken cancellationToken)
    {
        var found = await scope.FindAsync(patientId, cancellationToken);
        if (found.Value is not { } patient)
        {
            return found.Error!;
        }

        var plan = await scope.LoadAsync(patient.Patient.Id, tracking: false, cancellationToken);
        if (plan is null)
        {
            return CarePlanScope.NoPlan(patientId);
        }

        var chosen = version is { } number ? plan.Versions.FirstOrDefault(v => v.Number == number) : plan.ActiveVersion;
        if (chosen is null)
        {
            return version is null
                ? new BusinessError(CarePlanCodes.NotActive, $"The care plan of {patient.Patient.Mrn} has no signed version yet; the billing practitioner signs it first.")
                : new BusinessError(CarePlanCodes.NotFound, string.Create(CultureInfo.InvariantCulture, $"The care plan has no version {version}."));
        }

        var signature = plan.SignatureOf(chosen.Number);
        var name = $"{patient.Patient.FirstName} {patient.Patient.LastName}";
        var baseName = string.Create(CultureInfo.InvariantCulture, $"care-plan-{patient.Patient.Mrn}-v{chosen.Number}");
        var export = format == CarePlanExportFormat.Pdf
            ? new CarePlanExport(
                CarePlanPdf.Render(new CarePlanDocument(name, patient.Practice.Name, patient.Practice.Phone, chosen.Number, signature?.ActorName, signature?.OnDate, patient.Now.Today, chosen.Content)),
                "application/pdf", baseName + ".pdf", chosen.Number)
            : new CarePlanExport(JsonSerializer.SerializeToUtf8Bytes(new
            {
                patient = new { mrn = patient.Patient.Mrn, name },
                practice = patient.Practice.Name,
                version = chosen.Number,
                status = signature is null ? "draft" : "active",
                signedBy = signature?.ActorName,
                signedOn = signature?.OnDate,
                author = chosen.AuthorName,
                createdAt = chosen.CreatedAt,
                complete = chosen.IsComplete,
                missing = chosen.Content.MissingElements().Select(m => new { element = m.Element.Code(), title = m.Element.Title(), reason = m.Reason }),
                plan = chosen.Content,
            }, Indented), "application/json", baseName + ".json", chosen.Number);

        var what = string.Create(CultureInfo.InvariantCulture, $"care plan version {chosen.Number} exported ({format.ToString().ToLowerInvariant()})");
        await scope.Audit.RecordAsync(new AuditEntry(AuditActions.Export, what, patient.Patient.Id, patient.Practice.Id), cancellationToken);
        return export;
    }
}
