namespace Chronicle.IntegrationTests.Audit;

using System.Text.Json;
using Chronicle.Data;
using Chronicle.Domain.Audit;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>Reads the trail straight from the database, tampers with it in raw SQL, and runs 'chronicle audit verify'.</summary>
internal static class AuditData
{
    /// <summary>The CLI operator as CliRun records them.</summary>
    public static string CliActorId => "cli:" + Environment.UserName;

    public static async Task<List<AuditEvent>> EventsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return await db.AuditEvents.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Raw SQL, as someone with database access would tamper; identifiers are quoted the same way on both providers.</summary>
    public static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using var db = database.NewContext();
        await db.Database.ExecuteSqlRawAsync(sql, TestContext.Current.CancellationToken);
    }

    public static async Task<(CliResult Result, JsonElement Json)> VerifyAsync(TestDatabase database)
    {
        var result = await CliRunner.RunAsync(database, "audit", "verify", "--json");
        using var json = JsonDocument.Parse(result.Output);
        return (result, json.RootElement.Clone());
    }

    /// <summary>A trigger that makes the database refuse the audit event with this sequence number, as a failing disk or constraint would.</summary>
    public static Task RefuseEventAsync(TestDatabase database, long sequence) => ExecuteAsync(database, database.Options.ParsedProvider == DatabaseProvider.Postgres
        ? $$"""
            CREATE FUNCTION refuse_audit_event() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
                IF NEW."Sequence" = {{sequence}} THEN RAISE EXCEPTION 'refused by the test'; END IF;
                RETURN NEW;
            END $body$;
            CREATE TRIGGER refuse_audit_event BEFORE INSERT ON "AuditEvents" FOR EACH ROW EXECUTE FUNCTION refuse_audit_event();
            """
        : $"""
            CREATE TRIGGER refuse_audit_event BEFORE INSERT ON "AuditEvents" WHEN NEW."Sequence" = {sequence}
            BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;
            """);

    public static Task AllowEventsAsync(TestDatabase database) => ExecuteAsync(database, database.Options.ParsedProvider == DatabaseProvider.Postgres
        ? """DROP TRIGGER refuse_audit_event ON "AuditEvents"; DROP FUNCTION refuse_audit_event();"""
        : "DROP TRIGGER refuse_audit_event");
}
