namespace Chronicle.Interop.Fhir.Export;

using Hl7.Fhir.Model;

/// <summary>
/// Searchset Bundles: matches first (<c>search.mode = match</c>), then included resources
/// (<c>include</c>), then, when parameters were ignored under lenient handling, an
/// OperationOutcome (<c>outcome</c>); the total of matches and the paging links. Every resource
/// carries its version in meta.versionId (<see cref="ResourceVersions"/>).
/// </summary>
public static class SearchBundles
{
    /// <param name="baseUrl">The server's base, such as <c>https://host/fhir</c>, for each entry's fullUrl.</param>
    public static Bundle Searchset(
        string baseUrl,
        IEnumerable<Resource> matches,
        IEnumerable<Resource> included,
        int? total,
        IReadOnlyList<(string Relation, string Url)> links,
        OperationOutcome? outcome = null)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(included);
        ArgumentNullException.ThrowIfNull(links);
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Total = total };
        foreach (var (relation, url) in links)
        {
            bundle.Link.Add(new Bundle.LinkComponent { Relation = relation, Url = url });
        }

        foreach (var resource in matches)
        {
            bundle.Entry.Add(Entry(baseUrl, resource, Bundle.SearchEntryMode.Match));
        }

        foreach (var resource in included)
        {
            bundle.Entry.Add(Entry(baseUrl, resource, Bundle.SearchEntryMode.Include));
        }

        if (outcome is not null)
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                Resource = outcome,
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Outcome },
            });
        }

        return bundle;
    }

    private static Bundle.EntryComponent Entry(string baseUrl, Resource resource, Bundle.SearchEntryMode mode) => new()
    {
        FullUrl = $"{baseUrl.TrimEnd('/')}/{resource.TypeName}/{resource.Id}",
        Resource = ResourceVersions.Stamp(resource),
        Search = new Bundle.SearchComponent { Mode = mode },
    };

    /// <summary>
    /// The history of one resource as Chronicle can serve it: its current version alone (ADR 0271),
    /// as a <c>history</c> Bundle whose entry says how that version is read back.
    /// </summary>
    public static Bundle History(string baseUrl, Resource current)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(current);
        var version = ResourceVersions.Stamp(current).Meta!.VersionId;
        var url = $"{current.TypeName}/{current.Id}";
        return new Bundle
        {
            Type = Bundle.BundleType.History,
            Total = 1,
            Link = [new Bundle.LinkComponent { Relation = "self", Url = $"{baseUrl.TrimEnd('/')}/{url}/_history" }],
            Entry =
            [
                new Bundle.EntryComponent
                {
                    FullUrl = $"{baseUrl.TrimEnd('/')}/{url}",
                    Resource = current,
                    Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.PUT, Url = url },
                    Response = new Bundle.ResponseComponent { Status = "200 OK", Etag = $"W/\"{version}\"" },
                },
            ],
        };
    }

    /// <summary>Every reference a resource holds, anywhere in it, as <c>Type/id</c> pairs.</summary>
    public static IEnumerable<(string Type, string Id)> ReferencesIn(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        foreach (var node in Walk(resource).OfType<ResourceReference>())
        {
            var parts = node.Reference?.Split('/');
            if (parts is { Length: >= 2 } && !string.IsNullOrEmpty(parts[^1]) && char.IsAsciiLetterUpper(parts[^2].FirstOrDefault()))
            {
                yield return (parts[^2], parts[^1]);
            }
        }
    }

    private static IEnumerable<Base> Walk(Base node)
    {
        yield return node;
        foreach (var (_, value) in node.EnumerateElements())
        {
            var children = value switch
            {
                Base single => [single],
                IEnumerable<Base> many => many,
                _ => [],
            };
            foreach (var child in children.SelectMany(Walk))
            {
                yield return child;
            }
        }
    }
}
