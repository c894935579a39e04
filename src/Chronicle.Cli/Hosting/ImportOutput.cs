namespace Chronicle.Cli.Hosting;

using System.Text.Json;
using Chronicle.Application.Importing;
using Chronicle.Cli.Commands;

/// <summary>
/// Prints an import's summary and issues the same way for every import command: a readable
/// summary, or with --json one object. Exit code 1 when anything was rejected.
/// </summary>
internal static class ImportOutput
{
    public static async Task<int> WriteAsync(CliConsole console, ImportReport report, bool json)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (json)
        {
            await console.Output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                files = report.Files,
                read = report.Read,
                created = report.Created,
                updated = report.Updated,
                unchanged = report.Unchanged,
                rejected = report.Rejected,
                skipped = report.Skipped,
                filesNotWritten = report.FilesNotWritten,
                warnings = report.Warnings,
                issues = report.Issues.Select(i => new { file = i.File, line = i.Line, field = i.Field, reason = i.Reason }),
            }, CommonOptions.Json));
        }
        else
        {
            foreach (var issue in report.Issues)
            {
                await console.Error.WriteLineAsync($"error: {issue}");
            }

            foreach (var warning in report.Warnings)
            {
                await console.Error.WriteLineAsync($"warning: {warning}");
            }

            await console.Output.WriteLineAsync(
                $"{report.Files} file(s): read {report.Read}, created {report.Created}, updated {report.Updated}, " +
                $"unchanged {report.Unchanged}, rejected {report.Rejected}, skipped {report.Skipped}.");
            if (report.FilesNotWritten > 0)
            {
                await console.Output.WriteLineAsync(
                    $"{report.FilesNotWritten} file(s) had errors and nothing from them was written; fix them, or import their good rows with --partial.");
            }
        }

        return report.HasIssues ? ExitCodes.BusinessError : ExitCodes.Ok;
    }
}
