namespace Chronicle.Interop.X12.Responses;

/// <summary>The interchange a response file came in: who sent it to whom, its control number and usage.</summary>
public sealed record ResponseInterchange(string SenderId, string ReceiverId, string ControlNumber, bool IsProduction);

/// <summary>One ST–SE transaction set with the GS that holds it; Body is what lies between ST and SE.</summary>
internal sealed record ResponseTransactionSet(X12Segment Group, X12Segment Header, IReadOnlyList<X12Segment> Body);

/// <summary>
/// Walks ISA/GS/ST…SE/GE/IEA leniently: wrong counts and control numbers are reported and read
/// past (they do not change what the file says), but a missing SE, GE or IEA means the file was
/// cut short, which blocks it. Segments outside any transaction set are reported and ignored.
/// </summary>
internal static class ResponseEnvelope
{
    public static (ResponseInterchange Interchange, List<ResponseTransactionSet> Sets) Walk(IReadOnlyList<X12Segment> segments, ResponseProblems problems)
    {
        var isa = segments[0];
        var interchange = new ResponseInterchange(isa[6].Trim(), isa[8].Trim(), isa[13].Trim(), isa[15] == "P");
        var sets = new List<ResponseTransactionSet>();
        var groups = 0;
        var index = 1;
        while (index < segments.Count)
        {
            var segment = segments[index];
            if (segment.Id == "GS")
            {
                groups++;
                if (!WalkGroup(segments, ref index, sets, problems))
                {
                    return (interchange, sets);
                }
            }
            else if (segment.Id == "IEA")
            {
                Compare(segment, 1, groups.ToString(System.Globalization.CultureInfo.InvariantCulture), "functional groups", problems);
                if (segment[2] != isa[13])
                {
                    problems.Lenient(segment, "IEA02", $"'{segment[2]}' is not the interchange control number '{isa[13]}' of ISA13.");
                }

                foreach (var extra in segments.Skip(index + 1))
                {
                    problems.Lenient(extra, null, "follows IEA, the end of the interchange; ignored.");
                }

                return (interchange, sets);
            }
            else
            {
                problems.Lenient(segment, null, $"{segment.Id} is outside any functional group; ignored.");
                index++;
            }
        }

        problems.Add(Truncated(segments, "IEA (interchange trailer)"));
        return (interchange, sets);
    }

    // Returns false when the file ends inside the group (already reported as truncated).
    private static bool WalkGroup(IReadOnlyList<X12Segment> segments, ref int index, List<ResponseTransactionSet> sets, ResponseProblems problems)
    {
        var gs = segments[index++];
        var count = 0;
        while (index < segments.Count && segments[index].Id is not ("GE" or "GS" or "IEA"))
        {
            if (segments[index].Id != "ST")
            {
                problems.Lenient(segments[index], null, $"{segments[index].Id} lies between transaction sets; ignored.");
                index++;
                continue;
            }

            var st = segments[index];
            var start = index++;
            while (index < segments.Count && segments[index].Id is not ("SE" or "ST" or "GE" or "GS" or "IEA"))
            {
                index++;
            }

            count++;
            sets.Add(new ResponseTransactionSet(gs, st, [.. segments.Skip(start + 1).Take(index - start - 1)]));
            if (index >= segments.Count)
            {
                problems.Add(Truncated(segments, $"SE, GE and IEA (the transaction set opened at segment {st.Number} is not closed)"));
                return false;
            }

            var se = segments[index];
            if (se.Id != "SE")
            {
                problems.Blocking(se, null, $"the transaction set opened at segment {st.Number} has no SE trailer before this {se.Id}; its content may be incomplete.");
                continue;
            }

            Compare(se, 1, (index - start + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "segments from ST to SE", problems);
            if (se[2] != st[2])
            {
                problems.Lenient(se, "SE02", $"'{se[2]}' is not the transaction set control number '{st[2]}' of ST02.");
            }

            index++;
        }

        if (index >= segments.Count)
        {
            problems.Add(Truncated(segments, $"GE and IEA (the functional group opened at segment {gs.Number} is not closed)"));
            return false;
        }

        var ge = segments[index];
        if (ge.Id != "GE")
        {
            // Left for the interchange walk to read: the next group or the IEA.
            problems.Blocking(ge, null, $"the functional group opened at segment {gs.Number} has no GE trailer before this {ge.Id}; its content may be incomplete.");
            return true;
        }

        Compare(ge, 1, count.ToString(System.Globalization.CultureInfo.InvariantCulture), "transaction sets", problems);
        if (ge[2] != gs[6])
        {
            problems.Lenient(ge, "GE02", $"'{ge[2]}' is not the group control number '{gs[6]}' of GS06.");
        }

        index++;
        return true;
    }

    private static void Compare(X12Segment trailer, int index, string actual, string what, ResponseProblems problems)
    {
        if (trailer[index].TrimStart('0') != actual.TrimStart('0'))
        {
            problems.Lenient(trailer, trailer.ElementName(index), $"says {trailer[index]} {what}; the file has {actual}.");
        }
    }

    private static ResponseProblem Truncated(IReadOnlyList<X12Segment> segments, string missing)
    {
        var last = segments[^1];
        return new ResponseProblem(last.Number, last.Id, null, $"the file ends here without {missing}: it is truncated, so none of it is applied.", true);
    }
}
