namespace Chronicle.Application.Exporting;

using System.Globalization;
using System.Text;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Importing;
using Chronicle.Application.Practices;
using Chronicle.Data;
using Chronicle.Interop.Csv;

/// <summary>
/// chronicle export csv --out FOLDER (ADR 0203): one practice's data as one file per kind the CSV
/// import reads, so that importing the folder, kind by kind in <see cref="Kinds"/> order, into an
/// empty database gives the same patients, enrollments, consents, minutes and decisions.
/// </summary>
public sealed class ExportCsv(ChronicleDbContext db, AuditTrail audit)
{
    /// <summary>Every kind <see cref="ImportCsv"/> reads, in the order they import (a kind refers to those before it).</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["practice", "staff", "patients", "conditions", "visits", "consents", "enrollments", "time", "services", "careplans", "payers", "coverage"];

    public static string FileName(string kind) => kind + ".csv";

    public async Task<Result<ExportReport>> ExecuteAsync(string folder, string? practiceNpi, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var resolved = await PracticeResolver.ResolveAsync(db, practiceNpi, cancellationToken);
        if (resolved.Value is not { } practice)
        {
            return resolved.Error!;
        }

        var report = new ExportReport(Path.GetFullPath(folder));
        Directory.CreateDirectory(report.Folder);
        var rows = new CsvExportRows(db, practice, report);
        await rows.LoadAsync(cancellationToken);
        foreach (var kind in Kinds)
        {
            var (layout, source) = Of(kind, rows);
            report.Wrote(kind, await WriteAsync(Path.Combine(report.Folder, FileName(kind)), layout, source, cancellationToken));
        }

        await File.WriteAllTextAsync(Path.Combine(report.Folder, "README.txt"), Instructions(practice.GroupNpi.Value), new UTF8Encoding(false), cancellationToken);
        var counts = string.Join(", ", report.Rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {r.Value}")));
        await audit.RecordAsync(new AuditEntry(AuditActions.Export, $"csv export of the practice: {counts}", null, practice.Id), cancellationToken);
        return report;
    }

    private static (CsvLayout Layout, IAsyncEnumerable<string?[]> Rows) Of(string kind, CsvExportRows rows) => kind switch
    {
        "practice" => (PracticeCsv.Layout, rows.PracticeAsync()),
        "staff" => (StaffCsv.Layout, rows.StaffAsync()),
        "patients" => (PatientCsv.Layout, rows.PatientsAsync()),
        "conditions" => (ConditionCsv.Layout, rows.ConditionsAsync()),
        "visits" => (VisitCsv.Layout, rows.VisitsAsync()),
        "consents" => (ConsentCsv.Layout, rows.ConsentsAsync()),
        "enrollments" => (EnrollmentCsv.Layout, rows.EnrollmentsAsync()),
        "time" => (TimeCsv.Layout, rows.TimeAsync()),
        "services" => (ServiceCsv.Layout, rows.ServicesAsync()),
        "careplans" => (CarePlanCsv.Layout, rows.CarePlansAsync()),
        "payers" => (PayerCsv.Layout, rows.PayersAsync()),
        "coverage" => (CoverageCsv.Layout, rows.CoverageAsync()),
        _ => throw new InvalidOperationException($"The CSV export does not write the import kind '{kind}' yet."),
    };

    private static async Task<int> WriteAsync(string path, CsvLayout layout, IAsyncEnumerable<string?[]> rows, CancellationToken cancellationToken)
    {
        await using var file = new StreamWriter(path, append: false, new UTF8Encoding(false));
        var csv = new CsvWriter(file);
        await csv.WriteRowAsync(layout.Columns.Select(c => c.Name));
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (row.Length != layout.Columns.Count)
            {
                throw new InvalidOperationException($"The {layout.Kind} export writes {row.Length} fields for {layout.Columns.Count} columns.");
            }

            await csv.WriteRowAsync(row);
            count++;
        }

        return count;
    }

    private static string Instructions(string npi) =>
        "Chronicle CSV export (docs/spec/import-formats.md). Import into an empty database in this order:\n" +
        string.Concat(Kinds.Select(k => $"  chronicle import csv {k} {FileName(k)}{(k == "practice" ? string.Empty : " --practice " + npi)}\n"));
}
