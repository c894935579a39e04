namespace Chronicle.Cli.Commands;

using System.CommandLine;
using Chronicle.Application.CarePlans;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

/// <summary>chronicle careplan export --mrn MRN --format pdf|json --out FILE [--practice NPI].</summary>
internal static class CarePlanCommands
{
    public static Command Create(CliRun run)
    {
        var command = new Command("careplan", "Work with patients' care plans.");
        command.Subcommands.Add(Export(run));
        return command;
    }

    private static Command Export(CliRun run)
    {
        var mrn = new Option<string>("--mrn") { Description = "The patient's medical record number.", Required = true };
        var format = new Option<string>("--format") { Description = "pdf (the patient's plain-language copy) or json (the structured plan).", Required = true };
        format.AcceptOnlyFromAmong("pdf", "json");
        var output = new Option<FileInfo>("--out") { Description = "The file to write.", Required = true };
        var practice = CommonOptions.PracticeOption();
        var command = new Command("export", "Write the patient's active (signed) care plan to a file.") { mrn, format, output, practice };

        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var kind = parse.GetValue(format) == "json" ? CarePlanExportFormat.Json : CarePlanExportFormat.Pdf;
            var result = await services.GetRequiredService<ExportCarePlan>()
                .ByMrnAsync(parse.GetValue(mrn)!, parse.GetValue(practice), kind, ct);
            if (result.Value is not { } export)
            {
                return run.Fail(result.Error!.ToString());
            }

            var file = parse.GetValue(output)!;
            try
            {
                await File.WriteAllBytesAsync(file.FullName, export.Bytes, ct);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return run.Fail($"{file.FullName}: the file could not be written ({ex.Message}).");
            }

            await run.Console.Output.WriteLineAsync($"Wrote care plan version {export.Version} to {file.FullName}.");
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
