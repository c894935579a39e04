namespace Chronicle.IntegrationTests.Audit;

using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Chronicle.Application;
using Chronicle.Application.Database;
using Chronicle.Application.Importing;
using Chronicle.Application.Patients;
using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Fhir;
using Chronicle.IntegrationTests.Infrastructure;
using Chronicle.IntegrationTests.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

/// <summary>
/// DESIGN §7: logs carry ids and error codes, never names, birth dates, identifiers or notes. The
/// import and chart paths run with every category at Trace (EF Core's SQL included) and their
/// log lines are searched for each patient's name, birth date, MRN, MBI and phone.
/// </summary>
public sealed class LogPrivacyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_and_chart_logs_carry_no_patient_names_birth_dates_or_identifiers(string provider)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(l => l.AddProvider(logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace));
        services.AddChronicleApplication(database.Options);
        await using (var root = services.BuildServiceProvider())
        {
            await using (var scope = root.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<MigrateDatabase>().ExecuteAsync(cancellationToken);
            }

            foreach (var kind in CsvFiles.Kinds)
            {
                await using var scope = root.CreateAsyncScope();
                await using var file = File.OpenRead(CsvFiles.Fixture(kind));
                var result = await scope.ServiceProvider.GetRequiredService<ImportCsv>()
                    .ExecuteAsync(new CsvImportRequest(kind, $"{kind}.csv"), file, NoProgress.Instance, cancellationToken);
                Assert.False(result.Value!.HasIssues, kind);
            }

            await using (var scope = root.CreateAsyncScope())
            {
                var result = await scope.ServiceProvider.GetRequiredService<ImportFhir>()
                    .ExecuteAsync(new FhirImportRequest(FhirImportHelpers.Fixture("transaction-small.json")), NoProgress.Instance, cancellationToken);
                Assert.True(result.Value!.Created > 0);
            }

            foreach (var id in await PatientIdsAsync(database))
            {
                await using var scope = root.CreateAsyncScope();
                Assert.NotNull((await scope.ServiceProvider.GetRequiredService<GetPatientChart>().ExecuteAsync(id, cancellationToken)).Value);
            }
        }

        var useCaseLines = logs.Lines.Count;
        await using (var app = new ChronicleAppFactory(database, seedDemo: false).WithWebHostBuilder(b => b.ConfigureLogging(l =>
            l.AddProvider(logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace))))
        {
            using var client = app.CreateClient();
            await PageHtml.GetAsync(client, "/Patients");
            foreach (var id in await PatientIdsAsync(database))
            {
                await PageHtml.GetAsync(client, $"/Patients/{id}");
            }
        }

        var secrets = await SecretsAsync(database);
        Assert.True(useCaseLines > 50, $"The use cases logged only {useCaseLines} lines; the test would prove nothing.");
        Assert.True(logs.Lines.Count > useCaseLines + 50, "The web requests logged (almost) nothing; the test would prove nothing.");
        Assert.Contains(logs.Lines, l => l.Contains("Executed DbCommand", StringComparison.Ordinal));
        // Whole words only: "Doe" is a patient's name, "does" is not.
        var patterns = secrets.Select(s => new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(s)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)).ToList();
        var leaks = logs.Lines.SelectMany(line => patterns.Where(p => p.IsMatch(line)).Select(p => $"{p}: {line}")).Take(5).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    private static async Task<List<Guid>> PatientIdsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        return (await db.Patients.AsNoTracking().Select(p => p.Id).ToListAsync(TestContext.Current.CancellationToken)).Select(id => id.Value).ToList();
    }

    /// <summary>Each patient's first and last name, birth date, MRN, MBI (both forms) and phone.</summary>
    private static async Task<List<string>> SecretsAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var patients = await db.Patients.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken);
        Assert.True(patients.Count >= 4, "Expected the CSV and FHIR patients.");
        return patients
            .SelectMany(p => new[]
            {
                p.FirstName, p.LastName, p.Mrn, p.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                p.Mbi?.Value, p.Mbi?.Display, p.Phone,
            })
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => [.. _lines];

        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue($"{category} [{logLevel}] {formatter(state, exception)} {exception}");
        }
    }
}
