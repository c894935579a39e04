namespace Chronicle.Benchmarks;

using System.Diagnostics;
using Chronicle.Data;
using Chronicle.Data.Bulk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The work a close cannot avoid (ADR 0275), with plain SQL in one transaction: reading once every
/// input row of the practice's month (time, enrollments, consents, conditions, visits, coverage,
/// care plans, other services, earlier claims, staff names; a first close has no decisions or claims
/// of the month to read yet), then writing
/// as many decision, claim and claim-line rows as the close wrote through the bulk path (COPY on
/// PostgreSQL, prepared inserts on SQLite) into tables of the same shape. The rows written are the
/// close's own rows, read beforehand (not timed). The transaction is rolled back: the floor leaves
/// nothing behind, and the close's commit is one flush of what it already wrote.
/// </summary>
internal static class MonthCloseFloor
{
    private static readonly string[] Written = ["MonthDecisions", "BillingClaims", "BillingClaimLine"];

    public static async Task<FloorRun> RunAsync(IServiceProvider services, Guid practiceId, int monthKey, int previousKey, DateTimeOffset reach, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChronicleDbContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.PrepareSessionAsync(cancellationToken);
        var p = ("p", (object)practiceId);
        var m = ("m", (object)monthKey);
        var output = new[]
        {
            await FloorSql.RowsAsync(db, """SELECT * FROM "MonthDecisions" WHERE "PracticeId" = @p AND "MonthKey" = @m""", cancellationToken, p, m),
            await FloorSql.RowsAsync(db, """SELECT * FROM "BillingClaims" WHERE "PracticeId" = @p AND "MonthKey" = @m""", cancellationToken, p, m),
            await FloorSql.RowsAsync(db, """
                SELECT l.* FROM "BillingClaimLine" l JOIN "BillingClaims" c ON c."Id" = l."ClaimId"
                WHERE c."PracticeId" = @p AND c."MonthKey" = @m
                """, cancellationToken, p, m),
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var copies = new List<string>();
        foreach (var table in Written)
        {
            copies.Add(await FloorSql.CopyShapeAsync(db, table, cancellationToken));
        }

        var watch = Stopwatch.StartNew();
        var read = 0;
        foreach (var sql in Inputs)
        {
            read += await FloorSql.ReadAllAsync(db, sql, cancellationToken, p, m, ("q", previousKey), ("r", reach));
        }

        var wrote = 0;
        for (var i = 0; i < copies.Count; i++)
        {
            wrote += await FloorSql.BulkWriteAsync(db, copies[i], output[i], cancellationToken);
        }

        var elapsed = watch.Elapsed;
        await transaction.RollbackAsync(cancellationToken);
        return new FloorRun(elapsed, read, wrote);
    }

    /// <summary>Every input the close reads, as plain SQL over the same rows and columns (@p practice, @m month, @q the month before, @r the earliest start that can reach into the month).</summary>
    private static readonly string[] Inputs =
    [
        """
        SELECT "Id", "PatientId", "Program", "MonthKey", "Start", "DurationSeconds", "Performer", "StaffId", "Activity", "Inpatient", "RecordedAt", "Kind", "Replaces"
        FROM "TimeEntries" WHERE "PracticeId" = @p AND ("MonthKey" = @m OR ("MonthKey" = @q AND "Start" >= @r))
        """,
        """SELECT "PatientId", "Version" FROM "PatientEnrollments" WHERE "PracticeId" = @p""",
        """SELECT * FROM "ProgramEnrollments" WHERE "PracticeId" = @p""",
        """
        SELECT ev.* FROM "EnrollmentEvents" ev JOIN "ProgramEnrollments" e ON e."Id" = ev."EnrollmentId" WHERE e."PracticeId" = @p
        """,
        """SELECT "PatientId", "Version" FROM "PatientConsents" WHERE "PracticeId" = @p""",
        """SELECT * FROM "ConsentRecords" WHERE "PracticeId" = @p""",
        """SELECT "Id", "Mrn", "Mbi", "BirthDate", "Qmb" FROM "Patients" WHERE "PracticeId" = @p""",
        """
        SELECT "PatientId", "Code", "OnsetDate", "AbatementDate", "ClinicalStatus", "ChronicOverride", "IsChronic"
        FROM "Conditions" WHERE "PracticeId" = @p AND "Code" IS NOT NULL
        """,
        """SELECT "PatientId", "Date", "Code", "RenderingNpi", "SourceKey" FROM "Visits" WHERE "PracticeId" = @p AND "Code" IS NOT NULL""",
        """SELECT "PatientId", "Number", "IsComplete", "CreatedOn" FROM "CarePlanVersions" WHERE "PracticeId" = @p""",
        """SELECT "PatientId", "Kind", "OnDate", "VersionNumber" FROM "CarePlanActivities" WHERE "PracticeId" = @p""",
        """SELECT "PatientId", "ProvidedOn", "VersionNumber" FROM "CarePlanCopies" WHERE "PracticeId" = @p""",
        """SELECT * FROM "OtherBilledServices" WHERE "PracticeId" = @p AND "MonthKey" = @m""",
        """
        SELECT c.*, l."Code", l."Units" FROM "BillingClaims" c LEFT JOIN "BillingClaimLine" l ON l."ClaimId" = c."Id"
        WHERE c."PracticeId" = @p AND c."MonthKey" < @m
        """,
        """
        SELECT c."PatientId", p."Code", p."Kind", c."MemberId", c."Order", c."Start", c."End"
        FROM "Coverages" c JOIN "Payers" p ON p."Id" = c."PayerId" WHERE c."PracticeId" = @p
        """,
        """SELECT "Id", "FirstName", "LastName", "Credential" FROM "StaffMembers" WHERE "PracticeId" = @p""",
        """SELECT "Code", "AmountCents" FROM "PracticeCharges" WHERE "PracticeId" = @p""",
    ];
}

/// <param name="RowsRead">Input rows read to the end.</param>
/// <param name="RowsWritten">Rows written (for the close: decisions, claims and claim lines).</param>
internal sealed record FloorRun(TimeSpan Elapsed, int RowsRead, int RowsWritten);
