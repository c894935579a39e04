namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Chronicle.Application.Codes;
using Chronicle.Application.Database;
using Chronicle.Application.Importing;
using Chronicle.Cli.Hosting;
using Chronicle.Data;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

/// <summary>chronicle codes import icd10cm|icd10cm-changes|chronic, chronicle codes status (docs/adr/0020-icd10cm-code-sets.md, 0180).</summary>
internal static class CodesCommands
{
    public static Command Create(CliRun run)
    {
        var import = new Command("import", "Load a code set or a chronic-condition classification.");
        import.Subcommands.Add(ImportIcd10(run));
        import.Subcommands.Add(ImportIcd10Changes(run));
        import.Subcommands.Add(ImportChronic(run));
        import.Subcommands.Add(FeeScheduleCommands.ImportPfs(run));

        var codes = new Command("codes", "ICD-10-CM code sets and chronic-condition classifications.");
        codes.Subcommands.Add(import);
        codes.Subcommands.Add(Status(run));
        return codes;
    }

    private static Command ImportIcd10(CliRun run)
    {
        var file = new Argument<string>("file") { Description = "The CMS 'code descriptions in tabular order' zip, or its icd10cm_order_YYYY.txt or icd10cm_codes_YYYY.txt." };
        var year = new Option<int?>("--year") { Description = "The fiscal year the file holds, when its name does not say (icd10cm_order_2026.txt is 2026)." };
        var json = CommonOptions.JsonOption();
        var command = new Command("icd10cm", "Load a CMS ICD-10-CM release, replacing any loaded release of the same fiscal year.") { file, year, json };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var asJson = parse.GetValue(json);
            IImportProgress progress = asJson ? NoProgress.Instance : new ProgressDisplay(run.Console);
            var result = await services.GetRequiredService<ImportIcd10CodeSet>()
                .ExecuteAsync(parse.GetValue(file)!, parse.GetValue(year), progress, ct);
            return await CodesOutput.WriteIcd10Async(run.Console, result, asJson);
        }, cancellationToken));
        return command;
    }

    private static Command ImportIcd10Changes(CliRun run)
    {
        var folder = new Argument<string>("folder") { Description = "A change-list folder: summary.json, added.csv, deleted.csv, billable-status-changes.csv, revised.csv." };
        var json = CommonOptions.JsonOption();
        var command = new Command("icd10cm-changes", "Build the next fiscal year's ICD-10-CM release from the loaded release it starts from plus a published change list.") { folder, json };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<ImportIcd10Changes>().ExecuteAsync(parse.GetValue(folder)!, ct);
            return await CodesOutput.WriteIcd10Async(run.Console, result, parse.GetValue(json));
        }, cancellationToken));
        return command;
    }

    private static Command ImportChronic(CliRun run)
    {
        var file = new Argument<string>("file") { Description = "A classification CSV: CMS CCW hierarchy, Tuva grouper, or Chronicle's own (system,code,category,maps_to_icd10)." };
        var json = CommonOptions.JsonOption();
        var command = new Command("chronic", "Load a chronic-condition classification, replacing the rules of the same source, and reclassify every condition.") { file, json };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<ImportChronicClassification>().ExecuteAsync(parse.GetValue(file)!, ct);
            return await CodesOutput.WriteChronicAsync(run.Console, result, parse.GetValue(json));
        }, cancellationToken));
        return command;
    }

    private static Command Status(CliRun run)
    {
        var json = CommonOptions.JsonOption();
        var command = new Command("status", "Show the loaded ICD-10-CM releases and chronic-condition classification sources.") { json };
        command.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var status = await services.GetRequiredService<GetCodeSetStatus>().ExecuteAsync(ct);
            if (status.ActiveIcd10Release is null)
            {
                await run.Console.Error.WriteLineAsync($"warning: {CodesOutput.NoIcd10Warning}");
            }

            if (parse.GetValue(json))
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(status, CommonOptions.Json));
                return ExitCodes.Ok;
            }

            RenderStatus(run.Console, status);
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }

    private static void RenderStatus(CliConsole console, CodeSetStatus status)
    {
        var releases = new Table().Title("ICD-10-CM releases");
        releases.AddColumns("Release", "In force (dates of service)", "Codes", "Billable", "Headers", "Source file", "Imported (UTC)");
        foreach (var r in status.Icd10Releases)
        {
            releases.AddRow(
                r.Name + (r.Name == status.ActiveIcd10Release ? " (today)" : string.Empty),
                string.Create(CultureInfo.InvariantCulture, $"{r.EffectiveFrom:yyyy-MM-dd} to {r.EffectiveTo:yyyy-MM-dd}"),
                r.Entries.ToString("N0", CultureInfo.InvariantCulture),
                r.Billable.ToString("N0", CultureInfo.InvariantCulture),
                (r.Entries - r.Billable).ToString("N0", CultureInfo.InvariantCulture),
                Markup.Escape(r.SourceFile ?? "-"),
                Instant(r.ImportedAt));
        }

        var sources = new Table().Title("Chronic-condition classification");
        sources.AddColumns("Source", "Rules", "Imported (UTC)");
        sources.AddRow("built-in", status.BuiltInRules.ToString("N0", CultureInfo.InvariantCulture), "-");
        foreach (var s in status.ClassificationSources)
        {
            sources.AddRow(Markup.Escape(s.Source), s.Rules.ToString("N0", CultureInfo.InvariantCulture), Instant(s.ImportedAt));
        }

        if (status.Icd10Releases.Count > 0)
        {
            console.Ansi.Write(releases);
        }

        console.Ansi.Write(sources);
    }

    private static string Instant(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-";
}
