namespace Chronicle.Web.Fhir;

using Chronicle.Application.Common;
using Chronicle.Application.Fhir;
using Chronicle.Web.Api;
using Chronicle.Web.Security;
using Microsoft.Net.Http.Headers;

/// <summary>
/// The FHIR R4 API under <c>/fhir</c>, as a handful of routes over the resource registry: the
/// CapabilityStatement, read, vread, history-instance, search (GET and POST _search),
/// <c>Patient/{id}/$everything</c>, and POST of transaction and batch Bundles. Answers are JSON or
/// XML as <c>_format</c> or Accept ask; a request that accepts neither is answered 406 first. Whatever else reaches /fhir is answered by one catch-all:
/// 404 for what is not a FHIR type, 405 for an interaction Chronicle does not offer. Staff sessions
/// and bearer tokens are let in; PatientAccess decides what each sees.
/// </summary>
internal static class FhirRoutes
{
    public const string Prefix = "/fhir";

    public static bool IsFhir(PathString path) => path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

    public static WebApplication MapChronicleFhir(this WebApplication app)
    {
        var fhir = app.MapGroup(Prefix).RequireAuthorization(AccessPolicies.Staff).ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) => FhirFormats.Negotiate(context.HttpContext.Request) is null
                ? FhirResults.Error(new BusinessError(FhirErrors.NotAcceptable,
                    "Chronicle answers in application/fhir+json or application/fhir+xml; ask for one with _format (json, xml) or the Accept header."))
                : await next(context));

        fhir.MapGet("/metadata", (GetFhirCapabilityStatement useCase, HttpRequest request) =>
                FhirResults.Resource(useCase.Execute(BaseUrl(request))))
            .AllowAnonymous();

        fhir.MapPost("/", ImportAsync);

        fhir.MapGet("/Patient/{id}/$everything", async (string id, GetPatientEverything useCase, HttpRequest request, CancellationToken cancellationToken) =>
            FhirResults.From(await useCase.ExecuteAsync(new EverythingRequest(id, [.. Parameters(request.Query)], BaseUrl(request), Lenient(request)), cancellationToken)));

        fhir.MapGet("/{type}/{id}/_history", async (string type, string id, GetFhirResourceHistory useCase, HttpRequest request, CancellationToken cancellationToken) =>
            FhirResults.From(await useCase.ExecuteAsync(type, id, BaseUrl(request), cancellationToken)));

        fhir.MapGet("/{type}/{id}/_history/{version}", async (string type, string id, string version, ReadFhirResourceVersion useCase, CancellationToken cancellationToken) =>
            FhirResults.From(await useCase.ExecuteAsync(type, id, version, cancellationToken)));

        // The analyzer sees /{type} and /{**rest} as overlapping; routing prefers the more specific
        // template, so the catch-all only answers what no route above takes.
#pragma warning disable ASP0022
        fhir.MapGet("/{type}", async (string type, SearchFhirResources useCase, HttpRequest request, CancellationToken cancellationToken) =>
            FhirResults.From(await useCase.ExecuteAsync(SearchRequest(type, request, Parameters(request.Query)), cancellationToken)));

        fhir.MapPost("/{type}/_search", async (string type, SearchFhirResources useCase, HttpRequest request, CancellationToken cancellationToken) =>
        {
            var form = request.HasFormContentType ? await request.ReadFormAsync(cancellationToken) : null;
            var parameters = request.Query.Concat(form ?? Enumerable.Empty<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>>())
                .SelectMany(q => q.Value.Select(v => (q.Key, v ?? string.Empty)));
            return FhirResults.From(await useCase.ExecuteAsync(SearchRequest(type, request, parameters), cancellationToken));
        }).DisableAntiforgery();

        fhir.MapGet("/{type}/{id}", async (string type, string id, ReadFhirResource useCase, CancellationToken cancellationToken) =>
            FhirResults.From(await useCase.ExecuteAsync(type, id, cancellationToken)));

        fhir.Map("/{**rest}", (string? rest, HttpRequest request, FhirResourceRegistry registry) => Unsupported(rest, request.Method, registry));
#pragma warning restore ASP0022
        return app;
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, ImportFhirBundle useCase, CancellationToken cancellationToken)
    {
        if (request.HttpContext.User.FindFirst(WebClaims.TokenCanWrite)?.Value is "false")
        {
            return FhirResults.Error(new BusinessError(ReadOnlyTokens.Code, "This token was issued for reading only; ask the practice for a token with write access."));
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var media)
            || media.MediaType.Value is not ("application/fhir+json" or "application/json"))
        {
            return FhirResults.Resource(Interop.Fhir.Export.Outcomes.Error(Hl7.Fhir.Model.OperationOutcome.IssueType.NotSupported, "FHIR-MEDIA-TYPE",
                "POST /fhir takes a Bundle as application/fhir+json."), StatusCodes.Status415UnsupportedMediaType);
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        var result = await useCase.ExecuteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), cancellationToken);
        return result.Response is { } response ? FhirResults.Resource(response) : FhirResults.Error(result.Error!, result.Outcome);
    }

    private static IResult Unsupported(string? rest, string method, FhirResourceRegistry registry)
    {
        var segments = (rest ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return FhirResults.Error(new BusinessError(FhirErrors.InteractionUnsupported,
                $"{method} {Prefix} is not supported; POST a transaction or batch Bundle, or GET {Prefix}/metadata."));
        }

        var type = segments[0];
        if (registry.Find(type) is null && !FhirResourceRegistry.IsFhirType(type))
        {
            return FhirResults.Error(new BusinessError(FhirErrors.TypeUnknown, $"'{type}' is not a FHIR R4 resource type."));
        }

        var what = registry.Find(type) is null
            ? $"Chronicle does not serve {type} resources; GET {Prefix}/metadata lists those it does."
            : $"{method} {Prefix}/{string.Join('/', segments)} is not supported: {type} offers read, vread, history and search (see {Prefix}/metadata).";
        return FhirResults.Error(new BusinessError(FhirErrors.InteractionUnsupported, what));
    }

    private static IEnumerable<(string, string)> Parameters(IQueryCollection query) =>
        query.SelectMany(q => q.Value.Select(v => (q.Key, v ?? string.Empty)));

    private static FhirSearchRequest SearchRequest(string type, HttpRequest request, IEnumerable<(string, string)> parameters) =>
        new(type, [.. parameters], BaseUrl(request), Lenient(request));

    /// <summary>Prefer: handling=lenient asks that unsupported parameters be ignored (and reported) rather than refused.</summary>
    private static bool Lenient(HttpRequest request) =>
        request.Headers["Prefer"].Any(v => v is not null && v.Contains("handling=lenient", StringComparison.OrdinalIgnoreCase));

    /// <summary>The FHIR base as the caller reached it, for fullUrls and paging links.</summary>
    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{Prefix}";
}
