namespace Chronicle.IntegrationTests.Hardening;

using System.Net;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>The web's password validator refuses a repeated character and the common passwords (ADR 0175).</summary>
public sealed class PasswordPolicyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Changing_to_a_repeated_character_or_a_common_password_is_refused_and_a_good_one_is_taken(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var app = new ChronicleAppFactory(database);
        using var nurse = await app.SignedInClientAsync(DemoSignIns.CareManager);

        using var repeated = await ChangeAsync(nurse, "aaaaaaaaaaa1");
        using var common = await ChangeAsync(nurse, "Password2026!");
        using var good = await ChangeAsync(nurse, "Lantern river 48 quietly");

        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        Assert.DoesNotContain("Your password has been changed.", await common.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("at least 5 different characters", await repeated.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, common.StatusCode);
        Assert.Contains("most common passwords", await common.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("Your password has been changed.", await good.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> ChangeAsync(HttpClient client, string password) =>
        client.PostFormAsync("/Account/ChangePassword", "/Account/ChangePassword",
            ("CurrentPassword", DemoSignIns.Password), ("NewPassword", password), ("ConfirmPassword", password));
}
