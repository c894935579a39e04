namespace Chronicle.Interop.Csv;

using System.Globalization;
using Chronicle.Domain.CarePlans;
using Chronicle.Domain.Common;

/// <summary>
/// One version's content from its <c>careplans</c> rows (the reverse of <see cref="CarePlanCsvWriter"/>).
/// Every value that does not read is a problem naming the row's line and the <c>value</c> column;
/// list rows keep the order of their item numbers.
/// </summary>
public static class CarePlanCsvReader
{
    /// <param name="conditionOf">The patient's condition of an ICD-10-CM code and onset date (null onset: any), or null.</param>
    public static CsvParsed<CarePlanContent> Content(IEnumerable<CarePlanCsvRow> rows, Func<string, StaffId?> staffOf, Func<string, DateOnly?, ConditionId?> conditionOf)
    {
        ArgumentNullException.ThrowIfNull(conditionOf);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(staffOf);
        var problems = new List<CsvProblem>();
        var items = rows.GroupBy(r => r.Section, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(r => r.Item).OrderBy(i => i.Key).Select(i => new CarePlanCsvItem(i, problems)).ToList(), StringComparer.Ordinal);
        List<CarePlanCsvItem> Of(string section) => items.GetValueOrDefault(section) ?? [];

        var plan = Of("plan").FirstOrDefault() ?? new CarePlanCsvItem([], problems);
        var progress = Of("goal-progress").Select(p => (Goal: p.Id("goal"), Line: p.Line, Note: new GoalProgressNote(p.Date("date") ?? p.Missing<DateOnly>("date"), p.Text("note")))).ToList();
        var goals = Of("goal").Select(g => new PlanGoal(g.Id("id"), g.Text("description"), g.OptionalId("problem"), g.Text("measure"), g.Text("target"), g.Text("unit"),
            g.Date("due"), g.Enum("status", GoalStatus.Active), [])).ToList();
        goals = goals.Select(g => g with { Progress = progress.Where(p => p.Goal == g.Id && g.Id != Guid.Empty).Select(p => p.Note).ToList() }).ToList();
        foreach (var orphan in progress.Where(p => !goals.Exists(g => g.Id == p.Goal && g.Id != Guid.Empty)))
        {
            problems.Add(new CsvProblem(orphan.Line, "value", "This progress note names a goal id that no goal of the same version has."));
        }

        var content = new CarePlanContent
        {
            ExpectedOutcome = plan.Text("expected-outcome"),
            Prognosis = plan.Text("prognosis"),
            TakesNoMedications = plan.Bool("takes-no-medications"),
            CommunityServicesNote = plan.Text("community-services-note"),
            CoordinationNote = plan.Text("coordination-note"),
            Review = new ReviewSchedule(plan.Text("review-frequency"), plan.Date("next-review")),
            Optional = new OptionalAssessments(plan.Text("functional-cognitive"), plan.Text("caregiver"), plan.Text("environment"), plan.Text("advance-care-planning")),
            Problems = Of("problem").Select(p => new PlanProblem(p.Id("id"), p.Text("description"), p.Condition(conditionOf), PlanText.Has(p.Text("code")) ? p.Text("code") : null, p.Text("notes"))).ToList(),
            Goals = goals,
            Symptoms = Of("symptom").Select(s => new PlanSymptom(s.Id("id"), s.Text("symptom"), s.Text("what-to-do"), s.Text("when-to-call"))).ToList(),
            Interventions = Of("intervention").Select(i => new PlanIntervention(i.Id("id"), i.Text("description"), i.Text("responsible"), i.Text("frequency"), i.OptionalId("problem"))).ToList(),
            Medications = Of("medication").Select(m => new PlanMedication(m.Id("id"), m.Text("name"), m.Text("instructions"), m.Text("purpose"), m.Text("prescriber"))).ToList(),
            Reconciliations = Of("reconciliation").Select(r => new MedicationReconciliation(r.Id("id"), r.Date("date") ?? r.Missing<DateOnly>("date"), r.Text("by"), r.Text("changes"))).ToList(),
            CommunityServices = Of("community-service").Select(s => new CommunityService(s.Id("id"), s.Text("service"), s.Text("provider"), s.Text("status"), s.Text("contact"))).ToList(),
            Coordination = Of("coordination").Select(k => new CoordinationItem(k.Id("id"), k.Text("party"), k.Text("purpose"), k.Text("how"))).ToList(),
            CareTeam = Of("care-team").Select(m => new CareTeamMember(m.Id("id"), m.Enum("kind", CareTeamKind.Staff), m.Text("name"), m.Text("role"), m.Text("phone"), m.Text("email"),
                m.Text("organization"), m.Text("relationship"), m.Staff("staff", staffOf)) { Npi = m.Text("npi") is { Length: > 0 } npi ? npi : null }).ToList(),
        };
        return problems.Count > 0 ? new CsvParsed<CarePlanContent>(null, problems) : new CsvParsed<CarePlanContent>(content, []);
    }
}

/// <summary>The fields of one item of one section, read with problems collected against each field's line.</summary>
internal sealed class CarePlanCsvItem(IEnumerable<CarePlanCsvRow> rows, List<CsvProblem> problems)
{
    private readonly Dictionary<string, CarePlanCsvRow> _fields = rows.ToDictionary(r => r.Field, StringComparer.Ordinal);

    public int Line => _fields.Values.Select(r => r.Line).DefaultIfEmpty(0).Min();

    public string Text(string field) => _fields.TryGetValue(field, out var row) ? row.Value ?? string.Empty : string.Empty;

    public Guid Id(string field) => OptionalId(field) ?? Guid.Empty;

    public Guid? OptionalId(string field) => Read<Guid>(field, text => Guid.TryParseExact(text, "D", out var id) ? id : null, "is not an id such as 3f2b0c1e-8d4a-4c61-9a57-0b1c2d3e4f50");

    public DateOnly? Date(string field) => Read<DateOnly>(field, text => CsvValues.ParseDate(text) is { IsValid: true } date ? date.Value : null, "is not a calendar date in the form YYYY-MM-DD");

    public bool Bool(string field) => Read<bool>(field, text => CsvValues.ParseBoolean(text) is { IsValid: true } value ? value.Value : null, "is not true or false") ?? false;

    public T Enum<T>(string field, T blank)
        where T : struct, Enum =>
        Read(field, CsvCodes.Parse<T>, $"is not one of {string.Join(", ", CsvCodes.Codes<T>())}") ?? blank;

    public StaffId? Staff(string field, Func<string, StaffId?> staffOf) => Read(field, staffOf, "names no staff member of the practice; import the staff file first");

    /// <summary>The condition a problem is linked to, by the conditions file's key; a problem when the patient has no such condition.</summary>
    public ConditionId? Condition(Func<string, DateOnly?, ConditionId?> conditionOf)
    {
        if (!_fields.TryGetValue("condition", out var row) || row.Value is null)
        {
            return null;
        }

        var onset = Date("condition-onset");
        return Read<ConditionId>("condition", code => conditionOf(code, onset), onset is { } on
            ? string.Create(CultureInfo.InvariantCulture, $"with onset {on:yyyy-MM-dd} is not a condition of the patient; import the conditions file first")
            : "is not a condition of the patient; import the conditions file first");
    }

    /// <summary>A value a list row needs: a problem on the item's first line when it is blank.</summary>
    public T Missing<T>(string field)
        where T : struct
    {
        problems.Add(new CsvProblem(Line, "value", $"This item needs a {field}."));
        return default;
    }

    private T? Read<T>(string field, Func<string, T?> parse, string reason)
        where T : struct
    {
        if (!_fields.TryGetValue(field, out var row) || row.Value is null)
        {
            return null;
        }

        if (parse(row.Value) is { } value)
        {
            return value;
        }

        problems.Add(new CsvProblem(row.Line, "value", string.Create(CultureInfo.InvariantCulture, $"'{row.Value}' ({row.Section} {row.Field}) {reason}.")));
        return null;
    }
}
