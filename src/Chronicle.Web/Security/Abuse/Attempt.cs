namespace Chronicle.Web.Security.Abuse;

/// <summary>The requests whose refusals are counted: guesses at a secret.</summary>
public enum AttemptKind
{
    SignIn,
    TwoFactorCode,
    Invitation,
    BearerToken,
}

/// <summary>Whether a count is kept per client address or per account.</summary>
internal enum AttemptDimension
{
    Address,
    Account,
}

/// <summary>One guess at a secret: its kind, the client address it came from and the account it aimed at (null when it names none).</summary>
internal sealed record Attempt(AttemptKind Kind, string Address, string? Account)
{
    public IEnumerable<AttemptKey> Keys()
    {
        yield return new AttemptKey(Kind, AttemptDimension.Address, Address);
        if (Account is not null)
        {
            yield return new AttemptKey(Kind, AttemptDimension.Account, Account);
        }
    }
}

/// <summary>What one fixed-window count is kept for.</summary>
internal readonly record struct AttemptKey(AttemptKind Kind, AttemptDimension Dimension, string Value);
