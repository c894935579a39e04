namespace Chronicle.IntegrationTests.Security;

using System.Text.Json;
using System.Text.RegularExpressions;
using Chronicle.Application.Security;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;
using Microsoft.EntityFrameworkCore;

/// <summary>chronicle users create-admin: the first sign-in of a real installation.</summary>
public sealed partial class UsersCommandTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_admin_prints_a_temporary_password_that_must_be_changed_at_first_sign_in(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, (await CliRunner.RunAsync(database, "demo", "seed")).ExitCode);

        var result = await CliRunner.RunAsync(database, "users", "create-admin", "--email", "Chief@Riverbend.example");
        var password = TemporaryPassword().Match(result.Output).Groups[1].Value;
        await using var app = new ChronicleAppFactory(database, seedDemo: false);
        using var client = app.CreateBrowserClient();
        using var signIn = await client.SignInAsync("chief@riverbend.example", password);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Created the administrator Chief@Riverbend.example of Riverbend Family Medicine.", result.Output, StringComparison.Ordinal);
        Assert.Empty(PasswordRules.Problems(password));
        Assert.Equal("/Account/ChangePassword", WebSignIn.RedirectPath(signIn));
        await using var db = database.NewContext();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == "Chief@Riverbend.example", TestContext.Current.CancellationToken);
        Assert.NotEqual(password, user.PasswordHash);
        Assert.True(user.MustChangePassword);
        Assert.NotNull(user.PracticeId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_password_from_standard_input_is_kept_and_must_follow_the_rules(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, (await CliRunner.RunAsync(database, "demo", "seed")).ExitCode);

        var weak = await CliRunner.RunWithInputAsync(database, "short1\n", "users", "create-admin", "--email", "boss@riverbend.example", "--password-stdin");
        var strong = await CliRunner.RunWithInputAsync(database, "A long enough passphrase\n", "users", "create-admin", "--email", "boss@riverbend.example", "--password-stdin", "--json");
        var again = await CliRunner.RunWithInputAsync(database, "A long enough passphrase\n", "users", "create-admin", "--email", "BOSS@riverbend.example", "--password-stdin");
        await using var app = new ChronicleAppFactory(database, seedDemo: false);
        using var client = app.CreateBrowserClient();
        using var signIn = await client.SignInAsync("boss@riverbend.example", "A long enough passphrase");

        Assert.Equal(1, weak.ExitCode);
        Assert.Contains("PASSWORD-WEAK: The password must have at least 12 characters.", weak.Error, StringComparison.Ordinal);
        Assert.True(strong.ExitCode == 0, strong.ToString());
        using var json = JsonDocument.Parse(strong.Output);
        Assert.Equal("boss@riverbend.example", json.RootElement.GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("temporaryPassword").ValueKind);
        Assert.DoesNotContain("A long enough passphrase", strong.Output, StringComparison.Ordinal);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("USER-EXISTS", again.Error, StringComparison.Ordinal);
        Assert.Equal("/", WebSignIn.RedirectPath(signIn));
        Assert.Contains("Riverbend Family Medicine", await PageHtml.GetAsync(client, "/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "PRACTICE-NONE")]
    [InlineData(new[] { "--practice", "1234567893" }, "PRACTICE-UNKNOWN")]
    public async Task Create_admin_needs_an_existing_practice(string[] extra, string code)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");

        var result = await CliRunner.RunAsync(database, ["users", "create-admin", "--email", "admin@example.org", .. extra]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: {code}", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-an-address", "USER-EMAIL-INVALID", 1)]
    [InlineData(null, "Option '--email' is required", 2)]
    public async Task Create_admin_reports_a_bad_or_missing_email(string? email, string message, int exitCode)
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        Assert.Equal(0, (await CliRunner.RunAsync(database, "demo", "seed")).ExitCode);

        var result = await CliRunner.RunAsync(database, email is null ? ["users", "create-admin"] : ["users", "create-admin", "--email", email]);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex("Temporary password \\(shown only now; it must be changed at the first sign-in\\): (\\S+)")]
    private static partial Regex TemporaryPassword();
}
