namespace Chronicle.Application.Users;

using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;

/// <summary>
/// The first sign-in of a real installation (chronicle users create-admin): an administrator of
/// the practice named by group NPI, or of the only one. A generated password is temporary and must
/// be changed at first sign-in; a password the operator chose is kept.
/// </summary>
public sealed class CreateAdministrator(ChronicleDbContext db, PatientAccess access, UserAccounts accounts)
{
    public async Task<Result<CreatedAccount>> ExecuteAsync(string email, string? practiceNpi, string? password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (access.Actor.Role != Roles.System)
        {
            return new BusinessError(PatientAccess.NoAccessCode, "Administrators are created by the server's operator (chronicle users create-admin).");
        }

        var practice = await access.PracticeAsync(practiceNpi, cancellationToken);
        if (practice.Value is not { } found)
        {
            return practice.Error!;
        }

        var generated = password is null;
        var chosen = password ?? TemporaryPassword.Generate();
        var added = await accounts.AddAsync(
            new NewAccount(email, "Administrator", Roles.Admin, found.Id), chosen, mustChangePassword: generated, cancellationToken);
        if (added.Value is not { } user)
        {
            return added.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CreatedAccount(user.Id, user.UserName!, found.Name, generated ? chosen : null);
    }
}

/// <param name="TemporaryPassword">The one-time password to hand over, when one was generated; shown once and stored only hashed.</param>
public sealed record CreatedAccount(Guid UserId, string Email, string PracticeName, string? TemporaryPassword);
