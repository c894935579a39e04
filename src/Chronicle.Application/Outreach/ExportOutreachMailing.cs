namespace Chronicle.Application.Outreach;

using System.Globalization;
using System.Text;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Interop.Csv;

/// <summary>
/// The chosen patients' mailing fields as CSV, for a practice that mails through its own printer or
/// a mailing house. An export only: it records no attempt (nothing says the letters went out).
/// </summary>
public sealed class ExportOutreachMailing(OutreachStore store, AuditTrail audit)
{
    public static IReadOnlyList<string> Columns { get; } = ["mrn", "first_name", "last_name", "address_line", "city", "state", "zip"];

    public async Task<Result<OutreachFile>> ExecuteAsync(IReadOnlyList<Guid> patientIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patientIds);
        if (store.Refusal() is { } refused)
        {
            return refused;
        }

        var practiceResult = await store.PracticeAsync(cancellationToken);
        if (!practiceResult.Succeeded)
        {
            return practiceResult.Error!;
        }

        var (practice, now) = practiceResult.Value;
        var patients = await store.PatientsAsync(practice.Id, patientIds, cancellationToken);
        if (patients.Value is not { } chosen)
        {
            return patients.Error!;
        }

        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        var csv = new CsvWriter(text);
        await csv.WriteRowAsync(Columns);
        foreach (var p in chosen)
        {
            await csv.WriteRowAsync([p.Mrn, p.FirstName, p.LastName, p.Address.Line, p.Address.City, p.Address.State, p.Address.Zip]);
        }

        await audit.RecordAsync(
            [.. chosen.Select(p => new AuditEntry(AuditActions.Export, "outreach mailing fields exported", p.Id, practice.Id))],
            cancellationToken);
        var today = practice.TimeZone.LocalDateOf(now);
        return new OutreachFile(string.Create(CultureInfo.InvariantCulture, $"care-management-mailing-{today:yyyy-MM-dd}.csv"), "text/csv",
            Encoding.UTF8.GetBytes(text.ToString()), chosen.Count);
    }
}
