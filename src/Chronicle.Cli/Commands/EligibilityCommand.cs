namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chronicle.Application.Eligibility;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

/// <summary>chronicle eligibility [--as-of YYYY-MM-DD] [--json] (docs/spec/import-formats.md).</summary>
internal static class EligibilityCommand
{
    public static Command Create(CliRun run)
    {
        var asOf = new Option<string?>("--as-of") { Description = "The date to judge on (YYYY-MM-DD); today in the practice's time zone by default." };
        var json = CommonOptions.JsonOption();
        var practice = CommonOptions.PracticeOption();
        var command = new Command("eligibility", "List every patient with the chronic conditions that count and the programs they qualify for.")
        {
            asOf, json, practice,
        };

        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            DateOnly? date = null;
            if (parse.GetValue(asOf) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return run.Fail($"--as-of '{text}' is not a date in the form YYYY-MM-DD.");
                }

                date = parsed;
            }

            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<ListEligibility>()
                .ExecuteAsync(new EligibilityQuery(date, parse.GetValue(practice)), ct);
            if (result.Value is not { } list)
            {
                return run.Fail(result.Error!.ToString());
            }

            if (parse.GetValue(json))
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(list.Patients.Select(ToJson), CommonOptions.Json));
            }
            else
            {
                Render(run.Console, list);
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static object ToJson(PatientEligibility p) => new
    {
        mrn = p.Mrn,
        chronicConditions = p.ChronicConditions.Select(c => new { code = c.Code, system = c.System, category = c.Category, source = c.Source }),
        ccmEligible = p.CcmEligible,
        pcmEligible = p.PcmEligible,
        enrolled = p.Enrolled,
    };

    private static void Render(CliConsole console, EligibilityList list)
    {
        var table = new Table().Title($"{Markup.Escape(list.PracticeName)}: eligibility on {list.AsOf:yyyy-MM-dd}");
        table.AddColumns("MRN", "Patient", "Chronic conditions", "CCM", "PCM");
        foreach (var p in list.Patients)
        {
            table.AddRow(
                Markup.Escape(p.Mrn),
                Markup.Escape(p.Name),
                Markup.Escape(string.Join("; ", p.ChronicConditions.Select(c => $"{c.Category} ({c.Code})"))),
                p.CcmEligible ? "yes" : "no",
                p.PcmEligible ? "yes" : "no");
        }

        console.Ansi.Write(table);
        console.Ansi.WriteLine(
            $"{list.Patients.Count(p => p.CcmEligible)} of {list.Patients.Count} patients qualify for CCM; {list.Patients.Count(p => p.PcmEligible)} for PCM.");
    }
}
