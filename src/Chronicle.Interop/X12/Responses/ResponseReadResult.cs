namespace Chronicle.Interop.X12.Responses;

/// <summary>
/// What <see cref="ResponseReader"/> found in a file: its kind, its interchange, the contents of
/// that kind (the other two are null) and every problem. A file may be applied only when it is
/// recognised and no problem blocks it; the contents are there to show either way.
/// </summary>
public sealed record ResponseReadResult(
    ResponseKind Kind,
    ResponseInterchange? Interchange,
    IReadOnlyList<ResponseProblem> Problems,
    ImplementationAcknowledgment? Acknowledgment,
    ClaimAcknowledgment? ClaimAcknowledgment,
    Remittance? Remittance)
{
    public bool CanApply => Kind != ResponseKind.Unrecognised && !Problems.Any(p => p.Blocking);
}
