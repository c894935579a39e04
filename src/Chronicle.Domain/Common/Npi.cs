namespace Chronicle.Domain.Common;

/// <summary>
/// A National Provider Identifier: ten digits whose last is a Luhn check digit computed as if
/// the prefix 80840 (health, USA) stood in front of the first nine (CMS NPI check-digit rule).
/// </summary>
public readonly record struct Npi
{
    // The digits 8,0,8,4,0 of the prefix contribute a constant 24 to the Luhn sum.
    private const int PrefixContribution = 24;

    private Npi(string value) => Value = value;

    public string Value { get; }

    public static ValueResult<Npi> TryParse(string? text)
    {
        var value = text?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            return ValueResult<Npi>.Fail("The NPI is empty.");
        }

        if (value.Length != 10 || !value.All(char.IsAsciiDigit))
        {
            return ValueResult<Npi>.Fail($"'{text}' is not an NPI: an NPI is exactly 10 digits.");
        }

        var expected = CheckDigit(value.AsSpan(0, 9));
        if (value[9] - '0' != expected)
        {
            return ValueResult<Npi>.Fail($"'{value}' is not a valid NPI: its check digit should be {expected}.");
        }

        return ValueResult<Npi>.Ok(new Npi(value));
    }

    public static Npi Parse(string text) => TryParse(text).GetOrThrow("NPI");

    /// <summary>The check digit for a nine-digit NPI base (CMS "constant 24" method).</summary>
    public static int CheckDigit(ReadOnlySpan<char> baseDigits)
    {
        if (baseDigits.Length != 9)
        {
            throw new ArgumentException("An NPI base is nine digits.", nameof(baseDigits));
        }

        var sum = PrefixContribution;
        for (var i = 0; i < 9; i++)
        {
            var digit = baseDigits[8 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (10 - (sum % 10)) % 10;
    }

    public override string ToString() => Value;
}
