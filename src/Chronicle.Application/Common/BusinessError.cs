namespace Chronicle.Application.Common;

/// <summary>
/// An expected business outcome that stops a use case ("consent missing", "no practice"), with a
/// stable code that the UI, /api ProblemDetails, /fhir OperationOutcome and the CLI all show.
/// </summary>
public sealed record BusinessError(string Code, string Message)
{
    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>A use case's value, or the business error that prevented it.</summary>
public sealed class Result<T>
{
    private Result(T? value, BusinessError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public BusinessError? Error { get; }

    public bool Succeeded => Error is null;

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(BusinessError error) => new(default, error);
}
