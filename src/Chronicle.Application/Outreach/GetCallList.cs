namespace Chronicle.Application.Outreach;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Security;
using Chronicle.Domain.Common;
using Chronicle.Domain.Outreach;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The call list: eligible patients not enrolled who are listed for a call and have not declined,
/// in the order <see cref="CallList.Order"/> gives (call-backs due first). A patient who enrolls
/// leaves it by leaving "Eligible, not enrolled"; one who declines by the decline.
/// </summary>
public sealed class GetCallList(OutreachStore store, AuditTrail audit)
{
    public async Task<Result<CallListView>> ExecuteAsync(Guid? careManagerId, CancellationToken cancellationToken)
    {
        var loaded = await store.ScopeAsync(cancellationToken);
        if (loaded.Value is not { } scope)
        {
            return loaded.Error!;
        }

        var listed = scope.Candidates.Values
            .Select(p => (Patient: p, State: scope.StateOf(p.PatientId)))
            .Where(x => x.State.OnList)
            .ToList();
        var shown = listed.Where(x => careManagerId is not { } id || x.State.Listing!.CareManagerId == new StaffId(id));
        var ids = listed.Select(x => x.Patient.PatientId).ToList();
        var phones = await store.Db.Patients.AsNoTracking()
            .Where(p => p.PracticeId == scope.Practice.Id && ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Phone })
            .ToDictionaryAsync(p => p.Id, p => p.Phone, cancellationToken);

        var rows = CallList.Order(shown, x => x.State, x => x.Patient.Name)
            .Select(x => new CallListRow(
                x.Patient.PatientId.Value, x.Patient.Mrn, x.Patient.Name, phones.GetValueOrDefault(x.Patient.PatientId),
                x.Patient.ChronicConditions.Count, x.State.DueOn!.Value <= scope.Today, OutreachStatusView.Of(x.State, scope)))
            .ToList();

        await audit.RecordAsync(AuditEntry.Read(string.Create(CultureInfo.InvariantCulture,
            $"outreach call list on {scope.Today:yyyy-MM-dd}: {rows.Count} of {listed.Count} patients shown"), practiceId: scope.Practice.Id), cancellationToken);
        return new CallListView(scope.Practice.Name, scope.Today, scope.Practice.TimeZone.ToLocal(scope.Now), rows, listed.Count,
            scope.Callers, store.Actor.Allows(Capability.WorkOutreach));
    }
}

/// <param name="Now">The practice's local time when the list was read: the attempt form's default.</param>
/// <param name="Total">Patients on the call list before the care-manager filter.</param>
public sealed record CallListView(
    string PracticeName, DateOnly Today, DateTime Now, IReadOnlyList<CallListRow> Rows, int Total, IReadOnlyList<CallerOption> Callers, bool CanWork);

/// <param name="Due">The call is due today or overdue.</param>
public sealed record CallListRow(
    Guid PatientId, string Mrn, string Name, string? Phone, int Conditions, bool Due, OutreachStatusView Status);
