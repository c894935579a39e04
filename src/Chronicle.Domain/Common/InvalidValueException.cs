namespace Chronicle.Domain.Common;

/// <summary>
/// Thrown when a domain value is constructed from input that breaks its rules.
/// The message is written for the person who typed or imported the value.
/// </summary>
public sealed class InvalidValueException : ArgumentException
{
    public InvalidValueException(string valueName, string message)
        : base(message, valueName)
    {
        ValueName = valueName;
        Reason = message;
    }

    public InvalidValueException()
        : this("value", "The value is not valid.")
    {
    }

    public InvalidValueException(string message)
        : this("value", message)
    {
    }

    public InvalidValueException(string message, Exception innerException)
        : base(message, innerException)
    {
        ValueName = "value";
        Reason = message;
    }

    /// <summary>The kind of value that was rejected, e.g. "NPI".</summary>
    public string ValueName { get; }

    /// <summary>The reason without the parameter suffix that <see cref="ArgumentException"/> appends.</summary>
    public string Reason { get; }
}
