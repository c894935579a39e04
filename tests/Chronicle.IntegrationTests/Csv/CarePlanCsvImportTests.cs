namespace Chronicle.IntegrationTests.Csv;

using Chronicle.Domain.CarePlans;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>The careplans kind (ADR 0240): bad rows and refused steps name file, line and column, and nothing of the plan is written.</summary>
public sealed class CarePlanCsvImportTests
{
    private const string Header = "mrn,version,section,item,field,value";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_values_and_unknown_fields_name_file_line_and_column_and_write_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice", "staff", "patients");
        var path = files.Write("careplans.csv", $"""
            {Header}
            LK1001,1,plan,1,expected-outcome,Stable blood sugar
            LK1001,1,problem,1,description,Type 2 diabetes
            LK1001,1,goal,1,due,next spring
            LK1001,1,symptom,1,colour,blue
            LK1001,1,created,1,date,2026-11-02
            LK1001,1,created,1,by-id,staff:LS-02

            """);

        var result = await CsvFiles.ImportAsync(database, "careplans", path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"error: {path}:5 [field]: A symptom has no field 'colour'", result.Error, StringComparison.Ordinal);
        Assert.Contains($"error: {path}:4 [value]: 'next spring' (goal due) is not a calendar date", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await PlansAsync(database));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_step_the_plan_refuses_is_reported_at_its_line_and_the_rest_of_the_file_is_written_with_partial(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var files = new CsvFiles();
        await CsvFiles.ImportFixturesAsync(database, "practice", "staff", "patients");
        var path = files.Write("careplans.csv", $"""
            {Header}
            LK1001,1,problem,1,description,Type 2 diabetes
            LK1001,1,created,1,date,2026-11-02
            LK1001,1,created,1,by-id,staff:LS-02
            LK1001,1,signed,2,date,2026-11-03
            LK1001,1,signed,2,by-id,staff:LS-01
            LK1002,1,problem,1,description,Hypertension
            LK1002,1,created,1,date,2026-11-02

            """);

        var refused = await CsvFiles.ImportAsync(database, "careplans", path);
        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains($"error: {path}:5 [section]: The signed step is refused: The plan lacks required elements", refused.Error, StringComparison.Ordinal);
        Assert.Contains(CarePlanCodes.Incomplete, refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, await PlansAsync(database));

        var partial = await CsvFiles.ImportAsync(database, "careplans", path, "--partial");
        Assert.Contains("created 1", partial.Output, StringComparison.Ordinal);
        Assert.Equal(1, await PlansAsync(database));
        await using var db = database.NewContext();
        var plan = await db.CarePlans.Include(p => p.Versions).Include(p => p.Activities).SingleAsync(Ct);
        Assert.Equal(CarePlanStatus.Draft, plan.Status);
        Assert.Equal("Hypertension", Assert.Single(plan.Latest.Content.Problems).Description);
        Assert.Equal(new DateOnly(2026, 11, 2), Assert.Single(plan.Activities).OnDate);

        var again = await CsvFiles.ImportAsync(database, "careplans", path, "--partial");
        Assert.Contains("unchanged 1", again.Output, StringComparison.Ordinal);
        Assert.Equal(1, await PlansAsync(database));
    }

    private static async Task<int> PlansAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.CarePlans.CountAsync(Ct);
    }
}
