namespace Chronicle.Web.Security.Abuse;

/// <summary>
/// How many refused attempts of each kind Chronicle takes before answering 429 (configuration
/// section <c>Security:AbuseLimits</c>). Each kind counts per client address and per account; a
/// limit of 0 switches that count off. The defaults answer the eleventh wrong password from one
/// address within a minute with 429 (ADR 0175).
/// </summary>
public sealed class AbuseLimits
{
    public const string SectionName = "Security:AbuseLimits";

    /// <summary>Wrong passwords on the sign-in page; the account is the e-mail address typed, known or not.</summary>
    public AttemptLimit SignIn { get; set; } = new();

    /// <summary>Wrong authenticator codes on the second sign-in step; the account is the user who passed the first.</summary>
    public AttemptLimit TwoFactorCode { get; set; } = new();

    /// <summary>Refused invitation acceptances; the "account" is the invitation link itself.</summary>
    public AttemptLimit Invitation { get; set; } = new();

    /// <summary>Unknown or revoked bearer tokens on /api and /fhir; counted per address only (a wrong token names no account).</summary>
    public AttemptLimit BearerToken { get; set; } = new() { PerAccount = 0 };

    public AttemptLimit For(AttemptKind kind) => kind switch
    {
        AttemptKind.SignIn => SignIn,
        AttemptKind.TwoFactorCode => TwoFactorCode,
        AttemptKind.Invitation => Invitation,
        AttemptKind.BearerToken => BearerToken,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of attempt."),
    };
}

/// <summary>Refused attempts allowed in a fixed window, per client address and per account.</summary>
public sealed class AttemptLimit
{
    public int PerAddress { get; set; } = 10;

    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(1);

    public int PerAccount { get; set; } = 10;

    public TimeSpan AccountWindow { get; set; } = TimeSpan.FromMinutes(15);
}
