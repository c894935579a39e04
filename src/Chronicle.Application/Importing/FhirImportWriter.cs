namespace Chronicle.Application.Importing;

using Chronicle.Application.Audit;
using Chronicle.Data;
using Chronicle.Data.Bulk;
using Chronicle.Domain.Common;
using Chronicle.Domain.Eligibility;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Fhir;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Writes what one FHIR file holds in one transaction. Existing rows are found by natural keys in
/// a few set-based queries per file (staff by staff id or NPI, patients by MRN, and their
/// conditions, visits and records by source key), then created or updated through the entities'
/// own methods, which say whether anything changed: that is what makes a re-import report
/// "unchanged" and write nothing.
/// </summary>
public sealed class FhirImportWriter(ChronicleDbContext db, AuditTrail audit, FhirCcmWriter ccm)
{
    public async Task<ImportReport> WriteAsync(Practice practice, FhirFileContent content, ChronicClassifier classifier, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(practice);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(classifier);
        var counts = new ImportReport();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        using var changes = audit.TrackPatientChanges(AuditActions.Import, "fhir import");
        try
        {
            await WriteStaffAsync(practice.Id, content.Staff, counts, cancellationToken);
            CountOrganizations(practice, content.Organizations, counts);
            var patients = await WritePatientsAsync(practice.Id, content.Patients, today, counts, cancellationToken);
            await WriteOwnedAsync(practice.Id, patients, classifier, counts, cancellationToken);
            var refused = await ccm.WriteAsync(practice, patients, today, counts, cancellationToken);
            if (refused.Count > 0)
            {
                // One refused consent, enrollment or minute and the file is not written at all, as with any other issue.
                await transaction.RollbackAsync(cancellationToken);
                var failed = new ImportReport();
                refused.ForEach(failed.AddIssue);
                return failed;
            }

            // New conditions, visits and records are most of a file's rows: they go by the bulk
            // path after the rows they point to (patients, staff) are saved (ADR 0152).
            var conditions = TakeAdded<Condition>(changes);
            var visits = TakeAdded<Visit>(changes);
            var records = TakeAdded<ClinicalRecord>(changes);
            await db.SaveChangesAsync(cancellationToken);
            await db.BulkInsertAsync(conditions, cancellationToken);
            await db.BulkInsertAsync(visits, cancellationToken);
            await db.BulkInsertAsync(records, cancellationToken);
            await changes.RecordAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return counts;
        }
        catch (DbUpdateException ex)
        {
            await transaction.RollbackAsync(cancellationToken);
            var failed = new ImportReport();
            failed.AddIssue(new ImportIssue(content.File, null, null, $"Nothing from this file was written; the database refused it: {ex.InnerException?.Message ?? ex.Message}"));
            return failed;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private List<T> TakeAdded<T>(PatientChangeAudit changes)
        where T : class
    {
        var added = db.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Added).ToList();
        changes.CountAndDetach(added);
        return added.ConvertAll(e => e.Entity);
    }

    private async Task WriteStaffAsync(PracticeId practiceId, IReadOnlyList<FhirStaffImport> staff, ImportReport counts, CancellationToken cancellationToken)
    {
        if (staff.Count == 0)
        {
            return;
        }

        // A practice's staff is a few dozen people: one query for all of them beats matching two keys in SQL.
        var existing = await db.StaffMembers.Where(s => s.PracticeId == practiceId).ToListAsync(cancellationToken);
        foreach (var import in staff)
        {
            var details = import.Details;
            var member = existing.Find(s => s.ExternalId == details.ExternalId)
                ?? existing.Find(s => details.Npi is not null && s.Npi == details.Npi);
            if (member is null)
            {
                db.StaffMembers.Add(StaffMember.Create(practiceId, details));
                counts.Created++;
                continue;
            }

            // The practice decides roles (CSV, screens); an EHR's directory only fills in what it lacks.
            var merged = details with
            {
                Role = member.Role,
                Credential = details.Credential ?? member.Credential,
                Npi = details.Npi ?? member.Npi,
                Email = details.Email ?? member.Email,
            };
            Count(member.Update(merged), counts);
        }
    }

    private static void CountOrganizations(Practice practice, IReadOnlyList<FhirOrganizationImport> organizations, ImportReport counts)
    {
        // Practices are created from CSV only; an Organization is only recognised as the practice itself.
        foreach (var organization in organizations)
        {
            if (organization.Npi == practice.GroupNpi)
            {
                counts.Unchanged++;
            }
            else
            {
                counts.Skipped++;
            }
        }
    }

    private async Task<List<(FhirPatientImport Import, Patient Patient)>> WritePatientsAsync(
        PracticeId practiceId, IReadOnlyList<FhirPatientImport> imports, DateOnly today, ImportReport counts, CancellationToken cancellationToken)
    {
        var existing = (await LoadAsync(imports.Select(p => p.Details.Mrn),
                mrns => db.Patients.Where(p => p.PracticeId == practiceId && mrns.Contains(p.Mrn)), cancellationToken))
            .ToDictionary(p => p.Mrn, StringComparer.Ordinal);
        var written = new List<(FhirPatientImport, Patient)>(imports.Count);
        foreach (var import in imports)
        {
            if (!existing.TryGetValue(import.Details.Mrn, out var patient))
            {
                patient = Patient.Create(practiceId, import.Details, today);
                db.Patients.Add(patient);
                counts.Created++;
            }
            else
            {
                // What FHIR does not carry (QMB status, often the MBI or phone) is kept, not erased.
                var merged = import.Details with
                {
                    Mbi = import.Details.Mbi ?? patient.Mbi,
                    Phone = import.Details.Phone ?? patient.Phone,
                    Address = import.Details.Address.IsEmpty ? patient.Address : import.Details.Address,
                    Qmb = patient.Qmb,
                };
                Count(patient.Update(merged, today), counts);
            }

            written.Add((import, patient));
        }

        return written;
    }

    private async Task WriteOwnedAsync(PracticeId practiceId, List<(FhirPatientImport Import, Patient Patient)> patients,
        ChronicClassifier classifier, ImportReport counts, CancellationToken cancellationToken)
    {
        // Patients created by this file have no rows yet: only the existing ones are looked up.
        var ids = patients.Where(p => db.Entry(p.Patient).State != EntityState.Added).Select(p => p.Patient.Id).ToList();
        var conditions = (await LoadAsync(ids, chunk => db.Conditions.Where(c => c.PracticeId == practiceId && chunk.Contains(c.PatientId)), cancellationToken))
            .ToDictionary(c => (c.PatientId, c.SourceKey));
        var visits = (await LoadAsync(ids, chunk => db.Visits.Where(v => v.PracticeId == practiceId && chunk.Contains(v.PatientId)), cancellationToken))
            .ToDictionary(v => (v.PatientId, v.SourceKey));
        var records = (await LoadAsync(ids, chunk => db.ClinicalRecords.Where(r => r.PracticeId == practiceId && chunk.Contains(r.PatientId)), cancellationToken))
            .ToDictionary(r => (r.PatientId, r.Kind, r.SourceKey));
        foreach (var (import, patient) in patients)
        {
            foreach (var condition in import.Conditions)
            {
                var details = condition.Details;
                var classification = classifier.Classify(details.CodeSystem, details.Code, details.Icd10);
                if (conditions.TryGetValue((patient.Id, details.SourceKey), out var row))
                {
                    Count(row.Update(details with { ChronicOverride = row.ChronicOverride }, classification), counts);
                }
                else
                {
                    db.Conditions.Add(Condition.Create(practiceId, patient.Id, details, classification));
                    counts.Created++;
                }
            }

            foreach (var visit in import.Visits)
            {
                if (visits.TryGetValue((patient.Id, visit.Details.SourceKey), out var row))
                {
                    Count(row.Update(visit.Details), counts);
                }
                else
                {
                    db.Visits.Add(Visit.Create(practiceId, patient.Id, visit.Details));
                    counts.Created++;
                }
            }

            foreach (var record in import.Records)
            {
                if (records.TryGetValue((patient.Id, record.Details.Kind, record.Details.SourceKey), out var row))
                {
                    Count(row.Update(record.Details), counts);
                }
                else
                {
                    db.ClinicalRecords.Add(ClinicalRecord.Create(practiceId, patient.Id, record.Details));
                    counts.Created++;
                }
            }
        }
    }

    /// <summary>
    /// Rows whose key is among <paramref name="keys"/>, a thousand keys per query: SQLite receives a
    /// list as one parameter per element and refuses more than 32,766, and an NDJSON file may hold more patients.
    /// </summary>
    private static async Task<List<TEntity>> LoadAsync<TKey, TEntity>(IEnumerable<TKey> keys, Func<List<TKey>, IQueryable<TEntity>> query, CancellationToken cancellationToken)
    {
        var rows = new List<TEntity>();
        foreach (var chunk in keys.Chunk(1000))
        {
            rows.AddRange(await query([.. chunk]).ToListAsync(cancellationToken));
        }

        return rows;
    }

    private static void Count(bool changed, ImportReport counts)
    {
        if (changed)
        {
            counts.Updated++;
        }
        else
        {
            counts.Unchanged++;
        }
    }
}
