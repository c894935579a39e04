namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chronicle.Application.Exporting;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

/// <summary>chronicle export csv --out FOLDER (docs/adr/0203-csv-export-a-way-out.md).</summary>
internal static class ExportCommands
{
    public static Command Create(CliRun run)
    {
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write one CSV file per kind into (created if missing; files of the same name are replaced).", Required = true };
        var practice = CommonOptions.PracticeOption();
        var json = CommonOptions.JsonOption();
        var csv = new Command("csv", $"Write the practice's data as the CSV files the import reads ({string.Join(", ", ExportCsv.Kinds)}).") { output, practice, json };
        csv.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<ExportCsv>().ExecuteAsync(parse.GetValue(output)!.FullName, parse.GetValue(practice), ct);
            if (result.Value is not { } report)
            {
                return run.Fail(result.Error!.ToString());
            }

            if (parse.GetValue(json))
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(new { folder = report.Folder, rows = report.Rows, skipped = report.Skipped }, CommonOptions.Json));
                return ExitCodes.Ok;
            }

            var counts = string.Join(", ", report.Rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Value} {r.Key}")));
            await run.Console.Output.WriteLineAsync($"Exported to {report.Folder}: {counts}.");
            foreach (var skipped in report.Skipped)
            {
                await run.Console.Output.WriteLineAsync($"Not in CSV (the FHIR bulk export has them): {skipped}.");
            }

            await run.Console.Output.WriteLineAsync("Import into an empty database in the order of README.txt in the folder.");
            return ExitCodes.Ok;
        }, cancellationToken));

        var export = new Command("export", "Take the practice's data out in open formats.");
        export.Subcommands.Add(csv);
        return export;
    }
}
