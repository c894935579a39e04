namespace Chronicle.Interop.X12.Responses;

/// <summary>
/// Reads the 999 transaction sets of a file: AK1 opens a group, AK2 a transaction set, IK3 a
/// segment in error and IK4 its elements, IK5 closes the set with its result and AK9 the group.
/// A set or group without a result, or with an unknown result code, blocks the file: what
/// happened to the claims would be unknown. Other segments (CTX) are read past.
/// </summary>
internal static class Acknowledgment999Reader
{
    public static ImplementationAcknowledgment Read(IReadOnlyList<ResponseTransactionSet> sets, ResponseElements elements)
    {
        var groups = new List<GroupAcknowledgment>();
        foreach (var set in sets)
        {
            GroupBuilder? group = null;
            SetBuilder? current = null;
            foreach (var segment in set.Body)
            {
                switch (segment.Id)
                {
                    case "AK1":
                        Close(group, groups, elements, segment);
                        group = new GroupBuilder(segment, elements.Required(segment, 1, "the functional identifier code"), elements.Required(segment, 2, "the group control number"), ResponseElements.Optional(segment, 3));
                        current = null;
                        break;
                    case "AK2":
                        group ??= Implicit(segment, elements);
                        current = new SetBuilder(segment, elements.Required(segment, 1, "the transaction set code"), elements.Required(segment, 2, "the transaction set control number"));
                        group.Sets.Add(current);
                        break;
                    case "IK3" when current is not null:
                        current.Errors.Add(new SegmentErrorBuilder(segment[1], elements.Count(segment, 2), ResponseElements.Optional(segment, 3), ResponseElements.Optional(segment, 4)));
                        break;
                    case "IK4" when current is { Errors.Count: > 0 }:
                        current.Errors[^1].Elements.Add(ReadElementError(segment, elements));
                        break;
                    case "IK5" when current is not null:
                        current.HasIk5 = true;
                        current.Result = Result(segment, 1, elements, allowPartial: false);
                        current.Codes.AddRange(Enumerable.Range(2, 5).Select(i => segment[i]).Where(c => c.Length > 0));
                        break;
                    case "AK9" when group is not null:
                        group.Result = Result(segment, 1, elements, allowPartial: true);
                        group.Included = elements.Count(segment, 2);
                        group.Received = elements.Count(segment, 3);
                        group.Accepted = elements.Count(segment, 4);
                        group.Closed = true;
                        break;
                    case "AK1" or "AK2" or "IK3" or "IK4" or "IK5" or "AK9":
                        elements.Problems.Lenient(segment, null, $"{segment.Id} comes before the AK1/AK2/IK3 it belongs to; ignored.");
                        break;
                    default:
                        break;
                }
            }

            Close(group, groups, elements, set.Body.Count > 0 ? set.Body[^1] : set.Header);
        }

        return new ImplementationAcknowledgment(groups);
    }

    private static GroupBuilder Implicit(X12Segment segment, ResponseElements elements)
    {
        elements.Problems.Blocking(segment, null, "AK2 without the AK1 naming the functional group it belongs to.");
        return new GroupBuilder(segment, string.Empty, string.Empty, null);
    }

    private static void Close(GroupBuilder? group, List<GroupAcknowledgment> groups, ResponseElements elements, X12Segment at)
    {
        if (group is null)
        {
            return;
        }

        if (!group.Closed)
        {
            elements.Problems.Blocking(at, null, $"the acknowledgment of group {group.ControlNumber} (AK1 at segment {group.Opened.Number}) has no AK9 with the group's result.");
        }

        foreach (var set in group.Sets.Where(s => !s.HasIk5))
        {
            elements.Problems.Blocking(set.Opened, null, $"transaction set {set.ControlNumber} has no IK5 with its result, so whether it was accepted is unknown.");
        }

        groups.Add(new GroupAcknowledgment(
            group.Code, group.ControlNumber, group.Version, group.Result, group.Included, group.Received, group.Accepted,
            [.. group.Sets.Select(s => new TransactionSetAcknowledgment(s.Code, s.ControlNumber, s.Result, s.Codes, [.. s.Errors.Select(e => e.Build())]))]));
    }

    private static ElementError ReadElementError(X12Segment segment, ResponseElements elements)
    {
        var position = segment.Components(1);
        int? Part(int i) => i < position.Length && int.TryParse(position[i], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        if (Part(0) is null)
        {
            elements.Problems.Lenient(segment, "IK401-1", $"'{segment[1]}' does not give the element's position.");
        }

        return new ElementError(Part(0), Part(1), ResponseElements.Optional(segment, 2), segment[3], ResponseElements.Optional(segment, 4));
    }

    private static AcknowledgmentResult? Result(X12Segment segment, int index, ResponseElements elements, bool allowPartial)
    {
        switch (segment[index])
        {
            case "A": return AcknowledgmentResult.Accepted;
            case "E": return AcknowledgmentResult.AcceptedWithErrors;
            case "P" when allowPartial: return AcknowledgmentResult.PartiallyAccepted;
            case "R" or "M" or "W" or "X": return AcknowledgmentResult.Rejected;
            default:
                elements.Problems.Blocking(segment, segment.ElementName(index), $"'{segment[index]}' is not an acknowledgment code (A, E, {(allowPartial ? "P, " : string.Empty)}R, M, W or X).");
                return null;
        }
    }

    private sealed class GroupBuilder(X12Segment opened, string code, string controlNumber, string? version)
    {
        public X12Segment Opened { get; } = opened;

        public string Code { get; } = code;

        public string ControlNumber { get; } = controlNumber;

        public string? Version { get; } = version;

        public List<SetBuilder> Sets { get; } = [];

        public AcknowledgmentResult? Result { get; set; }

        public int? Included { get; set; }

        public int? Received { get; set; }

        public int? Accepted { get; set; }

        public bool Closed { get; set; }
    }

    private sealed class SetBuilder(X12Segment opened, string code, string controlNumber)
    {
        public X12Segment Opened { get; } = opened;

        public string Code { get; } = code;

        public string ControlNumber { get; } = controlNumber;

        public AcknowledgmentResult? Result { get; set; }

        public bool HasIk5 { get; set; }

        public List<string> Codes { get; } = [];

        public List<SegmentErrorBuilder> Errors { get; } = [];
    }

    private sealed class SegmentErrorBuilder(string id, int? position, string? loop, string? code)
    {
        public List<ElementError> Elements { get; } = [];

        public SegmentError Build() => new(id, position, loop, code, [.. Elements]);
    }
}
