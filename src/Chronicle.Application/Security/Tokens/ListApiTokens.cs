namespace Chronicle.Application.Security.Tokens;

using Chronicle.Application.Common;
using Chronicle.Data;
using Microsoft.EntityFrameworkCore;

/// <summary>The practice's tokens, newest first, with whom they reach and whether they still work; never their secrets.</summary>
public sealed class ListApiTokens(ChronicleDbContext db, PatientAccess access)
{
    public async Task<Result<IReadOnlyList<ApiTokenRow>>> ExecuteAsync(string? practiceNpi, CancellationToken cancellationToken)
    {
        var scope = await TokenScope.PracticeAsync(access, practiceNpi, cancellationToken);
        if (scope.Value is not { } practice)
        {
            return scope.Error!;
        }

        var tokens = await db.ApiTokens.AsNoTracking()
            .Where(t => t.PracticeId == practice.Id)
            .OrderByDescending(t => t.Id)
            .Select(t => new
            {
                t.Id, t.Name, t.Prefix, t.CanWrite, t.CreatedAt, t.CreatedBy, t.RevokedAt, t.LastUsedAt,
                Mrns = db.ApiTokenPatients.Where(p => p.TokenId == t.Id)
                    .Join(db.Patients, p => p.PatientId, patient => patient.Id, (_, patient) => patient.Mrn).ToList(),
            })
            .ToListAsync(cancellationToken);
        return tokens.Select(t => new ApiTokenRow(t.Id, t.Name, t.Prefix, t.CanWrite, [.. t.Mrns.Order(StringComparer.Ordinal)], t.CreatedAt, t.CreatedBy, t.RevokedAt, t.LastUsedAt)).ToList();
    }
}

/// <param name="PatientMrns">Empty for a practice-wide token.</param>
public sealed record ApiTokenRow(
    Guid Id,
    string Name,
    string Prefix,
    bool CanWrite,
    IReadOnlyList<string> PatientMrns,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? RevokedAt,
    DateTimeOffset? LastUsedAt);
