namespace Chronicle.Domain.Common;

/// <summary>
/// A Medicare Beneficiary Identifier: 11 characters in the CMS pattern
/// N A AN N A AN N A A N N (N = digit, first one 1–9; A = letter except S, L, O, I, B, Z;
/// AN = either). Written with or without the display dashes (1EG4-TE5-MK73); stored without.
/// </summary>
public readonly record struct Mbi
{
    private const string Pattern = "NAXNAXNAANN";
    private const string ExcludedLetters = "SLOIBZ";

    private Mbi(string value) => Value = value;

    public string Value { get; }

    public static ValueResult<Mbi> TryParse(string? text)
    {
        var raw = text?.Trim() ?? string.Empty;
        if (raw.Length == 0)
        {
            return ValueResult<Mbi>.Fail("The MBI is empty.");
        }

        var value = Normalise(raw);
        if (value is null)
        {
            return ValueResult<Mbi>.Fail($"'{text}' is not an MBI: dashes may only follow the 4th and 7th characters.");
        }

        if (value.Length != 11)
        {
            return ValueResult<Mbi>.Fail($"'{text}' is not an MBI: an MBI has 11 characters, this has {value.Length}.");
        }

        for (var i = 0; i < Pattern.Length; i++)
        {
            var problem = CheckPosition(value[i], Pattern[i], i);
            if (problem is not null)
            {
                return ValueResult<Mbi>.Fail($"'{text}' is not an MBI: position {i + 1} {problem}.");
            }
        }

        return ValueResult<Mbi>.Ok(new Mbi(value));
    }

    public static Mbi Parse(string text) => TryParse(text).GetOrThrow("MBI");

    /// <summary>The display form with dashes, e.g. 1EG4-TE5-MK73.</summary>
    public string Display => $"{Value[..4]}-{Value[4..7]}-{Value[7..]}";

    public override string ToString() => Value;

    private static string? Normalise(string raw)
    {
        var upper = raw.ToUpperInvariant();
        if (!upper.Contains('-', StringComparison.Ordinal))
        {
            return upper;
        }

        // Only the CMS display form 4-3-4 may carry dashes.
        return upper.Length == 13 && upper[4] == '-' && upper[8] == '-'
            && upper.Count(c => c == '-') == 2
            ? upper.Replace("-", string.Empty, StringComparison.Ordinal)
            : null;
    }

    private static string? CheckPosition(char c, char kind, int index)
    {
        var isLetter = char.IsAsciiLetterUpper(c) && !ExcludedLetters.Contains(c, StringComparison.Ordinal);
        var isDigit = char.IsAsciiDigit(c);
        return kind switch
        {
            'N' when index == 0 && c is < '1' or > '9' => $"must be a digit 1–9, found '{c}'",
            'N' when !isDigit => $"must be a digit, found '{c}'",
            'A' when !isLetter => $"must be a letter other than S, L, O, I, B or Z, found '{c}'",
            'X' when !isLetter && !isDigit => $"must be a digit or a letter other than S, L, O, I, B or Z, found '{c}'",
            _ => null,
        };
    }
}
