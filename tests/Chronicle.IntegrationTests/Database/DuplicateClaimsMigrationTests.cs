namespace Chronicle.IntegrationTests.Database;

using System.Data.Common;
using System.Globalization;
using Chronicle.IntegrationTests.Claims;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

/// <summary>
/// The repair in migration <c>Locks</c> (ADR 0166), on both databases: a database is taken back to
/// the migration before the filtered unique index on <c>BillingClaims(DecisionId)</c>, given the
/// duplicate claims racing closes of that version could leave (a second ready claim that was then
/// approved, two blocked claims), and migrated to the latest. One claim per decision stays in force
/// (an approved one before an open one, else the first), the others are set aside as superseded with
/// their lines, no row is lost; the month's next close removes the set-aside claims and says so.
/// </summary>
public sealed class DuplicateClaimsMigrationTests
{
    private const int Superseded = 7;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrating_duplicate_claims_keeps_one_in_force_per_decision_and_loses_no_row(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);

        Guid readyId, approvedId, firstBlocked;
        Guid readyDecision, blockedDecision;
        long claims, lines;
        await using (var db = world.Database.NewContext())
        {
            await db.GetService<IMigrator>().MigrateAsync("Initial", Ct);
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(Ct);
            var sqlite = provider == "sqlite";
            (readyId, readyDecision) = await ClaimOfAsync(connection, "CL1001", status: 1);
            var (blockedId, decision) = await ClaimOfAsync(connection, "CL1002", status: 3);
            blockedDecision = decision;

            approvedId = Guid.NewGuid();
            await CopyClaimAsync(connection, sqlite, readyId, Guid.NewGuid(), "DUP1", status: 1);
            await CopyClaimAsync(connection, sqlite, readyId, approvedId, "DUP2", status: 4);
            await CopyClaimAsync(connection, sqlite, blockedId, Guid.NewGuid(), "DUP3", status: 3);
            firstBlocked = Guid.Parse(Convert.ToString(await ScalarAsync(connection, """SELECT "Id" FROM "BillingClaims" WHERE "DecisionId" = @p0 ORDER BY "Id" LIMIT 1""", Key(sqlite, blockedDecision)), CultureInfo.InvariantCulture)!);
            claims = Convert.ToInt64(await ScalarAsync(connection, """SELECT COUNT(*) FROM "BillingClaims" """), CultureInfo.InvariantCulture);
            lines = Convert.ToInt64(await ScalarAsync(connection, """SELECT COUNT(*) FROM "BillingClaimLine" """), CultureInfo.InvariantCulture);
        }

        await using (var db = world.Database.NewContext())
        {
            await db.Database.MigrateAsync(Ct);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(Ct));
            var all = await db.BillingClaims.AsNoTracking().ToListAsync(Ct);
            Assert.Equal(claims, all.Count);
            Assert.Equal(lines, all.Sum(c => c.Lines.Count));
            Assert.All(all.GroupBy(c => c.DecisionId), g => Assert.Single(g, c => (int)c.Status != Superseded));
            Assert.Equal(approvedId, all.Single(c => c.DecisionId == readyDecision && (int)c.Status != Superseded).Id);
            Assert.Equal(firstBlocked, all.Single(c => c.DecisionId == blockedDecision && (int)c.Status != Superseded).Id);
            Assert.Equal(3, all.Count(c => (int)c.Status == Superseded));
            Assert.Contains(all, c => c.Id == readyId && (int)c.Status == Superseded);
        }

        var close = await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month);
        Assert.True(close.ExitCode == 0, close.ToString());
        Assert.Contains("removed 3 duplicate claim(s)", close.Output + close.Error, StringComparison.Ordinal);
        Assert.Contains("CL1001, CL1002", close.Output + close.Error, StringComparison.Ordinal);
        await using (var db = world.Database.NewContext())
        {
            var left = await db.BillingClaims.AsNoTracking().Where(c => c.DecisionId == readyDecision || c.DecisionId == blockedDecision).ToListAsync(Ct);
            Assert.Contains(left, c => c.Id == approvedId);
            Assert.Equal(2, left.Count);
        }
    }

    private static object Key(bool sqlite, Guid id) => sqlite ? id.ToString().ToUpperInvariant() : id;

    private static async Task<(Guid Claim, Guid Decision)> ClaimOfAsync(DbConnection connection, string mrn, int status)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c."Id", c."DecisionId" FROM "BillingClaims" AS c JOIN "Patients" AS p ON p."Id" = c."PatientId"
            WHERE p."Mrn" = @p0 AND c."Status" = @p1
            """;
        Add(command, "@p0", mrn);
        Add(command, "@p1", status);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct), $"{mrn} has no claim in status {status}");
        return (Guid.Parse(reader.GetValue(0).ToString()!), Guid.Parse(reader.GetValue(1).ToString()!));
    }

    /// <summary>A second claim for the same decision, as the old version wrote one: every column copied, a new id and number, its lines copied too.</summary>
    private static async Task CopyClaimAsync(DbConnection connection, bool sqlite, Guid source, Guid copy, string number, int status)
    {
        await CopyRowAsync(connection, sqlite, "BillingClaims", "Id", source, new() { ["Id"] = Key(sqlite, copy), ["ClaimNumber"] = number, ["Status"] = status });
        var lineIds = new List<Guid>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """SELECT "Id" FROM "BillingClaimLine" WHERE "ClaimId" = @p0""";
            Add(command, "@p0", Key(sqlite, source));
            await using var reader = await command.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                lineIds.Add(Guid.Parse(reader.GetValue(0).ToString()!));
            }
        }

        Assert.NotEmpty(lineIds);
        foreach (var line in lineIds)
        {
            await CopyRowAsync(connection, sqlite, "BillingClaimLine", "Id", line, new() { ["Id"] = Key(sqlite, Guid.NewGuid()), ["ClaimId"] = Key(sqlite, copy) });
        }
    }

    private static async Task CopyRowAsync(DbConnection connection, bool sqlite, string table, string key, Guid id, Dictionary<string, object> overrides)
    {
        var columns = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = sqlite
                ? $"SELECT name FROM pragma_table_info('{table}')"
                : $"SELECT column_name FROM information_schema.columns WHERE table_name = '{table}' AND table_schema = current_schema()";
            await using var reader = await command.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                columns.Add(reader.GetString(0));
            }
        }

        await using var insert = connection.CreateCommand();
        var values = columns.Select(c => overrides.ContainsKey(c) ? $"@{c}" : $"\"{c}\"");
        insert.CommandText = $"""INSERT INTO "{table}" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) SELECT {string.Join(", ", values)} FROM "{table}" WHERE "{key}" = @source""";
        foreach (var (column, value) in overrides)
        {
            Add(insert, $"@{column}", value);
        }

        Add(insert, "@source", Key(sqlite, id));
        Assert.Equal(1, await insert.ExecuteNonQueryAsync(Ct));
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, object? parameter = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (parameter is not null)
        {
            Add(command, "@p0", parameter);
        }

        return await command.ExecuteScalarAsync(Ct);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
