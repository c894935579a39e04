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
        "Correct an approved or exported claim: unlocks the patient-month's time for the change and re-runs the engine; an exported claim gets a replacement (frequency 7), an approved one goes back to review. Close the month again after entering the time, then approve and export.");

    public static Command Void(CliRun run) => Create(run, CorrectionKind.Void, "void",
        "Void an exported claim (frequency 8); the void goes out in the month's next export.");

    private static string Describe(CorrectionKind kind, ClaimCorrection correction)
    {
        if (kind == CorrectionKind.Void)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"Voided {correction.Corrected} by {correction.ClaimNumber} (frequency 8, original reference {correction.OriginalReference}); it is approved and goes out in the next export of {correction.Month}.");
        }

        var what = correction.ClaimNumber == correction.Corrected
            ? $"Reopened {correction.Corrected} (approved, never sent); it is {correction.Status} again"
            : string.Create(CultureInfo.InvariantCulture, $"Replaced {correction.Corrected} by {correction.ClaimNumber} (frequency 7, original reference {correction.OriginalReference}), {correction.Status}");
        var time = correction.TimeUnlocked ? "the patient's time in the month is unlocked for the change" : "the patient's time in the month was not locked";
        return $"{what}; {time}. Enter the time, close {correction.Month} again, then approve and export the claim.";
    }

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
                await run.Console.Output.WriteLineAsync(Describe(kind, correction));
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
