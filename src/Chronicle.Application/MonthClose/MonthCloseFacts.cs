namespace Chronicle.Application.MonthClose;

using Chronicle.Application.CarePlans;
using Chronicle.Application.Time;
using Chronicle.Data;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;
using Microsoft.EntityFrameworkCore;

/// <summary>One patient-month to decide: who, which program, and the facts the engine reads.</summary>
internal sealed record PatientMonth(PatientId PatientId, string Mrn, CareProgram Program, MonthFacts Facts);

/// <summary>
/// Gathers a practice's month for the rules engine in a fixed number of set-based queries (patients,
/// conditions, visits, enrollments, consents, care plans, time, other services, earlier G0506 and
/// other programs' claims), never one per patient (docs/design.md §2). The patient-months are every
/// enrollment covering the month and every patient and program with time logged in it.
/// </summary>
internal static class MonthCloseFacts
{
    // A void (frequency 8) takes its original back: its lines were never billed.
    private const int VoidFrequency = 8;

    public static async Task<List<PatientMonth>> GatherAsync(ChronicleDbContext db, Practice practice, BillingMonth month, CancellationToken cancellationToken)
    {
        var practiceId = practice.Id;
        int key = month.Key, previous = month.Previous().Key;
        var (start, _) = practice.TimeZone.Bounds(month);
        var reach = start - TimePolicy.Default.MaxDuration;

        var enrollments = await db.PatientEnrollments.AsNoTracking().AsSplitQuery()
            .Where(p => p.PracticeId == practiceId).ToListAsync(cancellationToken);
        var rows = await TimeEntries.InForce(db)
            .Where(e => e.PracticeId == practiceId && (e.MonthKey == key || (e.MonthKey == previous && e.Start >= reach)))
            .Select(e => new TimeRow(e.Id, e.PatientId, e.Program, e.MonthKey, e.Start, e.DurationSeconds, e.Performer, e.StaffId, e.Activity, e.Inpatient, e.RecordedAt))
            .ToListAsync(cancellationToken);
        var time = rows.ToLookup(e => (e.PatientId, e.Program));

        // One person's entries on other patients that share a cluster of overlaps with this patient's (ADR 0160).
        var clusters = SamePersonOverlaps.Clusters(rows, r => r.StaffId.Value.ToString(), r => r.Start, r => r.Start.AddSeconds(r.DurationSeconds));
        var clusterOf = rows.Select((r, i) => (r.Id, Cluster: clusters[i])).ToDictionary(x => x.Id, x => x.Cluster);
        var byCluster = rows.ToLookup(r => clusterOf[r.Id]);

        var months = new HashSet<(PatientId, CareProgram)>();
        foreach (var patient in enrollments)
        {
            foreach (var enrollment in patient.Enrollments.Where(e => e.Covers(month)))
            {
                months.Add((patient.PatientId, enrollment.Program));
            }
        }

        foreach (var group in time.Where(g => g.Any(e => e.MonthKey == key)))
        {
            months.Add(group.Key);
        }

        // Only the columns the engine reads, never whole entities: at 100,000 patients the reads are most of a close.
        var patients = await db.Patients.Where(p => p.PracticeId == practiceId)
            .Select(p => new PatientRow(p.Id, p.Mrn, p.Mbi, p.BirthDate, p.Qmb)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var conditions = (await db.Conditions.Where(c => c.PracticeId == practiceId && c.Icd10 != null)
            .Select(c => new ConditionRow(c.PatientId, c.Icd10!.Value, c.OnsetDate, c.AbatementDate, c.ClinicalStatus, c.ChronicOverride, c.Classification.IsChronic))
            .ToListAsync(cancellationToken)).ToLookup(c => c.PatientId);
        var visits = (await db.Visits.Where(v => v.PracticeId == practiceId && v.Code != null)
            .Select(v => new VisitRow(v.PatientId, v.Date, v.Code!.Value, v.RenderingNpi, v.SourceKey))
            .ToListAsync(cancellationToken)).ToLookup(v => v.PatientId);
        var consents = await db.PatientConsents.AsNoTracking().Where(c => c.PracticeId == practiceId).ToDictionaryAsync(c => c.PatientId, cancellationToken);
        var plans = await CarePlanMonthQuery.ForPracticeAsync(db, practiceId, month, cancellationToken);
        var (first, last) = (month.FirstDay, month.LastDay);
        var services = (await db.OtherBilledServices.AsNoTracking()
            .Where(s => s.PracticeId == practiceId && s.Date >= first && s.Date <= last)
            .ToListAsync(cancellationToken)).ToLookup(s => s.PatientId);
        var otherClaims = (await db.BillingClaims.AsNoTracking()
            .Where(c => c.PracticeId == practiceId && c.MonthKey == key && c.Frequency != VoidFrequency && ClaimStatuses.Billed.Contains(c.Status))
            .ToListAsync(cancellationToken)).ToLookup(c => c.PatientId);
        var g0506 = HcpcsCode.Parse("G0506");
        var initiated = (await db.BillingClaims.AsNoTracking()
            .Where(c => c.PracticeId == practiceId && c.MonthKey < key && c.Frequency != VoidFrequency && ClaimStatuses.Billed.Contains(c.Status) && c.Lines.Any(l => l.Code == g0506))
            .Select(c => new { c.PatientId, c.BillingNpi })
            .ToListAsync(cancellationToken)).Select(c => (c.PatientId, c.BillingNpi)).ToHashSet();
        // Coverage with its payer's id and kind: the engine picks the payer in force on the date of service.
        var coverage = (await db.Coverages.Where(c => c.PracticeId == practiceId)
            .Join(db.Payers, c => c.PayerId, p => p.Id, (c, p) => new { c.PatientId, p.Code, p.Kind, c.MemberId, c.Order, c.Start, c.End })
            .ToListAsync(cancellationToken))
            .ToLookup(c => c.PatientId, c => new CoverageFact(c.Code, c.Kind, c.MemberId, c.Order, c.Start, c.End));
        var enrollmentsByPatient = enrollments.ToDictionary(e => e.PatientId);
        var names = (await db.StaffMembers.Where(s => s.PracticeId == practiceId)
            .Select(s => new { s.Id, s.FirstName, s.LastName, s.Credential }).ToListAsync(cancellationToken))
            .ToDictionary(s => s.Id, s => StaffMember.NameOf(s.FirstName, s.LastName, s.Credential));
        TimeEntryFact Named(TimeRow row) => ToFact(row) with { StaffName = names.GetValueOrDefault(row.StaffId) };

        var result = new List<PatientMonth>();
        foreach (var (patientId, program) in months.OrderBy(m => m.Item1.Value).ThenBy(m => m.Item2))
        {
            if (!patients.TryGetValue(patientId, out var patient))
            {
                continue;
            }

            var enrollment = ConsentCuts.EnrollmentFor(enrollmentsByPatient.GetValueOrDefault(patientId), program, month);
            var consent = ToFact(ConsentCuts.ConsentFor(consents.GetValueOrDefault(patientId), enrollmentsByPatient.GetValueOrDefault(patientId), program, month));
            var npi = enrollment?.PractitionerNpi.Value ?? consent?.BillingNpi ?? practice.GroupNpi.Value;
            // Rows come back in no promised order; the engine's diagnoses and overlap merges follow input order.
            var entries = time[(patientId, program)].OrderBy(e => e.Start).ThenBy(e => e.Id.Value).ToList();
            var overlapping = entries.Select(e => clusterOf[e.Id]).Distinct()
                .SelectMany(c => byCluster[c]).Where(e => e.PatientId != patientId || e.Program != program)
                .OrderBy(e => e.Start).ThenBy(e => e.Id.Value).Select(Named).ToList();
            var others = services[patientId].Select(s => new OtherServiceFact(s.Code.Value, s.Date, s.Npi.Value))
                .Concat(otherClaims[patientId].Where(c => c.Program != program)
                    .SelectMany(c => c.Lines.Select(l => new OtherServiceFact(l.Code.Value, c.DateOfService, c.BillingNpi))))
                .ToList();
            var facts = new MonthFacts
            {
                Month = month,
                TimeZone = practice.TimeZone,
                PlaceOfService = practice.PlaceOfService,
                Setting = practice.BillingSetting,
                BillingPractitioner = new PractitionerFact(npi, null),
                Patient = new PatientFact(patient.Mbi?.Value, patient.BirthDate, patient.Qmb, Conditions(conditions[patientId])),
                Program = program,
                Enrollment = enrollment?.Start is { } from ? new EnrollmentPeriodFact(from, enrollment.End) : null,
                Consent = consent,
                Visits = visits[patientId].OrderBy(v => v.Date).ThenBy(v => v.SourceKey, StringComparer.Ordinal).Select(v => new BillingVisitFact(v.Date, v.Code.Value, v.RenderingNpi?.Value ?? string.Empty)).ToList(),
                CarePlan = plans.TryGetValue(patientId, out var plan) && plan.VersionInForce is not null
                    ? new CarePlanFact(plan.Complete, plan.LastActivity, plan.CopyProvidedOn)
                    : null,
                Complexity = Complexity.None,
                TimeEntries = entries.Select(Named).ToList(),
                OtherPatientsTime = overlapping,
                OtherServices = others,
                G0506BilledBefore = initiated.Contains((patientId, npi)),
                Coverage = coverage[patientId].OrderBy(c => c.Start).ThenBy(c => c.PayerCode, StringComparer.Ordinal).ToList(),
            };
            result.Add(new PatientMonth(patientId, patient.Mrn, program, facts));
        }

        return result;
    }

    // Conditions without an ICD-10-CM code (SNOMED only) cannot go on a claim, and ones no longer
    // active without an abatement date would otherwise look active to the engine.
    private static List<BillingConditionFact> Conditions(IEnumerable<ConditionRow> conditions) =>
        conditions
            .Where(c => c.AbatementDate is not null || c.ClinicalStatus is ClinicalStatus.Active or ClinicalStatus.Recurrence or ClinicalStatus.Relapse)
            .Select(c => new BillingConditionFact(c.Icd10.Value, c.OnsetDate, c.AbatementDate, Condition.Chronic(c.ChronicOverride, c.ClassifiedChronic)))
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .ThenBy(c => c.Onset)
            .ToList();

    private static ConsentFact? ToFact(ConsentRecord? chosen) =>
        chosen is null ? null : new ConsentFact(chosen.Date, chosen.Method, chosen.Decision, chosen.PractitionerNpi.Value, chosen.Disclosures, chosen.RevokedOn);

    // Seconds, not the entry's whole minutes: the month is summed before truncating, as the ledger shows it.
    private static TimeEntryFact ToFact(TimeRow entry) => new(
        entry.Start,
        Minutes.FromSeconds(entry.DurationSeconds).Value,
        entry.Performer switch
        {
            PerformerClass.BillingPractitioner => Performer.BillingPractitioner,
            PerformerClass.NonClinical => Performer.NonClinical,
            _ => Performer.ClinicalStaff,
        },
        entry.StaffId.Value.ToString(),
        entry.Activity.ToCode(),
        entry.Inpatient)
    {
        Seconds = entry.DurationSeconds,
        RecordedAt = entry.RecordedAt,
        EntryId = entry.Id.Value.ToString(),
    };

    private sealed record PatientRow(PatientId Id, string Mrn, Mbi? Mbi, DateOnly BirthDate, bool Qmb);

    private sealed record ConditionRow(PatientId PatientId, Icd10Code Icd10, DateOnly? OnsetDate, DateOnly? AbatementDate, ClinicalStatus ClinicalStatus, bool? ChronicOverride, bool ClassifiedChronic);

    private sealed record VisitRow(PatientId PatientId, DateOnly Date, HcpcsCode Code, Npi? RenderingNpi, string SourceKey);

    private sealed record TimeRow(
        TimeEntryId Id, PatientId PatientId, CareProgram Program, int MonthKey, DateTimeOffset Start, int DurationSeconds, PerformerClass Performer, StaffId StaffId, TimeActivity Activity, bool Inpatient, DateTimeOffset RecordedAt);
}
