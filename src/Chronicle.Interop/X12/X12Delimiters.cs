namespace Chronicle.Interop.X12;

/// <summary>The four separators of an interchange, which ISA itself declares.</summary>
public sealed record X12Delimiters(char Element, char Component, char Repetition, char Segment)
{
    /// <summary>What Chronicle writes: * : ^ ~ (the common choice of Medicare submitters).</summary>
    public static X12Delimiters Chronicle { get; } = new('*', ':', '^', '~');

    public bool IsDelimiter(char c) => c == Element || c == Component || c == Repetition || c == Segment;
}
