namespace Chronicle.Web.Presentation;

using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

/// <summary>
/// Small bar charts drawn on the server as inline SVG: no script, no library, readable by screen
/// readers through a title, a description and a data table beside each chart.
/// </summary>
public static class SvgCharts
{
    private const int Width = 560;
    private const int BarArea = 180;
    private static readonly string[] Palette = ["#1d4ed8", "#b45309", "#047857", "#7c3aed", "#be123c", "#0e7490"];

    /// <summary>One bar per value, labelled underneath, the value above.</summary>
    public static IHtmlContent Bars(string id, string title, IReadOnlyList<(string Label, int Value)> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var slot = bars.Count == 0 ? Width : Width / bars.Count;
        var svg = Open(id, title, $"{bars.Count} bars, largest {max}.");
        for (var i = 0; i < bars.Count; i++)
        {
            var height = (int)Math.Round(bars[i].Value * (double)BarArea / max);
            var x = (i * slot) + (slot / 6);
            var w = slot * 2 / 3;
            svg.Append(Invariant($"<rect x=\"{x}\" y=\"{20 + BarArea - height}\" width=\"{w}\" height=\"{height}\" fill=\"{Palette[0]}\"><title>{Encode(bars[i].Label)}: {bars[i].Value}</title></rect>"));
            svg.Append(Invariant($"<text x=\"{x + (w / 2)}\" y=\"{14 + BarArea - height}\" text-anchor=\"middle\" font-size=\"12\">{bars[i].Value}</text>"));
            svg.Append(Invariant($"<text x=\"{x + (w / 2)}\" y=\"{BarArea + 36}\" text-anchor=\"middle\" font-size=\"11\">{Encode(bars[i].Label)}</text>"));
        }

        return Close(svg);
    }

    /// <summary>Grouped bars: one group per category (e.g. week), one bar per series (e.g. person), with a legend; values read as minutes unless <paramref name="unit"/> says otherwise.</summary>
    public static IHtmlContent GroupedBars(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<(string Series, IReadOnlyList<int> Values)> series, Func<int, string>? unit = null)
    {
        unit ??= value => Invariant($"{value} min");
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        var max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var slot = categories.Count == 0 ? Width : Width / categories.Count;
        var bar = Math.Max(2, (slot * 3 / 4) / Math.Max(1, series.Count));
        // The legend's last line sits at BarArea + 40 + 16 × series; the view box leaves room below it for descenders.
        var svg = Open(id, title, $"{categories.Count} groups of {series.Count} bars, largest {max}.", 48 + (series.Count * 16));
        for (var c = 0; c < categories.Count; c++)
        {
            for (var s = 0; s < series.Count; s++)
            {
                var value = c < series[s].Values.Count ? series[s].Values[c] : 0;
                var height = (int)Math.Round(value * (double)BarArea / max);
                var x = (c * slot) + (slot / 8) + (s * bar);
                svg.Append(Invariant($"<rect x=\"{x}\" y=\"{20 + BarArea - height}\" width=\"{bar - 1}\" height=\"{height}\" fill=\"{Palette[s % Palette.Length]}\"><title>{Encode(series[s].Series)}, {Encode(categories[c])}: {Encode(unit(value))}</title></rect>"));
            }

            svg.Append(Invariant($"<text x=\"{(c * slot) + (slot / 2)}\" y=\"{BarArea + 36}\" text-anchor=\"middle\" font-size=\"11\">{Encode(categories[c])}</text>"));
        }

        for (var s = 0; s < series.Count; s++)
        {
            var y = BarArea + 56 + (s * 16);
            svg.Append(Invariant($"<rect x=\"0\" y=\"{y - 10}\" width=\"10\" height=\"10\" fill=\"{Palette[s % Palette.Length]}\"/><text x=\"16\" y=\"{y}\" font-size=\"11\">{Encode(series[s].Series)}</text>"));
        }

        return Close(svg);
    }

    private static StringBuilder Open(string id, string title, string description, int extra = 40) => new(Invariant(
        $"<svg role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Width} {BarArea + extra}\" width=\"100%\" class=\"chart-svg\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"{id}-title\">{Encode(title)}</title><desc id=\"{id}-desc\">{Encode(description)}</desc>"));

    private static HtmlString Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
