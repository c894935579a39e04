namespace Chronicle.Domain.Tests.CarePlans;

using Chronicle.Domain.CarePlans;
using static Chronicle.Domain.Tests.CarePlans.PlanFixture;

/// <summary>A readable diff between versions: rows matched by id, fields named.</summary>
public sealed class DiffTests
{
    public static TheoryData<string, string, DiffKind, string> Changes => new()
    {
        { "goal target", "Measurable goals", DiffKind.Changed, "Changed 'Lower A1c': Target '7.5' → '7.0'" },
        { "goal added", "Measurable goals", DiffKind.Added, "Added 'Walk daily'" },
        { "symptom removed", "Symptom management", DiffKind.Removed, "Removed 'Low blood sugar'" },
        { "prognosis", "Expected outcome and prognosis", DiffKind.Changed, "Changed 'Prognosis': Prognosis 'Good with treatment.' → 'Fair.'" },
        { "next review", "Review schedule", DiffKind.Changed, "Next review '2026-04-02' → '2026-05-02'" },
        { "caregiver added", "Care team", DiffKind.Added, "Added 'Margaret Abernathy'" },
        { "takes none", "Medication management", DiffKind.Changed, "Takes no medications 'No' → 'Yes'" },
        { "advance care", "Other assessments", DiffKind.Added, "Added 'Advance care planning'" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void Each_change_reads_as_one_line_in_its_section(string change, string section, DiffKind kind, string text)
    {
        var before = Complete();
        var after = change switch
        {
            "goal target" => before with { Goals = [before.Goals[0] with { TargetValue = "7.0" }] },
            "goal added" => before with { Goals = [.. before.Goals, new PlanGoal(Guid.NewGuid(), "Walk daily", DiabetesId, "Minutes", "30", "min", D("2026-06-01"), GoalStatus.Active, [])] },
            "symptom removed" => before with { Symptoms = [] },
            "prognosis" => before with { Prognosis = "Fair." },
            "next review" => before with { Review = before.Review with { NextReview = D("2026-05-02") } },
            "caregiver added" => before with { CareTeam = [.. before.CareTeam, new CareTeamMember(Guid.NewGuid(), CareTeamKind.Caregiver, "Margaret Abernathy", "Caregiver", Relationship: "Daughter")] },
            "takes none" => before with { TakesNoMedications = true },
            _ => before with { Optional = before.Optional with { AdvanceCarePlanning = "Has a health care proxy." } },
        };

        var diff = CarePlanDiff.Between(before, after);

        var only = Assert.Single(diff);
        Assert.Equal(section, only.Title);
        var line = Assert.Single(only.Lines);
        Assert.Equal(kind, line.Kind);
        Assert.Contains(text, line.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Identical_content_has_no_diff()
    {
        Assert.Empty(CarePlanDiff.Between(Complete(), Complete()));
    }

    [Fact]
    public void A_new_row_lists_its_filled_fields()
    {
        var before = Complete();
        var after = before with { Symptoms = [.. before.Symptoms, new PlanSymptom(Guid.NewGuid(), "Dizzy", "Sit down")] };

        var line = CarePlanDiff.Between(before, after).Single().Lines.Single();

        Assert.Equal(["Symptom", "What to do"], line.Fields.Select(f => f.Field));
    }
}
