namespace Chronicle.Application.Security.Tokens;

using System.Buffers;
using System.Security.Cryptography;
using System.Text;

/// <summary>
/// The secret handed to another system once: "chr_" and 32 random bytes in URL-safe base64. The
/// prefix makes a leaked token recognisable to secret scanners; only its SHA-256 is kept.
/// </summary>
public static class ApiTokenSecret
{
    public const string Marker = "chr_";
    private const int PrefixLength = 12;
    private static readonly SearchValues<char> UrlSafeBase64 = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static string NewSecret() => Marker + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string PrefixOf(string secret) => secret.Length <= PrefixLength ? secret : secret[..PrefixLength];

    /// <summary>Whether a presented value has the shape of a Chronicle token at all, so that junk never reaches the database.</summary>
    public static bool LooksLikeSecret(string? value) =>
        value is { Length: 47 } && value.StartsWith(Marker, StringComparison.Ordinal)
        && value.AsSpan(Marker.Length).IndexOfAnyExcept(UrlSafeBase64) < 0;

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
