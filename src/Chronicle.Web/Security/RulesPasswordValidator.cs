namespace Chronicle.Web.Security;

using Chronicle.Application.Security;
using Chronicle.Data.Security;
using Microsoft.AspNetCore.Identity;

/// <summary>Identity's password check, replaced by Chronicle's rules so that the web and the CLI accept the same passwords.</summary>
internal sealed class RulesPasswordValidator : IPasswordValidator<ChronicleUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ChronicleUser> manager, ChronicleUser user, string? password)
    {
        var problems = PasswordRules.Problems(password);
        return Task.FromResult(problems.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed(problems.Select(p => new IdentityError { Code = "PasswordRules", Description = p }).ToArray()));
    }
}
