namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chronicle.Application.Claims;
using Chronicle.Cli.Hosting;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

/// <summary>chronicle claims list|approve|hold --month YYYY-MM [--all | --claim ID] [--json]; chronicle claims export --month YYYY-MM --out FILE; claims correct|void (ClaimCorrectionCommands).</summary>
internal static class ClaimsCommands
{
    public static Command Create(CliRun run)
    {
        var command = new Command("claims", "Review, approve, hold and export a month's care-management claims.");
        command.Subcommands.Add(List(run));
        command.Subcommands.Add(Change(run, ClaimAction.Approve, "approve", "Approve claims for export: one (--claim; a held claim only this way) or every ready and needs-review claim of the month (--all, which leaves held claims alone)."));
        command.Subcommands.Add(Change(run, ClaimAction.Hold, "hold", "Hold claims back from export: one (--claim) or every ready, needs-review and approved claim of the month (--all)."));
        command.Subcommands.Add(Export(run));
        command.Subcommands.Add(ClaimSubmitCommands.Submit(run));
        command.Subcommands.Add(ClaimSubmitCommands.WriteOff(run));
        command.Subcommands.Add(ClaimCorrectionCommands.Correct(run));
        command.Subcommands.Add(ClaimCorrectionCommands.Void(run));
        return command;
    }

    private static Option<string> MonthOption() => new("--month") { Description = "The service month, YYYY-MM.", Required = true };

    private static Command List(CliRun run)
    {
        var month = MonthOption();
        var status = new Option<string?>("--status") { Description = "Only claims of this status: ready, needs-review, blocked, approved, on-hold, exported, submitted, accepted, rejected, paid, denied, reversed, written-off, superseded." };
        var json = CommonOptions.JsonOption();
        var practice = CommonOptions.PracticeOption();
        var command = new Command("list", "A month's claims with their status, lines, expected payment and the reasons behind each.") { month, status, json, practice };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            if (!TryMonth(run, parse.GetValue(month), out var parsed, out var failed))
            {
                return failed;
            }

            ClaimStatus? only = null;
            if (parse.GetValue(status) is { } text)
            {
                only = ClaimStatuses.FromCode(text);
                if (only is null)
                {
                    await run.Console.Error.WriteLineAsync($"error: --status: '{text}' is not a claim status; use ready, needs-review, blocked, approved, on-hold, exported, submitted, accepted, rejected, paid, denied, reversed, written-off or superseded.");
                    return ExitCodes.Usage;
                }
            }

            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<ListClaims>().ExecuteAsync(parsed, only, parse.GetValue(practice), ct);
            if (result.Value is not { } list)
            {
                return run.Fail(result.Error!.ToString());
            }

            if (parse.GetValue(json))
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(list, CommonOptions.Json));
                return ExitCodes.Ok;
            }

            var table = new Table().Title($"Claims, {list.Month}");
            table.AddColumns("Claim", "MRN", "Program", "Status", "Date of service", "Lines", "Expected", "Reasons");
            foreach (var claim in list.Claims)
            {
                table.AddRow(
                    claim.ClaimNumber, Markup.Escape(claim.Mrn), claim.Program, claim.Status, claim.DateOfService,
                    string.Join(" ", claim.Lines.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Code}x{l.Units}"))),
                    Dollars(claim.ExpectedPaymentCents),
                    Markup.Escape(string.Join(", ", claim.Reasons.Select(r => r.Code))));
            }

            run.Console.Ansi.Write(table);
            foreach (var total in list.Totals)
            {
                run.Console.Ansi.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total.Status}: {total.Claims} claims, expected {Dollars(total.ExpectedPaymentCents)}"));
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command Change(CliRun run, ClaimAction action, string name, string description)
    {
        var month = MonthOption();
        var all = new Option<bool>("--all") { Description = "Every claim of the month the action applies to." };
        var claim = new Option<string?>("--claim") { Description = "One claim, by its number (C...) or id." };
        var note = new Option<string?>("--note") { Description = "Why the claim is held." };
        var json = CommonOptions.JsonOption();
        var practice = CommonOptions.PracticeOption();
        var command = new Command(name, description) { month, all, claim, json, practice };
        if (action == ClaimAction.Hold)
        {
            command.Options.Add(note);
        }

        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            if (!TryMonth(run, parse.GetValue(month), out var parsed, out var failed))
            {
                return failed;
            }

            var one = parse.GetValue(claim);
            if (parse.GetValue(all) == (one is not null))
            {
                await run.Console.Error.WriteLineAsync("error: give either --all or --claim ID.");
                return ExitCodes.Usage;
            }

            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<ChangeClaimStatus>().ExecuteAsync(action, parsed, one, parse.GetValue(note), parse.GetValue(practice), ct);
            if (result.Value is not { } change)
            {
                return run.Fail(result.Error!.ToString());
            }

            if (parse.GetValue(json))
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(new { action = name, claims = change.Claims }, CommonOptions.Json));
            }
            else
            {
                var verb = action == ClaimAction.Approve ? "Approved" : "Held";
                await run.Console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{verb} {change.Claims.Count} claims of {parsed}."));
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command Export(CliRun run)
    {
        var month = MonthOption();
        var output = new Option<string>("--out") { Description = "The 837P file to write; with claims for several receivers, one file each beside it, named NAME-RECEIVER.x12.", Required = true };
        var json = CommonOptions.JsonOption();
        var practice = CommonOptions.PracticeOption();
        var command = new Command("export", "Write the month's approved claims as X12 837P 005010X222A1 files, one per interchange receiver, each read back strictly before it is written, and mark them exported.") { month, output, json, practice };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            if (!TryMonth(run, parse.GetValue(month), out var parsed, out var failed))
            {
                return failed;
            }

            var path = Path.GetFullPath(parse.GetValue(output)!);
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            // The first receiver's file (in receiver order) takes the name given; any others go beside it.
            var paths = new Dictionary<long, string>();
            var result = await services.GetRequiredService<ExportClaims>().ExecuteAsync(parsed, parse.GetValue(practice), (file, token) =>
            {
                paths[file.ControlNumber] = paths.Count == 0 ? path : PathFor(path, file.ReceiverId);
                return WriteAsync(paths[file.ControlNumber], file.Text, token);
            }, ct);
            if (result.Value is not { } export)
            {
                return run.Fail(result.Error!.ToString());
            }

            if (parse.GetValue(json))
            {
                // The first file's number and name as before one file per receiver, then every file.
                var first = export.Files[0];
                var files = export.Files.Select(f => new { f.ControlNumber, receiver = f.ReceiverId, file = paths[f.ControlNumber], f.Claims, f.ChargeCents }).ToList();
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(
                    new { first.ControlNumber, first.Month, file = paths[first.ControlNumber], export.Claims, export.ChargeCents, files }, CommonOptions.Json));
            }
            else
            {
                foreach (var file in export.Files)
                {
                    await run.Console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"Wrote {file.Claims.Count} claims of {file.Month} for {file.ReceiverId} to {paths[file.ControlNumber]} (control number {file.ControlNumber}, charges {Dollars(file.ChargeCents)})."));
                }
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    /// <summary>NAME-RECEIVER.EXT beside the path the user gave.</summary>
    private static string PathFor(string path, string? receiverId)
    {
        var receiver = new string((receiverId ?? "receiver").Where(char.IsAsciiLetterOrDigit).ToArray());
        return Path.Combine(Path.GetDirectoryName(path)!, $"{Path.GetFileNameWithoutExtension(path)}-{receiver}{Path.GetExtension(path)}");
    }

    // Written beside the target and moved into place, so a failure never leaves half a file under the name.
    private static async Task WriteAsync(string path, string text, CancellationToken cancellationToken)
    {
        var temporary = path + ".partial";
        await File.WriteAllTextAsync(temporary, text, new System.Text.UTF8Encoding(false), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    internal static bool TryMonth(CliRun run, string? text, out BillingMonth month, out int exitCode)
    {
        var parsed = BillingMonth.TryParse(text);
        month = parsed.IsValid ? parsed.Value : default;
        exitCode = parsed.IsValid ? ExitCodes.Ok : run.Fail($"--month: {parsed.Error}");
        return parsed.IsValid;
    }

    internal static string Dollars(long cents) => (cents / 100m).ToString("$#,##0.00", CultureInfo.InvariantCulture);
}
