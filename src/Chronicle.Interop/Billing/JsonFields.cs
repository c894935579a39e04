namespace Chronicle.Interop.Billing;

using System.Globalization;
using System.Text.Json;

/// <summary>
/// A strict walk over a JSON object that records, instead of throwing, every field that is missing,
/// of the wrong type or unknown, each with its JSON path ($.timeEntries[1].minutes), so a reader can
/// report all of a file's problems at once.
/// </summary>
internal sealed class JsonFields
{
    private readonly JsonElement _element;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private JsonFields(JsonElement element, string path, List<string> errors)
    {
        _element = element;
        Path = path;
        Errors = errors;
    }

    public string Path { get; }

    public List<string> Errors { get; }

    public static JsonFields? Object(JsonElement element, string path, List<string> errors)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new JsonFields(element, path, errors);
        }

        errors.Add($"{path}: expected an object, found {Kind(element)}.");
        return null;
    }

    public void Fail(string name, string problem) => Errors.Add($"{Path}.{name}: {problem}");

    /// <summary>The property, or null when it is absent or JSON null (an error when <paramref name="required"/>).</summary>
    public JsonElement? Get(string name, bool required)
    {
        _read.Add(name);
        if (_element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        if (required)
        {
            Fail(name, _element.TryGetProperty(name, out _) ? "is required and may not be null." : "is required but missing.");
        }

        return null;
    }

    public bool Has(string name) => _element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public JsonFields? Child(string name, bool required) =>
        Get(name, required) is { } value ? Object(value, $"{Path}.{name}", Errors) : null;

    public string? String(string name, bool required, bool nonEmpty = true)
    {
        if (Get(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Fail(name, $"expected a string, found {Kind(value)}.");
            return null;
        }

        var text = value.GetString()!;
        if (nonEmpty && text.Trim().Length == 0)
        {
            Fail(name, "is empty.");
            return null;
        }

        return text;
    }

    public DateOnly? Date(string name, bool required)
    {
        var text = String(name, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Fail(name, $"'{text}' is not a date in the form YYYY-MM-DD.");
        return null;
    }

    public bool? Bool(string name, bool required)
    {
        if (Get(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Fail(name, $"expected true or false, found {Kind(value)}.");
        return null;
    }

    public int? Int(string name, bool required, int minimum, int maximum)
    {
        if (Get(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= minimum && number <= maximum)
        {
            return number;
        }

        Fail(name, string.Create(CultureInfo.InvariantCulture, $"expected a whole number from {minimum} to {maximum}, found {Kind(value)}."));
        return null;
    }

    /// <summary>One of the spellings in <paramref name="values"/>, e.g. "clinical-staff".</summary>
    public T? Choice<T>(string name, bool required, IReadOnlyDictionary<string, T> values)
        where T : struct
    {
        var text = String(name, required);
        if (text is null)
        {
            return null;
        }

        if (values.TryGetValue(text.Trim(), out var value))
        {
            return value;
        }

        Fail(name, $"'{text}' is not one of {string.Join(", ", values.Keys)}.");
        return null;
    }

    /// <summary>The array's items, each with its path; an absent or null array is empty.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Array(string name)
    {
        if (Get(name, required: false) is not { } value)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Fail(name, $"expected an array, found {Kind(value)}.");
            return [];
        }

        return value.EnumerateArray().Select((item, i) => (item, string.Create(CultureInfo.InvariantCulture, $"{Path}.{name}[{i}]"))).ToList();
    }

    /// <summary>Reports the properties no one asked for: a misspelt field must not be silently ignored.</summary>
    public void RejectUnknown()
    {
        foreach (var property in _element.EnumerateObject().Where(p => !_read.Contains(p.Name)))
        {
            Errors.Add($"{Path}.{property.Name}: is not a field of a billing scenario.");
        }
    }

    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
