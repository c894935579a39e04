namespace Chronicle.BrowserTests.Infrastructure;

using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The real web app served by Kestrel on a free loopback port, so a real browser can reach it,
/// over a fresh SQLite file that the app migrates and seeds with the demo practice as it starts.
/// </summary>
public sealed class ChronicleServer : WebApplicationFactory<Program>
{
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"chronicle-browser-{Guid.NewGuid():N}.db");

    public ChronicleServer() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>The clearinghouse's folder pair (a folder transport): claim files arrive in 'out', responses are left in 'in'.</summary>
    public string ClearinghouseFolder { get; } = Path.Combine(Path.GetTempPath(), $"chronicle-browser-clearinghouse-{Guid.NewGuid():N}");

    /// <summary>Starts the server and answers its address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single().TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={_databaseFile};Pooling=False");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Demo:SeedOnEmptyDatabase", "true");
        builder.UseSetting("Clearinghouse:Transport", "folder");
        builder.UseSetting("Clearinghouse:UploadFolder", Path.Combine(ClearinghouseFolder, "out"));
        builder.UseSetting("Clearinghouse:DownloadFolder", Path.Combine(ClearinghouseFolder, "in"));
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Chronicle.Tests.Common.TestClock.Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" })
        {
            File.Delete(file);
        }

        if (Directory.Exists(ClearinghouseFolder))
        {
            Directory.Delete(ClearinghouseFolder, recursive: true);
        }
    }
}
