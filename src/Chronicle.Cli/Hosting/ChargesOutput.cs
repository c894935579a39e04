namespace Chronicle.Cli.Hosting;

using System.Globalization;
using System.Text.Json;
using Chronicle.Application.Billing;
using Chronicle.Cli.Commands;
using Spectre.Console;

/// <summary>Practice charges as a table, or a JSON array of { code, amount, updatedAt, updatedBy }.</summary>
internal static class ChargesOutput
{
    public static async Task WriteAsync(CliConsole console, IReadOnlyList<PracticeChargeView> charges, bool json)
    {
        if (json)
        {
            await console.Output.WriteLineAsync(JsonSerializer.Serialize(
                charges.Select(c => new { code = c.Code, amount = c.Amount.ToPlainString(), updatedAt = c.UpdatedAt, updatedBy = c.UpdatedBy }),
                CommonOptions.Json));
            return;
        }

        if (charges.Count == 0)
        {
            await console.Output.WriteLineAsync("No charges are set; set one with 'chronicle billing charges set CODE AMOUNT'.");
            return;
        }

        var table = new Table();
        table.AddColumns("Code", "Charge", "Set (UTC)", "By");
        foreach (var charge in charges)
        {
            table.AddRow(charge.Code, charge.Amount.ToString(), charge.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Markup.Escape(charge.UpdatedBy));
        }

        console.Ansi.Write(table);
    }
}
