namespace Chronicle.Application.Fhir;

using System.Globalization;
using Chronicle.Application.Common;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>The parameters of <c>$everything</c> as Chronicle honours them (see <see cref="GetPatientEverything"/>).</summary>
internal sealed class EverythingParameters
{
    private readonly List<(string Name, string Value)> _kept = [];
    private readonly List<string> _ignored = [];
    private HashSet<string>? _types;

    /// <summary>The page size, or null for every resource in one answer.</summary>
    public int? Count { get; private set; }

    public int Offset { get; private set; }

    public BusinessError? Error { get; private set; }

    public bool Includes(string type) => _types is null || _types.Contains(type);

    public static EverythingParameters Parse(FhirResourceRegistry registry, EverythingRequest request)
    {
        var parsed = new EverythingParameters();
        foreach (var (name, value) in request.Parameters)
        {
            switch (name)
            {
                case "_type":
                    var types = value.Split(',', StringSplitOptions.TrimEntries);
                    if (types.FirstOrDefault(t => registry.Find(t) is null) is { } unknown)
                    {
                        return parsed.Fail(FhirErrors.ParameterInvalid, $"_type names '{unknown}', which Chronicle does not serve; GET /fhir/metadata lists the types it does.");
                    }

                    // Repeated _type parameters add to one another, as the operation defines.
                    parsed._types ??= new HashSet<string>(StringComparer.Ordinal);
                    parsed._types.UnionWith(types);
                    parsed._kept.Add((name, value));
                    continue;
                case "_count" or "_offset":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
                    {
                        return parsed.Fail(FhirErrors.ParameterInvalid, $"{name} must be a whole number of 0 or more, not '{value}'.");
                    }

                    if (name == "_count")
                    {
                        parsed.Count = Math.Min(number, SearchFhirResources.MaxCount);
                    }
                    else
                    {
                        parsed.Offset = number;
                    }

                    continue;
                case "_format":
                    parsed._kept.Add((name, value));
                    continue;
            }

            var what = name == "_since"
                ? "$everything does not support _since: Chronicle does not record when each resource last changed (ADR 0271). Leave it out; meta.versionId tells a caller which resources changed since it last asked."
                : $"$everything does not support the parameter '{name}'; supported: _type, _count, _offset.";
            if (!request.Lenient)
            {
                return parsed.Fail(FhirErrors.ParameterUnknown, what);
            }

            parsed._ignored.Add(what);
        }

        return parsed;
    }

    public List<(string Relation, string Url)> Links(EverythingRequest request, int total)
    {
        var path = $"{request.BaseUrl.TrimEnd('/')}/Patient/{request.Id}/$everything";
        string Url(int? offset)
        {
            var query = _kept.AsEnumerable();
            if (Count is { } count)
            {
                query = query.Append(("_count", count.ToString(CultureInfo.InvariantCulture)))
                    .Append(("_offset", (offset ?? 0).ToString(CultureInfo.InvariantCulture)));
            }

            var text = string.Join('&', query.Select(p => $"{Uri.EscapeDataString(p.Item1)}={Uri.EscapeDataString(p.Item2)}"));
            return text.Length == 0 ? path : $"{path}?{text}";
        }

        var links = new List<(string, string)> { ("self", Url(Offset)) };
        if (Count is > 0 and var size && Offset + size < total)
        {
            links.Add(("next", Url(Offset + size)));
        }

        if (Count is > 0 and var back && Offset > 0)
        {
            links.Add(("previous", Url(Math.Max(0, Offset - back))));
        }

        return links;
    }

    public OperationOutcome? IgnoredOutcome() => _ignored.Count == 0
        ? null
        : new OperationOutcome
        {
            Issue = [.. _ignored.Select(i => Outcomes.Issue(OperationOutcome.IssueSeverity.Warning, OperationOutcome.IssueType.NotSupported, FhirErrors.ParameterIgnored, i))],
        };

    private EverythingParameters Fail(string code, string message)
    {
        Error = new BusinessError(code, message);
        return this;
    }
}
