namespace Chronicle.Interop.X12.Responses;

/// <summary>
/// One thing wrong with a 999, 277CA or 835 file: the segment's position in the file (ISA is 1; 0
/// for the file as a whole), its id, the element (e.g. CLP04 or STC01-2) where one is at fault, and
/// why. A blocking problem means the file must not be applied (money or a claim's fate would be
/// wrong or unknown); the others were read leniently and are reported for the record.
/// </summary>
public sealed record ResponseProblem(int SegmentNumber, string SegmentId, string? Element, string Message, bool Blocking)
{
    public override string ToString() => Element is null
        ? $"segment {SegmentNumber} ({SegmentId}): {Message}"
        : $"segment {SegmentNumber} ({SegmentId}), element {Element}: {Message}";
}
