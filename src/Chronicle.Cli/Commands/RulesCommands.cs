namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chronicle.Application.Billing;
using Chronicle.Application.Common;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// chronicle rules carry-forward|confirm|status: a year's billing rules as data, carried into the
/// next year and provisional until confirmed (docs/adr/0181-rule-years-carried-forward.md).
/// </summary>
internal static class RulesCommands
{
    public static Command Create(CliRun run)
    {
        var rules = new Command("rules", "The billing rules of each calendar year: built in, or carried forward from the year before.");
        rules.Subcommands.Add(CarryForward(run));
        rules.Subcommands.Add(Confirm(run));
        rules.Subcommands.Add(Status(run));
        return rules;
    }

    private static Command CarryForward(CliRun run)
    {
        var year = new Option<int>("--year") { Description = "The year that gets the year before's rules, e.g. 2027.", Required = true };
        var json = CommonOptions.JsonOption();
        var command = new Command("carry-forward", "Bill a new year under the previous year's rules, unchanged and provisional until confirmed; import the year's fees with 'codes import pfs'.") { year, json };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<CarryForwardRules>().ExecuteAsync(parse.GetValue(year), ct);
            return await WriteAsync(run, result, parse.GetValue(json), v => string.Create(CultureInfo.InvariantCulture,
                $"{v.Year} now bills under {v.CarriedFrom}'s rules, provisional until confirmed with 'chronicle rules confirm --year {v.Year}'. Import CMS's {v.Year} fees with 'chronicle codes import pfs <PPRRVU file> --year {v.Year}'."));
        }, cancellationToken));
        return command;
    }

    private static Command Confirm(CliRun run)
    {
        var year = new Option<int>("--year") { Description = "The carried-forward year whose rules were checked against CMS's final rule.", Required = true };
        var json = CommonOptions.JsonOption();
        var command = new Command("confirm", "Confirm a carried-forward year's rules, so that its decisions are no longer provisional.") { year, json };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<ConfirmRules>().ExecuteAsync(parse.GetValue(year), ct);
            return await WriteAsync(run, result, parse.GetValue(json), v => string.Create(CultureInfo.InvariantCulture,
                $"{v.Year}'s rules (carried forward from {v.CarriedFrom}) are confirmed."));
        }, cancellationToken));
        return command;
    }

    private static Command Status(CliRun run)
    {
        var json = CommonOptions.JsonOption();
        var command = new Command("status", "List the years Chronicle can bill, where their rules come from and whether their fees are loaded.") { json };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var years = await services.GetRequiredService<ListRuleYears>().ExecuteAsync(ct);
            if (parse.GetValue(json))
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(years, CommonOptions.Json));
                return ExitCodes.Ok;
            }

            foreach (var y in years)
            {
                var rules = y.BuiltIn ? "built in" : string.Create(CultureInfo.InvariantCulture, $"carried forward from {y.CarriedFrom}{(y.Provisional ? ", provisional" : ", confirmed")}");
                var fees = y.FeesImported ? "fees imported" : y.HasFees ? "built-in fees" : "no fees (import with 'chronicle codes import pfs')";
                await run.Console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{y.Year}: {rules}; {fees}"));
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static async Task<int> WriteAsync(CliRun run, Result<RuleYearView> result, bool json, Func<RuleYearView, string> text)
    {
        if (result.Value is not { } view)
        {
            return run.Fail(result.Error!.ToString());
        }

        await run.Console.Output.WriteLineAsync(json ? JsonSerializer.Serialize(view, CommonOptions.Json) : text(view));
        return ExitCodes.Ok;
    }
}
