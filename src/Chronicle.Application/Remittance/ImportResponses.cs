namespace Chronicle.Application.Remittance;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Chronicle.Application.Audit;
using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Practices;
using Chronicle.Interop.X12.Responses;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// 'chronicle remit import FILE…' and, through <see cref="PollResponses"/>, 'remit poll' (ADR 0228):
/// each file is recognised by its content (999, 277CA or 835), kept with its origin and SHA-256,
/// and applied in one transaction with its audit event, or not at all. A file whose content was
/// received before is skipped, so nothing is ever applied twice. A file that cannot be applied
/// (truncated, unbalanced, an unknown interchange) is kept with its reasons and changes no claim.
/// </summary>
public sealed class ImportResponses(ChronicleDbContext db, BillingAccess access, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<ResponseImport>>> ExecuteAsync(IReadOnlyList<ResponseInput> files, string? practiceNpi, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var practiceResult = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return practiceResult.Error!;
        }

        var results = new List<ResponseImport>();
        foreach (var file in files)
        {
            results.Add(await ImportAsync(practice, file, cancellationToken));
        }

        return results;
    }

    /// <summary>Whether a file with this content was already received (poll skips it without fetching twice).</summary>
    public Task<bool> KnownAsync(Practice practice, string sha256, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(practice);
        return db.ResponseFiles.AnyAsync(f => f.PracticeId == practice.Id && f.Sha256 == sha256, cancellationToken);
    }

    public static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    private async Task<ResponseImport> ImportAsync(Practice practice, ResponseInput file, CancellationToken cancellationToken)
    {
        var sha = Sha256Of(file.Content);
        var earlier = await db.ResponseFiles.AsNoTracking().Where(f => f.PracticeId == practice.Id && f.Sha256 == sha)
            .Select(f => new { f.Origin, f.ReceivedAt }).FirstOrDefaultAsync(cancellationToken);
        if (earlier is not null)
        {
            return new ResponseImport(file.Origin, "duplicate", false,
                [string.Create(CultureInfo.InvariantCulture, $"The same file was received on {earlier.ReceivedAt:yyyy-MM-dd HH:mm} UTC from {earlier.Origin}; nothing was applied again.")]);
        }

        var text = Encoding.UTF8.GetString(file.Content);
        var read = ResponseReader.Read(text);
        var kind = KindCode(read.Kind);
        var now = clock.GetUtcNow();
        var by = access.ActorName;
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = ResponseFile.Receive(practice.Id, kind, file.Origin, sha, text, false, string.Empty, now, by);
        ResponseEffect effect;
        if (!read.CanApply)
        {
            effect = ResponseEffect.NotApplied(read.Problems.Where(p => p.Blocking).Select(p => p.ToString()).DefaultIfEmpty("the file is not a 999, 277CA or 835.").ToList());
        }
        else
        {
            var context = new ResponseContext(db, practice, record.Id, now, by);
            effect = read.Kind switch
            {
                ResponseKind.ImplementationAcknowledgment999 => await Apply999.ApplyAsync(context, read.Acknowledgment!, cancellationToken),
                ResponseKind.ClaimAcknowledgment277CA => await Apply277CA.ApplyAsync(context, read.ClaimAcknowledgment!, cancellationToken),
                _ => await Post835.ApplyAsync(context, read.Remittance!, cancellationToken),
            };
        }

        if (!effect.Applied)
        {
            // Nothing the file said is kept: only the file itself, with why it was not applied.
            db.ChangeTracker.Clear();
        }

        var lenient = read.Problems.Where(p => !p.Blocking).Select(p => "read leniently: " + p).ToList();
        record.Conclude(effect.Applied, string.Join('\n', effect.Messages.Concat(lenient)));
        db.ResponseFiles.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.Import, string.Create(CultureInfo.InvariantCulture,
            $"{kind} {record.Id} from {file.Origin}: {(effect.Applied ? "applied" : "not applied")}, {effect.ClaimsChanged} claims changed"), null, practice.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ResponseImport(file.Origin, kind, effect.Applied, effect.Messages);
    }

    private static string KindCode(ResponseKind kind) => kind switch
    {
        ResponseKind.ImplementationAcknowledgment999 => "999",
        ResponseKind.ClaimAcknowledgment277CA => "277CA",
        ResponseKind.Remittance835 => "835",
        _ => "unrecognised",
    };
}

/// <summary>A file to import: where it came from and its bytes.</summary>
public sealed record ResponseInput(string Origin, byte[] Content);

/// <summary>What importing one file did: its kind, whether it was applied, and every message.</summary>
public sealed record ResponseImport(string Origin, string Kind, bool Applied, IReadOnlyList<string> Messages);
