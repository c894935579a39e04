namespace Chronicle.Web.Fhir;

using Chronicle.Application.Common;
using Chronicle.Application.Fhir;
using Chronicle.Web.Api;
using Hl7.Fhir.Model;

/// <summary>
/// The HTTP status and OperationOutcome issue type of a business error on /fhir, as the FHIR
/// specification asks: an unknown type or id is 404; an unsupported search parameter or a
/// malformed value 400; an interaction on a type Chronicle does not serve 405; a Bundle that cannot
/// be read 400 and one whose resources break the rules 422. Every other code's status and issue
/// type come from its kind in the problem catalogue, as on the JSON API (ADR 0167).
/// </summary>
internal static class FhirErrorStatus
{
    public static (int Status, OperationOutcome.IssueType Type) For(string code) => code switch
    {
        FhirErrors.TypeUnknown or FhirErrors.ResourceUnknown or FhirErrors.VersionNotKept => (StatusCodes.Status404NotFound, OperationOutcome.IssueType.NotFound),
        FhirErrors.ParameterUnknown => (StatusCodes.Status400BadRequest, OperationOutcome.IssueType.NotSupported),
        FhirErrors.ParameterInvalid or FhirErrors.BundleInvalid or FhirErrors.BundleType => (StatusCodes.Status400BadRequest, OperationOutcome.IssueType.Invalid),
        FhirErrors.InteractionUnsupported => (StatusCodes.Status405MethodNotAllowed, OperationOutcome.IssueType.NotSupported),
        FhirErrors.NotAcceptable => (StatusCodes.Status406NotAcceptable, OperationOutcome.IssueType.NotSupported),
        FhirErrors.TransactionFailed => (StatusCodes.Status422UnprocessableEntity, OperationOutcome.IssueType.Processing),
        _ => (ApiErrorStatus.For(code), ApiErrorStatus.IssueTypeOf(ProblemCatalogue.KindOf(code))),
    };

    public static (int Status, OperationOutcome.IssueType Type) FromStatus(int status) => (status, status switch
    {
        StatusCodes.Status400BadRequest => OperationOutcome.IssueType.Invalid,
        StatusCodes.Status401Unauthorized => OperationOutcome.IssueType.Login,
        StatusCodes.Status403Forbidden => OperationOutcome.IssueType.Forbidden,
        StatusCodes.Status404NotFound => OperationOutcome.IssueType.NotFound,
        StatusCodes.Status405MethodNotAllowed or StatusCodes.Status406NotAcceptable or StatusCodes.Status415UnsupportedMediaType => OperationOutcome.IssueType.NotSupported,
        StatusCodes.Status409Conflict => OperationOutcome.IssueType.Conflict,
        StatusCodes.Status413PayloadTooLarge => OperationOutcome.IssueType.TooCostly,
        StatusCodes.Status422UnprocessableEntity => OperationOutcome.IssueType.BusinessRule,
        StatusCodes.Status429TooManyRequests => OperationOutcome.IssueType.Throttled,
        _ => OperationOutcome.IssueType.Exception,
    });
}
