namespace Chronicle.Cli.Hosting;

using System.Data.Common;
using Chronicle.Application;
using Chronicle.Application.Audit;
using Chronicle.Application.Backups;
using Chronicle.Application.Claims;
using Chronicle.Application.Clock;
using Chronicle.Application.Database;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

/// <summary>
/// One invocation of the CLI: its console and its configuration, read from the same sources as
/// the web app (appsettings.json beside the executable, then environment variables such as
/// Database__Provider, then overrides a test passes in). Outside Production (DOTNET_ENVIRONMENT, Production
/// when unset, as for any .NET host) Chronicle:Clock:Now sets the clock (ADR 0241).
/// </summary>
public sealed class CliRun(CliConsole console, IReadOnlyDictionary<string, string?>? overrides)
{
    /// <summary>The environment variable that names the user when --as is not given.</summary>
    public const string UserVariable = "CHRONICLE_USER";

    public CliConsole Console { get; } = console;

    /// <summary>The staff sign-in named by --as; null runs the command as the operator (the system actor).</summary>
    public string? ActAs { get; set; }

    public IConfiguration BuildConfiguration() =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();

    /// <summary>
    /// Runs a command body with its services, turning the failures a user can cause (a bad
    /// configuration, an unreachable database, a bad value) into a clear message and exit code 1.
    /// Never prints a stack trace.
    /// </summary>
    public async Task<int> ExecuteAsync(Func<IServiceProvider, CancellationToken, Task<int>> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            var configuration = BuildConfiguration();
            var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
            var services = new ServiceCollection();
            services.AddSingleton(configuration);

            // Logs go to standard error so that --json output on standard output stays one document.
            services.AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging"))
                .AddSimpleConsole(options => options.SingleLine = true)
                .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace));

            // Without --as, whoever can run the command on the server acts as the system, recorded by
            // login and machine (installation tasks, scripts); with it, as that staff user (ADR 0191).
            var actor = new CliActorContext(new Actor(
                "cli:" + Environment.UserName, Environment.UserName, Roles.System, AccessSurface.Cli, Environment.MachineName));
            services.AddSingleton<IActorContext>(actor);
            services.AddSingleton(configuration.GetSection(AuditKeySettings.SectionName).Get<AuditKeySettings>() ?? new AuditKeySettings());
            services.AddSingleton(configuration.GetSection(BackupSettings.SectionName).Get<BackupSettings>() ?? new BackupSettings());
            services.AddOptions<Chronicle.Application.Submission.ClearinghouseOptions>().Bind(configuration.GetSection(Chronicle.Application.Submission.ClearinghouseOptions.Section));
            var environment = configuration["DOTNET_ENVIRONMENT"] ?? "Production";
            var (clockNotice, clockProblem) = HostClock.Register(services, configuration[ClockSettings.NowKey] ?? configuration[ClockSettings.NowVariable],
                configuration[ClockSettings.RunsKey], string.Equals(environment, "Production", StringComparison.OrdinalIgnoreCase));
            if (clockProblem is not null)
            {
                return Fail(clockProblem);
            }

            services.AddChronicleApplication(database);
            services.AddClaimFileOptions(configuration);
            await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

            // What a host checks at start (ValidateOnStart): the claim-file settings, before any command runs.
            provider.GetRequiredService<IStartupValidator>().Validate();
            await using var scope = provider.CreateAsyncScope();
            if (clockNotice is not null)
            {
                HostClock.LogNotice(provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HostClock)), clockNotice);
            }

            var user = ActAs ?? configuration[UserVariable];
            if (!string.IsNullOrWhiteSpace(user))
            {
                var resolved = await scope.ServiceProvider.GetRequiredService<ResolveCliUser>()
                    .ExecuteAsync(user, $"{Environment.UserName}@{Environment.MachineName}", cancellationToken);
                if (resolved.Value is not { } signedIn)
                {
                    return Fail(resolved.Error!.ToString());
                }

                actor.Current = signedIn;
            }

            return await body(scope.ServiceProvider, cancellationToken);
        }
        catch (InvalidValueException ex)
        {
            return Fail($"{ex.ValueName}: {ex.Reason}");
        }
        catch (AuditChainException ex)
        {
            return Fail(ex.Message);
        }
        catch (OptionsValidationException ex)
        {
            return Fail("The configuration is not valid: " + string.Join(" ", ex.Failures));
        }
        catch (AuditKeyException ex)
        {
            return Fail(ex.Message);
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith("Database:", StringComparison.Ordinal))
        {
            return Fail(ex.Message);
        }
        catch (DbException ex)
        {
            return Fail($"The database could not be used: {ex.Message}");
        }
        catch (OperationCanceledException)
        {
            return Fail("Cancelled; nothing further was written.");
        }
    }

    /// <summary>
    /// Brings the embedded SQLite default (or a database configured with MigrateOnStartup) up to
    /// date before a command uses it, as the web app does at start, so a fresh clone needs no
    /// separate 'db migrate'. Other databases are migrated only by 'chronicle db migrate'.
    /// </summary>
    public static async Task PrepareEmbeddedSchemaAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.GetRequiredService<DatabaseOptions>();
        if (options.IsEmbeddedDefault || options.MigrateOnStartup)
        {
            await services.GetRequiredService<MigrateDatabase>().ExecuteAsync(cancellationToken);
        }
    }

    public int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return ExitCodes.BusinessError;
    }
}
