namespace Chronicle.Interop.Codes;

using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// A CMS ICD-10-CM release as the user hands it over: the "code descriptions in tabular order"
/// zip (read in place, never extracted), or the order or codes text file from it. In a zip the
/// order file is preferred because it also lists the headers; the layout of a text file is told
/// from its first line, the fiscal year from the file name (icd10cm_order_2026.txt is FY2026)
/// or given explicitly.
/// </summary>
public sealed partial class Icd10ReleaseFile : IDisposable
{
    // Strict, so that a damaged file is reported rather than read with replacement characters;
    // with a preamble StreamReader still strips a byte-order mark itself.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true);

    private readonly Func<Stream> _open;
    private readonly IDisposable? _owner;
    private CountingStream? _current;

    private Icd10ReleaseFile(string name, int fiscalYear, Icd10FileLayout layout, long length, Func<Stream> open, IDisposable? owner)
    {
        Name = name;
        FiscalYear = fiscalYear;
        Layout = layout;
        Length = length;
        _open = open;
        _owner = owner;
    }

    /// <summary>The file read, as issues name it: "icd10cm_order_2026.txt" or "release.zip/icd10cm_order_2026.txt".</summary>
    public string Name { get; }

    public int FiscalYear { get; }

    public Icd10FileLayout Layout { get; }

    /// <summary>Size of the text in bytes (uncompressed for a zip entry), for progress.</summary>
    public long Length { get; }

    /// <summary>How much of the text the current read has consumed, in bytes.</summary>
    public long BytesRead => _current?.BytesRead ?? 0;

    /// <summary>Opens a release file, or says why it cannot be used (missing, not a zip, wrong layout, unknown year).</summary>
    public static Icd10ReleaseFile? TryOpen(string path, int? fiscalYear, out CodeFileIssue? issue)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fileName = Path.GetFileName(path);
        if (fiscalYear is { } given && given is < 2000 or > 2099)
        {
            issue = new CodeFileIssue(fileName, null, $"the fiscal year {given} is not a four-digit year of this century.");
            return null;
        }

        issue = CodeFiles.CheckReadable(path);
        if (issue is not null)
        {
            return null;
        }

        try
        {
            return IsZip(path)
                ? OpenZip(path, fiscalYear, out issue)
                : OpenText(fileName, () => File.OpenRead(path), new FileInfo(path).Length, fiscalYear, null, out issue);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            issue = new CodeFileIssue(fileName, null, $"the file cannot be read: {ex.Message}");
            return null;
        }
    }

    public IEnumerable<CodeFileRow<Icd10Entry>> ReadEntries()
    {
        _current = new CountingStream(_open());
        var reader = new StreamReader(_current, StrictUtf8, detectEncodingFromByteOrderMarks: false);
        var lines = new CodeFileLines(reader, Name);
        var rows = Layout == Icd10FileLayout.Order ? Icd10OrderFile.Read(lines) : Icd10CodesFile.Read(lines);
        return Disposing(rows, reader);
    }

    public void Dispose()
    {
        _current?.Dispose();
        _owner?.Dispose();
    }

    private static IEnumerable<CodeFileRow<Icd10Entry>> Disposing(IEnumerable<CodeFileRow<Icd10Entry>> rows, StreamReader reader)
    {
        using (reader)
        {
            foreach (var row in rows)
            {
                yield return row;
            }
        }
    }

    private static bool IsZip(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        var read = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        var zipMagic = read == 4 && magic[0] == (byte)'P' && magic[1] == (byte)'K' && magic[2] is 3 or 5 && magic[3] is 4 or 6;
        return zipMagic || path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
    }

    private static Icd10ReleaseFile? OpenZip(string path, int? fiscalYear, out CodeFileIssue? issue)
    {
        var zipName = Path.GetFileName(path);
        var stream = File.OpenRead(path);
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            stream.Dispose();
            issue = new CodeFileIssue(zipName, null, $"the file is not a readable zip archive: {ex.Message}");
            return null;
        }

        var entry = ChooseEntry(archive, zipName, fiscalYear, out issue);
        var file = entry is null
            ? null
            : OpenText($"{zipName}/{entry.FullName}", entry.Open, entry.Length, fiscalYear, archive, out issue);
        if (file is null)
        {
            archive.Dispose();
        }

        return file;
    }

    private static ZipArchiveEntry? ChooseEntry(ZipArchive archive, string zipName, int? fiscalYear, out CodeFileIssue? issue)
    {
        issue = null;
        foreach (var pattern in new[] { OrderFileName(), CodesFileName() })
        {
            var candidates = archive.Entries
                .Where(e => pattern.Match(e.Name) is { Success: true } m
                    && (fiscalYear is null || int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) == fiscalYear))
                .ToList();
            if (candidates.Count == 1)
            {
                return candidates[0];
            }

            if (candidates.Count > 1)
            {
                issue = new CodeFileIssue(zipName, null,
                    $"the zip holds several releases ({string.Join(", ", candidates.Select(c => c.FullName))}); give the fiscal year to choose one.");
                return null;
            }
        }

        var year = fiscalYear is { } y ? y.ToString(CultureInfo.InvariantCulture) : "YYYY";
        var listing = string.Join(", ", archive.Entries.Take(12).Select(e => e.FullName));
        issue = new CodeFileIssue(zipName, null,
            $"the zip holds neither icd10cm_order_{year}.txt nor icd10cm_codes_{year}.txt" + (listing.Length > 0 ? $" (it has: {listing})." : " (it is empty)."));
        return null;
    }

    private static Icd10ReleaseFile? OpenText(string name, Func<Stream> open, long length, int? fiscalYear, IDisposable? owner, out CodeFileIssue? issue)
    {
        var year = YearFrom(name, fiscalYear, out issue);
        if (year is null)
        {
            return null;
        }

        var layout = SniffLayout(name, open, out issue);
        return layout is null ? null : new Icd10ReleaseFile(name, year.Value, layout.Value, length, open, owner);
    }

    private static int? YearFrom(string name, int? fiscalYear, out CodeFileIssue? issue)
    {
        issue = null;
        var match = YearInName().Match(Path.GetFileName(name));
        int? named = match.Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : null;
        if (named is { } n && fiscalYear is { } g && n != g)
        {
            issue = new CodeFileIssue(name, null, $"the file name says fiscal year {n}, but {g} was given; rename the file or give the year it holds.");
            return null;
        }

        if ((fiscalYear ?? named) is not { } year)
        {
            issue = new CodeFileIssue(name, null,
                "the fiscal year cannot be told from the file name (CMS names it icd10cm_order_YYYY.txt or icd10cm_codes_YYYY.txt); give it explicitly.");
            return null;
        }

        return year;
    }

    private static Icd10FileLayout? SniffLayout(string name, Func<Stream> open, out CodeFileIssue? issue)
    {
        issue = null;
        using var reader = new StreamReader(open(), StrictUtf8, detectEncodingFromByteOrderMarks: false);
        foreach (var (number, line, error) in new CodeFileLines(reader, name).ReadAll())
        {
            if (error is not null)
            {
                issue = new CodeFileIssue(name, number, error);
                return null;
            }

            if (Icd10OrderFile.LooksLikeLine(line))
            {
                return Icd10FileLayout.Order;
            }

            if (Icd10CodesFile.LooksLikeLine(line))
            {
                return Icd10FileLayout.Codes;
            }

            issue = new CodeFileIssue(name, number,
                "the line has neither the CMS order-file layout (order number, code, billable flag, short and long title in fixed columns) " +
                "nor the codes-file layout (code in columns 1-7, a space, the description); this is not an ICD-10-CM release file.");
            return null;
        }

        issue = new CodeFileIssue(name, null, "the file is empty.");
        return null;
    }

    [GeneratedRegex(@"^icd10cm_order_(?<year>\d{4})\.txt$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrderFileName();

    [GeneratedRegex(@"^icd10cm_codes_(?<year>\d{4})\.txt$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodesFileName();

    [GeneratedRegex(@"icd10cm_(?:order|codes)_(?<year>\d{4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearInName();
}
