namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chronicle.Application.Remittance;
using Chronicle.Application.Submission;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

/// <summary>chronicle claims submit --month M (ADR 0227) and claims write-off --claim ID --reason TEXT (ADR 0229).</summary>
internal static class ClaimSubmitCommands
{
    public static Command Submit(CliRun run)
    {
        var month = new Option<string>("--month") { Description = "The service month, YYYY-MM.", Required = true };
        var json = CommonOptions.JsonOption();
        var practice = CommonOptions.PracticeOption();
        var command = new Command("submit", "Send the month's approved claims to the clearinghouse (Clearinghouse settings: a folder or SFTP); a claim is never sent twice.") { month, json, practice };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            if (!ClaimsCommands.TryMonth(run, parse.GetValue(month), out var parsed, out var failed))
            {
                return failed;
            }

            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<SubmitClaims>().ExecuteAsync(parsed, parse.GetValue(practice), ct);
            if (result.Value is not { } sent)
            {
                return run.Fail(result.Error!.ToString());
            }

            if (parse.GetValue(json))
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(sent, CommonOptions.Json));
            }
            else
            {
                await run.Console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Submitted {sent.Claims.Count} claims of {sent.Month} as {sent.FileName} by {sent.Transport} (control number {sent.ControlNumber}, charges {ClaimsCommands.Dollars(sent.ChargeCents)})."));
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    public static Command WriteOff(CliRun run)
    {
        var claim = new Option<string>("--claim") { Description = "The rejected or denied claim, by its number (C...) or id.", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why the practice stops pursuing it (kept with the claim).", Required = true };
        var practice = CommonOptions.PracticeOption();
        var command = new Command("write-off", "Stop pursuing a rejected or denied claim, with a reason.") { claim, reason, practice };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<WriteOffClaim>().ExecuteAsync(parse.GetValue(claim)!, parse.GetValue(reason), parse.GetValue(practice), ct);
            if (result.Value is not { } number)
            {
                return run.Fail(result.Error!.ToString());
            }

            await run.Console.Output.WriteLineAsync($"Claim {number} written off.");
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
