namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chronicle.Application.Audit;
using Chronicle.Application.Importing;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

/// <summary>chronicle audit verify | list | anchor | key rotate (docs/adr/0070-audit-trail.md).</summary>
internal static class AuditCommands
{
    public static Command Create(CliRun run)
    {
        var audit = new Command("audit", "The audit trail of every read and change of patient data.");
        audit.Subcommands.Add(Verify(run));
        audit.Subcommands.Add(List(run));
        audit.Subcommands.Add(AuditAnchorCommands.Anchor(run));
        audit.Subcommands.Add(AuditAnchorCommands.Key(run));
        return audit;
    }

    private static Command Verify(CliRun run)
    {
        var json = CommonOptions.JsonOption();
        var anchor = new Option<FileInfo?>("--anchor") { Description = "An anchor file ('chronicle audit anchor --out'): every anchored event must still be in the trail with its hash." };
        var command = new Command("verify", "Recompute the hash chain of the whole audit trail; exit 1 naming the first event edited, deleted or reordered.") { anchor, json };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            var (anchors, error) = await AuditAnchorCommands.ReadAsync(parse.GetValue(anchor), ct);
            if (error is not null)
            {
                return run.Fail(error);
            }

            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var asJson = parse.GetValue(json);
            IImportProgress progress = asJson ? NoProgress.Instance : new ProgressDisplay(run.Console);
            var result = await services.GetRequiredService<VerifyAuditTrail>().ExecuteAsync(anchors, progress, ct);
            return await AuditOutput.WriteVerificationAsync(run.Console, result, asJson);
        }, cancellationToken));
        return command;
    }

    private static Command List(CliRun run)
    {
        var patient = new Option<string?>("--patient") { Description = "Only events about the patient with this MRN." };
        var user = new Option<string?>("--user") { Description = "Only events by this user (user id or name, as recorded)." };
        var action = new Option<string?>("--action") { Description = $"Only this action: {string.Join(", ", AuditActions.All)}; or '{AuditActions.SecurityGroup}' for every security event." };
        var from = new Option<string?>("--from") { Description = "Only events on or after this UTC day (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Only events on or before this UTC day (YYYY-MM-DD)." };
        var before = new Option<long?>("--before") { Description = "Only events older than this sequence number (the next page)." };
        var limit = new Option<int>("--limit") { Description = $"Events to show, newest first (at most {ListAuditEvents.MaxPageSize}).", DefaultValueFactory = _ => ListAuditEvents.DefaultPageSize };
        var json = CommonOptions.JsonOption();
        var command = new Command("list", "Show audit events, newest first, filtered by patient, user, action and period.")
        {
            patient, user, action, from, to, before, limit, json,
        };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            if (!TryDate(parse.GetValue(from), out var fromDate) || !TryDate(parse.GetValue(to), out var toDate))
            {
                return run.Fail($"--from and --to take a date in the form YYYY-MM-DD (got '{parse.GetValue(from)}', '{parse.GetValue(to)}').");
            }

            if (parse.GetValue(limit) is < 1 or > ListAuditEvents.MaxPageSize)
            {
                return run.Fail(string.Create(CultureInfo.InvariantCulture, $"--limit must be between 1 and {ListAuditEvents.MaxPageSize}."));
            }

            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var query = new AuditQuery(parse.GetValue(patient), parse.GetValue(user), parse.GetValue(action), fromDate, toDate, parse.GetValue(before), parse.GetValue(limit));
            var result = await services.GetRequiredService<ListAuditEvents>().ExecuteAsync(query, ct);
            if (result.Value is not { } page)
            {
                return run.Fail(result.Error!.ToString());
            }

            if (parse.GetValue(json))
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(new { events = page.Rows, olderBefore = page.OlderBefore }, CommonOptions.Json));
            }
            else
            {
                AuditOutput.RenderEvents(run.Console, page);
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }
}
