namespace Chronicle.Application.Security;

using Microsoft.AspNetCore.Identity;

/// <summary>
/// Chronicle's sign-in rules, for every host: passwords of at least 12 characters that are not all
/// of one kind (length matters more than forced symbols, as NIST SP 800-63B argues), lockout for
/// 15 minutes after 5 failures, unique e-mail addresses as user names. Passwords on the bundled
/// list of common ones (<see cref="CommonPasswords"/>) and passwords of a few characters repeated
/// (aaaaaaaaaaa1) are refused too, since attackers try them first.
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 256;
    public const int MinimumDistinctCharacters = 5;
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>What is wrong with a proposed password, as sentences for the person choosing it; empty when it is acceptable.</summary>
    public static IReadOnlyList<string> Problems(string? password)
    {
        var problems = new List<string>();
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            problems.Add($"The password must have at least {MinimumLength} characters.");
        }
        else if (password.Length > MaximumLength)
        {
            problems.Add($"The password must have at most {MaximumLength} characters.");
        }

        if (!string.IsNullOrEmpty(password) && CharacterClasses(password) < 2)
        {
            problems.Add("The password must mix at least two kinds of characters (lower case, upper case, digits, other characters).");
        }

        if (!string.IsNullOrEmpty(password) && password.Distinct().Count() < MinimumDistinctCharacters)
        {
            problems.Add($"The password must use at least {MinimumDistinctCharacters} different characters: a character repeated (like aaaaaaaaaaa1) is guessed at once.");
        }
        else if (!string.IsNullOrEmpty(password) && CommonPasswords.Contains(password))
        {
            problems.Add("The password is one of the most common passwords (or one with digits or symbols added), which attackers try first. Choose another, for example three or four unrelated words.");
        }

        return problems;
    }

    /// <summary>Applies the rules to ASP.NET Core Identity's options (the web host's sign-in).</summary>
    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // The character rules are checked by Problems (through the web's password validator), not
        // by Identity's fixed "one of each" switches.
        options.Password.RequiredLength = MinimumLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
    }

    private static int CharacterClasses(string password)
    {
        bool lower = false, upper = false, digit = false, other = false;
        foreach (var c in password)
        {
            if (char.IsLower(c))
            {
                lower = true;
            }
            else if (char.IsUpper(c))
            {
                upper = true;
            }
            else if (char.IsDigit(c))
            {
                digit = true;
            }
            else
            {
                other = true;
            }
        }

        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
