namespace Chronicle.Application.Claims;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Microsoft.EntityFrameworkCore;

/// <summary>The claim files of a month, and one of them again byte for byte (the billing page's download).</summary>
public sealed class GetClaimFile(ChronicleDbContext db, BillingAccess access, AuditTrail audit)
{
    public const string NotFoundCode = "CLAIM-FILE-NOT-FOUND";

    public async Task<Result<IReadOnlyList<ClaimFileSummary>>> ListAsync(BillingMonth month, string? practiceNpi, CancellationToken cancellationToken)
    {
        var practice = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practice.Value is not { } found)
        {
            return practice.Error!;
        }

        var key = month.Key;
        return await db.ClaimFiles.AsNoTracking().Where(f => f.PracticeId == found.Id && f.MonthKey == key && f.Content != null)
            .OrderBy(f => f.ControlNumber)
            .Select(f => new ClaimFileSummary(f.ControlNumber, f.CreatedAt, f.CreatedBy, f.ClaimCount, f.ChargeCents))
            .ToListAsync(cancellationToken);
    }

    public async Task<Result<ClaimExport>> ExecuteAsync(long controlNumber, string? practiceNpi, CancellationToken cancellationToken)
    {
        var practice = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practice.Value is not { } found)
        {
            return practice.Error!;
        }

        var file = await db.ClaimFiles.AsNoTracking().SingleOrDefaultAsync(f => f.ControlNumber == controlNumber && f.PracticeId == found.Id && f.Content != null, cancellationToken);
        if (file is null)
        {
            return new BusinessError(NotFoundCode, string.Create(CultureInfo.InvariantCulture, $"{found.Name} has no claim file {controlNumber}."));
        }

        var claims = await db.BillingClaims.AsNoTracking().Where(c => c.ExportedIn == controlNumber).Select(c => c.ClaimNumber).ToListAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.Export, string.Create(CultureInfo.InvariantCulture, $"837P file {controlNumber} downloaded"), null, found.Id), cancellationToken);
        var month = BillingMonth.FromKey(file.MonthKey);
        return new ClaimExport(file.ControlNumber, month.ToString(), ExportClaims.FileName(found, month, file.ReceiverId, file.ControlNumber), file.Content!, claims, file.ChargeCents) { ReceiverId = file.ReceiverId };
    }
}

public sealed record ClaimFileSummary(long ControlNumber, DateTimeOffset CreatedAt, string CreatedBy, int Claims, long ChargeCents);
