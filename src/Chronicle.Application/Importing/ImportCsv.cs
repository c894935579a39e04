namespace Chronicle.Application.Importing;

using Chronicle.Application.Audit;
using Chronicle.Application.Codes;
using Chronicle.Application.Common;
using Chronicle.Application.Importing.Csv;
using Chronicle.Application.Practices;
using Chronicle.Application.Security;
using Chronicle.Application.Time;
using Chronicle.Data;
using Chronicle.Domain.Practices;

/// <summary>
/// chronicle import csv &lt;kind&gt; &lt;file&gt; (docs/spec/import-formats.md): reads one CSV file of
/// practices, staff, patients, conditions, visits, enrollments, consents, time, services, care plans, payers or coverage, checks every row before anything is written,
/// and writes the file in one transaction as idempotent upserts by each kind's natural key.
/// A file with bad rows writes nothing unless <see cref="CsvImportRequest.Partial"/>; then its good rows.
/// </summary>
public sealed class ImportCsv(ChronicleDbContext db, ReferenceCodes codes, AuditTrail audit, TimeProvider clock, IActorContext actors)
{
    public const string UnknownKindCode = "CSV-KIND-UNKNOWN";

    /// <summary>The kinds this import reads, as the command line spells them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["practice", "staff", "patients", "conditions", "visits", "enrollments", "consents", "time", "services", "careplans", "payers", "coverage"];

    public async Task<Result<ImportReport>> ExecuteAsync(CsvImportRequest request, Stream content, IImportProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(progress);
        var kind = request.Kind.Trim().ToLowerInvariant();
        if (!Kinds.Contains(kind))
        {
            return new BusinessError(UnknownKindCode, $"'{request.Kind}' is not a CSV kind; use one of {string.Join(", ", Kinds)}.");
        }

        // Practices and staff sign-ins are the administrator's, payers and coverage the billing office's;
        // the clinical and billing records need ImportRecords.
        var needs = kind switch
        {
            "practice" or "staff" => Capability.ManageUsers,
            "payers" or "coverage" => Capability.ManagePayers,
            _ => Capability.ImportRecords,
        };
        if (!actors.Current.Allows(needs))
        {
            return Permissions.Refusal(needs);
        }

        var report = new ImportReport();
        ICsvFileImport import;
        if (kind == "practice")
        {
            import = new PracticeCsvImport(db, request.FileName, report);
        }
        else
        {
            var resolved = await PracticeResolver.ResolveAsync(db, request.PracticeNpi, cancellationToken);
            if (resolved.Value is not { } practice)
            {
                return resolved.Error!;
            }

            if (actors.Current.PracticeId is { } own && own != practice.Id)
            {
                return Permissions.Refusal(needs);
            }

            import = await CreateAsync(kind, practice, request.FileName, report, cancellationToken);
        }

        await import.RunAsync(content, request, progress, audit, cancellationToken);
        return report;
    }

    private async Task<ICsvFileImport> CreateAsync(string kind, Practice practice, string fileName, ImportReport report, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case "staff":
                return new StaffCsvImport(db, practice, fileName, report);
            case "patients":
                return new PatientCsvImport(db, practice, practice.TimeZone.LocalDateOf(clock.GetUtcNow()), fileName, report);
            case "conditions":
                // The release in force today: a condition recorded now is billed under it.
                var codeSet = await codes.LoadIcd10Async(practice.TimeZone.LocalDateOf(clock.GetUtcNow()), cancellationToken);
                if (!codeSet.IsLoaded)
                {
                    report.AddWarning(ReferenceCodes.NoIcd10Warning);
                }

                return new ConditionCsvImport(db, practice, codeSet, await codes.LoadClassifierAsync(cancellationToken), fileName, report);
            case "time":
                return new TimeCsvImport(db, practice, await TimePolicies.OfAsync(db, practice.Id, cancellationToken), TimePolicies.ImportedBy(actors.Current, clock.GetUtcNow()), fileName, report);
            case "enrollments":
                return new EnrollmentCsvImport(db, practice, practice.TimeZone.LocalDateOf(clock.GetUtcNow()), fileName, report);
            case "services":
                return new ServiceCsvImport(db, practice, fileName, report);
            case "careplans":
                return new CarePlanCsvImport(db, practice, fileName, report);
            case "payers":
                return new PayerCsvImport(db, practice, fileName, report);
            case "coverage":
                return new CoverageCsvImport(db, practice, fileName, report);
            case "consents":
                return new ConsentCsvImport(db, practice, practice.TimeZone.LocalDateOf(clock.GetUtcNow()), fileName, report);
            default:
                return new VisitCsvImport(db, practice, fileName, report);
        }
    }
}

/// <param name="Kind">One of <see cref="ImportCsv.Kinds"/>.</param>
/// <param name="FileName">How issues name the file (the path as the user gave it).</param>
/// <param name="Partial">Write the good rows of a file that has bad ones.</param>
/// <param name="IgnoreExtra">Skip columns the kind does not have instead of rejecting the file.</param>
/// <param name="PracticeNpi">The practice to import into, by group NPI; the only one when null.</param>
public sealed record CsvImportRequest(string Kind, string FileName, bool Partial = false, bool IgnoreExtra = false, string? PracticeNpi = null);
