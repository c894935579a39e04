namespace Chronicle.Domain.Common;

/// <summary>
/// The outcome of parsing a domain value without throwing: importers collect every bad field
/// of a file before deciding whether to write anything, so parsing must not stop at the first.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "ValueResult<T>.Ok/Fail read better at call sites than a separate factory class.")]
public readonly record struct ValueResult<T>(T? Value, string? Error)
{
    public bool IsValid => Error is null;

    public static ValueResult<T> Ok(T value) => new(value, null);

    public static ValueResult<T> Fail(string error) => new(default, error);

    public T GetOrThrow(string valueName) =>
        Error is null ? Value! : throw new InvalidValueException(valueName, Error);
}
