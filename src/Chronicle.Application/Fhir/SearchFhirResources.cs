namespace Chronicle.Application.Fhir;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>
/// GET /fhir/{type}?…: a searchset Bundle of the matches the caller may see, a page at a time
/// (<c>_count</c>, default 20, at most 100; <c>_offset</c> in the paging links), with
/// <c>_include</c>d resources. A parameter Chronicle does not support is refused (400) under FHIR's
/// strict handling, or ignored and reported in the Bundle under <c>Prefer: handling=lenient</c>.
/// Values of one parameter separated by commas match any; repeated parameters must all match.
/// </summary>
public sealed class SearchFhirResources(FhirResourceRegistry registry, FhirScope scope, AuditTrail audit)
{
    public const int DefaultCount = 20;
    public const int MaxCount = 100;

    public async Task<Result<Bundle>> ExecuteAsync(FhirSearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (FhirRequests.TypeOf(registry, request.Type) is { Error: { } typeError })
        {
            return typeError;
        }

        var type = registry.Find(request.Type)!;
        var parsed = Parse(type, request);
        if (parsed.Error is { } error)
        {
            return error;
        }

        var pageResult = await type.SearchAsync(scope, parsed.Criteria, parsed.Offset, parsed.Count, cancellationToken);
        if (pageResult.Value is not { } page)
        {
            return pageResult.Error!;
        }

        var included = await IncludedAsync(parsed.Includes, page.Matches, cancellationToken);
        await audit.RecordAsync(FhirAudit.Reads($"fhir {type.Name} search", [.. page.Matches, .. included]), cancellationToken);
        return SearchBundles.Searchset(request.BaseUrl, page.Matches, included, page.Total, Links(request, parsed, page.Total), IgnoredOutcome(parsed.Ignored));
    }

    private async Task<List<Resource>> IncludedAsync(IReadOnlyList<IncludeDefinition> includes, IReadOnlyList<Resource> matches, CancellationToken cancellationToken)
    {
        var seen = matches.Select(m => (m.TypeName, m.Id)).ToHashSet();
        var included = new List<Resource>();
        foreach (var include in includes)
        {
            var ids = matches
                .SelectMany(include.References)
                .Select(r => References.IdOf(r, include.TargetType))
                .Select(id => Guid.TryParse(id, CultureInfo.InvariantCulture, out var guid) ? guid : (Guid?)null)
                .OfType<Guid>()
                .Distinct()
                .ToList();
            if (registry.Find(include.TargetType) is not { } target)
            {
                continue;
            }

            foreach (var resource in await target.ReadAsync(scope, ids, cancellationToken))
            {
                if (seen.Add((resource.TypeName, resource.Id)))
                {
                    included.Add(resource);
                }
            }
        }

        return included;
    }

    private static ParsedSearch Parse(IFhirResourceType type, FhirSearchRequest request)
    {
        var parsed = new ParsedSearch();
        foreach (var (name, value) in request.Parameters)
        {
            switch (name)
            {
                case "_count" or "_offset":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                    {
                        return parsed.Fail(FhirErrors.ParameterInvalid, $"{name} must be a whole number of 0 or more, not '{value}'.");
                    }

                    if (name == "_count")
                    {
                        parsed.Count = Math.Min(number, MaxCount);
                    }
                    else
                    {
                        parsed.Offset = number;
                    }

                    continue;
                case "_include" when type.Include(value) is { } include:
                    parsed.Includes.Add(include);
                    parsed.Kept.Add((name, value));
                    continue;
                case "_format":
                    // The web layer negotiated the format (and answered 406 for one it cannot write); the links keep it.
                    parsed.Kept.Add((name, value));
                    continue;
            }

            if (!name.StartsWith('_') || name == "_id")
            {
                if (type.HasParameter(name) && value.Length > 0)
                {
                    parsed.Criteria.Add((name, value.Split(',')));
                    parsed.Kept.Add((name, value));
                    continue;
                }
            }

            var what = name == "_include"
                ? $"_include={value} is not supported on {type.Name}; supported: {string.Join(", ", type.Capability.Includes.DefaultIfEmpty("none"))}."
                : $"The search parameter '{name}' is not supported on {type.Name}; supported: {string.Join(", ", type.Capability.SearchParameters.Select(p => p.Name))}, _count, _include.";
            if (!request.Lenient)
            {
                return parsed.Fail(FhirErrors.ParameterUnknown, what);
            }

            parsed.Ignored.Add(what);
        }

        return parsed;
    }

    private static List<(string Relation, string Url)> Links(FhirSearchRequest request, ParsedSearch parsed, int total)
    {
        string Url(int offset)
        {
            var query = parsed.Kept
                .Append(("_count", parsed.Count.ToString(CultureInfo.InvariantCulture)))
                .Append(("_offset", offset.ToString(CultureInfo.InvariantCulture)))
                .Select(p => $"{Uri.EscapeDataString(p.Item1)}={Uri.EscapeDataString(p.Item2)}");
            return $"{request.BaseUrl.TrimEnd('/')}/{request.Type}?{string.Join('&', query)}";
        }

        var links = new List<(string, string)> { ("self", Url(parsed.Offset)) };
        if (parsed.Count > 0 && parsed.Offset + parsed.Count < total)
        {
            links.Add(("next", Url(parsed.Offset + parsed.Count)));
        }

        if (parsed.Offset > 0 && parsed.Count > 0)
        {
            links.Add(("previous", Url(Math.Max(0, parsed.Offset - parsed.Count))));
        }

        return links;
    }

    private static OperationOutcome? IgnoredOutcome(List<string> ignored) => ignored.Count == 0
        ? null
        : new OperationOutcome
        {
            Issue = [.. ignored.Select(i => Outcomes.Issue(OperationOutcome.IssueSeverity.Warning, OperationOutcome.IssueType.NotSupported, FhirErrors.ParameterIgnored, i))],
        };

    private sealed class ParsedSearch
    {
        public List<(string Name, IReadOnlyList<string> Values)> Criteria { get; } = [];

        /// <summary>The parameters applied, as the paging links repeat them.</summary>
        public List<(string Name, string Value)> Kept { get; } = [];

        public List<IncludeDefinition> Includes { get; } = [];

        public List<string> Ignored { get; } = [];

        public int Count { get; set; } = DefaultCount;

        public int Offset { get; set; }

        public BusinessError? Error { get; private set; }

        public ParsedSearch Fail(string code, string message)
        {
            Error = new BusinessError(code, message);
            return this;
        }
    }
}

/// <param name="BaseUrl">The server's FHIR base as the caller reached it, for fullUrls and paging links.</param>
/// <param name="Lenient">Prefer: handling=lenient: ignore unsupported parameters instead of refusing the search.</param>
public sealed record FhirSearchRequest(string Type, IReadOnlyList<(string Name, string Value)> Parameters, string BaseUrl, bool Lenient);
