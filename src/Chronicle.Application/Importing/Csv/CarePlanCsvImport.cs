namespace Chronicle.Application.Importing.Csv;

using System.Globalization;
using Chronicle.Data;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Csv;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// The careplans kind (ADR 0240): each patient's rows become one care plan, built by replaying its
/// history through the domain (<see cref="CarePlan.Start"/>, Revise, Sign, RecordReview, RecordCopy)
/// at the dates the file gives, so a plan the domain would refuse is refused here too, at the line of
/// the step that fails. A plan is written whole or not at all; a patient who already has a plan keeps it
/// (counted unchanged), so importing the same file twice changes nothing.
/// </summary>
internal sealed class CarePlanCsvImport(ChronicleDbContext db, Practice practice, string fileName, ImportReport report)
    : PatientLinkedCsvImport<CarePlanCsvRow>(db, practice, fileName, report)
{
    private const string StaffPrefix = "staff:";
    private readonly Dictionary<string, CarePlan?> _plans = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _firstLineOf = [];

    protected override CsvLayout Layout => CarePlanCsv.Layout;

    protected override string KeyColumns => "mrn, version, section, item, field";

    protected override CsvParsed<CarePlanCsvRow> Parse(CsvRow row) => CarePlanCsv.Parse(row);

    protected override string KeyOf(CarePlanCsvRow row) => row.Key;

    protected override string MrnOf(CarePlanCsvRow row) => row.Mrn;

    protected override async Task CheckAsync(IReadOnlyList<NumberedRow<CarePlanCsvRow>> rows, CancellationToken cancellationToken)
    {
        await base.CheckAsync(rows, cancellationToken);
        var practiceId = Practice.Id;
        var staff = await Db.StaffMembers.AsNoTracking().Where(s => s.PracticeId == practiceId).ToDictionaryAsync(s => s.ExternalId, StringComparer.Ordinal, cancellationToken);
        var patients = rows.Where(r => IsKnownPatient(r.Row)).Select(r => PatientOf(r.Row)).Distinct().ToList();
        var withPlans = new HashSet<PatientId>();
        var conditions = new List<Condition>();
        foreach (var chunk in patients.Chunk(ChunkSize))
        {
            withPlans.UnionWith(await Db.CarePlans.AsNoTracking().Where(p => chunk.Contains(p.PatientId)).Select(p => p.PatientId).ToListAsync(cancellationToken));
            conditions.AddRange(await Db.Conditions.AsNoTracking().Where(c => chunk.Contains(c.PatientId)).ToListAsync(cancellationToken));
        }

        var conditionsOf = conditions.ToLookup(c => c.PatientId);
        foreach (var plan in rows.Where(r => !IsRejected(r.Line)).GroupBy(r => r.Row.Mrn, StringComparer.Ordinal))
        {
            var patientId = PatientOf(plan.First().Row);
            var exists = withPlans.Contains(patientId);
            var built = exists ? null : Build(patientId, plan.Select(r => r.Row).ToList(), conditionsOf[patientId].ToList(), staff);
            if (exists || built is not null)
            {
                // A refused plan (its problems reported) is neither written nor counted unchanged.
                _firstLineOf[plan.Min(r => r.Line)] = plan.Key;
                _plans[plan.Key] = built;
            }
        }
    }

    protected override Task WriteAsync(IReadOnlyList<CarePlanCsvRow> chunk, WriteTally tally, CancellationToken cancellationToken)
    {
        foreach (var row in chunk)
        {
            if (!_firstLineOf.TryGetValue(row.Line, out var mrn))
            {
                continue;
            }

            if (_plans[mrn] is { } plan)
            {
                Db.CarePlans.Add(plan);
                tally.AddCreated();
            }
            else
            {
                tally.AddExisting(changed: false);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The patient's plan, or null (with the problems reported) when a row or a step is refused.</summary>
    private CarePlan? Build(PatientId patientId, List<CarePlanCsvRow> rows, List<Condition> conditions, Dictionary<string, StaffMember> staff)
    {
        var contents = new Dictionary<int, CarePlanContent>();
        foreach (var version in rows.Where(r => !CarePlanCsv.IsEvent(r.Section)).GroupBy(r => r.Version))
        {
            var read = CarePlanCsvReader.Content(version, key => staff.TryGetValue(key, out var member) ? member.Id : null, (code, onset) => conditions
                .Where(c => c.Icd10 is { } icd && string.Equals(icd.Value, code.Replace(".", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase) && (onset is null || c.OnsetDate == onset))
                .Select(c => (ConditionId?)c.Id).FirstOrDefault());
            foreach (var problem in read.Problems)
            {
                Reject(problem.Line, problem.Column, problem.Reason);
            }

            if (read.Value is { } content)
            {
                contents[version.Key] = content;
            }
        }

        if (contents.Count < rows.Where(r => !CarePlanCsv.IsEvent(r.Section)).Select(r => r.Version).Distinct().Count())
        {
            return null;
        }

        CarePlan? plan = null;
        foreach (var step in rows.Where(r => CarePlanCsv.IsEvent(r.Section)).GroupBy(r => r.Item).OrderBy(g => g.Key))
        {
            var line = step.Min(r => r.Line);
            if (step.Select(r => (r.Section, r.Version)).Distinct().Count() > 1)
            {
                Reject(line, "item", string.Create(CultureInfo.InvariantCulture, $"Step {step.Key} of {step.First().Mrn}'s history has rows of more than one section or version; number each step once."));
                return null;
            }

            var problem = Apply(ref plan, new CarePlanCsvStep(step.ToList()), patientId, contents, staff);
            if (problem is not null)
            {
                Reject(problem.Line, problem.Column, problem.Reason);
                return null;
            }
        }

        if (plan is null)
        {
            Reject(rows.Min(r => r.Line), "section", $"{rows[0].Mrn}'s rows have no 'created' step; a care plan's history starts with the step that created it.");
            return null;
        }

        var unwritten = contents.Keys.Where(v => v > plan.Latest.Number).ToList();
        if (unwritten.Count > 0)
        {
            Reject(rows.First(r => r.Version == unwritten[0]).Line, "version", string.Create(CultureInfo.InvariantCulture, $"No 'created' or 'revised' step writes version {unwritten[0]}."));
            return null;
        }

        return plan;
    }

    private CsvProblem? Apply(ref CarePlan? plan, CarePlanCsvStep step, PatientId patientId, Dictionary<int, CarePlanContent> contents, Dictionary<string, StaffMember> staff)
    {
        if (step.Date is not { } date)
        {
            return step.Problem ?? new CsvProblem(step.Line, "field", $"The {step.Section} step needs a date.");
        }

        var when = new PlanMoment(step.At ?? new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), date);
        var actor = new PlanActor(ActorId(step.Text("by-id"), staff), step.Text("by") ?? string.Empty, IsBillingPractitioner: step.Section == "signed");
        if (step.Section is "created" or "revised" && !contents.ContainsKey(step.Version))
        {
            return new CsvProblem(step.Line, "version", string.Create(CultureInfo.InvariantCulture, $"The {step.Section} step writes version {step.Version}, which has no content rows."));
        }

        if ((plan is null) != (step.Section == "created") || (step.Section is "created" or "revised" && step.Version != (plan?.Latest.Number ?? 0) + 1))
        {
            return new CsvProblem(step.Line, "section", string.Create(CultureInfo.InvariantCulture,
                $"A plan's history starts with one 'created' step of version 1, and each 'revised' step writes the next version; this {step.Section} step of version {step.Version} does not follow."));
        }

        if (step.Section == "created")
        {
            plan = CarePlan.Start(Practice.Id, patientId, contents[1], actor, when, step.Text("note"));
            return step.Problem;
        }

        var outcome = step.Section switch
        {
            "revised" => plan!.Revise(contents[step.Version], actor, when, step.Version - 1, step.Text("note")).Failure,
            "signed" => plan!.Sign(step.Version, actor, when).Failure,
            "reviewed" => plan!.RecordReview(actor, when, date, step.Text("note")).Failure,
            _ => step.Copy() is { } copy ? plan!.RecordCopy(copy, actor, when).Failure : null,
        };
        return step.Problem ?? (outcome is null ? null : new CsvProblem(step.Line, "section", $"The {step.Section} step is refused: {outcome.Message} ({outcome.Code})"));
    }

    /// <summary>"staff:{the staff file's id}" back to the staff member's id here, as the export wrote it.</summary>
    private static string ActorId(string? key, Dictionary<string, StaffMember> staff) =>
        key is null ? string.Empty
        : key.StartsWith(StaffPrefix, StringComparison.Ordinal) && staff.TryGetValue(key[StaffPrefix.Length..], out var member) ? $"{StaffPrefix}{member.Id}"
        : key;
}
