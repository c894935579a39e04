namespace Chronicle.Application.Claims;

using Chronicle.Interop.X12;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

/// <summary>
/// Checks <see cref="ClaimFileOptions"/> when the host starts, naming each setting at fault by its
/// configuration key (Chronicle:Claims:SubmitterId ...), so a practice that has not configured its
/// claim files finds out at start-up, not when the first file is written.
/// </summary>
public sealed class ClaimFileOptionsValidation : IValidateOptions<ClaimFileOptions>
{
    public ValidateOptionsResult Validate(string? name, ClaimFileOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        Text(problems, "SubmitterId", options.SubmitterId, 2, 80, "the submitter id your clearinghouse or MAC assigned");
        Text(problems, "SubmitterName", options.SubmitterName, 1, 60, "the submitter's name");
        Text(problems, "InterchangeSenderId", options.InterchangeSenderId, 1, 15, "the interchange sender id (ISA06)");
        Qualifier(problems, "InterchangeSenderQualifier", options.InterchangeSenderQualifier);
        if (options.Usage is not ("T" or "P"))
        {
            problems.Add($"{ClaimFileOptions.SectionName}:Usage is '{options.Usage}'; set T for test files or P for production files (ISA15).");
        }

        foreach (var (payer, receiver) in options.Receivers)
        {
            var prefix = $"Receivers:{payer}:";
            Text(problems, prefix + "Id", receiver.Id, 1, 15, "the receiver id (ISA08)");
            Qualifier(problems, prefix + "Qualifier", receiver.Qualifier);
            Text(problems, prefix + "Name", receiver.Name, 1, 60, "the receiver's name");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Text(List<string> problems, string key, string? value, int min, int max, string what)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Trim().Length < min || value.Trim().Length > max)
        {
            problems.Add($"{ClaimFileOptions.SectionName}:{key} must be {what}, {min} to {max} characters; it is {(string.IsNullOrWhiteSpace(value) ? "not set" : $"'{value}'")}.");
        }
    }

    private static void Qualifier(List<string> problems, string key, string? value)
    {
        if (value is null || !X12InterchangeQualifiers.All.Contains(value))
        {
            problems.Add($"{ClaimFileOptions.SectionName}:{key} must be an interchange id qualifier ({string.Join(", ", X12InterchangeQualifiers.All)}); it is {(value is null ? "not set" : $"'{value}'")}.");
        }
    }
}

public static class ClaimFileOptionsRegistration
{
    /// <summary>Binds <see cref="ClaimFileOptions"/> from configuration, validated when the host starts.</summary>
    public static IServiceCollection AddClaimFileOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<ClaimFileOptions>, ClaimFileOptionsValidation>();
        services.AddOptions<ClaimFileOptions>().Bind(configuration.GetSection(ClaimFileOptions.SectionName)).ValidateOnStart();
        return services;
    }
}
