namespace Chronicle.Application.Payers;

using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Payers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

/// <summary>
/// The payer directory page: the practice's payers with how many patients each covers, and the
/// claim-file settings from configuration, read-only (ADR 0221: they change in configuration only).
/// </summary>
public sealed class ListPayers(ChronicleDbContext db, PatientAccess access, IOptions<ClaimFileOptions> claimFiles)
{
    public async Task<Result<PayerDirectory>> ExecuteAsync(string? groupNpi, CancellationToken cancellationToken)
    {
        if (!access.Actor.Allows(Capability.ManagePayers))
        {
            return Permissions.Refusal(Capability.ManagePayers);
        }

        var practice = await access.PracticeAsync(groupNpi, cancellationToken);
        if (practice.Value is not { } found)
        {
            return practice.Error!;
        }

        var practiceId = found.Id;
        var covered = await db.Coverages.Where(c => c.PracticeId == practiceId).GroupBy(c => c.PayerId)
            .Select(g => new { g.Key, Patients = g.Select(c => c.PatientId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Patients, cancellationToken);
        var payers = await db.Payers.AsNoTracking().Where(p => p.PracticeId == practiceId).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var settings = claimFiles.Value;
        return new PayerDirectory(
            [.. payers.Select(p => new PayerView(p, covered.GetValueOrDefault(p.Id)))],
            settings,
            [.. settings.Receivers.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value))]);
    }
}

public sealed record PayerView(Payer Payer, int PatientsCovered);

public sealed record PayerDirectory(IReadOnlyList<PayerView> Payers, ClaimFileOptions ClaimFiles, IReadOnlyList<(string PayerId, ClaimReceiverOptions Receiver)> ConfiguredReceivers);
