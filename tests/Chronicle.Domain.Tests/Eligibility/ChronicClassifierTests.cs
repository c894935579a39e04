namespace Chronicle.Domain.Tests.Eligibility;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Eligibility;
using Chronicle.Domain.Patients;
using static Chronicle.Domain.Eligibility.ChronicCategories;

public sealed class ChronicClassifierTests
{
    private static readonly ChronicClassifier BuiltIn = ChronicClassifier.BuiltInOnly;

    [Fact]
    public void A_snomed_concept_outside_the_table_falls_back_to_its_icd10_code()
    {
        var classification = BuiltIn.Classify(CodeSystem.SnomedCt, "123456789", Icd10Code.Parse("E11.9"));

        Assert.Equal(Diabetes, classification.Category);
    }

    [Fact]
    public void The_snomed_concept_decides_over_its_icd10_code_when_both_are_known()
    {
        // Chronic low back pain is M54.50 on a claim, which alone is not chronic; the concept is.
        Assert.Equal(ChronicPain, BuiltIn.Classify(CodeSystem.SnomedCt, "278860009", Icd10Code.Parse("M54.50")).Category);
        Assert.False(BuiltIn.Classify(CodeSystem.Icd10Cm, "M5450", Icd10Code.Parse("M54.50")).IsChronic);
    }

    [Fact]
    public void Snomed_codes_match_exactly_not_by_prefix()
    {
        Assert.False(BuiltIn.Classify(CodeSystem.SnomedCt, "4405400", null).IsChronic);
        Assert.False(BuiltIn.Classify(CodeSystem.SnomedCt, "440540061", null).IsChronic);
        Assert.True(BuiltIn.Classify(CodeSystem.SnomedCt, " 44054006 ", null).IsChronic);
    }

    [Fact]
    public void An_imported_longer_prefix_beats_a_built_in_category()
    {
        var classifier = new ChronicClassifier([Icd("I11.0", "Heart Failure (imported)", prefix: true)]);

        Assert.Equal("Heart Failure (imported)", Classify(classifier, "I11.0").Category);
        Assert.Equal("ccw-2025.csv", Classify(classifier, "I11.0").Source);
        Assert.Equal(Hypertension, Classify(classifier, "I11.9").Category);
    }

    [Fact]
    public void A_built_in_longer_prefix_beats_a_shorter_imported_one()
    {
        var classifier = new ChronicClassifier([Icd("E", "Endocrine (imported)", prefix: true)]);

        Assert.Equal(Diabetes, Classify(classifier, "E11.9").Category);
        Assert.Equal("Endocrine (imported)", Classify(classifier, "E88.810").Category);
    }

    [Fact]
    public void On_an_equally_long_prefix_the_imported_rule_wins()
    {
        var classifier = new ChronicClassifier([Icd("e11", "Type 2 diabetes (imported)", prefix: true)]);

        Assert.Equal("Type 2 diabetes (imported)", Classify(classifier, "E11.65").Category);
        Assert.Equal(Diabetes, Classify(classifier, "E10.9").Category);
    }

    [Fact]
    public void An_exact_imported_rule_matches_only_its_own_code_and_leaves_the_category_rule_alone()
    {
        var classifier = new ChronicClassifier([Icd("E11", "Header only (imported)", prefix: false), Icd("E11.9", "Exact (imported)", prefix: false)]);

        Assert.Equal("Header only (imported)", Classify(classifier, "E11").Category);
        Assert.Equal("Exact (imported)", Classify(classifier, "E11.9").Category);
        Assert.Equal(Diabetes, Classify(classifier, "E11.65").Category);
    }

    [Fact]
    public void For_the_code_itself_an_exact_rule_beats_a_prefix_rule_of_the_same_origin()
    {
        var classifier = new ChronicClassifier([Icd("J32", "Chronic sinusitis (imported)", prefix: true), Icd("J32", "Header (imported)", prefix: false)]);

        Assert.Equal("Header (imported)", Classify(classifier, "J32").Category);
        Assert.Equal("Chronic sinusitis (imported)", Classify(classifier, "J32.9").Category);
    }

    [Fact]
    public void Imported_rules_can_classify_what_the_built_in_table_leaves_out()
    {
        var classifier = new ChronicClassifier([Snomed("40055000", "Chronic Sinusitis", "J32.9")]);

        Assert.Equal("Chronic Sinusitis", classifier.Classify(CodeSystem.SnomedCt, "40055000", null).Category);
        Assert.Equal(Icd10Code.Parse("J32.9"), classifier.MapToIcd10("40055000"));
        Assert.False(BuiltIn.Classify(CodeSystem.SnomedCt, "40055000", null).IsChronic);
    }

    [Fact]
    public void An_imported_snomed_rule_overrides_the_category_and_the_map_it_names()
    {
        var classifier = new ChronicClassifier([Snomed("44054006", "Diabetes (practice)", "E11.65")]);

        Assert.Equal(ChronicClassification.Chronic("Diabetes (practice)", "ccw-2025.csv"), classifier.Classify(CodeSystem.SnomedCt, "44054006", null));
        Assert.Equal(Icd10Code.Parse("E11.65"), classifier.MapToIcd10("44054006"));
    }

    [Fact]
    public void An_imported_snomed_rule_without_a_map_keeps_the_built_in_map()
    {
        var classifier = new ChronicClassifier([Snomed("44054006", "Diabetes (practice)", null)]);

        Assert.Equal("Diabetes (practice)", classifier.Classify(CodeSystem.SnomedCt, "44054006", null).Category);
        Assert.Equal(Icd10Code.Parse("E11.9"), classifier.MapToIcd10("44054006"));
    }

    [Theory]
    [InlineData("E1.19")]
    [InlineData("not a code")]
    [InlineData("")]
    public void A_malformed_imported_map_gives_no_claim_code_rather_than_a_broken_one(string map)
    {
        var classifier = new ChronicClassifier([Snomed("40055000", "Chronic Sinusitis", map)]);

        Assert.Null(classifier.MapToIcd10("40055000"));
        Assert.True(classifier.Classify(CodeSystem.SnomedCt, "40055000", null).IsChronic);
    }

    [Fact]
    public void Importing_nothing_classifies_as_the_built_in_table()
    {
        var classifier = new ChronicClassifier([]);

        Assert.Equal(BuiltIn.Classify(CodeSystem.Icd10Cm, "E119", Icd10Code.Parse("E11.9")), classifier.Classify(CodeSystem.Icd10Cm, "E119", Icd10Code.Parse("E11.9")));
        Assert.Throws<ArgumentNullException>(() => new ChronicClassifier(null!));
    }

    [Fact]
    public void An_icd10_condition_without_a_parsed_code_is_unclassified()
    {
        Assert.Equal(ChronicClassification.Unclassified, BuiltIn.Classify(CodeSystem.Icd10Cm, "E119", null));
        Assert.Equal(ChronicClassification.Unclassified, BuiltIn.Classify(CodeSystem.Icd10Cm, "E119", default(Icd10Code)));
    }

    private static ChronicClassification Classify(ChronicClassifier classifier, string code)
    {
        var icd = Icd10Code.Parse(code);
        return classifier.Classify(CodeSystem.Icd10Cm, icd.Value, icd);
    }

    private static ChronicRule Icd(string code, string category, bool prefix) =>
        new(CodeSystem.Icd10Cm, code, prefix, category, "ccw-2025.csv");

    private static ChronicRule Snomed(string concept, string category, string? map) =>
        new(CodeSystem.SnomedCt, concept, false, category, "ccw-2025.csv", map);
}
