namespace Chronicle.Interop.X12.Responses;

using Chronicle.Domain.Common;

/// <summary>Collects one CLP and what follows it up to the next CLP: claim adjustments and remarks, and its service lines.</summary>
internal sealed class RemittanceClaimBuilder
{
    // MIA05 and MIA20–MIA23 hold remark codes; the other MIA elements are inpatient amounts posting does not use.
    private static readonly int[] InpatientRemarkElements = [5, 20, 21, 22, 23];

    private readonly X12Segment _clp;
    private readonly RemittanceClaimStatus _status;
    private readonly Money _charge;
    private readonly Money _paid;
    private readonly Money _patientResponsibility;
    private readonly List<ClaimAdjustment> _adjustments = [];
    private readonly List<string> _remarks = [];
    private readonly List<RemittanceLineBuilder> _lines = [];
    private string? _memberId;

    private RemittanceClaimBuilder(X12Segment clp, RemittanceClaimStatus status, Money charge, Money paid, Money patientResponsibility)
    {
        _clp = clp;
        _status = status;
        _charge = charge;
        _paid = paid;
        _patientResponsibility = patientResponsibility;
    }

    public static RemittanceClaimBuilder Start(X12Segment clp, ResponseElements elements)
    {
        elements.Required(clp, 1, "the claim id (our claim control number)");
        var status = RemittanceClaimStatusCodes.FromCode(clp[2]);
        if (status is null)
        {
            elements.Problems.Blocking(clp, "CLP02", $"'{clp[2]}' is not a claim status code (1–4, 19–23, 25).");
        }

        return new RemittanceClaimBuilder(
            clp,
            status ?? RemittanceClaimStatus.Processed,
            elements.Amount(clp, 3) ?? Money.Zero,
            elements.Amount(clp, 4) ?? Money.Zero,
            elements.Amount(clp, 5, required: false) ?? Money.Zero);
    }

    /// <summary>Takes a segment of this claim; false for one it has no use for.</summary>
    public bool Take(X12Segment segment, ResponseElements elements)
    {
        var line = _lines.Count > 0 ? _lines[^1] : null;
        switch (segment.Id)
        {
            case "SVC":
                _lines.Add(RemittanceLineBuilder.Start(segment, elements));
                return true;
            case "CAS":
                (line?.Adjustments ?? _adjustments).AddRange(Adjustments(segment, elements));
                return true;
            case "NM1" when segment[1] == "QC":
                _memberId = ResponseElements.Optional(segment, 9);
                return true;
            case "MOA":
                _remarks.AddRange(Enumerable.Range(3, 5).Select(i => segment[i]).Where(c => c.Length > 0));
                return true;
            case "MIA":
                _remarks.AddRange(InpatientRemarkElements.Select(i => segment[i]).Where(c => c.Length > 0));
                return true;
            default:
                return line is not null && line.Take(segment, elements);
        }
    }

    public RemittanceClaim Build() => new(
        _clp.Number, _clp[1].Trim(), _clp[2], _status, _charge, _paid, _patientResponsibility,
        ResponseElements.Optional(_clp, 7), _memberId, [.. _adjustments], [.. _remarks], [.. _lines.Select(l => l.Build())]);

    // CAS02–04 through CAS17–19: up to six reason, amount, quantity triplets under one group code.
    private static IEnumerable<ClaimAdjustment> Adjustments(X12Segment segment, ResponseElements elements)
    {
        var group = segment[1];
        if (group is not ("CO" or "PR" or "OA" or "PI" or "CR"))
        {
            elements.Problems.Blocking(segment, "CAS01", $"'{group}' is not an adjustment group (CO, PR, OA, PI or CR).");
        }

        for (var index = 2; index < 20; index += 3)
        {
            if (segment[index].Length == 0 && segment[index + 1].Length == 0)
            {
                continue;
            }

            if (segment[index].Length == 0)
            {
                elements.Problems.Blocking(segment, segment.ElementName(index), "an adjustment amount without its reason code.");
            }

            if (elements.Amount(segment, index + 1) is { } amount)
            {
                yield return new ClaimAdjustment(group, segment[index], amount, elements.Quantity(segment, index + 2));
            }
        }
    }
}
