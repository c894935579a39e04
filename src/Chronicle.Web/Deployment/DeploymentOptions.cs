namespace Chronicle.Web.Deployment;

using System.Net;

/// <summary>
/// How the web app is reached and where it keeps its keys (ADR 0190), from the configuration
/// sections <c>Chronicle</c> and <c>DataProtection</c>:
/// <list type="bullet">
/// <item><c>Chronicle:PublicBaseUrl</c> — the address people and programs use (https://chronicle.example.org/);
/// every absolute link and redirect is built from it, never from the request's Host header.</item>
/// <item><c>Chronicle:KnownProxies</c> (addresses) and <c>Chronicle:KnownNetworks</c> (CIDR ranges) — the
/// reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed; from anyone else they are ignored.</item>
/// <item><c>DataProtection:CertificateFile</c> and <c>DataProtection:CertificatePassword</c> — a PKCS#12 (.pfx)
/// file whose certificate encrypts the key ring stored in the database.</item>
/// </list>
/// </summary>
public sealed class DeploymentOptions
{
    public Uri? PublicBaseUrl { get; init; }

    public IReadOnlyList<IPAddress> KnownProxies { get; init; } = [];

    public IReadOnlyList<IPNetwork> KnownNetworks { get; init; } = [];

    public string? CertificateFile { get; init; }

    public string? CertificatePassword { get; init; }

    public bool TrustsAProxy => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>
    /// Reads the settings and answers them with every problem found, each naming its setting.
    /// Production must name its public HTTPS address and the certificate that protects its keys.
    /// </summary>
    public static (DeploymentOptions Options, IReadOnlyList<string> Problems) Read(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var problems = new List<string>();
        var options = new DeploymentOptions
        {
            PublicBaseUrl = ReadPublicBaseUrl(configuration["Chronicle:PublicBaseUrl"], environment.IsProduction(), problems),
            KnownProxies = ReadList(configuration, "Chronicle:KnownProxies", problems, (string text, out IPAddress value) => IPAddress.TryParse(text, out value!)),
            KnownNetworks = ReadList(configuration, "Chronicle:KnownNetworks", problems, (string text, out IPNetwork value) => IPNetwork.TryParse(text, out value)),
            CertificateFile = Blank(configuration["DataProtection:CertificateFile"]),
            CertificatePassword = configuration["DataProtection:CertificatePassword"],
        };
        if (environment.IsProduction() && options.CertificateFile is null)
        {
            problems.Add("DataProtection:CertificateFile is not set: in Production the session and form keys kept in the database must be encrypted with a certificate (a .pfx file; README, Deployment).");
        }
        else if (options.CertificateFile is not null && !File.Exists(options.CertificateFile))
        {
            problems.Add($"DataProtection:CertificateFile names '{options.CertificateFile}', which does not exist.");
        }

        return (options, problems);
    }

    private static Uri? ReadPublicBaseUrl(string? text, bool production, List<string> problems)
    {
        if (Blank(text) is not { } value)
        {
            if (production)
            {
                problems.Add("Chronicle:PublicBaseUrl is not set: in Production every link and redirect is built from the public address (e.g. https://chronicle.example.org/), never from the request's Host header.");
            }

            return null;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) || url.Query.Length > 0 || url.Fragment.Length > 0)
        {
            problems.Add($"Chronicle:PublicBaseUrl '{value}' is not an absolute http(s) address without query or fragment.");
            return null;
        }

        if (production && url.Scheme != Uri.UriSchemeHttps)
        {
            problems.Add($"Chronicle:PublicBaseUrl '{value}' must be https:// in Production: session cookies are sent over HTTPS only.");
        }

        return new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
    }

    private delegate bool TryParse<T>(string text, out T value);

    private static List<T> ReadList<T>(IConfiguration configuration, string key, List<string> problems, TryParse<T> parse)
    {
        var values = new List<T>();
        foreach (var entry in configuration.GetSection(key).GetChildren())
        {
            if (Blank(entry.Value) is not { } text)
            {
                continue;
            }

            if (parse(text.Trim(), out var value))
            {
                values.Add(value);
            }
            else
            {
                problems.Add($"{entry.Path} '{text}' is not a valid {(typeof(T) == typeof(IPAddress) ? "IP address" : "network (address/prefix length)")}.");
            }
        }

        return values;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
