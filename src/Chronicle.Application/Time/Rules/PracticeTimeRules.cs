namespace Chronicle.Application.Time.Rules;

using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Time;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// A practice's own time rules: how many days back a manual entry may be dated without a reason,
/// and after how long a running timer asks before it is saved. Anyone on staff may read them (the
/// time pages explain them); only an administrator, or the command line, may change them.
/// </summary>
public sealed class PracticeTimeRules(ChronicleDbContext db, PatientAccess access, AuditTrail audit)
{
    public const string NotAllowedCode = "TIME-RULES-NOT-ALLOWED";
    public const string InvalidBackdateCode = "TIME-RULES-BACKDATE-INVALID";
    public const string InvalidLongTimerCode = "TIME-RULES-LONG-TIMER-INVALID";

    public async Task<Result<TimeRulesView>> GetAsync(string? groupNpi, CancellationToken cancellationToken)
    {
        var practice = await access.PracticeAsync(groupNpi, cancellationToken);
        if (practice.Value is not { } found)
        {
            return practice.Error!;
        }

        var stored = await db.PracticeTimePolicies.AsNoTracking().SingleOrDefaultAsync(p => p.PracticeId == found.Id, cancellationToken);
        return TimeRulesView.Of(stored?.Policy ?? TimePolicy.Default, stored is not null);
    }

    public async Task<Result<TimeRulesView>> SetAsync(string? groupNpi, int backdateDays, int longTimerMinutes, CancellationToken cancellationToken)
    {
        if (!access.Actor.Allows(Capability.ManageTimeRules))
        {
            return new BusinessError(NotAllowedCode, "Only an administrator can change the practice's time rules.");
        }

        var practice = await access.PracticeAsync(groupNpi, cancellationToken);
        if (practice.Value is not { } found)
        {
            return practice.Error!;
        }

        var stored = await db.PracticeTimePolicies.SingleOrDefaultAsync(p => p.PracticeId == found.Id, cancellationToken);
        try
        {
            if (stored is null)
            {
                stored = PracticeTimePolicy.Create(found.Id, backdateDays, longTimerMinutes);
                db.PracticeTimePolicies.Add(stored);
            }
            else
            {
                stored.Change(backdateDays, longTimerMinutes);
            }
        }
        catch (InvalidValueException invalid)
        {
            return new BusinessError(invalid.ValueName == PracticeTimePolicy.BackdateLimitName ? InvalidBackdateCode : InvalidLongTimerCode, invalid.Reason);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry(AuditActions.Update,
            $"time rules: back-date limit {backdateDays} days, long timer {longTimerMinutes} min", PracticeId: found.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TimeRulesView.Of(stored.Policy, true);
    }
}

/// <param name="Customized">Whether the practice has set its own rules (otherwise the defaults apply).</param>
public sealed record TimeRulesView(int BackdateDays, int LongTimerMinutes, int MaxEntryMinutes, bool Customized)
{
    public static TimeRulesView Of(TimePolicy policy, bool customized)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new(policy.BackdateDays, (int)policy.LongTimer.TotalMinutes, (int)policy.MaxDuration.TotalMinutes, customized);
    }
}
