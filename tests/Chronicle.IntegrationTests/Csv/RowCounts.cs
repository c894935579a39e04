namespace Chronicle.IntegrationTests.Csv;

using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>How many practices, staff, patients, conditions and visits the database holds.</summary>
internal static class RowCounts
{
    public static async Task<(int Practices, int Staff, int Patients, int Conditions, int Visits)> OfAsync(TestDatabase database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.NewContext();
        return (
            await db.Practices.CountAsync(ct),
            await db.StaffMembers.CountAsync(ct),
            await db.Patients.CountAsync(ct),
            await db.Conditions.CountAsync(ct),
            await db.Visits.CountAsync(ct));
    }
}
