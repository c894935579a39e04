namespace Chronicle.Domain.Time;

/// <summary>
/// Which of a practice's time rows can change each other's count: one person's entries that
/// overlap, directly or through a chain of overlaps (a cluster). An entry's count depends only on
/// the entries of its cluster (every earlier one of that person ended before the cluster began), so
/// month close hands the billing engine, with a patient-month's own entries, the other entries of
/// their clusters: exactly what <see cref="CountableMinutes"/> over the whole practice sees, found
/// in memory, without a query per patient.
/// </summary>
public static class SamePersonOverlaps
{
    /// <summary>The cluster number of each row, by the row's index.</summary>
    public static int[] Clusters<T>(IReadOnlyList<T> rows, Func<T, string> person, Func<T, DateTimeOffset> start, Func<T, DateTimeOffset> end)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var clusters = new int[rows.Count];
        var next = 0;
        foreach (var group in Enumerable.Range(0, rows.Count).GroupBy(i => person(rows[i]), StringComparer.Ordinal))
        {
            var latestEnd = DateTimeOffset.MinValue;
            foreach (var i in group.OrderBy(i => start(rows[i])))
            {
                if (start(rows[i]) >= latestEnd)
                {
                    next++;
                }

                clusters[i] = next;
                if (end(rows[i]) > latestEnd)
                {
                    latestEnd = end(rows[i]);
                }
            }
        }

        return clusters;
    }
}
