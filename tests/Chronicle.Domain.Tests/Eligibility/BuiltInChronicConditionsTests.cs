namespace Chronicle.Domain.Tests.Eligibility;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Eligibility;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Tests.Infrastructure;

public sealed class BuiltInChronicConditionsTests
{
    private const string Fy2026 = "icd10cm/icd10cm_codes_2026.txt";

    private static IEnumerable<ChronicRule> IcdRules => BuiltInChronicConditions.Rules.Where(r => r.System == CodeSystem.Icd10Cm);

    private static IEnumerable<ChronicRule> SnomedRules => BuiltInChronicConditions.Rules.Where(r => r.System == CodeSystem.SnomedCt);

    /// <summary>Categories the FY2027 release created (E89.83 post-bariatric hypoglycaemia): no FY2026 code opens them.</summary>
    private static readonly string[] NewInFy2027 = ["E8983"];

    [Fact]
    public void Every_icd10_prefix_opens_at_least_one_billable_fy2026_code()
    {
        var codes = PublicData.BillableIcd10Codes(Fy2026);

        var empty = IcdRules.Where(r => !codes.Keys.Any(code => code.StartsWith(r.Code, StringComparison.Ordinal))).Select(r => r.Code).ToList();

        Assert.Equal(NewInFy2027, empty);
    }

    [Fact]
    public void Every_snomed_concept_maps_to_a_billable_fy2026_code()
    {
        var codes = PublicData.BillableIcd10Codes(Fy2026);

        var notBillable = SnomedRules
            .Where(r => !codes.ContainsKey(Icd10Code.Parse(r.MapsToIcd10!).Value))
            .Select(r => $"{r.Code} → {r.MapsToIcd10}")
            .ToList();

        Assert.Empty(notBillable);
    }

    [Fact]
    public void Icd10_rules_are_undotted_prefixes_of_a_valid_shape_each_listed_once()
    {
        Assert.All(IcdRules, rule =>
        {
            Assert.True(rule.IsPrefix, rule.Code);
            Assert.Null(rule.MapsToIcd10);
            Assert.Equal(ChronicClassification.BuiltInSource, rule.Source);
            Assert.Equal(Icd10Code.Parse(rule.Code).Value, rule.Code);
        });
        Assert.Empty(IcdRules.GroupBy(r => r.Code).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void No_icd10_prefix_lies_inside_another_so_every_code_has_one_built_in_category()
    {
        var prefixes = IcdRules.Select(r => r.Code).ToList();

        var nested = prefixes.SelectMany(outer => prefixes.Where(inner => inner != outer && inner.StartsWith(outer, StringComparison.Ordinal)).Select(inner => $"{outer} ⊃ {inner}")).ToList();

        Assert.Empty(nested);
    }

    [Fact]
    public void Snomed_rules_are_concept_ids_with_a_valid_check_digit_each_listed_once()
    {
        Assert.All(SnomedRules, rule =>
        {
            Assert.False(rule.IsPrefix, rule.Code);
            Assert.Equal(ChronicClassification.BuiltInSource, rule.Source);
            Assert.True(SnomedId.IsConceptId(rule.Code), $"{rule.Code} is not a SNOMED CT concept id");
            Assert.True(Icd10Code.TryParse(rule.MapsToIcd10).IsValid, rule.Code);
        });
        Assert.Empty(SnomedRules.GroupBy(r => r.Code).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Theory]
    [InlineData("44054006", true)]
    [InlineData("90781000119102", true)]
    [InlineData("44054007", false)]
    [InlineData("44045006", false)]
    [InlineData("90781000119103", false)]
    [InlineData("44054016", false)]
    [InlineData("12345", false)]
    [InlineData("04054006", false)]
    public void The_concept_id_check_catches_a_mistyped_digit_or_a_swap(string id, bool valid)
    {
        Assert.Equal(valid, SnomedId.IsConceptId(id));
    }

    [Fact]
    public void Every_category_is_a_declared_ccw_name()
    {
        var declared = typeof(ChronicCategories).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

        Assert.All(BuiltInChronicConditions.Rules, rule => Assert.Contains(rule.Category, declared));
        Assert.All(declared, category => Assert.InRange(category.Length, 1, 120)); // the stored category column is 120 wide
        Assert.All(declared, category => Assert.Contains(BuiltInChronicConditions.Rules, rule => rule.Category == category));
    }

    [Fact]
    public void A_snomed_concept_and_the_code_it_maps_to_fall_in_the_same_category()
    {
        // Chronic back and neck pain map to site codes (M54.50, M54.2) that do not by themselves say
        // the pain is chronic, so only the SNOMED concept carries the category.
        string[] chronicOnlyInSnomed = ["278860009", "1121000119107"];

        foreach (var rule in SnomedRules.Where(r => !chronicOnlyInSnomed.Contains(r.Code)))
        {
            var byCode = ChronicClassifier.BuiltInOnly.Classify(CodeSystem.Icd10Cm, rule.MapsToIcd10!, Icd10Code.Parse(rule.MapsToIcd10!));

            Assert.True(rule.Category == byCode.Category, $"{rule.Code} is {rule.Category} but {rule.MapsToIcd10} is {byCode.Category ?? "unclassified"}");
        }

        Assert.All(chronicOnlyInSnomed, concept => Assert.False(
            ChronicClassifier.BuiltInOnly.Classify(CodeSystem.Icd10Cm, "x", ChronicClassifier.BuiltInOnly.MapToIcd10(concept)).IsChronic));
    }
}
