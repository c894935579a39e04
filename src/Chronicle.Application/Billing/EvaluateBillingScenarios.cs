namespace Chronicle.Application.Billing;

using Chronicle.Application.Common;
using Chronicle.Domain.Billing;
using Chronicle.Interop.Billing;

/// <summary>
/// 'chronicle billing evaluate': runs the rules engine over one scenario file or every *.json of a
/// folder (docs/spec/billing-scenario.md), with no database. Each file is read on its own, so one
/// bad file is reported with its path and problems while the others are still decided.
/// </summary>
public sealed class EvaluateBillingScenarios
{
    public const string PathNotFound = "SCENARIO-PATH-NOT-FOUND";
    public const string FolderEmpty = "SCENARIO-FOLDER-EMPTY";

    // A scenario carries all its facts, so the decision uses the built-in fee table and chronic
    // classification, never what one database happens to hold: the same file decides the same way anywhere.
    private readonly BillingReferences _references = BillingReferences.BuiltIn;

    public async Task<Result<ScenarioBatch>> ExecuteAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*.json", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                return new BusinessError(FolderEmpty, $"{path}: the folder holds no *.json scenario files.");
            }

            var results = new List<ScenarioEvaluation>();
            foreach (var file in files)
            {
                results.Add(await EvaluateFileAsync(file, cancellationToken));
            }

            return new ScenarioBatch(true, results);
        }

        if (!File.Exists(path))
        {
            return new BusinessError(PathNotFound, $"{path}: no such file or folder.");
        }

        return new ScenarioBatch(false, [await EvaluateFileAsync(path, cancellationToken)]);
    }

    private async Task<ScenarioEvaluation> EvaluateFileAsync(string file, CancellationToken cancellationToken)
    {
        string json;
        try
        {
            json = await File.ReadAllTextAsync(file, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new ScenarioEvaluation(file, null, [$"cannot be read: {ex.Message}"]);
        }

        var read = BillingScenarioReader.Read(json);
        return read.Facts is { } facts
            ? new ScenarioEvaluation(file, MonthlyBilling.Evaluate(facts, _references), [])
            : new ScenarioEvaluation(file, null, read.Errors);
    }
}

public sealed record ScenarioBatch(bool IsFolder, IReadOnlyList<ScenarioEvaluation> Files)
{
    public bool AllValid => Files.All(f => f.Decision is not null);
}

/// <summary>One file's decision, or its problems, each starting with the JSON path.</summary>
public sealed record ScenarioEvaluation(string File, BillingDecision? Decision, IReadOnlyList<string> Errors);
