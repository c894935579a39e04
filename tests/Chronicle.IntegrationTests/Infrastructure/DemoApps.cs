namespace Chronicle.IntegrationTests.Infrastructure;

using System.Collections.Concurrent;
using Chronicle.Application.Demo;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// One seeded demo app per database provider, shared by the tests of a class that only read
/// (the authorization matrix), with one signed-in client per demo user. Tests that change data
/// start their own app.
/// </summary>
public sealed class DemoApps : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, DemoApp> _apps = new(StringComparer.Ordinal);

    public async Task<DemoApp> GetAsync(string provider)
    {
        await _gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (!_apps.TryGetValue(provider, out var app))
            {
                var database = await TestDatabase.CreateAsync(provider);
                app = new DemoApp(database, new ChronicleAppFactory(database));
                _apps[provider] = app;
            }

            return app;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in _apps.Values)
        {
            await app.DisposeAsync();
        }

        _gate.Dispose();
    }
}

public sealed class DemoApp(TestDatabase database, ChronicleAppFactory app) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Guid> _patients = new(StringComparer.Ordinal);

    public TestDatabase Database { get; } = database;

    public ChronicleAppFactory App { get; } = app;

    /// <summary>A client signed in as the demo user of this role, or an anonymous one for "anonymous".</summary>
    public async Task<HttpClient> ClientAsync(string role)
    {
        if (_clients.TryGetValue(role, out var client))
        {
            return client;
        }

        client = role == "anonymous" ? App.CreateBrowserClient() : await App.SignedInClientAsync(DemoSignIns.ByRole[role]);
        return _clients.GetOrAdd(role, client);
    }

    public async Task<Guid> PatientIdAsync(string mrn)
    {
        if (_patients.TryGetValue(mrn, out var id))
        {
            return id;
        }

        App.CreateClient().Dispose();
        await using var db = Database.NewContext();
        id = (await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == mrn, TestContext.Current.CancellationToken)).Id.Value;
        return _patients.GetOrAdd(mrn, id);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        await App.DisposeAsync();
        await Database.DisposeAsync();
    }
}
