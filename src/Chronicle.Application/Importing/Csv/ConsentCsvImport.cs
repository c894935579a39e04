namespace Chronicle.Application.Importing.Csv;

using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Csv;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The consents kind. A row is one consent conversation keyed by patient, program, billing NPI and
/// date. A new one is recorded (language en: the file has no column for it); one on file whose
/// method, decision, disclosures or obtained_by differ is corrected by a new version; a revoked_on
/// revokes it from that date (effective at the end of its month). The ledger is never rewritten.
/// </summary>
internal sealed class ConsentCsvImport(ChronicleDbContext db, Practice practice, DateOnly today, string fileName, ImportReport report)
    : EnrollmentAggregateCsvImport<ConsentCsvRow, PatientConsents>(db, practice, today, fileName, report)
{
    private const string CorrectionReason = "corrected by a consents import";

    protected override CsvLayout Layout => ConsentCsv.Layout;

    protected override string KeyColumns => "mrn, program, billing_npi, date";

    protected override CsvParsed<ConsentCsvRow> Parse(CsvRow row) => ConsentCsv.Parse(row);

    protected override string KeyOf(ConsentCsvRow row) =>
        FormattableString.Invariant($"{row.Mrn}\n{row.Program}\n{row.BillingNpi}\n{row.Date:yyyy-MM-dd}");

    protected override string MrnOf(ConsentCsvRow row) => row.Mrn;

    protected override async Task<Dictionary<PatientId, PatientConsents>> LoadAsync(IReadOnlyCollection<PatientId> patients, bool track, CancellationToken cancellationToken)
    {
        var query = track ? Db.PatientConsents : Db.PatientConsents.AsNoTracking();
        return await query.Where(p => patients.Contains(p.PatientId)).ToDictionaryAsync(p => p.PatientId, cancellationToken);
    }

    protected override PatientConsents Create(PatientId patient) => PatientConsents.Create(Practice.Id, patient);

    protected override RowOutcome Apply(PatientConsents aggregate, ConsentCsvRow row)
    {
        if (PractitionerWith(row.BillingNpi) is not { } staff)
        {
            return RowOutcome.Refused("billing_npi", NoPractitioner(row.BillingNpi));
        }

        StaffId? obtainedBy = null;
        if (row.ObtainedBy is { } staffId)
        {
            if (StaffWith(staffId) is not { } member)
            {
                return RowOutcome.Refused("obtained_by", NoStaff(staffId));
            }

            obtainedBy = member.Id;
        }

        var practitioner = new BillingPractitioner(staff.Id, staff.Npi!.Value);
        var existing = aggregate.Current.FirstOrDefault(c => c.Program == row.Program && c.Practitioner.IsSameAs(practitioner) && c.Date == row.Date);
        var details = new ConsentDetails(row.Program, practitioner, row.Date, row.Method, row.Decision, row.Disclosures, obtainedBy, existing?.NoOtherCareManagement, existing?.Language ?? "en", existing?.Document);
        if (existing is null)
        {
            var recorded = aggregate.Record(details);
            if (recorded.Failure is { } refused)
            {
                return RowOutcome.Refused("date", refused.Message);
            }

            return row.RevokedOn is { } on && aggregate.Revoke(row.Program, practitioner, on).Failure is { } notRevoked
                ? throw new InvalidOperationException($"A consent just recorded could not be revoked: {notRevoked}")
                : RowOutcome.New;
        }

        var changed = false;
        if (existing.Details with { Document = null } != details with { Document = null })
        {
            if (existing.RevokedOn is not null && row.Decision == ConsentDecision.Declined)
            {
                return RowOutcome.Refused("decision", "This consent was accepted and later revoked; a revoked consent cannot be recorded as declined.");
            }

            var corrected = aggregate.Correct(existing.Id, details, CorrectionReason);
            if (corrected.Failure is { } refused)
            {
                return RowOutcome.Refused("date", refused.Message);
            }

            existing = corrected.Value!;
            changed = true;
        }

        if (row.RevokedOn != existing.RevokedOn)
        {
            var revoked = existing.RevokedOn is null && row.RevokedOn is { } on
                ? aggregate.Revoke(row.Program, practitioner, on).Failure
                : aggregate.CorrectRevocation(existing.Id, row.RevokedOn, CorrectionReason).Failure;
            if (revoked is not null)
            {
                return RowOutcome.Refused("revoked_on", revoked.Message);
            }

            changed = true;
        }

        return changed ? RowOutcome.Updated : RowOutcome.Same;
    }
}
