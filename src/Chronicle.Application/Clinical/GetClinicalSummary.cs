namespace Chronicle.Application.Clinical;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The clinical part of the patient page: the latest reading of each vital sign and lab, allergies,
/// active prescriptions (the list medication reconciliation works from) and immunizations. One
/// query for the patient's clinical records of those kinds; its own audited read.
/// </summary>
public sealed class GetClinicalSummary(ChronicleDbContext db, PatientAccess access, AuditTrail audit)
{
    private static readonly ClinicalRecordKind[] Kinds =
        [ClinicalRecordKind.Observation, ClinicalRecordKind.Allergy, ClinicalRecordKind.Medication, ClinicalRecordKind.Immunization];

    public async Task<Result<ClinicalSummary>> ExecuteAsync(Guid patientId, CancellationToken cancellationToken)
    {
        var id = new PatientId(patientId);
        var patient = await access.VisiblePatients().Where(p => p.Id == id).Select(p => new { p.Id, p.PracticeId }).SingleOrDefaultAsync(cancellationToken);
        if (patient is null)
        {
            return new BusinessError(Patients.GetPatientChart.UnknownPatientCode, $"There is no patient with the id {patientId}.");
        }

        var records = await db.ClinicalRecords.AsNoTracking()
            .Where(r => r.PatientId == id && Kinds.Contains(r.Kind))
            .ToListAsync(cancellationToken);
        await audit.RecordAsync(AuditEntry.Read($"clinical record of patient {patientId}: {records.Count} rows", patient.Id, patient.PracticeId), cancellationToken);

        var observations = records.Where(r => r.Kind == ClinicalRecordKind.Observation).ToList();
        return new ClinicalSummary(
            patientId,
            Latest(observations.Where(o => o.Category == "vital-signs")),
            Latest(observations.Where(o => o.Category == "laboratory")),
            [.. records.Where(r => r.Kind == ClinicalRecordKind.Allergy).OrderBy(r => r.Display, StringComparer.Ordinal)],
            [.. records.Where(r => r.Kind == ClinicalRecordKind.Medication && r.Status is "active" or "on-hold" or null && r.EndDate is null)
                .OrderBy(r => r.Display, StringComparer.Ordinal)],
            [.. records.Where(r => r.Kind == ClinicalRecordKind.Immunization).OrderByDescending(r => r.StartDate)],
            observations);
    }

    /// <summary>The most recent reading of each code, in the order of the code's name.</summary>
    private static IReadOnlyList<ClinicalRecord> Latest(IEnumerable<ClinicalRecord> observations) =>
        [.. observations.GroupBy(o => o.Code)
            .Select(g => g.OrderByDescending(o => o.OccurredAt?.Instant ?? (o.StartDate is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DateTimeOffset.MinValue)).First())
            .OrderBy(o => o.Display, StringComparer.Ordinal)];
}

/// <summary>What the patient page shows of the clinical record; <see cref="Observations"/> holds every reading, for trends and goals.</summary>
public sealed record ClinicalSummary(
    Guid PatientId,
    IReadOnlyList<ClinicalRecord> Vitals,
    IReadOnlyList<ClinicalRecord> Labs,
    IReadOnlyList<ClinicalRecord> Allergies,
    IReadOnlyList<ClinicalRecord> Prescriptions,
    IReadOnlyList<ClinicalRecord> Immunizations,
    IReadOnlyList<ClinicalRecord> Observations);
