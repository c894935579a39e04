namespace Chronicle.Domain.Common;

/// <summary>
/// An expected business outcome with a stable code (e.g. ENROLL-OVERLAP, NO-CONSENT), a
/// message written for the person who has to act on it, and the rule's source where there is one.
/// The UI, /api ProblemDetails, /fhir OperationOutcome and the CLI all show it the same way.
/// </summary>
public sealed record Finding(string Code, string Message, string? Source = null)
{
    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>
/// The result of a command on an aggregate: it either happened, or it was refused with a
/// <see cref="Finding"/> and nothing changed. Programmer errors still throw.
/// </summary>
public readonly record struct Outcome
{
    private Outcome(Finding? failure) => Failure = failure;

    public static Outcome Ok => default;

    public Finding? Failure { get; }

    public bool Succeeded => Failure is null;

    public static Outcome Fail(Finding failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new Outcome(failure);
    }

    public static Outcome Fail(string code, string message, string? source = null) => Fail(new Finding(code, message, source));
}

/// <summary>As <see cref="Outcome"/>, carrying what the command produced when it succeeded.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Outcome<T>.Ok/Fail read better at call sites than a separate factory class.")]
public readonly record struct Outcome<T>
{
    private Outcome(T? value, Finding? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public Finding? Failure { get; }

    public bool Succeeded => Failure is null;

    public static Outcome<T> Ok(T value) => new(value, null);

    public static Outcome<T> Fail(Finding failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return new Outcome<T>(default, failure);
    }

    public static Outcome<T> Fail(string code, string message, string? source = null) => Fail(new Finding(code, message, source));

    /// <summary>The value, for callers that have already checked <see cref="Succeeded"/>.</summary>
    public T GetValueOrThrow() =>
        Failure is null ? Value! : throw new InvalidOperationException($"The command was refused: {Failure}");
}
