namespace Chronicle.IntegrationTests.Database;

using Chronicle.Data.Bulk;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>The bulk path (COPY on PostgreSQL, one prepared INSERT per row on SQLite) against what EF reads back.</summary>
public sealed class BulkWriterTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bulk_rows_read_back_as_written_and_a_refused_row_fails_as_SaveChanges_would(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var migrated = await CliRunner.RunAsync(database, "db", "migrate");
        Assert.True(migrated.ExitCode == 0, migrated.ToString());
        var generated = await CliRunner.RunAsync(database, "demo", "generate", "--patients", "3");
        Assert.True(generated.ExitCode == 0, generated.ToString());
        await using var db = database.NewContext();
        var patient = await db.Patients.AsNoTracking().OrderBy(p => p.Mrn).FirstAsync(ct);
        var visits = Enumerable.Range(1, 3)
            .Select(day => Visit.Create(patient.PracticeId, patient.Id, new VisitDetails($"bulk-{day}", new DateOnly(2026, 10, day), day == 2 ? null : HcpcsCode.Parse("99214"), day == 3 ? null : "Office visit", null)))
            .ToList();

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            Assert.Equal(3, await db.BulkInsertAsync(visits, ct));
            await transaction.CommitAsync(ct);
        }

        var stored = await db.Visits.AsNoTracking().Where(v => v.SourceKey.StartsWith("bulk-")).OrderBy(v => v.SourceKey).ToListAsync(ct);
        Assert.Equal(
            visits.Select(v => (v.Id, v.PatientId, v.Date, v.Code, v.Description, v.RenderingNpi)),
            stored.Select(v => (v.Id, v.PatientId, v.Date, v.Code, v.Description, v.RenderingNpi)));

        // A new row and one whose id is taken: the database refuses the batch, as SaveChanges would.
        var fresh = Visit.Create(patient.PracticeId, patient.Id, new VisitDetails("bulk-4", new DateOnly(2026, 10, 4), null, null, null));
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await Assert.ThrowsAsync<DbUpdateException>(() => db.BulkInsertAsync(new[] { fresh, visits[0] }, ct));
            await transaction.RollbackAsync(ct);
        }

        Assert.Equal(3, await db.Visits.CountAsync(v => v.SourceKey.StartsWith("bulk-"), ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bulk_writes_outside_a_transaction_are_refused(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        var visit = Visit.Create(PracticeId.New(), PatientId.New(), new VisitDetails("bulk-1", new DateOnly(2026, 10, 1), null, null, null));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.BulkInsertAsync(new[] { visit }, ct));

        Assert.Contains("transaction", refused.Message, StringComparison.Ordinal);
    }
}
