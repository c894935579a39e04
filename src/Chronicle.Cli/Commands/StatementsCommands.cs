namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chronicle.Application.Statements;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

/// <summary>chronicle statements list|mark-sent --month YYYY-MM [--all | --claim ID] [--json]: the patient statements to send and that they were sent.</summary>
internal static class StatementsCommands
{
    public static Command Create(CliRun run)
    {
        var command = new Command("statements", "The month's patient statements: issued from the payer's 835 patient responsibility (deductible, coinsurance, other), estimates before the payer decides (never sent), never for Qualified Medicare Beneficiaries. List them and mark them sent.");
        command.Subcommands.Add(List(run));
        command.Subcommands.Add(MarkSent(run));
        return command;
    }

    private static Option<string> MonthOption() => new("--month") { Description = "The service month, YYYY-MM.", Required = true };

    private static Command List(CliRun run)
    {
        var month = MonthOption();
        var unsent = new Option<bool>("--unsent") { Description = "Only the statements to send (issued from a remittance and not sent yet, or corrected after a withdrawal)." };
        var json = CommonOptions.JsonOption();
        var practice = CommonOptions.PracticeOption();
        var command = new Command("list", "The month's statements with their amounts, their source (the 835 file and trace, or an estimate) and whether and when each was sent.") { month, unsent, json, practice };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            if (!ClaimsCommands.TryMonth(run, parse.GetValue(month), out var parsed, out var failed))
            {
                return failed;
            }

            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<ListStatements>().ExecuteAsync(parsed, parse.GetValue(practice), ct);
            if (result.Value is not { } rows)
            {
                return run.Fail(result.Error!.ToString());
            }

            var shown = parse.GetValue(unsent) ? rows.Where(r => r.ToSend).ToList() : rows.ToList();
            if (parse.GetValue(json))
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(shown, CommonOptions.Json));
                return ExitCodes.Ok;
            }

            // Narrow enough for an 80-column terminal; the breakdown by reason and the 835 file are in --json and the PDF.
            var table = new Table().Title($"Patient statements, {parsed}");
            table.AddColumns("Claim", "MRN", "State", "Amount due", "Source", "Sent");
            foreach (var row in shown)
            {
                table.AddRow(row.ClaimNumber, Markup.Escape(row.Mrn), row.State, ClaimsCommands.Dollars(row.AmountDueCents),
                    Markup.Escape(SourceText(row)),
                    row.SentAt is { } at ? Markup.Escape(at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : "not sent");
            }

            run.Console.Ansi.Write(table);
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static string SourceText(StatementRow row) => row.Remittance is { } remittance
        ? $"835 trace {remittance.Trace ?? "none"}"
        : "estimate";

    private static Command MarkSent(CliRun run)
    {
        var month = MonthOption();
        var all = new Option<bool>("--all") { Description = "Every statement of the month not sent yet." };
        var claim = new Option<string?>("--claim") { Description = "One statement, by its claim's number (C...) or id." };
        var json = CommonOptions.JsonOption();
        var practice = CommonOptions.PracticeOption();
        var command = new Command("mark-sent", "Record that statements were sent: only statements from a remittance, never estimates (marking one again keeps the first record; a withdrawn one is sent again corrected).") { month, all, claim, json, practice };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            if (!ClaimsCommands.TryMonth(run, parse.GetValue(month), out var parsed, out var failed))
            {
                return failed;
            }

            var one = parse.GetValue(claim)?.Trim();
            if (parse.GetValue(all) == (one is not null))
            {
                await run.Console.Error.WriteLineAsync("error: give either --all or --claim ID.");
                return ExitCodes.Usage;
            }

            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var npi = parse.GetValue(practice);
            var listed = await services.GetRequiredService<ListStatements>().ExecuteAsync(parsed, npi, ct);
            if (listed.Value is not { } rows)
            {
                return run.Fail(listed.Error!.ToString());
            }

            var targets = one is null
                ? rows.Where(r => r.ToSend).ToList()
                : rows.Where(r => r.ClaimNumber == one || r.ClaimId.ToString() == one).ToList();
            if (one is not null && targets.Count == 0)
            {
                return run.Fail($"STATEMENT-NOT-FOUND: {parsed} has no statement to send for claim {one}.");
            }

            var sent = new List<object>();
            var mark = services.GetRequiredService<MarkStatementSent>();
            foreach (var target in targets)
            {
                var result = await mark.ExecuteAsync(parsed, target.ClaimId, npi, ct);
                if (result.Error is { } error)
                {
                    return run.Fail(error.ToString());
                }

                sent.Add(new { target.ClaimNumber, target.Mrn, target.AmountDueCents, sentAt = result.Value });
            }

            if (parse.GetValue(json))
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(sent, CommonOptions.Json));
            }
            else
            {
                await run.Console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Marked {sent.Count} statements of {parsed} sent."));
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
