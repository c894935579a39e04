namespace Chronicle.IntegrationTests.Security;

using Chronicle.Application.Security;

public sealed class PasswordRulesTests
{
    [Theory]
    [InlineData("Chronicle-demo-2026", true)]
    [InlineData("correct horse battery staple", true)]
    [InlineData("alllowercaseletters", false)]
    [InlineData("Short-1", false)]
    [InlineData("ALLUPPERCASEWORDS", false)]
    [InlineData("123456789012", false)]
    [InlineData("1234567890ab", true)]
    [InlineData("", false)]
    public void A_password_needs_twelve_characters_of_at_least_two_kinds(string password, bool acceptable)
    {
        Assert.Equal(acceptable, PasswordRules.Problems(password).Count == 0);
    }

    [Theory]
    [InlineData("aaaaaaaaaaa1", false)]
    [InlineData("111111111111a", false)]
    [InlineData("abababababab12", false)]
    [InlineData("Password2026!", false)]
    [InlineData("P@ssw0rd-2026", false)]
    [InlineData("qwertyuiop123", false)]
    [InlineData("1q2w3e4r5t6y", true)]
    [InlineData("!!Welcome2024!!", false)]
    [InlineData("123456789012ab", true)]
    [InlineData("iloveyou1234", false)]
    [InlineData("Chronicle-demo-2026", true)]
    [InlineData("Lantern river 48 quietly", true)]
    public void A_repeated_character_and_the_common_passwords_are_refused(string password, bool acceptable)
    {
        Assert.Equal(acceptable, PasswordRules.Problems(password).Count == 0);
    }

    [Fact]
    public void Temporary_passwords_follow_the_rules_and_differ_each_time()
    {
        var passwords = Enumerable.Range(0, 50).Select(_ => TemporaryPassword.Generate()).ToList();

        Assert.All(passwords, p => Assert.Empty(PasswordRules.Problems(p)));
        Assert.All(passwords, p => Assert.Matches("^([A-Za-z2-9]{4}-){3}[A-Za-z2-9]{4}$", p));
        Assert.Equal(passwords.Count, passwords.Distinct(StringComparer.Ordinal).Count());
    }
}
