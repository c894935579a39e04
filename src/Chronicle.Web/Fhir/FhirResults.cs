namespace Chronicle.Web.Fhir;

using Chronicle.Application.Common;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

/// <summary>
/// Answers serialised by Firely in the format the request negotiated (<see cref="FhirFormats"/>:
/// <c>application/fhir+json</c> unless XML was asked for): a resource, or an OperationOutcome for an error.
/// A resource with a version carries it as a weak ETag too.
/// </summary>
internal static class FhirResults
{
    public static IResult Resource(Resource resource, int status = StatusCodes.Status200OK) => new FhirResourceResult(resource, status);

    public static IResult From<T>(Result<T> result)
        where T : Resource =>
        result.Value is { } value ? Resource(value) : Error(result.Error!);

    public static IResult Error(BusinessError error) => Error(error, null);

    /// <summary>A business error as an OperationOutcome with its stable code; <paramref name="outcome"/> carries more issues when there are.</summary>
    public static IResult Error(BusinessError error, OperationOutcome? outcome)
    {
        ArgumentNullException.ThrowIfNull(error);
        var (status, type) = FhirErrorStatus.For(error.Code);
        return Resource(outcome ?? Outcomes.Error(type, error.Code, error.Message), status);
    }

    public static async System.Threading.Tasks.Task WriteAsync(HttpContext context, Resource resource, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resource);
        var format = FhirFormats.For(context.Request);
        context.Response.StatusCode = status;
        context.Response.ContentType = $"{FhirFormats.ContentType(format)}; charset=utf-8";
        if (resource.Meta?.VersionId is { } version && resource is not Bundle)
        {
            context.Response.Headers.ETag = $"W/\"{version}\"";
        }

        var bytes = format == FhirFormat.Xml
            ? FhirXmlSerializer.Default.SerializeToBytes(resource)
            : FhirJsonSerializer.Default.SerializeToBytes(resource);
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private sealed class FhirResourceResult(Resource resource, int status) : IResult
    {
        public System.Threading.Tasks.Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, resource, status);
    }
}
