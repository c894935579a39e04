namespace Chronicle.Interop.X12.Responses;

using Chronicle.Domain.Common;

/// <summary>Collects an 835's header — BPR, TRN, N1*PR, N1*PE — and says which are missing.</summary>
internal sealed class RemittanceHeaderBuilder
{
    private RemittancePayment? _payment;
    private string? _trace;
    private string? _originator;
    private RemittanceParty? _payer;
    private RemittanceParty? _payee;

    public void Take(X12Segment segment, ResponseElements elements)
    {
        switch (segment.Id)
        {
            case "BPR" when _payment is null:
                var amount = elements.Amount(segment, 2);
                var direction = segment[3];
                if (direction is not ("C" or "D"))
                {
                    elements.Problems.Blocking(segment, "BPR03", $"'{direction}' is neither C (credit) nor D (debit).");
                }

                _payment = new RemittancePayment(amount ?? Money.Zero, direction, segment[4], elements.Date(segment, 16));
                break;
            case "TRN" when _trace is null:
                _trace = elements.Required(segment, 2, "the check or EFT trace number");
                _originator = ResponseElements.Optional(segment, 3);
                break;
            case "N1" when segment[1] == "PR":
                _payer = Party(segment);
                break;
            case "N1" when segment[1] == "PE":
                _payee = Party(segment);
                break;
            default:
                break;
        }
    }

    public RemittanceAdvice Build(X12Segment st, X12Segment first, ResponseElements elements, IReadOnlyList<RemittanceClaim> claims, IReadOnlyList<ProviderAdjustment> adjustments)
    {
        if (_payment is null)
        {
            elements.Problems.Blocking(first, null, $"the 835 opened at segment {st.Number} has no BPR: the payment it advises is unknown.");
        }

        if (_trace is null)
        {
            elements.Problems.Blocking(first, null, $"the 835 opened at segment {st.Number} has no TRN: its trace number (to match the deposit) is unknown.");
        }

        if (_payer is null)
        {
            elements.Problems.Lenient(first, null, $"the 835 opened at segment {st.Number} names no payer (N1*PR).");
        }

        if (_payee is null)
        {
            elements.Problems.Lenient(first, null, $"the 835 opened at segment {st.Number} names no payee (N1*PE).");
        }

        return new RemittanceAdvice(
            st[2], _payment ?? new RemittancePayment(Money.Zero, string.Empty, string.Empty, null), _trace ?? string.Empty, _originator,
            _payer ?? new RemittanceParty(string.Empty, null, null), _payee ?? new RemittanceParty(string.Empty, null, null), claims, adjustments);
    }

    private static RemittanceParty Party(X12Segment segment) =>
        new(segment[2].Trim(), ResponseElements.Optional(segment, 3), ResponseElements.Optional(segment, 4));
}
