namespace Chronicle.Application.Backups;

/// <summary>The stable codes of backup and restore outcomes (ADR 0200), catalogued in ProblemCatalogue.</summary>
public static class BackupCodes
{
    public const string FileNotFound = "BACKUP-FILE-NOT-FOUND";
    public const string Corrupt = "BACKUP-CORRUPT";
    public const string NewerSchema = "BACKUP-NEWER-SCHEMA";
    public const string WrongKind = "BACKUP-WRONG-DATABASE-KIND";
    public const string TargetNotEmpty = "BACKUP-TARGET-NOT-EMPTY";
    public const string ToolMissing = "BACKUP-TOOL-MISSING";
    public const string ToolFailed = "BACKUP-TOOL-FAILED";
}

/// <summary>A backup or restore that cannot go on, with its code; the message is one line for the operator.</summary>
public sealed class BackupException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
