namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Text.Json;
using Chronicle.Application.Security.Tokens;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// chronicle tokens create --name NAME [--patient MRN]... [--write] [--practice NPI] [--json]
/// chronicle tokens list [--practice NPI] [--json]
/// chronicle tokens revoke ID [--practice NPI]
/// </summary>
internal static class TokensCommands
{
    public static Command Create(CliRun run)
    {
        var tokens = new Command("tokens", "Bearer tokens for the JSON API and FHIR, issued to other systems and outside providers.");
        tokens.Subcommands.Add(CreateCommand(run));
        tokens.Subcommands.Add(ListCommand(run));
        tokens.Subcommands.Add(RevokeCommand(run));
        return tokens;
    }

    private static Command CreateCommand(CliRun run)
    {
        var name = new Option<string>("--name") { Description = "Who will use the token (a system or a provider).", Required = true };
        var patients = new Option<string[]>("--patient")
        {
            Description = "Limit the token to this patient's MRN; repeat for several. Without it the token reaches every patient of the practice.",
            AllowMultipleArgumentsPerToken = false,
        };
        var write = new Option<bool>("--write") { Description = "Let the token change data too (imports, time); tokens read only by default." };
        var practice = CommonOptions.PracticeOption();
        var json = CommonOptions.JsonOption();
        var create = new Command("create", "Issue a token and print it once.") { name, patients, write, practice, json };
        create.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var request = new NewApiToken(parse.GetValue(name), parse.GetValue(patients) ?? [], parse.GetValue(write), parse.GetValue(practice));
            var result = await services.GetRequiredService<CreateApiToken>().ExecuteAsync(request, ct);
            if (result.Value is not { } issued)
            {
                return run.Fail(result.Error!.ToString());
            }

            if (parse.GetValue(json))
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    id = issued.Id,
                    name = issued.Name,
                    token = issued.Secret,
                    canWrite = issued.CanWrite,
                    patients = issued.PatientMrns,
                }, CommonOptions.Json));
                return ExitCodes.Ok;
            }

            var reach = issued.PatientMrns.Count == 0 ? "every patient of the practice" : string.Join(", ", issued.PatientMrns);
            await run.Console.Output.WriteLineAsync($"Issued token {issued.Id} to {issued.Name}: {(issued.CanWrite ? "read and write" : "read only")}, {reach}.");
            await run.Console.Output.WriteLineAsync("Token (shown only now; send it as 'Authorization: Bearer <token>'):");
            await run.Console.Output.WriteLineAsync(issued.Secret);
            return ExitCodes.Ok;
        }, cancellationToken));
        return create;
    }

    private static Command ListCommand(CliRun run)
    {
        var practice = CommonOptions.PracticeOption();
        var json = CommonOptions.JsonOption();
        var list = new Command("list", "The practice's tokens, newest first, without their secrets.") { practice, json };
        list.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<ListApiTokens>().ExecuteAsync(parse.GetValue(practice), ct);
            if (result.Value is not { } rows)
            {
                return run.Fail(result.Error!.ToString());
            }

            if (parse.GetValue(json))
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(rows, CommonOptions.Json));
                return ExitCodes.Ok;
            }

            foreach (var t in rows)
            {
                var state = t.RevokedAt is null ? "active" : "revoked";
                var reach = t.PatientMrns.Count == 0 ? "all patients" : string.Join(" ", t.PatientMrns);
                await run.Console.Output.WriteLineAsync($"{t.Id}  {t.Prefix}…  {state,-7}  {(t.CanWrite ? "write" : "read"),-5}  {t.Name}  ({reach})");
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return list;
    }

    private static Command RevokeCommand(CliRun run)
    {
        var id = new Argument<Guid>("id") { Description = "The token's id, as `tokens list` shows it." };
        var practice = CommonOptions.PracticeOption();
        var revoke = new Command("revoke", "Revoke a token; the next request that presents it is refused.") { id, practice };
        revoke.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<RevokeApiToken>().ExecuteAsync(parse.GetValue(id), parse.GetValue(practice), ct);
            if (result.Value is not { } name)
            {
                return run.Fail(result.Error!.ToString());
            }

            await run.Console.Output.WriteLineAsync($"Revoked the token of {name}.");
            return ExitCodes.Ok;
        }, cancellationToken));
        return revoke;
    }
}
