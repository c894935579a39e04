namespace Chronicle.Data.Security;

using Chronicle.Domain.Common;

/// <summary>
/// A bearer token for the JSON and FHIR APIs, issued by a practice to another system or an
/// outside provider. Only the SHA-256 of the secret is stored, so a copy of the database cannot be
/// used to call the API. A token sees every patient of the practice, or only those listed in
/// <see cref="Patients"/>; it reads only unless it was issued with write access; it stops working
/// the moment it is revoked.
/// </summary>
public sealed class ApiToken
{
    private ApiToken()
    {
    }

    public Guid Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    /// <summary>The secret's first characters, shown in lists so that a token can be recognised without being revealed.</summary>
    public string Prefix { get; private set; } = string.Empty;

    /// <summary>Lower-case hex SHA-256 of the whole secret.</summary>
    public string SecretHash { get; private set; } = string.Empty;

    public bool CanWrite { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public DateTimeOffset? RevokedAt { get; private set; }

    public string? RevokedBy { get; private set; }

    /// <summary>When the token was last presented, to the minute: enough to find unused tokens without a write per request.</summary>
    public DateTimeOffset? LastUsedAt { get; private set; }

    public List<ApiTokenPatient> Patients { get; private set; } = [];

    public bool IsRevoked => RevokedAt is not null;

    public static ApiToken Issue(PracticeId practiceId, string name, string prefix, string secretHash, bool canWrite, IEnumerable<PatientId> patients, DateTimeOffset at, string by)
    {
        var token = new ApiToken
        {
            Id = Guid.CreateVersion7(at),
            PracticeId = practiceId,
            Name = name,
            Prefix = prefix,
            SecretHash = secretHash,
            CanWrite = canWrite,
            CreatedAt = at,
            CreatedBy = by,
        };
        token.Patients.AddRange(patients.Distinct().Select(p => new ApiTokenPatient(token.Id, p)));
        return token;
    }

    public void Revoke(DateTimeOffset at, string by)
    {
        if (RevokedAt is null)
        {
            RevokedAt = at;
            RevokedBy = by;
        }
    }

    /// <summary>Whether a use at <paramref name="at"/> is worth recording: the last recorded one is a minute old or more (or there is none).</summary>
    public static bool IsUseWorthRecording(DateTimeOffset? lastUsedAt, DateTimeOffset at) =>
        lastUsedAt is not { } last || at - last >= TimeSpan.FromMinutes(1);
}

/// <summary>One patient a token is limited to.</summary>
public sealed record ApiTokenPatient(Guid TokenId, PatientId PatientId);
