namespace Chronicle.Web.Presentation;

/// <summary>
/// A table column header that sorts the table by following a link (no script needed). Only the
/// column the table is sorted by carries aria-sort, as WAI-ARIA asks; the link's name is the
/// column's name alone, so screen readers do not repeat a sorting hint with every cell.
/// </summary>
/// <param name="Href">The same page with this column as the sort, and the direction to switch to.</param>
/// <param name="Current">"ascending" or "descending" when the table is sorted by this column; otherwise null.</param>
public sealed record SortableHeader(string Label, string Href, string? Current, string? CssClass = null);
