namespace Chronicle.IntegrationTests.Statements;

using System.Globalization;
using System.Text.Json;
using Chronicle.IntegrationTests.Claims;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Submission;
using Chronicle.Interop.X12;

/// <summary>
/// The steps statements tests share: export the month's approved claims (read back, by MRN), answer
/// them with an 835 (ResponseFiles) imported through 'remit import', and read 'statements list --json'.
/// </summary>
internal static class StatementRemittances
{
    public static async Task<Dictionary<string, ReadClaim>> ExportAsync(ClaimsWorld world)
    {
        var path = world.Files.Write($"claims-{Guid.NewGuid():N}.x12", string.Empty);
        var export = await world.RunAsync("claims", "export", "--month", ClaimsWorld.Month, "--out", path);
        Assert.True(export.ExitCode == 0, export.ToString());
        var read = Claim837Reader.Read(await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken));
        Assert.True(read.IsValid, string.Join("; ", read.Issues));
        var numbers = ClaimsWorld.Json(await world.RunAsync("claims", "list", "--month", ClaimsWorld.Month, "--json")).GetProperty("claims").EnumerateArray()
            .ToDictionary(c => c.GetProperty("claimNumber").GetString()!, c => c.GetProperty("mrn").GetString()!);
        return read.Contents.Claims.ToDictionary(c => numbers[c.ClaimId]);
    }

    /// <summary>Imports an 835 written to a file of this name; it must apply.</summary>
    public static async Task<CliResult> ImportAsync(ClaimsWorld world, string name, string x12)
    {
        var result = await world.RunAsync("remit", "import", world.Files.Write(name, x12));
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    /// <summary>'statements list --json' by MRN.</summary>
    public static async Task<Dictionary<string, JsonElement>> ListAsync(ClaimsWorld world) =>
        ClaimsWorld.Json(await world.RunAsync("statements", "list", "--month", ClaimsWorld.Month, "--json")).EnumerateArray()
            .ToDictionary(r => r.GetProperty("mrn").GetString()!);

    /// <summary>A line with part of the allowed amount going to the deductible (PR-1) and 20 % of the rest as coinsurance (PR-2).</summary>
    public static PaidLine WithDeductible(ReadServiceLine line, decimal deductible)
    {
        var coinsurance = Math.Round((line.Charge.Dollars - deductible) * 0.2m, 2);
        return new PaidLine(line, line.Charge.Dollars - deductible - coinsurance, [("PR", "1", deductible), ("PR", "2", coinsurance)]);
    }

    /// <summary>The reversal (CLP02 22) of a line paid as given: every amount negated.</summary>
    public static PaidLine Reversal(PaidLine paid) => new(paid.Line, -paid.Paid, [.. paid.Adjustments.Select(a => (a.Group, a.Reason, -a.Amount))]);

    public static long Cents(decimal dollars) => (long)Math.Round(dollars * 100m, MidpointRounding.AwayFromZero);

    public static long PatientCents(IEnumerable<PaidLine> lines, string? reason = null) =>
        Cents(lines.SelectMany(l => l.Adjustments).Where(a => a.Group == "PR" && (reason is null || a.Reason == reason)).Sum(a => a.Amount));

    public static string Dollars(long cents) => (cents / 100m).ToString("$#,##0.00", CultureInfo.InvariantCulture);
}
