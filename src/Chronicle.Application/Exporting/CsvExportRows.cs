namespace Chronicle.Application.Exporting;

using System.Globalization;
using Chronicle.Application.Time;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Payers;
using Chronicle.Domain.Practices;
using Chronicle.Domain.Time;
using Chronicle.Interop.Csv;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The rows of each CSV kind for one practice, in the columns and value forms the import reads
/// (docs/spec/import-formats.md): each kind's header is its import layout, so a column the import
/// gains is a column the export must fill, or the round-trip test fails.
/// </summary>
internal sealed class CsvExportRows(ChronicleDbContext db, Practice practice, ExportReport report)
{
    private Dictionary<StaffId, string> _staffIds = [];
    private Dictionary<PatientId, string> _mrns = [];

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var id = practice.Id;
        _staffIds = await db.StaffMembers.AsNoTracking().Where(s => s.PracticeId == id).ToDictionaryAsync(s => s.Id, s => s.ExternalId, cancellationToken);
        _mrns = await db.Patients.AsNoTracking().Where(p => p.PracticeId == id).ToDictionaryAsync(p => p.Id, p => p.Mrn, cancellationToken);
    }

    public IAsyncEnumerable<string?[]> PracticeAsync() => Rows(
    [
        [practice.Name, practice.GroupNpi.Value, practice.TimeZoneId, practice.PlaceOfService, practice.Tin,
         practice.Address.Line, practice.Address.City, practice.Address.State, practice.Address.Zip, practice.Phone,
         practice.BillingSetting.ToCode(), practice.RevenueCode, practice.FacilityNpi?.Value, practice.Ccn],
    ]);

    public IAsyncEnumerable<string?[]> StaffAsync() =>
        db.StaffMembers.AsNoTracking().Where(s => s.PracticeId == practice.Id).OrderBy(s => s.ExternalId).AsAsyncEnumerable()
            .Select(s => new[] { s.ExternalId, s.FirstName, s.LastName, s.Role.ToCode(), s.Credential, s.Npi?.Value, s.Email });

    public IAsyncEnumerable<string?[]> PatientsAsync() =>
        db.Patients.AsNoTracking().Where(p => p.PracticeId == practice.Id).OrderBy(p => p.Mrn).AsAsyncEnumerable()
            .Select(p => new[]
            {
                p.Mrn, p.FirstName, p.LastName, Date(p.BirthDate), p.Sex.ToCode(), p.Mbi?.Value,
                p.Address.Line, p.Address.City, p.Address.State, p.Address.Zip, p.Phone, Bool(p.Qmb), p.PreferredLanguage,
            });

    /// <summary>ICD-10-CM conditions only: the CSV kind has no other code system (SNOMED-only conditions stay in the FHIR export).</summary>
    public IAsyncEnumerable<string?[]> ConditionsAsync() =>
        db.Conditions.AsNoTracking().Where(c => c.PracticeId == practice.Id).OrderBy(c => c.PatientId).ThenBy(c => c.Code).ThenBy(c => c.OnsetDate).AsAsyncEnumerable()
            .Where(c => Counted(c.Icd10 is not null, "conditions", "not coded in ICD-10-CM"))
            .Select(c => new[] { _mrns[c.PatientId], c.Icd10!.Value.Value, Date(c.OnsetDate), Date(c.AbatementDate), c.ChronicOverride is { } chronic ? Bool(chronic) : null });

    /// <summary>Visits with a CPT/HCPCS code and a rendering NPI: the CSV kind requires both.</summary>
    public IAsyncEnumerable<string?[]> VisitsAsync() =>
        db.Visits.AsNoTracking().Where(v => v.PracticeId == practice.Id).OrderBy(v => v.PatientId).ThenBy(v => v.Date).AsAsyncEnumerable()
            .Where(v => Counted(v.Code is not null && v.RenderingNpi is not null, "visits", "without a CPT/HCPCS code or a rendering NPI"))
            .Select(v => new[] { _mrns[v.PatientId], Date(v.Date), v.Code!.Value.Value, v.RenderingNpi!.Value.Value });

    /// <summary>Every enrollment that was ever enrolled, as its enrolled period; candidates never enrolled are not enrollments yet.</summary>
    public IAsyncEnumerable<string?[]> EnrollmentsAsync() =>
        db.PatientEnrollments.AsNoTracking().AsSplitQuery().Where(p => p.PracticeId == practice.Id).AsAsyncEnumerable()
            .SelectMany(p => p.Enrollments.ToAsyncEnumerable())
            .Where(e => Counted(e.Start is not null, "enrollments", "never enrolled (candidates)"))
            .OrderBy(e => _mrns[e.PatientId], StringComparer.Ordinal).ThenBy(e => e.Start)
            .Select(e => new[]
            {
                _mrns[e.PatientId], e.Program.ToCode(), e.PractitionerNpi.Value, Date(e.Start), Date(e.End),
                e.CareManager is { } manager ? _staffIds[manager] : null,
            });

    /// <summary>The current version of every consent (a correction or revocation holds the whole consent as it now stands).</summary>
    public IAsyncEnumerable<string?[]> ConsentsAsync() =>
        db.PatientConsents.AsNoTracking().Where(p => p.PracticeId == practice.Id).AsAsyncEnumerable()
            .SelectMany(p => p.Current.ToAsyncEnumerable())
            .OrderBy(c => _mrns[c.PatientId], StringComparer.Ordinal).ThenBy(c => c.Date)
            .Select(c => new[]
            {
                _mrns[c.PatientId], c.Program.ToCode(), c.PractitionerNpi.Value, Date(c.Date), c.Method.ToCode(), c.Decision.ToCode(),
                c.Disclosures.ToCodes(), c.ObtainedBy is { } staff ? _staffIds[staff] : null, Date(c.RevokedOn),
            });

    /// <summary>The entries in force (voided and superseded ones are history, not minutes), at their local start.</summary>
    public IAsyncEnumerable<string?[]> TimeAsync()
    {
        var zone = practice.TimeZone;
        return TimeEntries.InForce(db).Where(e => e.PracticeId == practice.Id).OrderBy(e => e.Start).AsAsyncEnumerable()
            .Select(e => new[]
            {
                _mrns[e.PatientId], e.Program.ToCode(), _staffIds[e.StaffId], zone.ToLocal(e.Start).ToString(TimeCsv.LocalDateTimeFormat(e.Start.Second != 0), CultureInfo.InvariantCulture),
                ((e.DurationSeconds + 59) / 60).ToString(CultureInfo.InvariantCulture), e.Activity.ToCode(), e.Note, Bool(e.Inpatient),
                e.DurationSeconds % 60 == 0 ? null : e.DurationSeconds.ToString(CultureInfo.InvariantCulture),
            });
    }

    public IAsyncEnumerable<string?[]> ServicesAsync() =>
        db.OtherBilledServices.AsNoTracking().Where(s => s.PracticeId == practice.Id).OrderBy(s => s.Date).AsAsyncEnumerable()
            .Select(s => new[] { _mrns[s.PatientId], s.Code.Value, Date(s.Date), s.Npi.Value, s.Source });

    public IAsyncEnumerable<string?[]> PayersAsync() =>
        db.Payers.AsNoTracking().Where(p => p.PracticeId == practice.Id).OrderBy(p => p.Code).AsAsyncEnumerable()
            .Select(p => new[] { p.Code, p.Name, p.Kind.ToCode(), p.MacJurisdiction, p.ClaimFormat.ToCode(), p.ReceiverId, p.ReceiverQualifier, p.ReceiverName, p.RevenueCode });

    public async IAsyncEnumerable<string?[]> CoverageAsync()
    {
        var codes = await db.Payers.AsNoTracking().Where(p => p.PracticeId == practice.Id).ToDictionaryAsync(p => p.Id, p => p.Code);
        await foreach (var c in db.Coverages.AsNoTracking().Where(c => c.PracticeId == practice.Id).OrderBy(c => c.Start).AsAsyncEnumerable())
        {
            yield return [_mrns[c.PatientId], codes[c.PayerId], c.MemberId, c.PlanType, c.Order.ToCode(), Date(c.Start), Date(c.End)];
        }
    }

    public IAsyncEnumerable<string?[]> CarePlansAsync() => new CarePlanExportRows(db, practice.Id, _staffIds, _mrns, report).RowsAsync();

    private bool Counted(bool exported, string kind, string why)
    {
        if (!exported)
        {
            report.Skip(kind, why);
        }

        return exported;
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";

    private static async IAsyncEnumerable<string?[]> Rows(IEnumerable<string?[]> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }
}
