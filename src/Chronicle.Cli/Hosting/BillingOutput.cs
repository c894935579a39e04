namespace Chronicle.Cli.Hosting;

using System.Text;
using System.Text.Json;
using Chronicle.Application.Billing;
using Chronicle.Domain.Billing;
using Chronicle.Interop.Billing;
using Spectre.Console;

/// <summary>
/// Prints scenario decisions: one file as the decision JSON of docs/spec/billing-scenario.md, a folder as a
/// table or (--json) an array of decisions each led by its file name. Problems of invalid files go
/// to standard error, each naming the file and the JSON path, and make the exit code 1.
/// </summary>
internal static class BillingOutput
{
    public static async Task<int> WriteAsync(CliConsole console, ScenarioBatch batch, bool asJson)
    {
        foreach (var file in batch.Files.Where(f => f.Decision is null))
        {
            foreach (var error in file.Errors)
            {
                await console.Error.WriteLineAsync($"error: {file.File}: {error}");
            }
        }

        var decided = batch.Files.Where(f => f.Decision is not null).ToList();
        if (!batch.IsFolder)
        {
            if (decided.Count == 1)
            {
                await console.Output.WriteLineAsync(BillingDecisionJson.ToJson(decided[0].Decision!));
            }
        }
        else if (asJson)
        {
            await console.Output.WriteLineAsync(ToJsonArray(decided));
        }
        else
        {
            RenderTable(console, decided);
        }

        return batch.AllValid ? ExitCodes.Ok : ExitCodes.BusinessError;
    }

    private static string ToJsonArray(List<ScenarioEvaluation> decided)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, BillingDecisionJson.Options))
        {
            writer.WriteStartArray();
            foreach (var file in decided)
            {
                BillingDecisionJson.Write(writer, file.Decision!, [new("file", Path.GetFileName(file.File))]);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void RenderTable(CliConsole console, List<ScenarioEvaluation> decided)
    {
        var table = new Table();
        table.AddColumns("File", "Status", "Lines", "Date of service", "Reasons");
        foreach (var file in decided)
        {
            var decision = file.Decision!;
            table.AddRow(
                Markup.Escape(Path.GetFileName(file.File)),
                decision.Status.ToCode(),
                decision.Claim is { } claim ? string.Join(", ", claim.Lines.Select(l => $"{l.Code} × {l.Units}")) : "-",
                decision.Claim?.DateOfService.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                decision.Reasons.Count == 0 ? "-" : Markup.Escape(string.Join(", ", decision.Reasons.Select(r => r.Code))));
        }

        console.Ansi.Write(table);
    }
}
