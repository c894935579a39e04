namespace Chronicle.Interop.X12;

using System.Text;

/// <summary>
/// Appends segments: trailing empty elements and components are dropped as X12 requires,
/// interior empties stay as consecutive separators, and the segments are counted for SE01.
/// Values reach it already cleaned; one that still holds an element, repetition or segment
/// separator is a bug in the writer and throws (only composites carry the component separator).
/// </summary>
internal sealed class X12SegmentBuilder(X12Delimiters delimiters, string lineBreak)
{
    private readonly StringBuilder _text = new();

    public int SegmentCount { get; private set; }

    public void ResetCount() => SegmentCount = 0;

    public void Add(string id, params string?[] elements)
    {
        var last = elements.Length - 1;
        while (last >= 0 && string.IsNullOrEmpty(elements[last]))
        {
            last--;
        }

        _text.Append(id);
        for (var i = 0; i <= last; i++)
        {
            var value = elements[i] ?? string.Empty;
            if (value.Contains(delimiters.Element, StringComparison.Ordinal)
                || value.Contains(delimiters.Repetition, StringComparison.Ordinal)
                || value.Contains(delimiters.Segment, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{id}{i + 1:00} holds a separator; values must be cleaned before writing.");
            }

            _text.Append(delimiters.Element);
            _text.Append(elements[i]);
        }

        _text.Append(delimiters.Segment).Append(lineBreak);
        SegmentCount++;
    }

    /// <summary>Appends ISA verbatim: its elements are fixed width and its separators are its content.</summary>
    public void AddRaw(string segment)
    {
        _text.Append(segment).Append(delimiters.Segment).Append(lineBreak);
        SegmentCount++;
    }

    public string Composite(params string?[] components)
    {
        var last = components.Length - 1;
        while (last >= 0 && string.IsNullOrEmpty(components[last]))
        {
            last--;
        }

        return string.Join(delimiters.Component, components.Take(last + 1));
    }

    public override string ToString() => _text.ToString();
}
