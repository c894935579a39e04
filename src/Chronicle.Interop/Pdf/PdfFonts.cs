namespace Chronicle.Interop.Pdf;

using PdfSharp.Drawing;

/// <summary>A font with the line height and baseline offset the layout needs.</summary>
internal sealed record PdfFont(XFont Font, double LineHeight, double Ascent, XBrush Brush);

/// <summary>The few text styles of Chronicle's documents; 11-point body text reads well on paper for older patients.</summary>
internal static class PdfFonts
{
    public static readonly PdfFont Title = Create(18, XFontStyleEx.Bold, XBrushes.Black);
    public static readonly PdfFont Heading = Create(14, XFontStyleEx.Bold, XBrushes.Black);
    public static readonly PdfFont Subheading = Create(12, XFontStyleEx.Bold, XBrushes.Black);
    public static readonly PdfFont Body = Create(11, XFontStyleEx.Regular, XBrushes.Black);
    public static readonly PdfFont BodyBold = Create(11, XFontStyleEx.Bold, XBrushes.Black);
    public static readonly PdfFont Small = Create(8.5, XFontStyleEx.Regular, XBrushes.DimGray);

    private static PdfFont Create(double size, XFontStyleEx style, XBrush brush)
    {
        ChronicleFonts.EnsureRegistered();
        return new PdfFont(new XFont(ChronicleFonts.Family, size, style), size * 1.35, size * 0.95, brush);
    }
}
