namespace Chronicle.Interop.X12.Responses;

using Chronicle.Domain.Common;

/// <summary>
/// Collects one SVC service line and its DTM, CAS, REF*6R, AMT*B6 and LQ*HE. An institutional
/// line carries a revenue code: in SVC04 beside an HC procedure code, or alone as SVC01 NU:code,
/// where the procedure billed, if the payer returns it, is in SVC06.
/// </summary>
internal sealed class RemittanceLineBuilder
{
    private readonly X12Segment _svc;
    private readonly string _code;
    private readonly string[] _modifiers;
    private readonly Money _charge;
    private readonly Money _paid;
    private readonly decimal _units;
    private readonly string? _revenueCode;
    private readonly List<string> _remarks = [];
    private DateOnly? _date;
    private string? _controlNumber;
    private Money? _allowed;

    private RemittanceLineBuilder(X12Segment svc, string code, string[] modifiers, Money charge, Money paid, decimal units, string? revenueCode)
    {
        _revenueCode = revenueCode;
        _svc = svc;
        _code = code;
        _modifiers = modifiers;
        _charge = charge;
        _paid = paid;
        _units = units;
    }

    public List<ClaimAdjustment> Adjustments { get; } = [];

    public static RemittanceLineBuilder Start(X12Segment svc, ResponseElements elements)
    {
        var procedure = Procedure(svc, elements);
        var revenueCode = ResponseElements.Optional(svc, 4);
        if (procedure is ["NU", { Length: > 0 } revenue, ..])
        {
            // A revenue-code-only line: the procedure billed is SVC06's when the payer returns it; the line control number matches it otherwise.
            revenueCode = revenue;
            procedure = svc.Components(6) is ["HC", { Length: > 0 }, ..] submitted ? submitted : ["NU", string.Empty];
        }
        else if (procedure.Length < 2 || procedure[1].Length == 0)
        {
            elements.Problems.Lenient(svc, "SVC01-2", $"'{svc[1]}' names no procedure code; the line is read without one.");
        }

        return new RemittanceLineBuilder(
            svc,
            procedure.Length > 1 ? procedure[1] : string.Empty,
            [.. procedure.Skip(2).Take(4).Where(m => m.Length > 0)],
            elements.Amount(svc, 2) ?? Money.Zero,
            elements.Amount(svc, 3) ?? Money.Zero,
            elements.Quantity(svc, 5) ?? 1m,
            revenueCode);
    }

    public bool Take(X12Segment segment, ResponseElements elements)
    {
        switch (segment.Id)
        {
            case "DTM" when segment[1] == "472" || (segment[1] == "150" && _date is null):
                _date = elements.Date(segment, 2);
                return true;
            case "REF" when segment[1] == "6R":
                _controlNumber = ResponseElements.Optional(segment, 2);
                return true;
            case "AMT" when segment[1] == "B6":
                _allowed = elements.Amount(segment, 2);
                return true;
            case "LQ" when segment[1] == "HE":
                if (segment[2].Length > 0)
                {
                    _remarks.Add(segment[2]);
                }

                return true;
            default:
                return false;
        }
    }

    public RemittanceServiceLine Build() =>
        new(_svc.Number, _code, _modifiers, _charge, _paid, _units, _date, _controlNumber, _allowed, [.. Adjustments], [.. _remarks]) { RevenueCode = _revenueCode };

    // Some public samples write SVC01 with another separator than ISA16 declares (HC>99211); the code is what matters, so it is read with that one.
    private static string[] Procedure(X12Segment svc, ResponseElements elements)
    {
        var parts = svc.Components(1);
        if (parts.Length == 1 && parts[0].FirstOrDefault(c => !char.IsAsciiLetterOrDigit(c)) is var other && other != default)
        {
            elements.Problems.Lenient(svc, "SVC01", $"'{svc[1]}' separates its components with '{other}', not the '{svc.Delimiters.Component}' ISA16 declares; read with '{other}'.");
            return parts[0].Split(other);
        }

        return parts;
    }
}
