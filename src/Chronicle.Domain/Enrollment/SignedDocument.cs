namespace Chronicle.Domain.Enrollment;

using Chronicle.Domain.Common;

/// <summary>
/// A reference to the signed consent form (PDF or image): the SHA-256 of its bytes, which proves
/// later that the stored file is the one signed, and its media type. The bytes are stored elsewhere.
/// </summary>
public sealed record SignedDocument
{
    private static readonly string[] MediaTypes = ["application/pdf", "image/png", "image/jpeg", "image/tiff"];

    private SignedDocument(string contentHash, string mediaType)
    {
        ContentHash = contentHash;
        MediaType = mediaType;
    }

    /// <summary>SHA-256 of the file, 64 lower-case hexadecimal digits.</summary>
    public string ContentHash { get; }

    public string MediaType { get; }

    public static ValueResult<SignedDocument> TryCreate(string? contentHash, string? mediaType)
    {
        var hash = contentHash?.Trim().ToLowerInvariant() ?? string.Empty;
        if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower))
        {
            return ValueResult<SignedDocument>.Fail("The document hash must be a SHA-256: 64 hexadecimal digits.");
        }

        var type = mediaType?.Trim().ToLowerInvariant() ?? string.Empty;
        return MediaTypes.Contains(type)
            ? ValueResult<SignedDocument>.Ok(new SignedDocument(hash, type))
            : ValueResult<SignedDocument>.Fail($"'{mediaType}' is not a consent document type; use {string.Join(", ", MediaTypes)}.");
    }
}
