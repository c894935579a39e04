namespace Chronicle.Web.Pages.Admin;

using Chronicle.Application.Common;
using Chronicle.Application.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// The administrator's users page: give a staff member a sign-in with a role, reset a password to
/// a one-time temporary one, lock or unlock a user. A temporary password is written into this one
/// response and nowhere else.
/// </summary>
public sealed class UsersModel(ListUsers list, CreateStaffUser create, ResetUserPassword reset, SetUserLocked setLocked, EndUserSessions endSessions) : PageModel
{
    [BindProperty]
    public Guid StaffId { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    public PracticeUsers? Users { get; private set; }

    public BusinessError? Error { get; private set; }

    public CreatedAccount? Issued { get; private set; }

    public string? Status { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var result = await create.ExecuteAsync(new NewStaffUser(StaffId, Role ?? string.Empty, Email), cancellationToken);
        (Issued, Error) = (result.Value, result.Error);
        await LoadAsync(cancellationToken);
    }

    public async Task OnPostResetAsync(Guid userId, CancellationToken cancellationToken)
    {
        var result = await reset.ExecuteAsync(userId, cancellationToken);
        (Issued, Error) = (result.Value, result.Error);
        await LoadAsync(cancellationToken);
    }

    public async Task OnPostLockAsync(Guid userId, CancellationToken cancellationToken) => await ChangeLockAsync(userId, true, cancellationToken);

    public async Task OnPostUnlockAsync(Guid userId, CancellationToken cancellationToken) => await ChangeLockAsync(userId, false, cancellationToken);

    public async Task OnPostSignOutEverywhereAsync(Guid userId, CancellationToken cancellationToken)
    {
        var result = await endSessions.ExecuteAsync(userId, cancellationToken);
        Error = result.Error;
        Status = result.Value is { } email ? $"{email} is signed out everywhere (within a minute)." : null;
        await LoadAsync(cancellationToken);
    }

    private async Task ChangeLockAsync(Guid userId, bool locked, CancellationToken cancellationToken)
    {
        var result = await setLocked.ExecuteAsync(userId, locked, cancellationToken);
        Error = result.Error;
        Status = result.Value is { } email ? $"{email} is {(locked ? "locked" : "unlocked")}." : null;
        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var result = await list.ExecuteAsync(cancellationToken);
        Users = result.Value;
        Error ??= result.Error;
    }
}
