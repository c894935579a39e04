namespace Chronicle.Cli.Commands;

using System.CommandLine;
using Chronicle.Application.Database;
using Chronicle.Application.Demo;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

/// <summary>chronicle demo seed</summary>
internal static class DemoCommands
{
    public static Command Create(CliRun run)
    {
        var seed = new Command("seed", $"Add the synthetic demo practice ({SeedDemoPractice.PatientCount} patients) to the configured database.");
        seed.SetAction((_, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await services.GetRequiredService<MigrateDatabase>().ExecuteAsync(ct);
            var wrote = await services.GetRequiredService<SeedDemoPractice>().SeedAsync(ct);
            await run.Console.Output.WriteLineAsync(wrote
                ? $"Seeded the demo practice with {SeedDemoPractice.PatientCount} synthetic patients."
                : "The demo practice is already there; nothing was changed.");
            return ExitCodes.Ok;
        }, cancellationToken));

        var demo = new Command("demo", "Synthetic demo data.");
        demo.Subcommands.Add(seed);
        return demo;
    }
}
