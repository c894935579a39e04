namespace Chronicle.Cli.Hosting;

using System.Globalization;
using System.Text.Json;
using Chronicle.Application.Billing;
using Chronicle.Cli.Commands;

/// <summary>The summary of 'chronicle codes import pfs'.</summary>
internal static partial class CodesOutput
{
    public static async Task<int> WritePfsAsync(CliConsole console, FeeScheduleImportResult result, bool json)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (json)
        {
            await console.Output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                file = result.File,
                year = result.Year,
                codes = result.Codes,
                replaced = result.Replaced,
                conversionFactors = result.ConversionFactors,
                skipped = result.Skipped.OrderByDescending(s => s.Value).Select(s => new { reason = s.Key, rows = s.Value }),
                report = ReportJson(result.Report),
            }, CommonOptions.Json));
            return ExitCode(result.Report);
        }

        var exit = await ImportOutput.WriteAsync(console, result.Report, json: false);
        if (!result.Succeeded)
        {
            return exit;
        }

        var factors = string.Join(", ", result.ConversionFactors.Select(f => f.ToString(CultureInfo.InvariantCulture)));
        await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Loaded the {result.Year} national amounts of {result.Codes:N0} codes from {result.File} (conversion factor {factors})" +
            $"{(result.Replaced > 0 ? $", replacing the {result.Replaced:N0} loaded before" : string.Empty)}."));
        foreach (var (reason, rows) in result.Skipped.OrderByDescending(s => s.Value))
        {
            await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  skipped {rows:N0} {reason}"));
        }

        return exit;
    }
}
