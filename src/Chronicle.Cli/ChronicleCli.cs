namespace Chronicle.Cli;

using System.CommandLine;
using Chronicle.Cli.Commands;
using Chronicle.Cli.Hosting;

/// <summary>The 'chronicle' command line: one root with a command group per capability.</summary>
public static class ChronicleCli
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, IReadOnlyDictionary<string, string?>? configurationOverrides = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        var run = new CliRun(console, configurationOverrides);
        var root = new RootCommand("Chronicle: chronic care management for Medicare practices.");
        var actAs = new Option<string?>("--as")
        {
            Description = $"Act as this staff sign-in (e-mail address): its role's permissions apply and the audit trail names it. Default: ${CliRun.UserVariable}, else the operator (system).",
            Recursive = true,
        };
        root.Options.Add(actAs);
        root.Subcommands.Add(DbCommands.Create(run));
        root.Subcommands.Add(DemoCommands.Create(run));
        root.Subcommands.Add(EligibilityCommand.Create(run));
        root.Subcommands.Add(OutreachCommands.Create(run));
        root.Subcommands.Add(ImportCommands.Create(run, CsvImportCommand.Create(run)));
        root.Subcommands.Add(ExportCommands.Create(run));
        root.Subcommands.Add(CodesCommands.Create(run));
        root.Subcommands.Add(AuditCommands.Create(run));
        root.Subcommands.Add(UsersCommands.Create(run));
        root.Subcommands.Add(TimeCommands.Create(run));
        root.Subcommands.Add(TokensCommands.Create(run));
        root.Subcommands.Add(CarePlanCommands.Create(run));
        root.Subcommands.Add(BillingCommands.Create(run));
        root.Subcommands.Add(RulesCommands.Create(run));
        root.Subcommands.Add(ClaimsCommands.Create(run));
        root.Subcommands.Add(RemitCommands.Create(run));
        root.Subcommands.Add(StatementsCommands.Create(run));
        root.Subcommands.Add(BenchCommand.Create(run));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await console.Error.WriteLineAsync($"error: {error.Message}");
            }

            await console.Error.WriteLineAsync("Run 'chronicle --help' (or the command with --help) for usage.");
            return ExitCodes.Usage;
        }

        run.ActAs = parsed.GetValue(actAs);
        var invocation = new InvocationConfiguration { Output = console.Output, Error = console.Error };
        return await parsed.InvokeAsync(invocation);
    }
}
