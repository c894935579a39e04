namespace Chronicle.Interop.X12.Responses;

/// <summary>A 999: one entry per functional group it acknowledges (AK1 … AK9).</summary>
public sealed record ImplementationAcknowledgment(IReadOnlyList<GroupAcknowledgment> Groups);

/// <summary>
/// The acknowledgment of one functional group we sent: its GS01 code and GS06 control number
/// (AK101/AK102), the group's result (AK901) and counts, and each transaction set's result. A 999
/// carries no interchange control number; the group control number identifies the file we sent.
/// </summary>
public sealed record GroupAcknowledgment(
    string FunctionalIdentifierCode,
    string GroupControlNumber,
    string? Version,
    AcknowledgmentResult? Result,
    int? SetsIncluded,
    int? SetsReceived,
    int? SetsAccepted,
    IReadOnlyList<TransactionSetAcknowledgment> Sets);

/// <summary>One transaction set's result (IK501) with its ST01/ST02 (AK201/AK202) and the segments in error (IK3/IK4).</summary>
public sealed record TransactionSetAcknowledgment(
    string TransactionSetCode,
    string TransactionControlNumber,
    AcknowledgmentResult? Result,
    IReadOnlyList<string> SyntaxErrorCodes,
    IReadOnlyList<SegmentError> Errors);

/// <summary>A segment in error (IK3): its id, position in the transaction set, loop and error code, with its elements in error (IK4).</summary>
public sealed record SegmentError(string SegmentId, int? Position, string? LoopId, string? ErrorCode, IReadOnlyList<ElementError> Elements)
{
    public override string ToString() =>
        $"{SegmentId} at position {Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}{(ErrorCode is null ? string.Empty : $" (error {ErrorCode})")}"
        + string.Concat(Elements.Select(e => "; " + e));
}

/// <summary>An element in error (IK4): its position (and component), data element number, error code and the bad value if given.</summary>
public sealed record ElementError(int? Position, int? ComponentPosition, string? ElementReference, string ErrorCode, string? BadValue)
{
    public override string ToString() =>
        $"element {Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}{(ComponentPosition is { } c ? "-" + c.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)} (error {ErrorCode}{(BadValue is null ? string.Empty : $", value '{BadValue}'")})";
}

/// <summary>What a 999 says of a transaction set (IK501) or group (AK901).</summary>
public enum AcknowledgmentResult
{
    /// <summary>A: accepted.</summary>
    Accepted,

    /// <summary>E: accepted, but errors were noted.</summary>
    AcceptedWithErrors,

    /// <summary>P (AK901 only): some transaction sets of the group were accepted, others rejected.</summary>
    PartiallyAccepted,

    /// <summary>R, or M/W/X (rejected for authentication, assurance or decryption): rejected.</summary>
    Rejected,
}
