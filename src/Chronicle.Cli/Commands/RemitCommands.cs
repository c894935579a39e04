namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Text.Json;
using Chronicle.Application.Remittance;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

/// <summary>chronicle remit import FILE… | remit poll [--json]: the clearinghouse's 999, 277CA and 835 files (ADR 0228).</summary>
internal static class RemitCommands
{
    public static Command Create(CliRun run)
    {
        var command = new Command("remit", "Read what the clearinghouse sends back: 999 and 277CA acknowledgments and 835 remittances.");
        command.Subcommands.Add(Import(run));
        command.Subcommands.Add(Poll(run));
        return command;
    }

    private static Command Import(CliRun run)
    {
        var files = new Argument<string[]>("files") { Description = "999, 277CA or 835 files, recognised by their content.", Arity = ArgumentArity.OneOrMore };
        var json = CommonOptions.JsonOption();
        var practice = CommonOptions.PracticeOption();
        var command = new Command("import", "Import 999, 277CA and 835 files: kept, applied once (by content), each in one transaction.") { files, json, practice };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            var inputs = new List<ResponseInput>();
            foreach (var path in parse.GetValue(files)!)
            {
                var full = Path.GetFullPath(path);
                if (!File.Exists(full))
                {
                    await run.Console.Error.WriteLineAsync($"error: {path}: no such file.");
                    return ExitCodes.Usage;
                }

                inputs.Add(new ResponseInput(full, await File.ReadAllBytesAsync(full, ct)));
            }

            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<ImportResponses>().ExecuteAsync(inputs, parse.GetValue(practice), ct);
            if (result.Value is not { } imported)
            {
                return run.Fail(result.Error!.ToString());
            }

            return await ReportAsync(run, imported, 0, parse.GetValue(json));
        }, cancellationToken));
        return command;
    }

    private static Command Poll(CliRun run)
    {
        var json = CommonOptions.JsonOption();
        var practice = CommonOptions.PracticeOption();
        var command = new Command("poll", "Fetch new files from the clearinghouse's download folder (Clearinghouse settings) and import them; files received before are skipped.") { json, practice };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<PollResponses>().ExecuteAsync(parse.GetValue(practice), ct);
            if (result.Value is not { } poll)
            {
                return run.Fail(result.Error!.ToString());
            }

            return await ReportAsync(run, poll.Files, poll.AlreadyReceived, parse.GetValue(json));
        }, cancellationToken));
        return command;
    }

    /// <summary>Every file's kind, whether it was applied and its messages; exit 1 when a file could not be applied.</summary>
    private static async Task<int> ReportAsync(CliRun run, IReadOnlyList<ResponseImport> files, int alreadyReceived, bool json)
    {
        var refused = files.Any(f => !f.Applied && f.Kind != "duplicate");
        if (json)
        {
            await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(new { alreadyReceived, files }, CommonOptions.Json));
            return refused ? ExitCodes.BusinessError : ExitCodes.Ok;
        }

        if (alreadyReceived > 0)
        {
            await run.Console.Output.WriteLineAsync($"{alreadyReceived} file(s) in the download folder were received before; skipped.");
        }

        if (files.Count == 0)
        {
            await run.Console.Output.WriteLineAsync("No new files.");
        }

        foreach (var file in files)
        {
            var verdict = file.Kind == "duplicate" ? "already received" : file.Applied ? "applied" : "NOT applied";
            await run.Console.Output.WriteLineAsync($"{file.Origin} ({file.Kind}): {verdict}");
            foreach (var message in file.Messages)
            {
                await run.Console.Output.WriteLineAsync("  " + message);
            }
        }

        return refused ? ExitCodes.BusinessError : ExitCodes.Ok;
    }
}
