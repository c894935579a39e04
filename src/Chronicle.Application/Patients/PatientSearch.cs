namespace Chronicle.Application.Patients;

/// <summary>
/// How a search box finds patients, the same in SQL and in memory: the text is split into words,
/// and every word must appear, case-insensitively, in the first name, last name or MRN. So
/// "harold aber", "Abernathy, Harold" and "RB1001" all find Harold Abernathy (RB1001).
/// </summary>
public static class PatientSearch
{
    private static readonly char[] Separators = [' ', ',', '\t'];

    public static IReadOnlyList<string> Words(string? text) =>
        (text ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static bool Matches(string? text, string name, string mrn)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(mrn);
        return Words(text).All(w =>
            name.Contains(w, StringComparison.OrdinalIgnoreCase) || mrn.Contains(w, StringComparison.OrdinalIgnoreCase));
    }
}
