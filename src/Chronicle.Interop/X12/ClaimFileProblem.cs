namespace Chronicle.Interop.X12;

/// <summary>Why a claim file could not be written: where in the input (e.g. "claim CCM0001, line 2") and what is wrong.</summary>
public sealed record ClaimFileProblem(string Where, string Message)
{
    public override string ToString() => $"{Where}: {Message}";
}

/// <summary>
/// The written file, or the input problems that prevented it. A file is only ever returned after
/// <see cref="Claim837Reader"/> has read it back without an issue.
/// </summary>
public sealed record ClaimFileWriteResult(string? Text, Claim837Contents? Contents, IReadOnlyList<ClaimFileProblem> Problems)
{
    public bool Succeeded => Text is not null;
}
