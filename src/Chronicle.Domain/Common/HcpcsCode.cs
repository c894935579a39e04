namespace Chronicle.Domain.Common;

/// <summary>
/// A CPT or HCPCS Level II procedure code: five characters, either five digits (CPT, e.g. 99490),
/// four digits and F/T/U (CPT category II/III/PLA), or a letter and four digits (HCPCS, e.g. G0506).
/// </summary>
public readonly record struct HcpcsCode
{
    private HcpcsCode(string value) => Value = value;

    public string Value { get; }

    public static ValueResult<HcpcsCode> TryParse(string? text)
    {
        var value = text?.Trim().ToUpperInvariant() ?? string.Empty;
        if (value.Length == 0)
        {
            return ValueResult<HcpcsCode>.Fail("The procedure code is empty.");
        }

        var valid = value.Length == 5 && (
            value.All(char.IsAsciiDigit)
            || (value[..4].All(char.IsAsciiDigit) && value[4] is 'F' or 'T' or 'U')
            || (char.IsAsciiLetterUpper(value[0]) && value[1..].All(char.IsAsciiDigit)));
        return valid
            ? ValueResult<HcpcsCode>.Ok(new HcpcsCode(value))
            : ValueResult<HcpcsCode>.Fail($"'{text}' is not a CPT/HCPCS code: expected 5 characters such as 99490 or G0506.");
    }

    public static HcpcsCode Parse(string text) => TryParse(text).GetOrThrow("CPT/HCPCS code");

    public override string ToString() => Value;
}
