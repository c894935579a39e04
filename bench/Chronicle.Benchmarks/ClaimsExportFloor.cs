namespace Chronicle.Benchmarks;

using System.Diagnostics;
using Chronicle.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The claims export's floor (ADR 0275): reading with plain SQL the rows the file is made of (the
/// month's claims and their lines, the claims' patients, their coverage and payers, the practice
/// and its practitioners), then writing the same text the export wrote to the same file. No
/// building, no X12 writing, no read-back, no claim marked exported.
/// </summary>
internal static class ClaimsExportFloor
{
    private static readonly string[] Inputs =
    [
        """SELECT * FROM "BillingClaims" WHERE "PracticeId" = @p AND "MonthKey" = @m ORDER BY "ClaimNumber" """,
        """
        SELECT l.* FROM "BillingClaimLine" l JOIN "BillingClaims" c ON c."Id" = l."ClaimId"
        WHERE c."PracticeId" = @p AND c."MonthKey" = @m
        """,
        """
        SELECT p.* FROM "Patients" p WHERE p."PracticeId" = @p
        AND EXISTS (SELECT 1 FROM "BillingClaims" c WHERE c."PatientId" = p."Id" AND c."PracticeId" = @p AND c."MonthKey" = @m)
        """,
        """SELECT * FROM "Payers" WHERE "PracticeId" = @p""",
        """SELECT * FROM "StaffMembers" WHERE "PracticeId" = @p AND "Npi" IS NOT NULL""",
        """SELECT * FROM "Practices" WHERE "Id" = @p""",
    ];

    public static async Task<TimeSpan> RunAsync(IServiceProvider services, Guid practiceId, int monthKey, IReadOnlyList<string> texts, string path, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChronicleDbContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var watch = Stopwatch.StartNew();
        foreach (var sql in Inputs)
        {
            await FloorSql.ReadAllAsync(db, sql, cancellationToken, ("p", practiceId), ("m", monthKey));
        }

        foreach (var text in texts)
        {
            await File.WriteAllTextAsync(path, text, cancellationToken);
        }

        return watch.Elapsed;
    }
}
