namespace Chronicle.Application.Audit;

using Chronicle.Domain.Common;

/// <summary>
/// What a use case tells the audit trail; <see cref="AuditTrail"/> adds who, from where and when.
/// <paramref name="What"/> names the record or list and what happened to it, by ids and counts:
/// never a patient's name, birth date, MRN, MBI or a note, nor a file name (Synthea names files after patients).
/// </summary>
/// <param name="PracticeId">The practice the data belongs to; the actor's practice when null.</param>
public sealed record AuditEntry(string Action, string What, PatientId? PatientId = null, PracticeId? PracticeId = null)
{
    public static AuditEntry Read(string what, PatientId? patientId = null, PracticeId? practiceId = null) =>
        new(AuditActions.Read, what, patientId, practiceId);
}

/// <summary>The actions the trail records, as they are stored and filtered on.</summary>
public static class AuditActions
{
    public const string Read = "read";
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Import = "import";
    public const string Export = "export";
    public const string Seed = "seed";
    public const string SignIn = "sign-in";
    public const string SignOut = "sign-out";
    public const string SignInFailed = "sign-in-failed";

    /// <summary>An account locked by failed sign-ins (or a sign-in refused while it is locked).</summary>
    public const string Lockout = "lockout";
    public const string PasswordChange = "password-change";
    public const string PasswordReset = "password-reset";
    public const string TwoFactorOn = "two-factor-on";
    public const string TwoFactorOff = "two-factor-off";
    public const string UserCreate = "user-create";

    /// <summary>An administrator locked or unlocked a user (the what says which).</summary>
    public const string UserLock = "user-lock";

    /// <summary>Every session of a user ended ("sign out everywhere").</summary>
    public const string SessionsEnd = "sessions-end";
    public const string TokenIssue = "token-issue";
    public const string TokenRevoke = "token-revoke";

    /// <summary>A request for an existing patient's record answered 403 or 404.</summary>
    public const string AccessRefused = "access-refused";

    public static IReadOnlyList<string> All { get; } =
    [
        Read, Create, Update, Delete, Import, Export, Seed, SignIn, SignOut, SignInFailed, Lockout, PasswordChange, PasswordReset,
        TwoFactorOn, TwoFactorOff, UserCreate, UserLock, SessionsEnd, TokenIssue, TokenRevoke, AccessRefused,
    ];

    /// <summary>Not an action: the filter that selects every one of <see cref="Security"/>.</summary>
    public const string SecurityGroup = "security";

    /// <summary>The security events (issue 15): what the audit page offers as one filter.</summary>
    public static IReadOnlyList<string> Security { get; } =
    [
        SignIn, SignOut, SignInFailed, Lockout, PasswordChange, PasswordReset, TwoFactorOn, TwoFactorOff, UserCreate, UserLock,
        SessionsEnd, TokenIssue, TokenRevoke, AccessRefused,
    ];
}
