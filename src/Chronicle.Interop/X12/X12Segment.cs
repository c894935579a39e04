namespace Chronicle.Interop.X12;

/// <summary>A segment as read: its 1-based position in the file, its id and its elements (index 1 is the first after the id).</summary>
internal sealed class X12Segment(int number, string[] parts, X12Delimiters delimiters)
{
    public int Number { get; } = number;

    public string Id => parts[0];

    public X12Delimiters Delimiters { get; } = delimiters;

    /// <summary>The number of elements after the id.</summary>
    public int ElementCount => parts.Length - 1;

    /// <summary>The element at a 1-based position, or empty when absent.</summary>
    public string this[int index] => index < parts.Length ? parts[index] : string.Empty;

    public string[] Components(int index) => this[index].Split(Delimiters.Component);

    public string ElementName(int index) => $"{Id}{index:00}";

    public override string ToString() => string.Join(Delimiters.Element, parts);
}
