namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chronicle.Application.Outreach;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

/// <summary>chronicle outreach list [--json]: the enrollment call list, what is due first (ADR 0245).</summary>
internal static class OutreachCommands
{
    public static Command Create(CliRun run)
    {
        var json = CommonOptions.JsonOption();
        var list = new Command("list", "The call list of eligible patients not enrolled: call-backs due first, then calls due, then later ones.") { json };
        list.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<GetCallList>().ExecuteAsync(null, ct);
            if (result.Value is not { } calls)
            {
                return run.Fail(result.Error!.ToString());
            }

            if (parse.GetValue(json))
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(calls.Rows.Select(ToJson), CommonOptions.Json));
            }
            else
            {
                Render(run.Console, calls);
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return new Command("outreach", "Outreach for enrollment: the call list.") { list };
    }

    private static object ToJson(CallListRow r) => new
    {
        mrn = r.Mrn,
        dueOn = r.Status.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        due = r.Due,
        callBack = r.Status.CallBack,
        careManager = r.Status.CareManager,
        lastOutcome = r.Status.Last?.Outcome,
        reached = r.Status.Reached,
    };

    private static void Render(CliConsole console, CallListView calls)
    {
        var table = new Table().Title($"{Markup.Escape(calls.PracticeName)}: call list on {calls.Today:yyyy-MM-dd}");
        table.AddColumns("Due", "MRN", "Patient", "Care manager", "Last attempt");
        foreach (var r in calls.Rows)
        {
            table.AddRow(
                $"{(r.Status.CallBack ? "call back " : string.Empty)}{r.Status.DueOn:yyyy-MM-dd}",
                Markup.Escape(r.Mrn),
                Markup.Escape(r.Name),
                Markup.Escape(r.Status.CareManager ?? string.Empty),
                Markup.Escape(r.Status.Last?.OutcomeLabel ?? "none yet"));
        }

        console.Ansi.Write(table);
        console.Ansi.WriteLine($"{calls.Rows.Count} patients on the call list; {calls.Rows.Count(r => r.Due)} due today or overdue.");
    }
}
