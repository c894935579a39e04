namespace Chronicle.Application.Importing;

using Chronicle.Application.Security;
using Chronicle.Application.Time;
using Chronicle.Data;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;
using Chronicle.Interop.Fhir;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Writes the CCM records of a FHIR file through the domain, inside the file's transaction:
/// consents into the patient's consent ledger, enrollments through propose and enroll, minutes
/// through the time ledger (the same rules as time logged in the app), the care plan through start and
/// sign (ADR 0133). A record the domain refuses
/// is an issue naming its entry, and the caller writes nothing from the file. What is already
/// there (a consent of the same program, practitioner and date; an enrollment of the same program,
/// practitioner and start; a time entry of the same program, staff member and start; any care plan of
/// the patient) is left as it is.
/// </summary>
public sealed class FhirCcmWriter(ChronicleDbContext db, IActorContext actors, TimeProvider clock)
{
    public async Task<List<ImportIssue>> WriteAsync(Practice practice, IReadOnlyList<(FhirPatientImport Import, Patient Patient)> patients, DateOnly today, ImportReport counts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(practice);
        ArgumentNullException.ThrowIfNull(patients);
        var issues = new List<ImportIssue>();
        var withCcm = patients.Where(p => p.Import.Consents.Count + p.Import.Enrollments.Count + p.Import.TimeEntries.Count + p.Import.CarePlans.Count > 0).ToList();
        if (withCcm.Count == 0)
        {
            return issues;
        }

        var practiceId = practice.Id;
        await db.StaffMembers.Where(s => s.PracticeId == practiceId).LoadAsync(cancellationToken);
        var staff = db.StaffMembers.Local.Where(s => s.PracticeId == practiceId).ToList();
        var ids = withCcm.Select(p => p.Patient.Id).ToList();
        var consents = await db.PatientConsents.Where(c => ids.Contains(c.PatientId)).ToDictionaryAsync(c => c.PatientId, cancellationToken);
        var enrollments = await db.PatientEnrollments.AsSplitQuery().Where(e => ids.Contains(e.PatientId)).ToDictionaryAsync(e => e.PatientId, cancellationToken);
        var locks = (await db.MonthLocks.AsNoTracking().Where(l => ids.Contains(l.PatientId)).ToListAsync(cancellationToken)).ToLookup(l => l.PatientId);
        var policy = await TimePolicies.OfAsync(db, practiceId, cancellationToken);
        var by = TimePolicies.ImportedBy(actors.Current, clock.GetUtcNow());
        var context = new Context(staff, issues, counts);
        var planned = (await db.CarePlans.AsNoTracking().Where(c => ids.Contains(c.PatientId)).Select(c => c.PatientId).ToListAsync(cancellationToken)).ToHashSet();
        foreach (var (import, patient) in withCcm)
        {
            var ledger = consents.GetValueOrDefault(patient.Id);
            if (import.Consents.Count > 0 || import.Enrollments.Count > 0)
            {
                if (ledger is null)
                {
                    ledger = PatientConsents.Create(practiceId, patient.Id);
                    db.PatientConsents.Add(ledger);
                }

                foreach (var consent in import.Consents)
                {
                    FhirCcmRecords.WriteConsent(ledger, consent, context);
                }

                if (import.Enrollments.Count > 0)
                {
                    if (!enrollments.TryGetValue(patient.Id, out var aggregate))
                    {
                        aggregate = PatientEnrollments.Create(practiceId, patient.Id);
                        db.PatientEnrollments.Add(aggregate);
                    }

                    foreach (var enrollment in import.Enrollments)
                    {
                        FhirCcmRecords.WriteEnrollment(aggregate, ledger, enrollment, today, context);
                    }
                }
            }

            await WriteTimeAsync(practice, patient, import.TimeEntries, policy, locks[patient.Id], by, context, cancellationToken);
            await WriteCarePlansAsync(practice, patient, import.CarePlans, ledger, planned.Contains(patient.Id), today, context, cancellationToken);
        }

        return issues;
    }

    /// <summary>A patient who already has a care plan keeps it: plans are revised in Chronicle, not replaced by a file.</summary>
    private async Task WriteCarePlansAsync(Practice practice, Patient patient, IReadOnlyList<FhirCarePlanImport> plans, PatientConsents? ledger,
        bool hasPlan, DateOnly today, Context context, CancellationToken cancellationToken)
    {
        if (plans.Count == 0)
        {
            return;
        }

        if (hasPlan || plans.Count > 1)
        {
            context.Counts.Unchanged += hasPlan ? plans.Count : 0;
            if (!hasPlan)
            {
                context.Issue(plans[1].Source, string.Empty, "A patient has one comprehensive care plan; this file holds more than one of Chronicle's CarePlans for the patient.");
            }

            return;
        }

        var patientId = patient.Id;
        var conditions = db.Entry(patient).State == EntityState.Added
            ? db.Conditions.Local.Where(c => c.PatientId == patientId).ToList()
            : [.. db.Conditions.Local.Where(c => c.PatientId == patientId), .. await db.Conditions.AsNoTracking().Where(c => c.PatientId == patientId).ToListAsync(cancellationToken)];
        var actor = actors.Current;
        var importer = new PlanActor(actor.UserId, actor.Name, IsBillingPractitioner: false);
        var plan = FhirCcmCarePlans.Write(practice.Id, patient, plans[0], ledger, conditions, importer, clock.GetUtcNow(), today, context);
        if (plan is not null)
        {
            db.CarePlans.Add(plan);
            context.Counts.Created++;
        }
    }

    private async Task WriteTimeAsync(Practice practice, Patient patient, IReadOnlyList<FhirTimeImport> entries, TimePolicy policy,
        IEnumerable<MonthLock> locked, RecordedBy by, Context context, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var patientId = patient.Id;
        var starts = entries.Select(e => e.Start).ToList();
        var existing = db.Entry(patient).State == EntityState.Added
            ? []
            : await TimeEntries.InForce(db).Where(e => e.PatientId == patientId && starts.Contains(e.Start)).ToListAsync(cancellationToken);
        var ledger = new TimeLedger(practice.TimeZone, policy, [], locked);
        foreach (var entry in entries)
        {
            if (context.Staff(entry.StaffKey, entry.Source, $"{entry.Source.Path}.performer[0].actor") is not { } member)
            {
                continue;
            }

            if (existing.Exists(e => e.Program == entry.Program && e.StaffId == member.Id && e.Start == entry.Start))
            {
                context.Counts.Unchanged++;
                continue;
            }

            var draft = new TimeEntryDraft(practice.Id, patientId, entry.Program, member.Id, entry.Performer, entry.Activity, entry.Start,
                entry.Seconds, entry.Note, TimeSource.Import, Inpatient: false);
            var logged = ledger.Log(draft, by);
            if (logged.Failure is { } refused)
            {
                context.Refuse(entry.Source, refused.Code == TimeCodes.Future || refused.Code == TimeCodes.MonthLocked ? ".performedPeriod.start" : ".performedPeriod", refused);
                continue;
            }

            db.TimeEntries.Add(logged.Value!);
            context.Counts.Created++;
        }
    }

    /// <summary>What the record writers share: the practice's staff, the issues found and the counts.</summary>
    internal sealed class Context(List<StaffMember> staff, List<ImportIssue> issues, ImportReport counts)
    {
        public ImportReport Counts { get; } = counts;

        public StaffMember? Staff(string? key, FhirSource source, string path)
        {
            var member = key is null ? null : staff.Find(s => s.ExternalId == key) ?? staff.Find(s => s.Npi?.Value == key);
            if (member is null)
            {
                issues.Add(new ImportIssue(source.File, source.Line, path, $"The practice has no staff member {key}; include the Practitioner in the Bundle or import the staff file first."));
            }

            return member;
        }

        public StaffMember? StaffById(StaffId id) => staff.Find(s => s.Id == id);

        public void Refuse(FhirSource source, string pathSuffix, Finding finding) =>
            issues.Add(new ImportIssue(source.File, source.Line, source.Path + pathSuffix, $"{finding.Code}: {finding.Message}"));

        public void Issue(FhirSource source, string pathSuffix, string reason) =>
            issues.Add(new ImportIssue(source.File, source.Line, source.Path + pathSuffix, reason));
    }
}
