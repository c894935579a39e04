namespace Chronicle.Application.Security.Tokens;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Data;
using Chronicle.Data.Security;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// An administrator (or the operator) issues a bearer token to another system or an outside
/// provider: practice-wide, or limited to the patients named by MRN; read-only unless write is
/// asked for. The secret is returned once and never stored.
/// </summary>
public sealed class CreateApiToken(ChronicleDbContext db, PatientAccess access, AuditTrail audit, TimeProvider clock)
{
    public const string NameInvalidCode = "TOKEN-NAME-INVALID";

    public async Task<Result<IssuedApiToken>> ExecuteAsync(NewApiToken request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = await TokenScope.PracticeAsync(access, request.PracticeNpi, cancellationToken);
        if (scope.Value is not { } practice)
        {
            return scope.Error!;
        }

        var name = request.Name?.Trim() ?? string.Empty;
        if (name.Length is 0 or > ApiTokenLimits.NameLength)
        {
            return new BusinessError(NameInvalidCode, $"A token needs a name of 1 to {ApiTokenLimits.NameLength} characters that says who uses it.");
        }

        var mrns = request.PatientMrns.Select(m => m.Trim()).Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var patients = await db.Patients.AsNoTracking()
            .Where(p => p.PracticeId == practice.Id && mrns.Contains(p.Mrn))
            .Select(p => new { p.Id, p.Mrn })
            .ToListAsync(cancellationToken);
        var missing = mrns.Except(patients.Select(p => p.Mrn), StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            return new BusinessError("PATIENT-UNKNOWN", $"No patient of {practice.Name} has the MRN {string.Join(", ", missing)}.");
        }

        var secret = ApiTokenSecret.NewSecret();
        var now = clock.GetUtcNow();
        var token = ApiToken.Issue(practice.Id, name, ApiTokenSecret.PrefixOf(secret), ApiTokenSecret.Hash(secret), request.CanWrite,
            patients.Select(p => p.Id), now, access.Actor.Name);
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);

        var reach = patients.Count == 0 ? "every patient of the practice" : $"{patients.Count} patient(s)";
        await audit.RecordAsync(
            [new AuditEntry(AuditActions.TokenIssue, $"api token {token.Id}: {reach}, {(request.CanWrite ? "read and write" : "read only")}", null, practice.Id),
             .. patients.Select(p => new AuditEntry(AuditActions.Create, $"api token {token.Id} may read this patient", p.Id, practice.Id))],
            cancellationToken);
        return new IssuedApiToken(token.Id, token.Name, secret, token.Prefix, request.CanWrite, [.. patients.Select(p => p.Mrn).Order(StringComparer.Ordinal)]);
    }
}

/// <param name="PracticeNpi">For the operator with several practices: the practice's group NPI.</param>
public sealed record NewApiToken(string? Name, IReadOnlyList<string> PatientMrns, bool CanWrite, string? PracticeNpi = null);

/// <param name="Secret">The bearer token itself: shown once, stored nowhere.</param>
public sealed record IssuedApiToken(Guid Id, string Name, string Secret, string Prefix, bool CanWrite, IReadOnlyList<string> PatientMrns);
