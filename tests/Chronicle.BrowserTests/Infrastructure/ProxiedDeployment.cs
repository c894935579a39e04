namespace Chronicle.BrowserTests.Infrastructure;

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

/// <summary>
/// Chronicle deployed as the README describes: two app processes in Production on loopback ports,
/// one fresh PostgreSQL database, one key certificate, and nginx with TLS in front of both. The
/// database is migrated and given the demo practice first (Production never seeds a real database).
/// </summary>
public sealed class ProxiedDeployment : IAsyncDisposable
{
    private const string KeyPassword = "proxied-deployment-keys";

    private readonly string _folder = Directory.CreateTempSubdirectory("chronicle-proxy-").FullName;
    private readonly List<AppInstance> _instances = [];
    private string? _database;
    private NginxProxy? _proxy;

    /// <summary>https://127.0.0.1:PORT/, the address the browser uses and the app is told is public.</summary>
    public Uri PublicBaseUrl { get; private set; } = null!;

    public IReadOnlyList<AppInstance> Instances => _instances;

    /// <summary>Skips (or in CI fails) when nginx, PostgreSQL or Chromium is missing.</summary>
    public static void RequireTools()
    {
        BrowserEnvironment.RequireChromium();
        var missing = new List<string>();
        if (!File.Exists(NginxProxy.Executable))
        {
            missing.Add($"nginx at {NginxProxy.Executable} (apt-get install nginx)");
        }

        if (AdminConnectionString is null)
        {
            missing.Add("PostgreSQL (CHRONICLE_TEST_POSTGRES, a connection string)");
        }

        if (missing.Count == 0)
        {
            return;
        }

        var what = string.Join(" and ", missing);
        if (BrowserEnvironment.RequireAll)
        {
            Assert.Fail($"The proxied deployment test needs {what}, and this run requires every test.");
        }

        Assert.Skip($"The proxied deployment test needs {what}; .ci/run provides both.");
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _database = $"chronicle_proxy_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(AdminConnectionString))
        {
            await admin.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", admin);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var proxyPort = AppInstance.FreePort();
        PublicBaseUrl = new Uri($"https://127.0.0.1:{proxyPort}/");
        var settings = Settings();
        await PrepareDatabaseAsync(settings);

        // One after the other: the first has made the key ring (in the preparation) and both read it.
        for (var i = 0; i < 2; i++)
        {
            _instances.Add(await AppInstance.StartAsync(settings, cancellationToken));
        }

        _proxy = await NginxProxy.StartAsync(_folder, proxyPort, _instances.Select(i => i.Port), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        if (_database is not null)
        {
            await using var admin = new NpgsqlConnection(AdminConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private static string? AdminConnectionString =>
        Environment.GetEnvironmentVariable("CHRONICLE_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    /// <summary>What an operator sets, as environment variables (README, Deployment).</summary>
    private Dictionary<string, string> Settings()
    {
        var keys = Path.Combine(_folder, "data-protection.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Chronicle data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var from = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var certificate = request.CreateSelfSigned(from, from.AddYears(80));
            File.WriteAllBytes(keys, certificate.Export(X509ContentType.Pfx, KeyPassword));
        }

        return new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "postgres",
            ["Database__ConnectionString"] = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = _database }.ConnectionString,
            ["Audit__KeyFile"] = Path.Combine(_folder, "audit-keys.json"),
            ["AllowedHosts"] = "127.0.0.1",
            ["Chronicle__PublicBaseUrl"] = PublicBaseUrl.ToString(),
            ["Chronicle__KnownProxies__0"] = "127.0.0.1",
            ["DataProtection__CertificateFile"] = keys,
            ["DataProtection__CertificatePassword"] = KeyPassword,
            ["Logging__LogLevel__Default"] = "Warning",
            ["DOTNET_USE_POLLING_FILE_WATCHER"] = "true",
        };
    }

    /// <summary>Migrates the database and seeds the demo practice with the app itself, in-process, then stops it.</summary>
    private static async Task PrepareDatabaseAsync(Dictionary<string, string> settings)
    {
        await using var preparation = new Preparation(settings);
        _ = preparation.Services;
    }

    private sealed class Preparation(Dictionary<string, string> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            ArgumentNullException.ThrowIfNull(builder);
            foreach (var (key, value) in settings.Where(s => s.Key.Contains("__", StringComparison.Ordinal)))
            {
                builder.UseSetting(key.Replace("__", ":", StringComparison.Ordinal), value);
            }

            builder.UseSetting("Database:MigrateOnStartup", "true");
            builder.UseSetting("Demo:SeedOnEmptyDatabase", "true");
            builder.UseEnvironment("Testing");
        }
    }
}
