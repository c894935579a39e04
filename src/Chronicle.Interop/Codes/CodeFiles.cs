namespace Chronicle.Interop.Codes;

/// <summary>Checks every code file reader makes before opening a path.</summary>
internal static class CodeFiles
{
    public static CodeFileIssue? CheckReadable(string path)
    {
        var fileName = Path.GetFileName(path);
        if (Directory.Exists(path))
        {
            return new CodeFileIssue(path, null, "this is a folder; give the file itself.");
        }

        if (!File.Exists(path))
        {
            return new CodeFileIssue(fileName.Length > 0 ? path : "(no file)", null, "the file does not exist.");
        }

        return null;
    }
}
