namespace Chronicle.Interop.Csv;

using System.Globalization;
using Chronicle.Domain.CarePlans;

/// <summary>
/// The <c>careplans</c> CSV kind (docs/spec/import-formats.md, ADR 0240): one row per field, so a
/// whole care plan, with every version, its lists and its history, fits in a flat file without JSON.
/// A row says whose plan (<c>mrn</c>), which version, which section and which item of it, and one
/// field's value. Content sections (<see cref="ContentSections"/>) describe a version; event sections
/// (<see cref="EventSections"/>) are the plan's history, applied in the order of their item number.
/// </summary>
public static class CarePlanCsv
{
    public static CsvLayout Layout { get; } = new(
        "careplans",
        new CsvColumn("mrn", true, 64),
        new CsvColumn("version", true),
        new CsvColumn("section", true),
        new CsvColumn("item", true),
        new CsvColumn("field", true),
        new CsvColumn("value", false, PlanText.MaxLength));

    /// <summary>The fields of each section that describes a version's content.</summary>
    public static IReadOnlyDictionary<string, string[]> ContentSections { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["plan"] = ["expected-outcome", "prognosis", "takes-no-medications", "community-services-note", "coordination-note", "review-frequency", "next-review",
            "functional-cognitive", "caregiver", "environment", "advance-care-planning"],
        ["problem"] = ["id", "description", "code", "notes", "condition", "condition-onset"],
        ["goal"] = ["id", "description", "problem", "measure", "target", "unit", "due", "status"],
        ["goal-progress"] = ["goal", "date", "note"],
        ["symptom"] = ["id", "symptom", "what-to-do", "when-to-call"],
        ["intervention"] = ["id", "description", "responsible", "frequency", "problem"],
        ["medication"] = ["id", "name", "instructions", "purpose", "prescriber"],
        ["reconciliation"] = ["id", "date", "by", "changes"],
        ["community-service"] = ["id", "service", "provider", "status", "contact"],
        ["coordination"] = ["id", "party", "purpose", "how"],
        ["care-team"] = ["id", "kind", "name", "role", "phone", "email", "organization", "relationship", "staff", "npi"],
    };

    /// <summary>The fields of each section of the plan's history: <c>created</c> and <c>revised</c> write the row's version.</summary>
    public static IReadOnlyDictionary<string, string[]> EventSections { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["created"] = ["date", "at", "by", "by-id", "note"],
        ["revised"] = ["date", "at", "by", "by-id", "note"],
        ["signed"] = ["date", "at", "by", "by-id"],
        ["reviewed"] = ["date", "at", "by", "by-id", "note"],
        ["copy"] = ["date", "at", "by", "by-id", "recipient", "recipient-kind", "method"],
    };

    public static CsvParsed<CarePlanCsvRow> Parse(CsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var cells = new CsvCells(row);
        var mrn = cells.Identifier("mrn");
        var version = Positive(cells, "version");
        var item = Positive(cells, "item");
        var section = cells.Text("section")?.ToLowerInvariant();
        var field = cells.Text("field")?.ToLowerInvariant();
        var value = cells.Text("value");
        if (section is not null && FieldsOf(section) is not { } fields)
        {
            cells.Problem("section", $"'{section}' is not a care-plan section; use one of {string.Join(", ", ContentSections.Keys.Concat(EventSections.Keys))}.");
        }
        else if (section is not null && field is not null && !FieldsOf(section)!.Contains(field, StringComparer.Ordinal))
        {
            cells.Problem("field", $"A {section} has no field '{field}'; its fields are {string.Join(", ", FieldsOf(section)!)}.");
        }

        return cells.HasProblems
            ? new CsvParsed<CarePlanCsvRow>(null, cells.Problems)
            : new CsvParsed<CarePlanCsvRow>(new CarePlanCsvRow(row.Line, mrn!, version!.Value, section!, item!.Value, field!, value), []);
    }

    public static bool IsEvent(string section) => EventSections.ContainsKey(section);

    private static string[]? FieldsOf(string section) =>
        ContentSections.TryGetValue(section, out var content) ? content : EventSections.GetValueOrDefault(section);

    private static int? Positive(CsvCells cells, string column)
    {
        if (cells.Text(column) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
        {
            return number;
        }

        cells.Problem(column, $"'{text}' is not a whole number of 1 or more.");
        return null;
    }
}

/// <summary>One field of a care plan: the row's line, whose plan, which version, section and item, and the value (null when blank).</summary>
public sealed record CarePlanCsvRow(int Line, string Mrn, int Version, string Section, int Item, string Field, string? Value)
{
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Mrn}\n{(CarePlanCsv.IsEvent(Section) ? 0 : Version)}\n{Section}\n{Item}\n{Field}");
}
