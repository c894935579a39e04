namespace Chronicle.IntegrationTests.Infrastructure;

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

/// <summary>
/// A self-signed certificate in a temporary .pfx file, as an operator would configure in
/// DataProtection:CertificateFile, plus the settings that Production needs (ADR 0190).
/// </summary>
public sealed class KeyCertificate : IDisposable
{
    public const string Password = "test-key-certificate";

    public const string PublicBaseUrl = "https://chronicle.example.test/";

    public KeyCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Chronicle data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UnixEpoch.AddYears(50);
        using var certificate = request.CreateSelfSigned(now.AddYears(-10), now.AddYears(50));
        File.WriteAllBytes(FileName, certificate.Export(X509ContentType.Pfx, Password));
    }

    public string FileName { get; } = Path.Combine(Path.GetTempPath(), $"chronicle-keys-{Guid.NewGuid():N}.pfx");

    /// <summary>What Production requires besides the database: the public address and the key certificate.</summary>
    public IReadOnlyDictionary<string, string?> ProductionSettings => new Dictionary<string, string?>
    {
        ["Chronicle:PublicBaseUrl"] = PublicBaseUrl,
        ["DataProtection:CertificateFile"] = FileName,
        ["DataProtection:CertificatePassword"] = Password,
    };

    public void Dispose() => File.Delete(FileName);
}
