namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Chronicle.Application.Audit;
using Chronicle.Cli.Hosting;
using Chronicle.Data;
using Chronicle.Domain.Audit;
using Microsoft.Extensions.DependencyInjection;

/// <summary>chronicle audit anchor [--out FILE] and chronicle audit key rotate (ADR 0070).</summary>
internal static class AuditAnchorCommands
{
    public static Command Anchor(CliRun run)
    {
        var output = new Option<FileInfo?>("--out") { Description = "Append the anchor line to this file (made if missing) instead of printing it; keep the file where the database's users cannot write." };
        var json = CommonOptions.JsonOption();
        var command = new Command("anchor", "Print the audit chain's head (sequence, hash, time) as an anchor line to keep outside the database.") { output, json };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<AnchorAuditTrail>().ExecuteAsync(ct);
            if (result.Value is not { } anchor)
            {
                return run.Fail(result.Error!.Message);
            }

            if (parse.GetValue(output) is { } file)
            {
                await File.AppendAllTextAsync(file.FullName, anchor.Format() + "\n", Encoding.UTF8, ct);
                await run.Console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Anchored event {anchor.Sequence} (hash {anchor.Hash}) in {file.FullName}."));
            }
            else if (parse.GetValue(json))
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(new { sequence = anchor.Sequence, hash = anchor.Hash, at = anchor.At, line = anchor.Format() }, CommonOptions.Json));
            }
            else
            {
                await run.Console.Output.WriteLineAsync(anchor.Format());
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    /// <summary>Reads --anchor FILE; the error names the file and line.</summary>
    public static async Task<(IReadOnlyList<AuditAnchor> Anchors, string? Error)> ReadAsync(FileInfo? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return ([], null);
        }

        if (!file.Exists)
        {
            return ([], $"--anchor: {file.FullName} does not exist.");
        }

        var (anchors, error) = AuditAnchor.ParseLines(await File.ReadAllLinesAsync(file.FullName, cancellationToken));
        return error is null ? (anchors, null) : ([], $"--anchor {file.FullName}: {error}");
    }

    public static Command Key(CliRun run)
    {
        var key = new Command("key", "The audit trail's signing key.");
        var rotate = new Command("rotate", "Start signing new audit events with a new key in the key file; the old key stays in the file to verify the events it signed.");
        rotate.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            var path = AuditKeyFile.PathFor(services.GetRequiredService<AuditKeySettings>(), services.GetRequiredService<DatabaseOptions>());
            if (path is null)
            {
                return run.Fail("The audit key comes from configuration (Audit:KeyId, Audit:Key) or there is none: set the new key there and move the old one to Audit:RetiredKeys:<id>, or set Audit:KeyFile.");
            }

            var id = AuditKeyFile.Rotate(path);
            await run.Console.Output.WriteLineAsync($"New audit key {id} in {path}; restart the web app so that it signs with it.");
            return ExitCodes.Ok;
        }, cancellationToken));
        key.Subcommands.Add(rotate);
        return key;
    }
}
