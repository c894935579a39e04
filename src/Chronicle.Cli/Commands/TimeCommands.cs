namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Text.Json;
using Chronicle.Application.Time;
using Chronicle.Application.Time.Rules;
using Chronicle.Cli.Hosting;
using Chronicle.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

/// <summary>
/// chronicle time summary --month YYYY-MM [--json] [--practice NPI];
/// chronicle time rules [--backdate-days N] [--long-timer-minutes N] [--json] [--practice NPI]
/// </summary>
internal static class TimeCommands
{
    public static Command Create(CliRun run)
    {
        var command = new Command("time", "The time ledger: countable care-management minutes per patient and month.");
        command.Subcommands.Add(Summary(run));
        command.Subcommands.Add(Rules(run));
        return command;
    }

    private static Command Summary(CliRun run)
    {
        var month = new Option<string>("--month") { Description = "The month, YYYY-MM.", Required = true };
        var json = CommonOptions.JsonOption();
        var practice = CommonOptions.PracticeOption();
        var command = new Command("summary", "Countable minutes per patient and program for a month, by performer class, after every exclusion and overlap merge.")
        {
            month, json, practice,
        };

        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            var parsed = BillingMonth.TryParse(parse.GetValue(month));
            if (!parsed.IsValid)
            {
                return run.Fail($"--month: {parsed.Error}");
            }

            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<GetTimeSummary>().ExecuteAsync(parsed.Value, parse.GetValue(practice), ct);
            if (result.Value is not { } summary)
            {
                return run.Fail(result.Error!.ToString());
            }

            if (parse.GetValue(json))
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(summary.Rows, CommonOptions.Json));
            }
            else
            {
                Render(run.Console, summary);
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command Rules(CliRun run)
    {
        var backdate = new Option<int?>("--backdate-days") { Description = "Days back a manual entry may be dated without a reason (0 to 366)." };
        var longTimer = new Option<int?>("--long-timer-minutes") { Description = "Minutes after which a running timer asks before it is saved (10 to 720)." };
        var json = CommonOptions.JsonOption();
        var practice = CommonOptions.PracticeOption();
        var command = new Command("rules", "Show the practice's time rules, or change them with both options.")
        {
            backdate, longTimer, json, practice,
        };

        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            var (days, minutes) = (parse.GetValue(backdate), parse.GetValue(longTimer));
            if (days.HasValue != minutes.HasValue)
            {
                return run.Fail("--backdate-days and --long-timer-minutes are changed together: give both, or neither to show the rules.");
            }

            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var rules = services.GetRequiredService<PracticeTimeRules>();
            var result = days is { } d && minutes is { } m
                ? await rules.SetAsync(parse.GetValue(practice), d, m, ct)
                : await rules.GetAsync(parse.GetValue(practice), ct);
            if (result.Value is not { } view)
            {
                return run.Fail(result.Error!.ToString());
            }

            await run.Console.Output.WriteLineAsync(parse.GetValue(json)
                ? JsonSerializer.Serialize(view, CommonOptions.Json)
                : string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"Back-date limit: {view.BackdateDays} days. Long-timer question after {view.LongTimerMinutes} minutes. Longest entry: {view.MaxEntryMinutes} minutes.{(view.Customized ? string.Empty : " (defaults)")}"));
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static void Render(CliConsole console, TimeSummary summary)
    {
        var table = new Table().Title($"Countable minutes, {summary.Month}");
        table.AddColumns("MRN", "Program", "Clinical staff", "Billing practitioner", "Excluded");
        foreach (var row in summary.Rows)
        {
            table.AddRow(Markup.Escape(row.Mrn), row.Program, Number(row.ClinicalStaffMinutes), Number(row.BillingPractitionerMinutes), Number(row.ExcludedMinutes));
        }

        console.Ansi.Write(table);
        console.Ansi.WriteLine($"{summary.Rows.Count} patient-programs with time in {summary.Month}.");
    }

    private static string Number(int minutes) => minutes.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
