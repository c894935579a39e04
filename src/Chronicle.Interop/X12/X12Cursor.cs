namespace Chronicle.Interop.X12;

/// <summary>
/// Walks a run of segments in loop order. A segment where the structure allows none is recorded
/// as an issue and stops the walk of the current transaction (<see cref="X12StructureStop"/>):
/// after a loop-order break, further structural findings would only be noise.
/// </summary>
internal sealed class X12Cursor(IReadOnlyList<X12Segment> segments, int start, int end, X12ElementCheck check)
{
    private int _index = start;

    public bool AtEnd => _index >= end;

    public int Index => _index;

    public void MoveTo(int index) => _index = index;

    public X12Segment? Peek => AtEnd ? null : segments[_index];

    /// <summary>The number the next segment has, or the one after the last (for "missing at end").</summary>
    public int Position => AtEnd ? (end < segments.Count ? segments[end].Number : (segments.Count == 0 ? 1 : segments[^1].Number + 1)) : segments[_index].Number;

    public bool Is(string id, string? qualifier = null) =>
        Peek is { } next && next.Id == id && (qualifier is null || next[1] == qualifier);

    public X12Segment Expect(string id, string? qualifier, string what)
    {
        if (Is(id, qualifier))
        {
            return segments[_index++];
        }

        var expected = qualifier is null ? id : $"{id}*{qualifier}";
        if (Peek is { } found)
        {
            check.Add(found, null, $"expected {expected} ({what}) here, found {found.Id}{(found.ElementCount > 0 ? "*" + found[1] : string.Empty)}.");
        }
        else
        {
            check.Issues.Add(new X12Issue(Position, expected, null, $"{expected} ({what}) is missing."));
        }

        throw new X12StructureStop();
    }

    public X12Segment? Optional(string id, string? qualifier = null) => Is(id, qualifier) ? segments[_index++] : null;

    /// <summary>Records the segment where the structure ends but more follows.</summary>
    public void ExpectEnd(string what)
    {
        if (Peek is { } extra)
        {
            check.Add(extra, null, $"{extra.Id} is not expected here ({what}).");
            throw new X12StructureStop();
        }
    }
}

/// <summary>Ends the walk of one transaction after a loop-order issue has been recorded.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1064", Justification = "Internal control flow of the reader; never escapes it.")]
internal sealed class X12StructureStop : Exception
{
    public X12StructureStop()
        : base("The X12 structure walk stopped.")
    {
    }

    public X12StructureStop(string message)
        : base(message)
    {
    }

    public X12StructureStop(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
