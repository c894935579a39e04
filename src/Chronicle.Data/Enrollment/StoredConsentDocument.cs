namespace Chronicle.Data.Enrollment;

using Chronicle.Domain.Common;

/// <summary>
/// The bytes of a signed consent form (PDF or image), stored once per patient and found by their
/// SHA-256, which the consent record carries (<see cref="Chronicle.Domain.Enrollment.SignedDocument"/>).
/// Never changed or deleted: the hash in the record proves the stored file is the one signed.
/// </summary>
public sealed class StoredConsentDocument
{
    /// <summary>The largest file accepted: a few scanned pages.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    private StoredConsentDocument()
    {
        ContentHash = string.Empty;
        MediaType = string.Empty;
        Content = [];
    }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    /// <summary>SHA-256 of <see cref="Content"/>, 64 lower-case hexadecimal digits.</summary>
    public string ContentHash { get; private set; }

    public string MediaType { get; private set; }

    public byte[] Content { get; private set; }

    public DateTimeOffset StoredAt { get; private set; }

    public static StoredConsentDocument Create(PracticeId practiceId, PatientId patientId, string contentHash, string mediaType, byte[] content, DateTimeOffset storedAt)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new StoredConsentDocument
        {
            PracticeId = practiceId,
            PatientId = patientId,
            ContentHash = contentHash,
            MediaType = mediaType,
            Content = content,
            StoredAt = storedAt,
        };
    }
}
