namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Chronicle.Application.Database;
using Chronicle.Application.Demo;
using Chronicle.Application.Importing;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

/// <summary>chronicle demo seed [--practice office|rhc] | demo generate --patients N [--seed S] [--practice NPI] [--name NAME] [--json]</summary>
internal static class DemoCommands
{
    public static Command Create(CliRun run)
    {
        var which = new Option<string>("--practice")
        {
            Description = "Which demo practice: office (Riverbend Family Medicine, the default) or rhc (a rural health clinic billing on the 837I).",
            DefaultValueFactory = _ => "office",
        };
        which.AcceptOnlyFromAmong("office", "rhc");
        var seed = new Command("seed", $"Add a synthetic demo practice to the configured database: the office ({SeedDemoPractice.PatientCount} patients) or, with --practice rhc, the rural health clinic.")
        {
            which,
        };
        seed.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await services.GetRequiredService<MigrateDatabase>().ExecuteAsync(ct);
            if (parse.GetValue(which) == "rhc")
            {
                return await SeedClinicAsync(run, services, ct);
            }

            var wrote = await services.GetRequiredService<SeedDemoPractice>().SeedAsync(ct);
            await run.Console.Output.WriteLineAsync(wrote
                ? $"Seeded the demo practice with {SeedDemoPractice.PatientCount} synthetic patients."
                : "The demo practice is already there; nothing was changed.");
            return ExitCodes.Ok;
        }, cancellationToken));

        var demo = new Command("demo", "Synthetic demo data.");
        demo.Subcommands.Add(seed);
        demo.Subcommands.Add(CreateGenerate(run));
        return demo;
    }

    private static async Task<int> SeedClinicAsync(CliRun run, IServiceProvider services, CancellationToken ct)
    {
        var result = await services.GetRequiredService<SeedRhcPractice>().SeedAsync(ct);
        if (result.Error is { } error)
        {
            return run.Fail(error.ToString());
        }

        await run.Console.Output.WriteLineAsync(result.Value is { } seeded
            ? string.Create(CultureInfo.InvariantCulture,
                $"Seeded {seeded.Name} (group NPI {seeded.GroupNpi}), a rural health clinic, with {seeded.Patients} synthetic patients; closed {seeded.Month}, approved {seeded.Claims} claims and exported {seeded.FileName}.")
            : "The demo rural health clinic is already there; nothing was changed.");
        return ExitCodes.Ok;
    }

    private static Command CreateGenerate(CliRun run)
    {
        var patients = new Option<int>("--patients") { Description = "How many patients to generate (up to 10,000,000).", Required = true };
        var seedOption = new Option<int>("--seed") { Description = "The same seed gives the same practice.", DefaultValueFactory = _ => 2026 };
        var practice = new Option<string?>("--practice") { Description = "The new practice's group NPI (default: one derived from the seed)." };
        var name = new Option<string?>("--name") { Description = "The new practice's name." };
        var json = CommonOptions.JsonOption();
        var command = new Command("generate", "Create a synthetic practice of N patients with conditions, enrollments, consents, care plans and a month of time, for benchmarks.")
        {
            patients, seedOption, practice, name, json,
        };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await services.GetRequiredService<MigrateDatabase>().ExecuteAsync(ct);
            var asJson = parse.GetValue(json);
            IImportProgress progress = asJson ? NoProgress.Instance : new ProgressDisplay(run.Console);
            var watch = Stopwatch.StartNew();
            var result = await services.GetRequiredService<GenerateDemoPractice>().ExecuteAsync(
                new GenerateDemoRequest(parse.GetValue(patients), parse.GetValue(seedOption), parse.GetValue(practice), parse.GetValue(name)), progress, ct);
            if (result.Value is not { } made)
            {
                return run.Fail(result.Error!.ToString());
            }

            var seconds = watch.Elapsed.TotalSeconds;
            if (asJson)
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    made.PracticeId, made.Name, made.GroupNpi, made.Staff, made.Patients, made.Conditions, made.Enrolled,
                    made.Consents, made.CarePlans, made.TimeEntries, made.OtherServices, seconds = Math.Round(seconds, 3),
                }, CommonOptions.Json));
            }
            else
            {
                await run.Console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Generated {made.Name} (group NPI {made.GroupNpi}): {made.Patients:N0} patients, {made.Enrolled:N0} enrolled, {made.Consents:N0} consents, " +
                    $"{made.CarePlans:N0} care plans, {made.TimeEntries:N0} time entries, {made.Staff} staff, in {seconds:0.0} s ({made.Patients / seconds:N0} patients/s)."));
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
