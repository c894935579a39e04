namespace Chronicle.Application.Fhir;

using System.Globalization;
using Chronicle.Interop.Fhir;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>The importer's issues as OperationOutcome issues: the FHIR path as expression, the line in the diagnostics.</summary>
internal static class FhirIssues
{
    public static OperationOutcome Outcome(IReadOnlyList<FhirIssue> issues, string? code = null, string? summary = null)
    {
        var outcome = new OperationOutcome();
        if (summary is not null)
        {
            outcome.Issue.Add(Outcomes.Issue(OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.Processing, code ?? FhirErrors.EntryFailed, summary));
        }

        foreach (var issue in issues)
        {
            var where = issue.Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"Line {line}: ") : string.Empty;
            outcome.Issue.Add(Outcomes.Issue(OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.Invalid, FhirErrors.EntryFailed, where + issue.Reason, issue.Path));
        }

        return outcome;
    }
}
