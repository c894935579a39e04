namespace Chronicle.Domain.Tests.Billing;

using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using static Chronicle.Domain.Tests.Billing.BillingFixture;

/// <summary>
/// docs/rules/ccm.md §10 rows "99490 / 99439", "99487 / 99489", "99491 / 99437", "PCM", "Non-complex vs
/// complex vs personal CCM" and docs/spec/billing-scenario.md rules 2–4: the lines earned by the minutes,
/// each threshold with the minute below it (fails) and the minute it is met (passes).
/// </summary>
public sealed class CodeSelectionTests
{
    public static TheoryData<string, int[], int[], Complexity, string> Cases => new()
    {
        // CCM, clinical staff: 20 minutes for 99490, each further full 20 for 99439, at most 2.
        { "ccm", [19], [], Complexity.None, "none" },
        { "ccm", [20], [], Complexity.None, "99490x1" },
        { "ccm", [39], [], Complexity.None, "99490x1" },
        { "ccm", [40], [], Complexity.None, "99490x1 99439x1" },
        { "ccm", [59], [], Complexity.None, "99490x1 99439x1" },
        { "ccm", [60], [], Complexity.None, "99490x1 99439x2" },
        { "ccm", [30, 30, 30, 30], [], Complexity.None, "99490x1 99439x2" },

        // Complex CCM needs moderate or high complexity; at 60–89 minutes 99490 + 2 × 99439
        // ($166.01 in 2026) pays more than 99487 ($144.29), from 90 minutes 99487 + 99489 wins.
        { "ccm", [30, 30], [], Complexity.High, "99490x1 99439x2" },
        { "ccm", [30, 30, 29], [], Complexity.High, "99490x1 99439x2" },
        { "ccm", [30, 30, 30], [], Complexity.Moderate, "99487x1 99489x1" },
        { "ccm", [30, 30, 30], [], Complexity.Low, "99490x1 99439x2" },
        { "ccm", [60, 59], [], Complexity.High, "99487x1 99489x1" },
        { "ccm", [60, 60], [], Complexity.High, "99487x1 99489x2" },
        { "ccm", [400, 400], [], Complexity.High, "99487x1 99489x10" },

        // The practitioner's own time: 99491 at 30; practitioner minutes count toward 99490 too.
        { "ccm", [], [29], Complexity.None, "99490x1" },
        { "ccm", [], [30], Complexity.None, "99491x1" },
        { "ccm", [], [30, 30], Complexity.None, "99490x1 99439x2" },
        { "ccm", [], [30, 30, 30], Complexity.None, "99491x1 99437x2" },
        { "ccm", [], [60, 60, 60], Complexity.None, "99491x1 99437x2" },
        { "ccm", [10], [15], Complexity.None, "99490x1" },

        // PCM: 30 minutes for the staff pair, 30 of the practitioner's own for the personal pair.
        { "pcm", [29], [], Complexity.None, "none" },
        { "pcm", [30], [], Complexity.None, "99426x1" },
        { "pcm", [59], [], Complexity.None, "99426x1" },
        { "pcm", [60], [], Complexity.None, "99426x1 99427x1" },
        { "pcm", [60, 60], [], Complexity.None, "99426x1 99427x2" },
        { "pcm", [], [29], Complexity.None, "none" },
        { "pcm", [], [30], Complexity.None, "99424x1" },
        { "pcm", [], [60], Complexity.None, "99424x1 99425x1" },
        { "pcm", [20], [30], Complexity.None, "99424x1" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_minutes_earn_the_lines_of_one_family(string program, int[] staff, int[] doctor, Complexity complexity, string expected)
    {
        var facts = Baseline() with
        {
            Program = CarePrograms.TryParse(program).Value,
            TimeEntries = [.. StaffMinutes(staff), .. DoctorMinutes(doctor)],
            Complexity = complexity,
        };

        var decision = Evaluate(facts);

        Assert.True(expected == Lines(decision), Describe(decision));
        Assert.Equal(expected == "none" ? BillingStatus.NotBillable : BillingStatus.Billable, decision.Status);
    }

    [Fact]
    public void The_explanation_names_the_family_not_chosen_and_the_amounts()
    {
        var decision = Evaluate(Baseline() with { TimeEntries = DoctorMinutes(30) });

        Assert.Contains(decision.Explanation, l => l.Contains("99491 ($89.18) chosen over 99490 ($66.13)", StringComparison.Ordinal));
    }

    [Fact]
    public void Imported_amounts_change_the_choice_for_their_year()
    {
        var facts = Baseline() with { TimeEntries = DoctorMinutes(30, 30) };
        var cheapAddOn = new FeeScheduleEntry(2026, HcpcsCode.Parse("99439"), new Money(100), new Money(100), "test");
        var references = BillingReferences.BuiltIn with { Fees = FeeSchedule.BuiltIn.With([cheapAddOn]) };

        Assert.Equal("99490x1 99439x2", Lines(MonthlyBilling.Evaluate(facts)));
        Assert.Equal("99491x1 99437x1", Lines(MonthlyBilling.Evaluate(facts, references)));
    }

    [Theory]
    [InlineData(new[] { 12, 10 }, "2026-03-03")]
    [InlineData(new[] { 25, 10 }, "2026-03-02")]
    [InlineData(new[] { 12, 10, 25 }, "2026-03-04")]
    [InlineData(new[] { 12, 10, 17, 1 }, "2026-03-05")]
    [InlineData(new[] { 30, 30, 30 }, "2026-03-03")]
    public void The_date_of_service_is_the_day_the_last_billed_threshold_was_reached(int[] minutes, string expected)
    {
        var decision = Evaluate(Baseline() with { TimeEntries = StaffMinutes(minutes) });

        Assert.Equal(D(expected), decision.Claim!.DateOfService);
        Assert.Contains(decision.Explanation, l => l.StartsWith($"Date of service {expected}", StringComparison.Ordinal));
    }

    [Fact]
    public void The_practitioner_family_dates_its_claim_by_the_practitioners_own_minutes()
    {
        var facts = Baseline() with { TimeEntries = [Doctor("2026-03-05T10:00", 20), Staff("2026-03-06T09:00", 5), Doctor("2026-03-20T10:00", 70)] };

        var decision = Evaluate(facts);

        Assert.Equal("99491x1 99437x2", Lines(decision));
        Assert.Equal(D("2026-03-20"), decision.Claim!.DateOfService);
    }

    [Fact]
    public void The_claim_lists_the_chronic_diagnoses_without_dots_and_at_most_twelve()
    {
        var conditions = Enumerable.Range(0, 14).Select(i => new BillingConditionFact($"M{i + 10}.9", null, null, true))
            .Prepend(new BillingConditionFact("J06.9", null, null, false))
            .ToList();

        var decision = Evaluate(Baseline() with { Patient = Baseline().Patient with { Conditions = conditions } });

        Assert.Equal(12, decision.Claim!.Diagnoses.Count);
        Assert.Equal("M109", decision.Claim.Diagnoses[0]);
        Assert.DoesNotContain("J069", decision.Claim.Diagnoses);
        Assert.Contains(decision.Explanation, l => l.Contains("2 more not listed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_condition_without_a_chronic_flag_is_classified_by_its_code()
    {
        var facts = Baseline() with
        {
            Patient = Baseline().Patient with { Conditions = [new("E11.9", null, null, null), new("I50.9", null, null, null), new("J06.9", null, null, null)] },
        };

        var decision = Evaluate(facts);

        Assert.Equal(BillingStatus.Billable, decision.Status);
        Assert.Equal(["E119", "I509"], decision.Claim!.Diagnoses);
    }

    [Fact]
    public void The_spec_example_is_billable_as_the_spec_shows()
    {
        var decision = Evaluate(Baseline());

        Assert.Equal(BillingStatus.Billable, decision.Status);
        var claim = Assert.IsType<ProposedClaim>(decision.Claim);
        Assert.Equal((DrAdams, D("2026-03-17"), "11"), (claim.BillingNpi, claim.DateOfService, claim.PlaceOfService));
        Assert.Equal(["E119", "I10"], claim.Diagnoses);
        Assert.Equal("99490x1", Lines(decision));
        Assert.Equal(new CountedMinutes(22, 0), decision.CountedMinutes);
        Assert.Empty(decision.Reasons);
        Assert.Equal("22 countable minutes of clinical staff time reached 99490 (20 min) on 2026-03-17", decision.Explanation[0]);
    }
}
