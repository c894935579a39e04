namespace Chronicle.Application.Security;

using System.Text;

/// <summary>
/// The bundled list of the most common passwords and password stems (CommonPasswords.txt), and
/// the test whether a proposed password is one of them in disguise: case ignored, digits and
/// symbols added at either end ignored ("Password2026!"), common letter-for-symbol swaps read as
/// the letters ("P@ssw0rd"). Attackers try exactly these first (NIST SP 800-63B §5.1.1.2 asks
/// verifiers to refuse them).
/// </summary>
public static class CommonPasswords
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static bool Contains(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.ToLowerInvariant();
        if (List.Value.Contains(lower))
        {
            return true;
        }

        var core = lower.AsSpan().Trim(NotLetters(lower)).ToString();
        return core.Length > 0 && (List.Value.Contains(core) || List.Value.Contains(Unswapped(core)));
    }

    /// <summary>The characters at either end that are not letters, to be trimmed off.</summary>
    private static string NotLetters(string text)
    {
        var others = new StringBuilder();
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                others.Append(c);
            }
        }

        return others.ToString();
    }

    private static string Unswapped(string core)
    {
        var letters = new StringBuilder(core.Length);
        foreach (var c in core)
        {
            letters.Append(c switch
            {
                '@' or '4' => 'a',
                '3' => 'e',
                '1' or '!' => 'i',
                '0' => 'o',
                '$' or '5' => 's',
                '7' => 't',
                _ => c,
            });
        }

        return letters.ToString();
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("Chronicle.Application.Security.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from Chronicle.Application.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#'))
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words;
    }
}
