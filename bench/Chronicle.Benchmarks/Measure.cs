namespace Chronicle.Benchmarks;

using System.Globalization;
using System.Text.Json.Nodes;

/// <summary>
/// What every measurement reports (issue 21, ADR 0275): its time, the time of its floor (the
/// necessary work done with plain SQL in the same run), their ratio, the rows it wrote or read per
/// second, and the process's peak resident memory while it ran.
/// </summary>
/// <param name="Rows">Rows the measured work wrote (or, for the export, claims it carried).</param>
internal sealed record Measure(TimeSpan Seconds, TimeSpan FloorSeconds, long Rows, long PeakBytes)
{
    public double Ratio => FloorSeconds > TimeSpan.Zero ? Seconds.TotalSeconds / FloorSeconds.TotalSeconds : 0;

    public double RowsPerSecond => Seconds > TimeSpan.Zero ? Rows / Seconds.TotalSeconds : 0;

    public double PeakMegabytes => PeakBytes / 1_048_576.0;

    /// <summary>The common fields, added to a measurement's JSON object.</summary>
    public JsonObject AddTo(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        json["seconds"] = Round(Seconds.TotalSeconds);
        json["floorSeconds"] = Round(FloorSeconds.TotalSeconds);
        json["ratio"] = Round(Ratio);
        json["rows"] = Rows;
        json["rowsPerSecond"] = Math.Round(RowsPerSecond);
        json["peakMemoryMb"] = Math.Round(PeakMegabytes);
        return json;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Seconds.TotalSeconds:0.000} s, floor {FloorSeconds.TotalSeconds:0.000} s, ratio {Ratio:0.00}, {RowsPerSecond:N0} rows/s, peak {PeakMegabytes:N0} MB");

    internal static double Round(double value) => Math.Round(value, 3);
}
