namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chronicle.Application.Claims;
using Chronicle.Application.MonthClose;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

/// <summary>chronicle billing close --month YYYY-MM [--early] [--json]</summary>
internal static class BillingCloseCommand
{
    public static Command Create(CliRun run)
    {
        var month = new Option<string>("--month") { Description = "The service month, YYYY-MM.", Required = true };
        var early = new Option<bool>("--early") { Description = "Close before the month has ended: bill what has already met a threshold." };
        var json = CommonOptions.JsonOption();
        var practice = CommonOptions.PracticeOption();
        var command = new Command(
            "close",
            "Decide every patient-month of the practice with the rules engine and write the decisions and claims. Running it again changes only what changed; approved and exported claims are left alone.")
        {
            month, early, json, practice,
        };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            if (!ClaimsCommands.TryMonth(run, parse.GetValue(month), out var parsed, out var failed))
            {
                return failed;
            }

            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<CloseMonth>().ExecuteAsync(parsed, parse.GetValue(early), parse.GetValue(practice), ct);
            if (result.Value is not { } closed)
            {
                return run.Fail(result.Error!.ToString());
            }

            // What an earlier version left wrong and this close put right: one line each, on standard
            // error with --json so that the document stays what it was.
            foreach (var repair in closed.Repairs)
            {
                await (parse.GetValue(json) ? run.Console.Error : run.Console.Output).WriteLineAsync($"Repaired {closed.Month}: {repair}.");
            }

            if (parse.GetValue(json))
            {
                var views = closed.Rows.Select(r => DecisionView.Of(r.Mrn, r.Decision, r.Claim)).ToList();
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(views, CommonOptions.Json));
                return ExitCodes.Ok;
            }

            foreach (var row in closed.Rows)
            {
                var view = DecisionView.Of(row.Mrn, row.Decision, row.Claim);
                var lines = view.Claim is null ? "-" : string.Join(" ", view.Claim.Lines.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Code}x{l.Units}")));
                await run.Console.Output.WriteLineAsync($"{view.Mrn} {view.Program} {view.Status} {lines} {string.Join(",", view.Reasons.Select(r => r.Code))}".TrimEnd());
            }

            var t = closed.Tally;
            await run.Console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Closed {closed.Month}: {closed.Rows.Count} patient-months; {t.Created} new, {t.Updated} changed, {t.Unchanged} unchanged, {t.Locked} already approved or exported."));
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
