namespace Chronicle.Domain.CarePlans;

using System.Globalization;

public enum DiffKind
{
    Added = 1,
    Removed = 2,
    Changed = 3,
}

/// <summary>One change: a row or text added, removed, or changed (with each field's old and new value).</summary>
public sealed record DiffLine(DiffKind Kind, string Label, IReadOnlyList<FieldChange> Fields)
{
    /// <summary>"Changed 'HbA1c below 7.5 %': Target 7.5 → 7.0".</summary>
    public override string ToString() =>
        Kind switch
        {
            DiffKind.Added => $"Added '{Label}'",
            DiffKind.Removed => $"Removed '{Label}'",
            _ => $"Changed '{Label}': {string.Join("; ", Fields)}",
        };
}

public sealed record FieldChange(string Field, string Before, string After)
{
    public override string ToString() => $"{Field} '{Before}' → '{After}'";
}

/// <summary>The changes of one section of the plan, titled as the plan heads it.</summary>
public sealed record DiffSection(string Title, IReadOnlyList<DiffLine> Lines);

/// <summary>
/// A readable difference between two versions, section by section. Rows are matched by their id,
/// so editing a goal's target reads as one change of that goal, not a removal and an addition.
/// </summary>
public static class CarePlanDiff
{
    public static IReadOnlyList<DiffSection> Between(CarePlanContent before, CarePlanContent after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var sections = new List<DiffSection>();
        void Add(string title, IEnumerable<DiffLine> lines)
        {
            var list = lines.ToList();
            if (list.Count > 0)
            {
                sections.Add(new DiffSection(title, list));
            }
        }

        Add(CarePlanElement.ProblemList.Title(), Rows(before.Problems, after.Problems));
        Add(CarePlanElement.ExpectedOutcomeAndPrognosis.Title(), Text("Expected outcome", before.ExpectedOutcome, after.ExpectedOutcome)
            .Concat(Text("Prognosis", before.Prognosis, after.Prognosis)));
        Add(CarePlanElement.MeasurableGoals.Title(), Rows(before.Goals, after.Goals));
        Add(CarePlanElement.SymptomManagement.Title(), Rows(before.Symptoms, after.Symptoms));
        Add(CarePlanElement.PlannedInterventions.Title(), Rows(before.Interventions, after.Interventions));
        Add(CarePlanElement.MedicationManagement.Title(), Rows(before.Medications, after.Medications)
            .Concat(Text("Takes no medications", YesNo(before.TakesNoMedications), YesNo(after.TakesNoMedications)))
            .Concat(Rows(before.Reconciliations, after.Reconciliations)));
        Add(CarePlanElement.CommunityServices.Title(), Rows(before.CommunityServices, after.CommunityServices)
            .Concat(Text("Note", before.CommunityServicesNote, after.CommunityServicesNote)));
        Add(CarePlanElement.OutsideCoordination.Title(), Rows(before.Coordination, after.Coordination)
            .Concat(Text("Note", before.CoordinationNote, after.CoordinationNote)));
        Add(CarePlanElement.ReviewSchedule.Title(), Text("How often", before.Review.Frequency, after.Review.Frequency)
            .Concat(Text("Next review", Date(before.Review.NextReview), Date(after.Review.NextReview))));
        Add("Care team", Rows(before.CareTeam, after.CareTeam));
        Add("Other assessments", Text("Functional and cognitive", before.Optional.FunctionalCognitive, after.Optional.FunctionalCognitive)
            .Concat(Text("Caregiver", before.Optional.Caregiver, after.Optional.Caregiver))
            .Concat(Text("Environment", before.Optional.Environment, after.Optional.Environment))
            .Concat(Text("Advance care planning", before.Optional.AdvanceCarePlanning, after.Optional.AdvanceCarePlanning)));
        return sections;
    }

    private static IEnumerable<DiffLine> Rows<T>(IReadOnlyList<T> before, IReadOnlyList<T> after)
        where T : IPlanItem
    {
        var old = before.ToDictionary(r => r.Id);
        var current = after.Select(r => r.Id).ToHashSet();
        foreach (var row in before.Where(r => !current.Contains(r.Id)))
        {
            yield return new DiffLine(DiffKind.Removed, row.Label, []);
        }

        foreach (var row in after)
        {
            if (!old.TryGetValue(row.Id, out var was))
            {
                yield return new DiffLine(DiffKind.Added, row.Label, row.Fields().Where(f => f.Value.Length > 0).Select(f => new FieldChange(f.Field, string.Empty, f.Value)).ToList());
                continue;
            }

            var changes = was.Fields().Zip(row.Fields())
                .Where(pair => !string.Equals(pair.First.Value, pair.Second.Value, StringComparison.Ordinal))
                .Select(pair => new FieldChange(pair.Second.Field, pair.First.Value, pair.Second.Value))
                .ToList();
            if (changes.Count > 0)
            {
                yield return new DiffLine(DiffKind.Changed, row.Label, changes);
            }
        }
    }

    private static IEnumerable<DiffLine> Text(string label, string before, string after)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            yield break;
        }

        var kind = before.Length == 0 ? DiffKind.Added : after.Length == 0 ? DiffKind.Removed : DiffKind.Changed;
        yield return new DiffLine(kind, label, [new FieldChange(label, before, after)]);
    }

    private static string YesNo(bool value) => value ? "Yes" : "No";

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
