namespace Chronicle.Application.Security;

using System.Security.Cryptography;
using System.Text;

/// <summary>Random secrets for links and tokens, and the one-way hash under which they are stored.</summary>
public static class Secrets
{
    /// <summary>A URL-safe base64 string of <paramref name="bytes"/> random bytes, without padding.</summary>
    public static string NewUrlSafe(int bytes = 32) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Lower-case hex SHA-256; secrets are long and random, so no salt or stretching is needed.</summary>
    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
