namespace Chronicle.Application.Security;

using System.Security.Cryptography;

/// <summary>
/// One-time passwords an administrator hands over (a new account, a reset): four groups of four
/// characters without look-alikes (no 0/O, 1/l/I), always mixing cases and digits, about 70 bits.
/// </summary>
public static class TemporaryPassword
{
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";

    public static string Generate()
    {
        var groups = new string[4];
        for (var i = 0; i < groups.Length; i++)
        {
            groups[i] = string.Concat(Pick(Upper), Pick(Lower), Pick(Digits), Pick(Lower));
        }

        return string.Join('-', groups);
    }

    private static char Pick(string alphabet) => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
}
