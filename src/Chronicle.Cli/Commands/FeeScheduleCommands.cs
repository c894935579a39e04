namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using Chronicle.Application.Billing;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

/// <summary>chronicle codes import pfs; chronicle billing charges set|list.</summary>
internal static class FeeScheduleCommands
{
    public static Command ImportPfs(CliRun run)
    {
        var file = new Argument<string>("file") { Description = "A CMS PFS relative value file in CSV (PPRRVUyy_*.csv), or an extract with the same columns." };
        var year = new Option<int?>("--year") { Description = "The calendar year the amounts apply to, when the file's title and name do not say." };
        var factor = new Option<string?>("--conversion-factor")
        {
            Description = "Use this conversion factor instead of the file's, e.g. 33.5675 for qualifying APM participants in 2026.",
        };
        var json = CommonOptions.JsonOption();
        var command = new Command("pfs", "Load the national fee-schedule amounts of a year (total RVUs × conversion factor, non-facility and facility), replacing that year's.")
        {
            file, year, factor, json,
        };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            decimal? conversionFactor = null;
            if (parse.GetValue(factor) is { } text)
            {
                if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0)
                {
                    await run.Console.Error.WriteLineAsync($"error: --conversion-factor: '{text}' is not a positive number such as 33.4009.");
                    return ExitCodes.Usage;
                }

                conversionFactor = value;
            }

            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<ImportFeeSchedule>()
                .ExecuteAsync(parse.GetValue(file)!, parse.GetValue(year), conversionFactor, ct);
            return await CodesOutput.WritePfsAsync(run.Console, result, parse.GetValue(json));
        }, cancellationToken));
        return command;
    }

    public static Command Charges(CliRun run)
    {
        var charges = new Command("charges", "What the practice charges per code (the line charge of its claims).");
        charges.Subcommands.Add(SetCharge(run));
        charges.Subcommands.Add(ListCharges(run));
        return charges;
    }

    private static Command SetCharge(CliRun run)
    {
        var code = new Argument<string>("code") { Description = "The CPT/HCPCS code, e.g. 99490." };
        var amount = new Argument<string>("amount") { Description = "The practice's charge in dollars, e.g. 95.00." };
        var practice = CommonOptions.PracticeOption();
        var json = CommonOptions.JsonOption();
        var command = new Command("set", "Set the practice's charge for a code.") { code, amount, practice, json };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<SetPracticeCharge>()
                .ExecuteAsync(parse.GetValue(practice), parse.GetValue(code)!, parse.GetValue(amount)!, ct);
            if (result.Error is { } error)
            {
                return run.Fail(error.Message);
            }

            await ChargesOutput.WriteAsync(run.Console, [result.Value!], parse.GetValue(json));
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command ListCharges(CliRun run)
    {
        var practice = CommonOptions.PracticeOption();
        var json = CommonOptions.JsonOption();
        var command = new Command("list", "List the practice's charges.") { practice, json };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<ListPracticeCharges>().ExecuteAsync(parse.GetValue(practice), ct);
            if (result.Error is { } error)
            {
                return run.Fail(error.Message);
            }

            await ChargesOutput.WriteAsync(run.Console, result.Value!, parse.GetValue(json));
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
