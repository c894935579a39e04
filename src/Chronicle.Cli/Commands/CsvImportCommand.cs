namespace Chronicle.Cli.Commands;

using System.CommandLine;
using Chronicle.Application.Database;
using Chronicle.Application.Importing;
using Chronicle.Cli.Hosting;
using Chronicle.Data;
using Microsoft.Extensions.DependencyInjection;

/// <summary>chronicle import csv &lt;kind&gt; &lt;file&gt; [--partial] [--json] [--practice NPI] [--ignore-extra]</summary>
internal static class CsvImportCommand
{
    public static Command Create(CliRun run)
    {
        var kinds = string.Join(", ", ImportCsv.Kinds);
        var kind = new Argument<string>("kind") { Description = $"What the file holds: {kinds}." };
        kind.AcceptOnlyFromAmong([.. ImportCsv.Kinds]);
        var file = new Argument<string>("file") { Description = "The CSV file: UTF-8, one header row, columns as in the import-formats spec." };
        var partial = new Option<bool>("--partial") { Description = "Write the good rows of a file that has bad ones (by default a bad row stops the whole file)." };
        var ignoreExtra = new Option<bool>("--ignore-extra") { Description = "Skip columns the kind does not have instead of rejecting the file." };
        var json = CommonOptions.JsonOption();
        var practice = CommonOptions.PracticeOption();
        var command = new Command("csv", $"Import a CSV file of one kind ({kinds}) into the practice.")
        {
            kind, file, partial, ignoreExtra, json, practice,
        };

        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            var path = parse.GetValue(file)!;
            var asJson = parse.GetValue(json);
            FileStream stream;
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return run.Fail($"{path}: cannot be read ({ex.Message}).");
            }

            await using (stream)
            {
                await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
                var request = new CsvImportRequest(parse.GetValue(kind)!, path, parse.GetValue(partial), parse.GetValue(ignoreExtra), parse.GetValue(practice));

                // With --json on a terminal the bar would share stdout with the JSON; keep stdout clean.
                IImportProgress progress = asJson ? NoProgress.Instance : new ProgressDisplay(run.Console);
                var result = await services.GetRequiredService<ImportCsv>().ExecuteAsync(request, stream, progress, ct);
                return result.Value is { } report
                    ? await ImportOutput.WriteAsync(run.Console, report, asJson)
                    : run.Fail(result.Error!.ToString());
            }
        }, cancellationToken));
        return command;
    }
}
