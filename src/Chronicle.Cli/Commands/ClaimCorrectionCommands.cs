namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chronicle.Application.Claims;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

/// <summary>chronicle claims correct|void --claim ID [--reference ICN] [--reason TEXT] [--json]: frequency 7 and 8 claims of an exported one.</summary>
internal static class ClaimCorrectionCommands
{
    public static Command Correct(CliRun run) => Create(run, CorrectionKind.Replace, "correct",
        "Replace an exported claim (frequency 7) with what the month bills now; it goes out in the month's next export.");

    public static Command Void(CliRun run) => Create(run, CorrectionKind.Void, "void",
        "Void an exported claim (frequency 8); the void goes out in the month's next export.");

    private static Command Create(CliRun run, CorrectionKind kind, string name, string description)
    {
        var claim = new Option<string>("--claim") { Description = "The exported claim, by its number (C...) or id.", Required = true };
        var reference = new Option<string?>("--reference") { Description = "The payer's claim control number of the original (REF*F8); without it, the original's claim number." };
        var reason = new Option<string?>("--reason") { Description = "Why the claim is corrected; kept as the new claim's note." };
        var json = CommonOptions.JsonOption();
        var practice = CommonOptions.PracticeOption();
        var command = new Command(name, description) { claim, reference, reason, json, practice };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<CorrectClaim>().ExecuteAsync(
                kind, parse.GetValue(claim)!, parse.GetValue(reference), parse.GetValue(reason), parse.GetValue(practice), ct);
            if (result.Value is not { } correction)
            {
                return run.Fail(result.Error!.ToString());
            }

            if (parse.GetValue(json))
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(correction, CommonOptions.Json));
            }
            else
            {
                var verb = kind == CorrectionKind.Void ? "Voided" : "Replaced";
                await run.Console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{verb} {correction.Corrected} by {correction.ClaimNumber} (frequency {correction.Frequency}, original reference {correction.OriginalReference}); it is approved and goes out in the next export of {correction.Month}."));
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
