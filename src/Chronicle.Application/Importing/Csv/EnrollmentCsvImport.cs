namespace Chronicle.Application.Importing.Csv;

using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Csv;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The enrollments kind. A row is an enrolled period keyed by patient, program, billing NPI and
/// start date: new periods are proposed and enrolled, a care manager that differs is designated
/// from today, and an end_date ends the period as an opt-out, at the end of that month (docs/rules/ccm.md
/// §4). A period that would share a month with another enrollment in the program is refused with the
/// aggregate's message (ENROLL-OVERLAP) and, without --partial, nothing from the file is written.
/// </summary>
internal sealed class EnrollmentCsvImport(ChronicleDbContext db, Practice practice, DateOnly today, string fileName, ImportReport report)
    : EnrollmentAggregateCsvImport<EnrollmentCsvRow, PatientEnrollments>(db, practice, today, fileName, report)
{
    private const string EndReason = "end_date in an enrollments import";

    protected override CsvLayout Layout => EnrollmentCsv.Layout;

    protected override string KeyColumns => "mrn, program, billing_npi, start_date";

    protected override CsvParsed<EnrollmentCsvRow> Parse(CsvRow row) => EnrollmentCsv.Parse(row);

    protected override string KeyOf(EnrollmentCsvRow row) =>
        FormattableString.Invariant($"{row.Mrn}\n{row.Program}\n{row.BillingNpi}\n{row.Start:yyyy-MM-dd}");

    protected override string MrnOf(EnrollmentCsvRow row) => row.Mrn;

    protected override async Task<Dictionary<PatientId, PatientEnrollments>> LoadAsync(IReadOnlyCollection<PatientId> patients, bool track, CancellationToken cancellationToken)
    {
        var query = track ? Db.PatientEnrollments : Db.PatientEnrollments.AsNoTracking();
        return await query.AsSplitQuery().Where(p => patients.Contains(p.PatientId)).ToDictionaryAsync(p => p.PatientId, cancellationToken);
    }

    protected override PatientEnrollments Create(PatientId patient) => PatientEnrollments.Create(Practice.Id, patient);

    protected override RowOutcome Apply(PatientEnrollments aggregate, EnrollmentCsvRow row)
    {
        if (PractitionerWith(row.BillingNpi) is not { } staff)
        {
            return RowOutcome.Refused("billing_npi", NoPractitioner(row.BillingNpi));
        }

        StaffId? manager = null;
        if (row.CareManager is { } staffId)
        {
            var member = StaffWith(staffId);
            if (member is null || !member.Role.MayManageCare())
            {
                return RowOutcome.Refused("care_manager", member is null ? NoStaff(staffId) : $"{staffId} is non-clinical staff; the care manager must be clinical staff or a billing practitioner.");
            }

            manager = member.Id;
        }

        var practitioner = new BillingPractitioner(staff.Id, staff.Npi!.Value);
        var existing = aggregate.Enrollments.FirstOrDefault(e => e.Program == row.Program && e.Practitioner.IsSameAs(practitioner) && e.Start == row.Start);
        return existing is null ? Enroll(aggregate, row, practitioner, manager) : Update(aggregate, existing, row, manager);
    }

    private static RowOutcome Enroll(PatientEnrollments aggregate, EnrollmentCsvRow row, BillingPractitioner practitioner, StaffId? manager)
    {
        var candidate = aggregate.Enrollments.FirstOrDefault(e => e.Program == row.Program && e.Practitioner.IsSameAs(practitioner) && e.Status == EnrollmentStatus.Candidate);
        if (aggregate.ConflictWith(row.Program, practitioner, row.Start) is { } conflict)
        {
            return RowOutcome.Refused("start_date", conflict.Message);
        }

        var before = aggregate.Version;
        if (candidate is null)
        {
            var proposed = aggregate.Propose(row.Program, practitioner, row.Start);
            if (proposed.Failure is { } notProposed)
            {
                return RowOutcome.Refused("start_date", notProposed.Message);
            }

            candidate = proposed.Value!;
        }

        var enrolled = aggregate.Enroll(candidate.Id, row.Start, manager);
        var ended = enrolled.Succeeded && row.End is { } end ? aggregate.Unenroll(candidate.Id, end, EndReason) : Outcome.Ok;
        if ((enrolled.Failure ?? ended.Failure) is { } refused)
        {
            // A refused row must leave the aggregate as it was; a proposal made for it is not kept.
            return before == aggregate.Version
                ? RowOutcome.Refused("start_date", refused.Message)
                : throw new InvalidOperationException($"The enrollments import changed an aggregate for a refused row: {refused}");
        }

        return RowOutcome.New;
    }

    private RowOutcome Update(PatientEnrollments aggregate, ProgramEnrollment existing, EnrollmentCsvRow row, StaffId? manager)
    {
        var expectedEnd = row.End is { } end ? BillingMonth.Of(end).LastDay : (DateOnly?)null;
        if (existing.End is { } actual && actual != expectedEnd)
        {
            return RowOutcome.Refused(
                "end_date",
                FormattableString.Invariant($"The {existing} from {row.Start:yyyy-MM-dd} already ended on {actual:yyyy-MM-dd} ({existing.Status.ToProse()}); the file says {(expectedEnd is null ? "it has not ended" : $"it ends on {expectedEnd:yyyy-MM-dd}")}."));
        }

        var changed = false;
        if (manager is { } m && existing.CareManager != m && existing.End is null)
        {
            changed |= aggregate.ChangeCareManager(existing.Id, m, Max(row.Start, Today)).Succeeded;
        }

        if (row.End is { } stop && existing.End is null)
        {
            var ended = aggregate.Unenroll(existing.Id, stop, EndReason);
            if (ended.Failure is { } refused)
            {
                return RowOutcome.Refused("end_date", refused.Message);
            }

            changed = true;
        }

        return changed ? RowOutcome.Updated : RowOutcome.Same;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
