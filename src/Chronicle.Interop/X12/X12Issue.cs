namespace Chronicle.Interop.X12;

/// <summary>
/// One thing wrong with an X12 file: the segment's position in the file (ISA is 1; 0 for the
/// file as a whole), its id, the element (e.g. CLM02 or HI03-2) where one is at fault, and why.
/// </summary>
public sealed record X12Issue(int SegmentNumber, string SegmentId, string? Element, string Message)
{
    public override string ToString() => Element is null
        ? $"segment {SegmentNumber} ({SegmentId}): {Message}"
        : $"segment {SegmentNumber} ({SegmentId}) {Element}: {Message}";
}
