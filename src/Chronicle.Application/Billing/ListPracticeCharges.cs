namespace Chronicle.Application.Billing;

using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Microsoft.EntityFrameworkCore;

/// <summary>The amounts the practice charges per code, for its staff.</summary>
public sealed class ListPracticeCharges(ChronicleDbContext db, PatientAccess access)
{
    public async Task<Result<IReadOnlyList<PracticeChargeView>>> ExecuteAsync(string? groupNpi, CancellationToken cancellationToken)
    {
        var practice = await access.PracticeAsync(groupNpi, cancellationToken);
        if (practice.Error is { } error)
        {
            return error;
        }

        var practiceId = practice.Value!.Id;
        var charges = await db.PracticeCharges.AsNoTracking().Where(c => c.PracticeId == practiceId).ToListAsync(cancellationToken);
        return charges.OrderBy(c => c.Code.Value, StringComparer.Ordinal)
            .Select(c => new PracticeChargeView(c.Code.Value, c.Amount, c.UpdatedAt, c.UpdatedBy))
            .ToList();
    }
}
