namespace Chronicle.IntegrationTests.Claims;

using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>chronicle import csv services: idempotent, all-or-nothing, errors by file, line and column.</summary>
public sealed class ServicesImportTests
{
    private const string Header = "mrn,code,date,npi,source\n";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Services_import_once_and_a_second_import_changes_nothing_while_a_new_source_updates(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider, withTime: false);
        var path = world.Files.Write("services.csv", Header + $"CL1001,99490,2026-03-20,{ClaimsWorld.OtherNpi},Fax\nCL1002,G0181,2026-03-02,{ClaimsWorld.DoctorNpi},\n");

        var first = CsvFiles.Json(await CsvFiles.ImportAsync(world.Database, "services", path, "--json"));
        var second = CsvFiles.Json(await CsvFiles.ImportAsync(world.Database, "services", path, "--json"));
        var changed = world.Files.Write("services2.csv", Header + $"CL1001,99490,2026-03-20,{ClaimsWorld.OtherNpi},Phone call\n");
        var third = CsvFiles.Json(await CsvFiles.ImportAsync(world.Database, "services", changed, "--json"));

        Assert.Equal((2, 0), (CsvFiles.Count(first, "created"), CsvFiles.Count(first, "unchanged")));
        Assert.Equal((0, 2), (CsvFiles.Count(second, "created"), CsvFiles.Count(second, "unchanged")));
        Assert.Equal((0, 1), (CsvFiles.Count(third, "created"), CsvFiles.Count(third, "updated")));
        await using var db = world.Database.NewContext();
        var services = await db.OtherBilledServices.AsNoTracking().OrderBy(s => s.Date).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([("G0181", 202603, (string?)null), ("99490", 202603, "Phone call")], services.Select(s => (s.Code.Value, s.MonthKey, s.Source)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bad_row_is_named_by_line_and_column_and_nothing_from_the_file_is_written(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider, withTime: false);
        var path = world.Files.Write("services.csv", Header + $"CL1001,99490,2026-03-20,{ClaimsWorld.OtherNpi},\nCL1001,99490,2026-03-21,1234567890,\nCL9999,99490,2026-03-22,{ClaimsWorld.OtherNpi},\n");

        var result = await CsvFiles.ImportAsync(world.Database, "services", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}:3 [npi]", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:4 [mrn]", result.Error, StringComparison.Ordinal);
        await using var db = world.Database.NewContext();
        Assert.Equal(0, await db.OtherBilledServices.CountAsync(TestContext.Current.CancellationToken));
    }
}
