namespace Chronicle.Interop.Csv;

using System.Text;

/// <summary>
/// Enum values as CSV cells write them: the member's name in lower-case words joined by hyphens
/// (OutsideProvider is "outside-provider"), read back ignoring case.
/// </summary>
public static class CsvCodes
{
    public static string Code<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var code = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                code.Append('-');
            }

            code.Append(char.ToLowerInvariant(name[i]));
        }

        return code.ToString();
    }

    public static IEnumerable<string> Codes<T>()
        where T : struct, Enum => Enum.GetValues<T>().Select(Code);

    public static T? Parse<T>(string text)
        where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => (T?)v).FirstOrDefault(v => string.Equals(Code(v!.Value), text.Trim(), StringComparison.OrdinalIgnoreCase));
}
