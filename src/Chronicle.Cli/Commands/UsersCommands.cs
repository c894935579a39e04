namespace Chronicle.Cli.Commands;

using System.CommandLine;
using System.Text.Json;
using Chronicle.Application.Users;
using Chronicle.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;

/// <summary>chronicle users create-admin --email E [--practice NPI] [--password-stdin] [--json]</summary>
internal static class UsersCommands
{
    public static Command Create(CliRun run)
    {
        var email = new Option<string>("--email") { Description = "The administrator's e-mail address, which is also their sign-in name.", Required = true };
        var practice = CommonOptions.PracticeOption();
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = "Read the password from the first line of standard input instead of generating a temporary one.",
        };
        var json = CommonOptions.JsonOption();
        var createAdmin = new Command("create-admin", "Create a practice administrator: the first sign-in of a new installation.")
        {
            email, practice, passwordStdin, json,
        };

        createAdmin.SetAction((parse, cancellationToken) => run.ExecuteAsync(async (services, ct) =>
        {
            string? password = null;
            if (parse.GetValue(passwordStdin))
            {
                password = await run.Console.Input.ReadLineAsync(ct);
                if (string.IsNullOrEmpty(password))
                {
                    return run.Fail("--password-stdin: standard input held no password.");
                }
            }

            await CliRun.PrepareEmbeddedSchemaAsync(services, ct);
            var result = await services.GetRequiredService<CreateAdministrator>()
                .ExecuteAsync(parse.GetValue(email)!, parse.GetValue(practice), password, ct);
            if (result.Value is not { } created)
            {
                return run.Fail(result.Error!.ToString());
            }

            if (parse.GetValue(json))
            {
                await run.Console.Output.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    userId = created.UserId,
                    email = created.Email,
                    practice = created.PracticeName,
                    temporaryPassword = created.TemporaryPassword,
                }, CommonOptions.Json));
            }
            else
            {
                await run.Console.Output.WriteLineAsync($"Created the administrator {created.Email} of {created.PracticeName}.");
                if (created.TemporaryPassword is { } temporary)
                {
                    await run.Console.Output.WriteLineAsync($"Temporary password (shown only now; it must be changed at the first sign-in): {temporary}");
                }
            }

            return ExitCodes.Ok;
        }, cancellationToken));

        var users = new Command("users", "Sign-ins: create the first administrator; administrators manage the others in the web app.");
        users.Subcommands.Add(createAdmin);
        return users;
    }
}
