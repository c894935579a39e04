namespace Chronicle.Application.Audit;

/// <summary>
/// The trail cannot be appended to because its chain head is gone while events remain: someone
/// tampered with the database. Nothing more is recorded, or shown, until an operator has looked.
/// </summary>
public sealed class AuditChainException : InvalidOperationException
{
    public AuditChainException()
        : this("The audit trail holds events but its chain head is gone, so nothing more can be recorded; run 'chronicle audit verify'.")
    {
    }

    public AuditChainException(string message)
        : base(message)
    {
    }

    public AuditChainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
