namespace Chronicle.Interop.Codes;

using System.Text;

/// <summary>
/// The lines of a text code file with their numbers, skipping blank lines. A read that fails
/// part way (a damaged zip entry, an I/O error) ends the sequence with that error instead of
/// throwing, so the caller reports it like any other bad line.
/// </summary>
internal sealed class CodeFileLines(TextReader reader, string fileName)
{
    public string FileName { get; } = fileName;

    public IEnumerable<(int Number, string Line, string? Error)> ReadAll()
    {
        var number = 0;
        while (true)
        {
            number++;
            var error = TryReadLine(out var line);
            if (error is not null)
            {
                yield return (number, string.Empty, error);
                yield break;
            }

            if (line is null)
            {
                yield break;
            }

            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return (number, line, null);
            }
        }
    }

    private string? TryReadLine(out string? line)
    {
        try
        {
            line = reader.ReadLine();
            return null;
        }
        catch (DecoderFallbackException)
        {
            line = null;
            return "the file is not UTF-8 (or ASCII) text from here on; CMS release files are plain ASCII.";
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            line = null;
            return $"the file could not be read past this point: {ex.Message}";
        }
    }
}
