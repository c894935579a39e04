namespace Chronicle.Interop.Pdf;

/// <summary>A table column: its header, its share of the page width, and whether its cells are bold.</summary>
public sealed record PdfColumn(string Header, double Share, bool Bold = false);
