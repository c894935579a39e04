namespace Chronicle.IntegrationTests.Security;

using System.Net;
using System.Text.RegularExpressions;
using Chronicle.Application.Demo;
using Chronicle.Application.Security;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;
using Chronicle.Web.Pages.Account;
using Microsoft.EntityFrameworkCore;

/// <summary>Sign-in as people meet it: wrong passwords, lockout, two-factor codes, and the change-password step.</summary>
public sealed partial class SignInTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var client = app.CreateBrowserClient();

        var answers = new List<string>();
        for (var i = 0; i < PasswordRules.MaxFailedAttempts; i++)
        {
            using var wrong = await client.SignInAsync(DemoSignIns.CareManager, "Not-the-password-1");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            answers.Add(await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        using var right = await client.SignInAsync(DemoSignIns.CareManager, DemoSignIns.Password);
        var rightHtml = await right.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        // The lock is not announced: a stranger must not learn from it that the address has an account.
        Assert.All(answers, html => Assert.Equal(SignInModel.RefusedMessage, Problem(html)));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(SignInModel.RefusedMessage, Problem(rightHtml));
        await using var db = database.NewContext();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == DemoSignIns.CareManager, TestContext.Current.CancellationToken);
        var remaining = user.LockoutEnd!.Value - TimeProvider.System.GetUtcNow();
        Assert.InRange(remaining, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_answer()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var app = new ChronicleAppFactory(database);
        using var client = app.CreateBrowserClient();

        using var wrong = await client.SignInAsync(DemoSignIns.CareManager, "Not-the-password-1");
        using var unknown = await client.SignInAsync("nobody@riverbend.example", "Not-the-password-1");

        Assert.Equal(Problem(await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)),
            Problem(await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_staff_sign_in_has_a_temporary_password_that_must_be_changed_first(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var admin = await app.SignedInClientAsync(DemoSignIns.Admin);
        var staffId = await StaffIdAsync(database, "Nguyen");

        using var created = await admin.PostFormAsync("/Admin/Users", "/Admin/Users?handler=Create",
            ("StaffId", staffId.ToString()), ("Role", Roles.CareManager), ("Email", ""));
        var createdHtml = await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var temporary = TemporaryPassword(createdHtml);
        Assert.Contains("l.nguyen@riverbend.example", createdHtml, StringComparison.Ordinal);

        using var user = app.CreateBrowserClient();
        using var signIn = await user.SignInAsync("l.nguyen@riverbend.example", temporary);
        using var elsewhere = await user.GetAsync(new Uri("/Patients", UriKind.Relative), TestContext.Current.CancellationToken);
        using var weak = await user.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword",
            ("CurrentPassword", temporary), ("NewPassword", "alllowercaseletters"), ("ConfirmPassword", "alllowercaseletters"));
        using var changed = await user.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword",
            ("CurrentPassword", temporary), ("NewPassword", "Linh's own passphrase"), ("ConfirmPassword", "Linh's own passphrase"));
        var patients = await PageHtml.GetAsync(user, "/Patients");
        using var again = app.CreateBrowserClient();
        using var oldPassword = await again.SignInAsync("l.nguyen@riverbend.example", temporary);

        Assert.Equal("/Account/ChangePassword", WebSignIn.RedirectPath(signIn));
        Assert.Equal("/Account/ChangePassword", WebSignIn.RedirectPath(elsewhere));
        Assert.Contains("must mix at least two kinds of characters", await weak.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("/", WebSignIn.RedirectPath(changed));
        Assert.Equal(SeedDemoPractice.PatientCount, int.Parse(Regex.Match(patients, "of (\\d+) patients").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        Assert.Contains("is not right", await oldPassword.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_reset_replaces_the_password_with_a_temporary_one_and_lock_keeps_the_user_out(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var admin = await app.SignedInClientAsync(DemoSignIns.Admin);
        var userId = await UserIdAsync(database, DemoSignIns.Biller);

        using var reset = await admin.PostFormAsync("/Admin/Users", $"/Admin/Users?handler=Reset&userId={userId}");
        var temporary = TemporaryPassword(await reset.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var oldPassword = await app.CreateBrowserClient().SignInAsync(DemoSignIns.Biller, DemoSignIns.Password);
        using var withTemporary = await app.CreateBrowserClient().SignInAsync(DemoSignIns.Biller, temporary);
        using var locked = await admin.PostFormAsync("/Admin/Users", $"/Admin/Users?handler=Lock&userId={userId}");
        using var whileLocked = await app.CreateBrowserClient().SignInAsync(DemoSignIns.Biller, temporary);
        using var unlocked = await admin.PostFormAsync("/Admin/Users", $"/Admin/Users?handler=Unlock&userId={userId}");
        using var afterUnlock = await app.CreateBrowserClient().SignInAsync(DemoSignIns.Biller, temporary);
        using var self = await admin.PostFormAsync("/Admin/Users", $"/Admin/Users?handler=Lock&userId={await UserIdAsync(database, DemoSignIns.Admin)}");

        Assert.Contains("is not right", await oldPassword.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("/Account/ChangePassword", WebSignIn.RedirectPath(withTemporary));
        Assert.Contains($"{DemoSignIns.Biller} is locked.", await locked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(SignInModel.RefusedMessage, Problem(await whileLocked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.Contains($"{DemoSignIns.Biller} is unlocked.", await unlocked.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("/Account/ChangePassword", WebSignIn.RedirectPath(afterUnlock));
        Assert.Contains("You cannot lock yourself out.", await self.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task With_two_factor_on_sign_in_asks_for_the_authenticator_code(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var first = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var setup = await PageHtml.GetAsync(first, "/Account/TwoFactor");
        var key = SharedKey().Match(setup).Groups[1].Value;
        Assert.Matches("otpauth://totp/Chronicle%3Ar.castillo%40riverbend.example\\?secret=[A-Z2-7]+&amp;issuer=Chronicle&amp;digits=6", setup);
        using var wrongSetup = await first.PostFormAsync("/Account/TwoFactor", "/Account/TwoFactor?handler=Enable", ("Code", "000000"));
        using var enabled = await first.PostFormAsync("/Account/TwoFactor", "/Account/TwoFactor?handler=Enable", ("Code", Totp.Code(key, TimeProvider.System.GetUtcNow())));

        using var second = app.CreateBrowserClient();
        using var password = await second.SignInAsync(DemoSignIns.CareManager, DemoSignIns.Password);
        using var beforeCode = await second.GetAsync(new Uri("/Patients", UriKind.Relative), TestContext.Current.CancellationToken);
        using var wrongCode = await second.PostFormAsync("/Account/SignInCode", "/Account/SignInCode", ("Code", "000000"));
        using var rightCode = await second.PostFormAsync("/Account/SignInCode", "/Account/SignInCode",
            ("Code", Totp.Code(key, TimeProvider.System.GetUtcNow().AddSeconds(30))));

        Assert.Contains("That code is not right", await wrongSetup.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("Two-factor sign-in is on", await enabled.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("/Account/SignInCode", WebSignIn.RedirectPath(password));
        Assert.Equal("/Account/SignIn", WebSignIn.RedirectPath(beforeCode));
        Assert.Contains("That code is not right", await wrongCode.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("/", WebSignIn.RedirectPath(rightCode));
        Assert.Contains("RB1001", PageHtml.Mrns(await PageHtml.GetAsync(second, "/Patients?q=RB1001")));

        // A lost phone: the administrator's reset turns two-factor off along with the password.
        using var admin = await app.SignedInClientAsync(DemoSignIns.Admin);
        using var reset = await admin.PostFormAsync("/Admin/Users", $"/Admin/Users?handler=Reset&userId={await UserIdAsync(database, DemoSignIns.CareManager)}");
        using var afterReset = await app.CreateBrowserClient().SignInAsync(DemoSignIns.CareManager, TemporaryPassword(await reset.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.Equal("/Account/ChangePassword", WebSignIn.RedirectPath(afterReset));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        await using var app = new ChronicleAppFactory(database);
        using var client = await app.SignedInClientAsync(DemoSignIns.Auditor);
        await PageHtml.GetAsync(client, "/Patients");

        using var signOut = await client.PostFormAsync("/Patients", "/Account/SignOut");
        using var after = await client.GetAsync(new Uri("/Patients", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("/Account/SignIn", WebSignIn.RedirectPath(signOut));
        Assert.Equal("/Account/SignIn", WebSignIn.RedirectPath(after));
    }

    private static string TemporaryPassword(string html)
    {
        var match = TemporaryPasswordPattern().Match(html);
        Assert.True(match.Success, $"No temporary password on the page:\n{html}");
        return match.Groups[1].Value;
    }

    private static string Problem(string html) => SignInProblem().Match(html).Groups[1].Value;

    private static async Task<Guid> StaffIdAsync(TestDatabase database, string lastName)
    {
        await using var db = database.NewContext();
        return (await db.StaffMembers.AsNoTracking().SingleAsync(s => s.LastName == lastName, TestContext.Current.CancellationToken)).Id.Value;
    }

    private static async Task<Guid> UserIdAsync(TestDatabase database, string email)
    {
        await using var db = database.NewContext();
        return (await db.Users.AsNoTracking().SingleAsync(u => u.UserName == email, TestContext.Current.CancellationToken)).Id;
    }

    [GeneratedRegex("id=\"temporary-password\">([^<]+)</code>")]
    private static partial Regex TemporaryPasswordPattern();

    [GeneratedRegex("id=\"shared-key\">([^<]+)</code>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("id=\"sign-in-problem\">([^<]+)</p>")]
    private static partial Regex SignInProblem();
}
