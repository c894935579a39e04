namespace Chronicle.Interop.Pdf;

using PdfSharp.Drawing;

public sealed partial class PdfTextDocument
{
    /// <summary>
    /// A table whose columns share the page width by <see cref="PdfColumn.Share"/>; cells wrap,
    /// rows never split across pages, and the header repeats on each new page.
    /// </summary>
    public PdfTextDocument Table(IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<string>> rows, bool showHeader = true)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var totalShare = columns.Sum(c => c.Share);
        var widths = columns.Select(c => ContentWidth * c.Share / totalShare).ToArray();

        if (showHeader)
        {
            WriteHeaderRow(columns, widths);
        }

        foreach (var row in rows)
        {
            var cells = columns.Select((column, i) =>
                WrapLines(i < row.Count ? row[i] : string.Empty, column.Bold ? PdfFonts.BodyBold : PdfFonts.Body, widths[i] - 6)).ToArray();
            var height = (cells.Max(c => c.Count) * PdfFonts.Body.LineHeight) + 4;
            if (_y + height > Bottom)
            {
                NewPage();
                if (showHeader)
                {
                    WriteHeaderRow(columns, widths);
                }
            }

            DrawRow(cells, columns.Select(c => c.Bold ? PdfFonts.BodyBold : PdfFonts.Body).ToArray(), widths);
            _y += height;
        }

        Space(6);
        return this;
    }

    private void WriteHeaderRow(IReadOnlyList<PdfColumn> columns, double[] widths)
    {
        var cells = columns.Select((c, i) => WrapLines(c.Header, PdfFonts.BodyBold, widths[i] - 6)).ToArray();
        var height = (cells.Max(c => c.Count) * PdfFonts.Body.LineHeight) + 4;
        EnsureRoom(height + PdfFonts.Body.LineHeight);
        DrawRow(cells, [.. columns.Select(_ => PdfFonts.BodyBold)], widths);
        _y += height;
        Graphics.DrawLine(XPens.Gray, Margin, _y - 2, Margin + ContentWidth, _y - 2);
    }

    private void DrawRow(IReadOnlyList<string>[] cells, PdfFont[] fonts, double[] widths)
    {
        var x = Margin;
        for (var i = 0; i < cells.Length; i++)
        {
            var lineY = _y;
            foreach (var line in cells[i])
            {
                Graphics.DrawString(line, fonts[i].Font, XBrushes.Black, new XPoint(x, lineY + fonts[i].Ascent));
                lineY += fonts[i].LineHeight;
            }

            x += widths[i];
        }
    }

    private void WriteWrapped(string text, PdfFont font, double indent, double spaceAfter)
    {
        foreach (var line in WrapLines(text, font, ContentWidth - indent))
        {
            EnsureRoom(font.LineHeight);
            Graphics.DrawString(line, font.Font, font.Brush, new XPoint(Margin + indent, _y + font.Ascent));
            _y += font.LineHeight;
        }

        _y += spaceAfter;
    }

    /// <summary>Breaks text into lines that fit <paramref name="width"/>, at spaces where it can and inside a word only when one word is wider than the line.</summary>
    private List<string> WrapLines(string text, PdfFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in PdfText.Clean(text).Split('\n'))
        {
            var current = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = current.Length == 0 ? word : current + " " + word;
                if (Measure(candidate, font) <= width)
                {
                    current = candidate;
                    continue;
                }

                if (current.Length > 0)
                {
                    lines.Add(current);
                }

                current = BreakLongWord(word, font, width, lines);
            }

            lines.Add(current);
        }

        return lines;
    }

    private string BreakLongWord(string word, PdfFont font, double width, List<string> lines)
    {
        var rest = word;
        while (Measure(rest, font) > width && rest.Length > 1)
        {
            var take = rest.Length - 1;
            while (take > 1 && Measure(rest[..take], font) > width)
            {
                take--;
            }

            lines.Add(rest[..take]);
            rest = rest[take..];
        }

        return rest;
    }

    private double Measure(string text, PdfFont font) => Graphics.MeasureString(text, font.Font).Width;
}
