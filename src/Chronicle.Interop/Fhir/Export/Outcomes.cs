namespace Chronicle.Interop.Fhir.Export;

using Hl7.Fhir.Model;

/// <summary>
/// OperationOutcomes as Chronicle answers them: each issue carries the stable reason code (the
/// same code the pages, /api and the CLI show) in <c>details</c>, the message as diagnostics and,
/// when known, the FHIR path at fault as <c>expression</c>.
/// </summary>
public static class Outcomes
{
    public static OperationOutcome Error(OperationOutcome.IssueType type, string code, string message, string? expression = null) =>
        new() { Issue = [Issue(OperationOutcome.IssueSeverity.Error, type, code, message, expression)] };

    public static OperationOutcome.IssueComponent Issue(
        OperationOutcome.IssueSeverity severity, OperationOutcome.IssueType type, string code, string message, string? expression = null)
    {
        var issue = new OperationOutcome.IssueComponent
        {
            Severity = severity,
            Code = type,
            Details = new CodeableConcept(ExportSystems.ReasonCodes, code, null, message),
            Diagnostics = message,
        };
        if (expression is { Length: > 0 })
        {
            issue.Expression = [expression];
        }

        return issue;
    }

    /// <summary>An outcome that reports success (or only information), for answers that must carry one.</summary>
    public static OperationOutcome Information(string code, string message) =>
        new() { Issue = [Issue(OperationOutcome.IssueSeverity.Information, OperationOutcome.IssueType.Informational, code, message)] };
}
