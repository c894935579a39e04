namespace Chronicle.Interop.Tests.Fhir;

using System.Text;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Eligibility;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Fhir;

/// <summary>The small FHIR files written for these tests, and a reader set up the way the importer sets it up.</summary>
internal static class FhirFixtures
{
    public static readonly DateOnly Today = new(2025, 6, 1);

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fhir", "Fixtures", name);

    public static string Text(string name) => File.ReadAllText(PathOf(name));

    public static Task<FhirFileContent> ReadAsync(string name, Icd10CodeSet? codes = null, int bufferSize = 64 * 1024) =>
        ReadTextAsync(name, Text(name), codes, bufferSize);

    public static async Task<FhirFileContent> ReadTextAsync(string name, string text, Icd10CodeSet? codes = null, int bufferSize = 64 * 1024)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return await ReadStreamAsync(name, stream, codes, bufferSize);
    }

    public static Task<FhirFileContent> ReadStreamAsync(string name, Stream stream, Icd10CodeSet? codes = null, int bufferSize = 64 * 1024)
    {
        var context = new FhirMappingContext(codes ?? Icd10CodeSet.None, ChronicClassifier.BuiltInOnly, PracticeTimeZone.Parse("America/Chicago"), Today);
        return new FhirFileReader(context, bufferSize).ReadAsync(stream, name, null, TestContext.Current.CancellationToken);
    }

    /// <summary>The 1-based line of the first line of <paramref name="text"/> that contains <paramref name="fragment"/>.</summary>
    public static int LineOf(string text, string fragment)
    {
        var lines = text.Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(fragment, StringComparison.Ordinal));
        Assert.True(index >= 0, $"The fixture has no line with {fragment}.");
        return index + 1;
    }
}
