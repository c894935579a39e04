namespace Chronicle.Web.Fhir;

using Microsoft.Net.Http.Headers;

/// <summary>The two wire formats /fhir answers in, both written by Firely's serializers.</summary>
internal enum FhirFormat
{
    Json,
    Xml,
}

/// <summary>
/// Which format a request asks for: <c>_format</c> first (json, xml or a FHIR/JSON/XML media type),
/// else the Accept header (its first media type Chronicle can write, in quality order; <c>*/*</c> and
/// no header mean JSON). Null when the request asks only for formats Chronicle cannot write, which
/// the filter answers 406 before the use case runs (ADR 0271).
/// </summary>
internal static class FhirFormats
{
    public const string JsonType = "application/fhir+json";
    public const string XmlType = "application/fhir+xml";

    private static readonly Dictionary<string, FhirFormat> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = FhirFormat.Json,
        ["application/json"] = FhirFormat.Json,
        [JsonType] = FhirFormat.Json,
        ["xml"] = FhirFormat.Xml,
        ["text/xml"] = FhirFormat.Xml,
        ["application/xml"] = FhirFormat.Xml,
        [XmlType] = FhirFormat.Xml,
    };

    public static FhirFormat? Negotiate(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Query["_format"].LastOrDefault() is { Length: > 0 } format)
        {
            // A _format may carry parameters (application/fhir+json;fhirVersion=4.0), and '+' may arrive as a space.
            var name = format.Split(';')[0].Trim().Replace(' ', '+');
            return Known.TryGetValue(name, out var asked) ? asked : null;
        }

        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var types) || types.Count == 0)
        {
            return FhirFormat.Json;
        }

        foreach (var type in types.OrderByDescending(t => t.Quality ?? 1).Where(t => t.Quality is not 0))
        {
            var name = type.MediaType.Value ?? string.Empty;
            if (Known.TryGetValue(name, out var known))
            {
                return known;
            }

            if (name is "*/*" or "application/*")
            {
                return FhirFormat.Json;
            }
        }

        return null;
    }

    /// <summary>The format to write an answer in: the negotiated one, or JSON for a request that accepted nothing (its 406 itself).</summary>
    public static FhirFormat For(HttpRequest request) => Negotiate(request) ?? FhirFormat.Json;

    public static string ContentType(FhirFormat format) => format == FhirFormat.Xml ? XmlType : JsonType;
}
