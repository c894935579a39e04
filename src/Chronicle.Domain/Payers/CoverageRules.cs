namespace Chronicle.Domain.Payers;

using System.Globalization;
using Chronicle.Domain.Common;

/// <summary>
/// What makes a coverage acceptable (docs/rules/ccm.md §13 and ADR 0220): a member id, the MBI
/// format for Original Medicare (checked by <see cref="Mbi"/>, the one place that rule lives), an
/// end not before the start, and never two primaries (or two secondaries) of a patient in force
/// on the same day. Each refusal names the field at fault.
/// </summary>
public static class CoverageRules
{
    /// <summary>Checks <paramref name="details"/> against the payer and the patient's other coverage, then adds or updates it.</summary>
    /// <param name="existing">The patient's coverage; the one with <paramref name="replacing"/>'s id is the one being changed.</param>
    public static CoverageChange Apply(
        List<Coverage> existing, PracticeId practiceId, PatientId patientId, Payer payer, CoverageDetails details, CoverageId? replacing = null)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(payer);
        ArgumentNullException.ThrowIfNull(details);
        if (Problem(payer, details) is { } problem)
        {
            return CoverageChange.Refused(problem.Field, problem.Message);
        }

        var memberId = payer.Kind == PayerKind.MedicarePartB ? Mbi.Parse(details.MemberId).Value : details.MemberId.Trim();
        var normalised = details with { MemberId = memberId, PlanType = string.IsNullOrWhiteSpace(details.PlanType) ? null : details.PlanType.Trim() };
        var target = replacing is { } id ? existing.SingleOrDefault(c => c.Id == id) : null;
        var clash = existing.Where(c => c != target && c.Order == normalised.Order && c.Overlaps(normalised.Start, normalised.End))
            .OrderBy(c => c.Start).FirstOrDefault();
        if (clash is not null)
        {
            return CoverageChange.Refused("start_date", string.Create(CultureInfo.InvariantCulture,
                $"The patient already has {normalised.Order.ToCode()} coverage from {clash.Start:yyyy-MM-dd} to {(clash.End is { } end ? end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "open")}; one {normalised.Order.ToCode()} at a time: end that one first."));
        }

        if (target is null)
        {
            var created = Coverage.Create(practiceId, patientId, normalised);
            existing.Add(created);
            return new CoverageChange(created, true, true, null, null);
        }

        return new CoverageChange(target, false, target.Apply(normalised), null, null);
    }

    /// <summary>The first thing wrong with a coverage on its own, by field, or null.</summary>
    public static (string Field, string Message)? Problem(Payer payer, CoverageDetails details)
    {
        ArgumentNullException.ThrowIfNull(payer);
        ArgumentNullException.ThrowIfNull(details);
        if (details.PayerId != payer.Id)
        {
            throw new ArgumentException("The details name another payer.", nameof(details));
        }

        if (payer.Kind == PayerKind.MedicarePartA)
        {
            // One Original Medicare coverage per patient: the Part A entry is where institutional claims are sent (ADR 0260), not a second coverage.
            return ("payer_id", $"{payer.Name} is Medicare Part A, which only receives institutional claims; record the patient's Original Medicare coverage on the Medicare Part B payer.");
        }

        if (string.IsNullOrWhiteSpace(details.MemberId) || details.MemberId.Trim().Length > 80)
        {
            return ("member_id", "A member id of 1 to 80 characters is required.");
        }

        if (payer.Kind == PayerKind.MedicarePartB && Mbi.TryParse(details.MemberId) is { IsValid: false } mbi)
        {
            return ("member_id", $"{payer.Name} is Original Medicare, so the member id is the patient's MBI: {mbi.Error}");
        }

        if (details.End is { } end && end < details.Start)
        {
            return ("end_date", string.Create(CultureInfo.InvariantCulture, $"The coverage ends ({end:yyyy-MM-dd}) before it starts ({details.Start:yyyy-MM-dd})."));
        }

        return details.PlanType is { Length: > 60 } ? ("plan_type", "The plan type holds at most 60 characters.") : null;
    }
}

/// <summary>The outcome of <see cref="CoverageRules.Apply"/>: the coverage added or changed, or the field and reason it was refused.</summary>
public sealed record CoverageChange(Coverage? Coverage, bool Created, bool Changed, string? Field, string? Refusal)
{
    public static CoverageChange Refused(string field, string reason) => new(null, false, false, field, reason);
}
