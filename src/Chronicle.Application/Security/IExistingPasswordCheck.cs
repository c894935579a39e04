namespace Chronicle.Application.Security;

using Chronicle.Data.Security;

/// <summary>
/// Checks the password of an existing sign-in the way signing in does, counting a wrong one
/// towards the account's lockout; the web host answers it with Identity's sign-in manager. Use
/// cases that confirm an existing account (accepting an invitation with one) use this instead of
/// comparing hashes themselves, so that no form becomes a password oracle without a lockout.
/// </summary>
public interface IExistingPasswordCheck
{
    Task<ExistingPasswordOutcome> CheckAsync(ChronicleUser user, string password);
}

public enum ExistingPasswordOutcome
{
    Accepted,
    Refused,
    LockedOut,
}
