namespace Chronicle.Interop.Pdf;

using PdfSharp.Drawing;
using PdfSharp.Pdf;

/// <summary>
/// A plain-language document written top to bottom: headings, paragraphs, bullet lists, label and
/// value pairs, tables and signature lines on US Letter pages, with "page N of M" footers. Every
/// string is drawn as text, so markup in a patient's notes is printed, never interpreted. The
/// consent form, the care plan and the patient statement are all built with it, which keeps them
/// one family of documents.
/// </summary>
public sealed partial class PdfTextDocument : IDisposable
{
    private const double PageWidth = 612;
    private const double PageHeight = 792;
    private const double Margin = 54;
    private const double FooterHeight = 28;
    private const double ContentWidth = PageWidth - (2 * Margin);
    private const double Bottom = PageHeight - Margin - FooterHeight;

    private readonly PdfDocument _document = new();
    private readonly string _footer;
    private readonly bool _numberPages;
    private XGraphics? _graphics;
    private double _y;
    private bool _finished;

    /// <param name="title">The document title, stored in the PDF's properties.</param>
    /// <param name="footer">Text printed at the foot of every page before the page number.</param>
    /// <param name="numberPages">Whether footers say "Page N of M"; a batch of one-page letters to different people does not.</param>
    public PdfTextDocument(string title, string footer, bool numberPages = true)
    {
        _numberPages = numberPages;
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ChronicleFonts.EnsureRegistered();
        _footer = PdfText.Clean(footer);
        _document.Info.Title = PdfText.Clean(title);
        _document.Info.Author = "Chronicle";
        _document.Info.Creator = "Chronicle";
        NewPage();
    }

    private XGraphics Graphics => _graphics ?? throw new InvalidOperationException("The document is already finished.");

    /// <summary>The large title at the top of a document.</summary>
    public PdfTextDocument Title(string text)
    {
        WriteWrapped(text, PdfFonts.Title, indent: 0, spaceAfter: 10);
        return this;
    }

    public PdfTextDocument Heading(string text)
    {
        KeepWithNext(PdfFonts.Heading.LineHeight * 3);
        Space(6);
        WriteWrapped(text, PdfFonts.Heading, indent: 0, spaceAfter: 4);
        return this;
    }

    public PdfTextDocument Subheading(string text)
    {
        KeepWithNext(PdfFonts.Subheading.LineHeight * 3);
        Space(2);
        WriteWrapped(text, PdfFonts.Subheading, indent: 0, spaceAfter: 2);
        return this;
    }

    /// <summary>A paragraph; line breaks in <paramref name="text"/> start new lines.</summary>
    public PdfTextDocument Paragraph(string text, bool emphasis = false)
    {
        WriteWrapped(text, emphasis ? PdfFonts.BodyBold : PdfFonts.Body, indent: 0, spaceAfter: 6);
        return this;
    }

    /// <summary>A small grey note, for sources and fine print.</summary>
    public PdfTextDocument Note(string text)
    {
        WriteWrapped(text, PdfFonts.Small, indent: 0, spaceAfter: 4);
        return this;
    }

    public PdfTextDocument Bullets(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            EnsureRoom(PdfFonts.Body.LineHeight);
            Graphics.DrawString("•", PdfFonts.Body.Font, XBrushes.Black, new XPoint(Margin + 4, _y + PdfFonts.Body.Ascent));
            WriteWrapped(item, PdfFonts.Body, indent: 16, spaceAfter: 2);
        }

        Space(4);
        return this;
    }

    /// <summary>Label and value pairs, the label in bold on the left.</summary>
    public PdfTextDocument Fields(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        Table([new PdfColumn(string.Empty, 0.32, Bold: true), new PdfColumn(string.Empty, 0.68)],
            pairs.Select(p => (IReadOnlyList<string>)[p.Key, p.Value]),
            showHeader: false);
        return this;
    }

    /// <summary>Vertical space in points.</summary>
    public PdfTextDocument Space(double points = 8)
    {
        _y += points;
        return this;
    }

    /// <summary>A thin rule across the page.</summary>
    public PdfTextDocument Rule()
    {
        EnsureRoom(8);
        Graphics.DrawLine(XPens.Gray, Margin, _y + 3, Margin + ContentWidth, _y + 3);
        _y += 8;
        return this;
    }

    /// <summary>A line to sign on, with its label underneath.</summary>
    public PdfTextDocument SignatureLine(string label)
    {
        EnsureRoom(44);
        _y += 26;
        Graphics.DrawLine(XPens.Black, Margin, _y, Margin + (ContentWidth * 0.6), _y);
        Graphics.DrawString(PdfText.Clean(label), PdfFonts.Small.Font, XBrushes.Black, new XPoint(Margin, _y + 2 + PdfFonts.Small.Ascent));
        _y += 18;
        return this;
    }

    public PdfTextDocument PageBreak()
    {
        NewPage();
        return this;
    }

    /// <summary>Finishes the document (footers on every page) and returns the PDF file's bytes.</summary>
    public byte[] ToBytes()
    {
        if (!_finished)
        {
            _graphics?.Dispose();
            _graphics = null;
            WriteFooters();
            _finished = true;
        }

        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        _graphics = XGraphics.FromPdfPage(page);
        _y = Margin;
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    /// <summary>Starts a new page when a heading would otherwise sit alone at the bottom.</summary>
    private void KeepWithNext(double height) => EnsureRoom(height);

    private void WriteFooters()
    {
        var count = _document.PageCount;
        for (var index = 0; index < count; index++)
        {
            using var graphics = XGraphics.FromPdfPage(_document.Pages[index], XGraphicsPdfPageOptions.Append);
            var text = _numberPages ? $"{_footer}    Page {index + 1} of {count}".Trim() : _footer;
            graphics.DrawString(text, PdfFonts.Small.Font, XBrushes.Gray,
                new XPoint(Margin, PageHeight - Margin - PdfFonts.Small.LineHeight + PdfFonts.Small.Ascent));
        }
    }
}
