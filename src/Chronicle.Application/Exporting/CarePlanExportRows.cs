namespace Chronicle.Application.Exporting;

using System.Globalization;
using Chronicle.Data;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Chronicle.Interop.Csv;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The <c>careplans</c> rows of one practice (ADR 0240): every version's content, then the plan's
/// history (created, revised, signed, reviewed, copies) in the order it happened, numbered so the
/// import replays it in that order. Staff are named by their id in the staff file, on the care team
/// and as the actor (<c>staff:ID</c>); unsaved drafts and portal links stay behind.
/// </summary>
internal sealed class CarePlanExportRows(ChronicleDbContext db, PracticeId practiceId, IReadOnlyDictionary<StaffId, string> staffIds,
    IReadOnlyDictionary<PatientId, string> mrns, ExportReport report)
{
    private const string StaffPrefix = "staff:";

    public async IAsyncEnumerable<string?[]> RowsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var drafts = await db.CarePlanDrafts.AsNoTracking().CountAsync(d => d.PracticeId == practiceId, cancellationToken);
        for (var i = 0; i < drafts; i++)
        {
            report.Skip("careplans", "unsaved drafts (only saved versions are exported)");
        }

        var conditions = (await db.Conditions.AsNoTracking().Where(c => c.PracticeId == practiceId).ToListAsync(cancellationToken))
            .Where(c => c.Icd10 is not null).ToDictionary(c => c.Id, c => (c.Icd10!.Value.Value, c.OnsetDate));
        var plans = await db.CarePlans.AsNoTracking().Include(p => p.Versions).Include(p => p.Activities).Include(p => p.Copies).AsSplitQuery()
            .Where(p => p.PracticeId == practiceId).ToListAsync(cancellationToken);
        foreach (var plan in plans.OrderBy(p => mrns[p.PatientId], StringComparer.Ordinal))
        {
            var mrn = mrns[plan.PatientId];
            foreach (var version in plan.Versions.OrderBy(v => v.Number))
            {
                foreach (var member in version.Content.CareTeam.Where(m => m.PortalUserId is not null))
                {
                    report.Skip("careplans", "care-team links to portal accounts (the accounts belong to this system)");
                }

                foreach (var cell in CarePlanCsvWriter.Content(version.Content, staff => staffIds.GetValueOrDefault(staff),
                    condition => conditions.TryGetValue(condition, out var key) ? key : null))
                {
                    yield return Row(mrn, version.Number, cell);
                }
            }

            var item = 0;
            foreach (var (section, versionNumber, cells) in History(plan))
            {
                item++;
                foreach (var (field, value) in cells.Where(c => PlanText.Has(c.Value)))
                {
                    yield return Row(mrn, versionNumber, new CarePlanCsvCell(section, item, field, value!));
                }
            }
        }
    }

    private IEnumerable<(string Section, int Version, (string Field, string? Value)[] Cells)> History(CarePlan plan)
    {
        var activities = plan.Activities.Select(a => (a.RecordedAt, a.VersionNumber, Rank: Rank(a.Kind), Event: (Section: Section(a.Kind), a.VersionNumber, Cells: new[]
        {
            ("date", CarePlanCsvWriter.Date(a.OnDate)), ("at", CarePlanCsvWriter.Instant(a.RecordedAt)), ("by", a.ActorName), ("by-id", ActorKey(a.ActorId)),
            a.Kind == CarePlanActivityKind.Signed ? (string.Empty, null) : ("note", a.Kind == CarePlanActivityKind.Reviewed ? a.Note : plan.Version(a.VersionNumber).Note),
        })));
        var copies = plan.Copies.Select(c => (c.RecordedAt, c.VersionNumber, Rank: 2, Event: (Section: "copy", c.VersionNumber, Cells: new[]
        {
            ("date", CarePlanCsvWriter.Date(c.ProvidedOn)), ("at", CarePlanCsvWriter.Instant(c.RecordedAt)), ("by", c.RecordedByName), ("by-id", ActorKey(c.RecordedById)),
            ("recipient", c.Recipient), ("recipient-kind", CsvCodes.Code(c.RecipientKind)), ("method", CsvCodes.Code(c.Method)),
        })));

        // What happened at the same instant happens in the domain's order: a version is written, then signed, then given out, then reviewed.
        return activities.Concat(copies).OrderBy(e => e.RecordedAt).ThenBy(e => e.VersionNumber).ThenBy(e => e.Rank).Select(e => (e.Event.Section, e.Event.VersionNumber,
            e.Event.Cells.Where(c => c.Item1.Length > 0).ToArray()));
    }

    private static int Rank(CarePlanActivityKind kind) => kind switch
    {
        CarePlanActivityKind.Created or CarePlanActivityKind.Revised => 0,
        CarePlanActivityKind.Signed => 1,
        _ => 3,
    };

    private static string Section(CarePlanActivityKind kind) => kind switch
    {
        CarePlanActivityKind.Created => "created",
        CarePlanActivityKind.Revised => "revised",
        CarePlanActivityKind.Signed => "signed",
        _ => "reviewed",
    };

    /// <summary>"staff:{id}" becomes "staff:{the staff file's id}", so the import can name the same person; other ids go as they are.</summary>
    private string ActorKey(string actorId) =>
        actorId.StartsWith(StaffPrefix, StringComparison.Ordinal) && Guid.TryParse(actorId.AsSpan(StaffPrefix.Length), out var id)
            && staffIds.TryGetValue(new StaffId(id), out var external)
            ? StaffPrefix + external
            : actorId;

    private static string?[] Row(string mrn, int version, CarePlanCsvCell cell) =>
        [mrn, version.ToString(CultureInfo.InvariantCulture), cell.Section, cell.Item.ToString(CultureInfo.InvariantCulture), cell.Field, cell.Value];
}
