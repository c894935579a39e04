namespace Chronicle.Cli.Commands;

using System.CommandLine;
using Chronicle.Application.Billing;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

/// <summary>chronicle billing evaluate (docs/spec/billing-scenario.md), chronicle billing charges.</summary>
internal static class BillingCommands
{
    public static Command Create(CliRun run)
    {
        var billing = new Command("billing", "Monthly care-management billing: the rules engine and its decisions.");
        billing.Subcommands.Add(Evaluate(run));
        billing.Subcommands.Add(BillingCloseCommand.Create(run));
        billing.Subcommands.Add(FeeScheduleCommands.Charges(run));
        return billing;
    }

    private static Command Evaluate(CliRun run)
    {
        var path = new Argument<string>("path") { Description = "A billing scenario (.json) or a folder of them." };
        var json = CommonOptions.JsonOption();
        var command = new Command(
            "evaluate",
            "Decide one patient-month from a scenario file, without a database: prints the decision as JSON. For a folder, one result per *.json (a table, or a JSON array with --json).")
        {
            path,
            json,
        };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            var result = await services.GetRequiredService<EvaluateBillingScenarios>().ExecuteAsync(parse.GetValue(path)!, ct);
            if (result.Error is { } error)
            {
                return run.Fail(error.Message);
            }

            return await BillingOutput.WriteAsync(run.Console, result.Value!, parse.GetValue(json));
        }, cancellationToken));
        return command;
    }
}
