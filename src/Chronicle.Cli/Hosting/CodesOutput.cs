namespace Chronicle.Cli.Hosting;

using System.Globalization;
using System.Text.Json;
using Chronicle.Application.Codes;
using Chronicle.Application.Importing;
using Chronicle.Cli.Commands;
using Chronicle.Domain.Codes;

/// <summary>The summaries of the code imports: the common import summary plus what was loaded, or one JSON object.</summary>
internal static partial class CodesOutput
{
    public const string NoIcd10Warning =
        "No ICD-10-CM code set is loaded: codes are checked for their format only, not for existence or billability. " +
        "Load the CMS release with 'chronicle codes import icd10cm <zip>'.";

    public static async Task<int> WriteIcd10Async(CliConsole console, Icd10ImportResult result, bool json)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (json)
        {
            await console.Output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                file = result.File,
                release = result.Release,
                entries = result.Entries,
                billable = result.Billable,
                headers = result.Entries - result.Billable,
                replaced = result.Replaced,
                loadedReleases = result.LoadedReleases.Select(Icd10FiscalYear.Describe),
                report = ReportJson(result.Report),
            }, CommonOptions.Json));
            return ExitCode(result.Report);
        }

        var exit = await ImportOutput.WriteAsync(console, result.Report, json: false);
        if (result.Succeeded)
        {
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Loaded ICD-10-CM {result.Release} from {result.File}: {result.Entries:N0} codes, {result.Billable:N0} billable and {result.Entries - result.Billable:N0} headers" +
                $"{(result.Replaced > 0 ? $" (replacing the {result.Replaced:N0} loaded before)" : string.Empty)}."));
            await console.Output.WriteLineAsync(
                $"Each date of service is checked against the release in force on it; loaded: {string.Join(", ", result.LoadedReleases.Select(Icd10FiscalYear.Describe))}.");
        }

        return exit;
    }

    public static async Task<int> WriteChronicAsync(CliConsole console, ChronicImportResult result, bool json)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (json)
        {
            await console.Output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                file = result.File,
                source = result.Source,
                format = result.Format?.ToString(),
                rules = result.Rules,
                replaced = result.Replaced,
                headersAsPrefixes = result.HeadersAsPrefixes,
                skipped = result.Skipped.OrderByDescending(s => s.Value).Select(s => new { reason = s.Key, rows = s.Value }),
                conditions = new { examined = result.Conditions.Examined, reclassified = result.Conditions.Reclassified, mappedToIcd10 = result.Conditions.MappedToIcd10 },
                report = ReportJson(result.Report),
            }, CommonOptions.Json));
            return ExitCode(result.Report);
        }

        var exit = await ImportOutput.WriteAsync(console, result.Report, json: false);
        if (!result.Succeeded)
        {
            return exit;
        }

        await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Loaded {result.Rules:N0} classification rules as '{result.Source}'" +
            $"{(result.HeadersAsPrefixes > 0 ? $"; {result.HeadersAsPrefixes:N0} codes that are now headers match every code under them" : string.Empty)}."));
        foreach (var (reason, rows) in result.Skipped.OrderByDescending(s => s.Value))
        {
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  skipped {rows:N0} {reason}"));
        }

        await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Conditions: {result.Conditions.Examined:N0} examined, {result.Conditions.Reclassified:N0} reclassified" +
            $"{(result.Conditions.MappedToIcd10 > 0 ? $", {result.Conditions.MappedToIcd10:N0} SNOMED CT conditions given an ICD-10-CM code" : string.Empty)}."));
        return exit;
    }

    private static object ReportJson(ImportReport report) => new
    {
        read = report.Read,
        created = report.Created,
        rejected = report.Rejected,
        skipped = report.Skipped,
        filesNotWritten = report.FilesNotWritten,
        warnings = report.Warnings,
        issues = report.Issues.Select(i => new { file = i.File, line = i.Line, field = i.Field, reason = i.Reason }),
    };

    private static int ExitCode(ImportReport report) => report.HasIssues ? ExitCodes.BusinessError : ExitCodes.Ok;
}
