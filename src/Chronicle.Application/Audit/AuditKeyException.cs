namespace Chronicle.Application.Audit;

/// <summary>The audit key configuration or key file is unusable; the message names the setting or file and what is wrong.</summary>
public sealed class AuditKeyException : Exception
{
    public AuditKeyException()
    {
    }

    public AuditKeyException(string message)
        : base(message)
    {
    }

    public AuditKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
