namespace Chronicle.Interop.X12.Responses;

/// <summary>
/// Reads what a clearinghouse sends back — 999, 277CA or 835 — recognising the kind by content.
/// Lenient where money and a claim's fate are unaffected (the envelope's counts, unknown segments,
/// composites written with the wrong separator); strict where they are (amounts, the 835's balance,
/// a result code, a truncated file). Every problem names its segment and element; it never throws on input.
/// </summary>
public static class ResponseReader
{
    public static ResponseReadResult Read(string? text)
    {
        var problems = new ResponseProblems();
        var issues = new List<X12Issue>();
        var segments = X12Tokenizer.Tokenize(text ?? string.Empty, issues);
        foreach (var issue in issues)
        {
            // The tokenizer is the strict 837 reader's; for a response its findings block only when nothing could be split.
            problems.Add(new ResponseProblem(issue.SegmentNumber, issue.SegmentId, issue.Element, issue.Message, segments is null));
        }

        if (segments is null)
        {
            return new ResponseReadResult(ResponseKind.Unrecognised, null, [.. problems.All], null, null, null);
        }

        var (interchange, sets) = ResponseEnvelope.Walk(segments, problems);
        if (sets.Count == 0)
        {
            problems.Add(new ResponseProblem(0, "ST", null, "the file holds no transaction set (ST).", true));
            return new ResponseReadResult(ResponseKind.Unrecognised, interchange, [.. problems.All], null, null, null);
        }

        var kind = ResponseKindRecognition.Recognise(sets[0], problems);
        foreach (var other in sets.Skip(1))
        {
            if (other.Header[1] != sets[0].Header[1])
            {
                problems.Blocking(other.Header, "ST01", $"a {other.Header[1]} in a file whose first transaction set is a {sets[0].Header[1]}; a response file holds one kind.");
            }
        }

        var elements = new ResponseElements(problems);
        var same = sets.Where(s => s.Header[1] == sets[0].Header[1]).ToList();
        var acknowledgment = kind == ResponseKind.ImplementationAcknowledgment999 ? Acknowledgment999Reader.Read(same, elements) : null;
        var claimAcknowledgment = kind == ResponseKind.ClaimAcknowledgment277CA ? ClaimAcknowledgment277Reader.Read(same, elements) : null;
        var remittance = kind == ResponseKind.Remittance835 ? Remittance835Reader.Read(same, elements) : null;
        return new ResponseReadResult(kind, interchange, [.. problems.All], acknowledgment, claimAcknowledgment, remittance);
    }
}
