namespace Chronicle.Web.Security;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

/// <summary>
/// A user who signed in with a temporary password can do nothing but choose their own (or sign
/// out): every other page sends them to the change-password page.
/// </summary>
internal sealed class PasswordChangeRequiredFilter : IAsyncPageFilter
{
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "/Account/ChangePassword",
        "/Account/SignOut",
        "/Account/SignIn",
        "/Account/SignInCode",
        "/Error",
    };

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HttpContext.User.HasClaim(c => c.Type == WebClaims.MustChangePassword)
            && !Allowed.Contains(context.ActionDescriptor.ViewEnginePath))
        {
            context.Result = new RedirectToPageResult("/Account/ChangePassword");
            return;
        }

        await next();
    }
}
