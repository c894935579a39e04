namespace Chronicle.Cli.Commands;

using System.CommandLine;
using Chronicle.Application.Importing;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// chronicle import fhir &lt;file|folder&gt; [--partial] [--json] [--practice NPI], and the other
/// import kinds (csv) that their own files create and pass in (docs/spec/import-formats.md).
/// </summary>
internal static class ImportCommands
{
    public static Command Create(CliRun run, params Command[] more)
    {
        ArgumentNullException.ThrowIfNull(more);
        var import = new Command("import", "Import patients, conditions, visits and more from FHIR R4 or CSV files.");
        import.Subcommands.Add(CreateFhir(run));
        foreach (var command in more)
        {
            import.Subcommands.Add(command);
        }

        return import;
    }

    private static Command CreateFhir(CliRun run)
    {
        var path = new Argument<string>("path") { Description = "A FHIR Bundle (.json) or NDJSON (.ndjson, .jsonl) file, or a folder of them." };
        var partial = new Option<bool>("--partial") { Description = "Import the good resources of a file that has bad ones (otherwise nothing from that file is written)." };
        var json = CommonOptions.JsonOption();
        var practice = CommonOptions.PracticeOption();
        var command = new Command("fhir", "Import FHIR R4 Bundles (transaction, batch, collection) or NDJSON into the practice.")
        {
            path, partial, json, practice,
        };

        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var asJson = parse.GetValue(json);
            IImportProgress progress = asJson ? NoProgress.Instance : new ProgressDisplay(run.Console);
            var request = new FhirImportRequest(parse.GetValue(path)!, parse.GetValue(partial), parse.GetValue(practice));
            var result = await services.GetRequiredService<ImportFhir>().ExecuteAsync(request, progress, ct);
            return result.Value is { } report
                ? await ImportOutput.WriteAsync(run.Console, report, asJson)
                : run.Fail(result.Error!.ToString());
        }, cancellationToken));
        return command;
    }
}
