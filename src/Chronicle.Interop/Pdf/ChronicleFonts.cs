namespace Chronicle.Interop.Pdf;

using PdfSharp.Fonts;

/// <summary>
/// The one typeface Chronicle's PDFs use, read from the machine's TrueType files. PDFsharp's
/// platform resolver picks whatever the host offers; naming the files keeps every statement and
/// care plan looking the same on every server, and a missing font fails with an instruction
/// instead of a blank page. DejaVu Sans comes first for its coverage of accented names.
/// </summary>
public sealed class ChronicleFonts : IFontResolver
{
    public const string Family = "Chronicle Sans";

    private static readonly Lock Gate = new();
    private static bool _registered;

    private static readonly string[] FontFolders =
    [
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/truetype/liberation",
        "/usr/share/fonts/TTF",
        "/usr/share/fonts/dejavu",
        "/usr/share/fonts/liberation",
        "/Library/Fonts",
        @"C:\Windows\Fonts",
    ];

    private static readonly Dictionary<string, string[]> FaceFiles = new(StringComparer.Ordinal)
    {
        ["regular"] = ["DejaVuSans.ttf", "LiberationSans-Regular.ttf", "arial.ttf"],
        ["bold"] = ["DejaVuSans-Bold.ttf", "LiberationSans-Bold.ttf", "arialbd.ttf"],
        ["italic"] = ["DejaVuSans-Oblique.ttf", "LiberationSans-Italic.ttf", "ariali.ttf"],
        ["bolditalic"] = ["DejaVuSans-BoldOblique.ttf", "LiberationSans-BoldItalic.ttf", "arialbi.ttf"],
    };

    private readonly Dictionary<string, byte[]> _loaded = new(StringComparer.Ordinal);

    private ChronicleFonts()
    {
    }

    /// <summary>
    /// Installs the resolver once per process. PDFsharp refuses a resolver change after the first
    /// font was used, so every writer calls this before it creates a font.
    /// </summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            GlobalFontSettings.FontResolver = new ChronicleFonts();
            _registered = true;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var face = (bold, italic) switch
        {
            (true, true) => "bolditalic",
            (true, false) => "bold",
            (false, true) => "italic",
            _ => "regular",
        };
        return new FontResolverInfo(face);
    }

    public byte[]? GetFont(string faceName)
    {
        lock (_loaded)
        {
            if (_loaded.TryGetValue(faceName, out var cached))
            {
                return cached;
            }

            var bytes = File.ReadAllBytes(FindFile(faceName));
            _loaded[faceName] = bytes;
            return bytes;
        }
    }

    private static string FindFile(string faceName)
    {
        var candidates = FaceFiles.TryGetValue(faceName, out var files) ? files : FaceFiles["regular"];
        foreach (var name in candidates)
        {
            foreach (var folder in FontFolders)
            {
                var path = Path.Combine(folder, name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        throw new InvalidOperationException(
            $"No TrueType font for PDFs was found (looked for {string.Join(", ", candidates)} in {string.Join(", ", FontFolders)}). " +
            "Install the DejaVu fonts, for example `apt-get install fonts-dejavu-core`.");
    }
}
