namespace Chronicle.Application.Database;

using Chronicle.Data;
using Microsoft.EntityFrameworkCore;

/// <summary>Brings the configured database's schema up to date (chronicle db migrate).</summary>
public sealed class MigrateDatabase(ChronicleDbContext db)
{
    /// <returns>The migrations that were applied, oldest first; empty when already current.</returns>
    public async Task<IReadOnlyList<string>> ExecuteAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }
}
