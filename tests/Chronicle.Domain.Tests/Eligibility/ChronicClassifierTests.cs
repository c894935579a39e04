namespace Chronicle.Domain.Tests.Eligibility;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Eligibility;
using Chronicle.Domain.Patients;
using static Chronicle.Domain.Eligibility.ChronicCategories;

public sealed class ChronicClassifierTests
{
    private static readonly ChronicClassifier BuiltIn = ChronicClassifier.BuiltInOnly;

    [Theory]
    [InlineData("44054006", Diabetes, "E11.9")]
    [InlineData("46635009", Diabetes, "E10.9")]
    [InlineData("127013003", Diabetes, "E11.29")]
    [InlineData("90781000119102", Diabetes, "E11.29")]
    [InlineData("157141000119108", Diabetes, "E11.29")]
    [InlineData("59621000", Hypertension, "I10")]
    [InlineData("55822004", Hyperlipidemia, "E78.5")]
    [InlineData("302870006", Hyperlipidemia, "E78.1")]
    [InlineData("414545008", IschemicHeartDisease, "I25.9")]
    [InlineData("399211009", IschemicHeartDisease, "I25.2")]
    [InlineData("84114007", HeartFailure, "I50.9")]
    [InlineData("88805009", HeartFailure, "I50.9")]
    [InlineData("431855005", ChronicKidneyDisease, "N18.1")]
    [InlineData("431856006", ChronicKidneyDisease, "N18.2")]
    [InlineData("433144002", ChronicKidneyDisease, "N18.30")]
    [InlineData("431857002", ChronicKidneyDisease, "N18.4")]
    [InlineData("433146000", ChronicKidneyDisease, "N18.5")]
    [InlineData("87433001", Copd, "J43.9")]
    [InlineData("185086009", Copd, "J44.9")]
    [InlineData("13645005", Copd, "J44.9")]
    [InlineData("195967001", Asthma, "J45.909")]
    [InlineData("370143000", Depression, "F32.9")]
    [InlineData("36923009", Depression, "F32.9")]
    [InlineData("26929004", Dementia, "G30.9")]
    [InlineData("52448006", Dementia, "F03.90")]
    [InlineData("239873007", Arthritis, "M17.9")]
    [InlineData("201834006", Arthritis, "M19.049")]
    [InlineData("396275006", Arthritis, "M19.90")]
    [InlineData("69896004", Arthritis, "M06.9")]
    [InlineData("64859006", Osteoporosis, "M81.0")]
    [InlineData("49436004", AtrialFibrillation, "I48.91")]
    [InlineData("83664006", Hypothyroidism, "E03.9")]
    [InlineData("84757009", Epilepsy, "G40.909")]
    [InlineData("124171000119105", Migraine, "G43.719")]
    [InlineData("82423001", ChronicPain, "G89.29")]
    [InlineData("278860009", ChronicPain, "M54.50")]
    [InlineData("1121000119107", ChronicPain, "M54.2")]
    [InlineData("203082005", ChronicPain, "M79.7")]
    [InlineData("6525002", DrugUse, "F19.20")]
    [InlineData("271737000", Anemia, "D64.9")]
    [InlineData("162864005", Obesity, "E66.9")]
    [InlineData("24700007", MultipleSclerosis, "G35.D")]
    public void Synthea_and_ehr_concepts_have_a_category_and_a_claim_code(string concept, string category, string icd10)
    {
        var mapped = BuiltIn.MapToIcd10(concept);
        var classification = BuiltIn.Classify(CodeSystem.SnomedCt, concept, mapped);

        Assert.Equal(Icd10Code.Parse(icd10), mapped);
        Assert.True(classification.IsChronic);
        Assert.Equal(category, classification.Category);
        Assert.Equal(ChronicClassification.BuiltInSource, classification.Source);
    }

    [Theory]
    [InlineData("714628002")]       // Prediabetes: a risk state, reversible, not a CCW condition
    [InlineData("237602007")]       // Metabolic syndrome X: a cluster of findings, not a CCW condition
    [InlineData("160903007")]       // Full-time employment
    [InlineData("73595000")]        // Stress (finding)
    [InlineData("422650009")]       // Social isolation
    [InlineData("314529007")]       // Medication review due
    [InlineData("10939881000119105")] // Unhealthy alcohol drinking behavior (finding, not a use disorder)
    [InlineData("401303003")]       // Acute ST elevation myocardial infarction
    [InlineData("401314000")]       // Acute non-ST elevation myocardial infarction
    [InlineData("91302008")]        // Sepsis
    [InlineData("195662009")]       // Acute viral pharyngitis
    [InlineData("399261000")]       // History of coronary artery bypass grafting
    [InlineData("428251008")]       // History of appendectomy
    [InlineData("40055000")]        // Chronic sinusitis: lasting, but not a CCW condition
    [InlineData("999999999")]
    public void Findings_histories_acute_and_non_ccw_concepts_stay_unclassified(string concept)
    {
        Assert.Null(BuiltIn.MapToIcd10(concept));
        Assert.Equal(ChronicClassification.Unclassified, BuiltIn.Classify(CodeSystem.SnomedCt, concept, null));
    }

    [Theory]
    [InlineData("E11.9", Diabetes)]
    [InlineData("E10.65", Diabetes)]
    [InlineData("E11.22", Diabetes)]
    [InlineData("I10", Hypertension)]
    [InlineData("I1A.0", Hypertension)]
    [InlineData("I13.0", Hypertension)]
    [InlineData("I25.2", IschemicHeartDisease)]
    [InlineData("I20.9", IschemicHeartDisease)]
    [InlineData("I50.22", HeartFailure)]
    [InlineData("I09.81", HeartFailure)]
    [InlineData("I48.91", AtrialFibrillation)]
    [InlineData("N18.4", ChronicKidneyDisease)]
    [InlineData("N18.6", ChronicKidneyDisease)]
    [InlineData("J44.1", Copd)]
    [InlineData("J45.40", Asthma)]
    [InlineData("F33.1", Depression)]
    [InlineData("F31.9", Bipolar)]
    [InlineData("F41.1", Anxiety)]
    [InlineData("F43.10", Ptsd)]
    [InlineData("F20.9", Schizophrenia)]
    [InlineData("G30.9", Dementia)]
    [InlineData("F02.80", Dementia)]
    [InlineData("G20.A1", Parkinsons)]
    [InlineData("G35.A", MultipleSclerosis)]
    [InlineData("M17.11", Arthritis)]
    [InlineData("M05.79", Arthritis)]
    [InlineData("M80.08XA", Osteoporosis)]
    [InlineData("E78.5", Hyperlipidemia)]
    [InlineData("E03.9", Hypothyroidism)]
    [InlineData("E66.01", Obesity)]
    [InlineData("E66.811", Obesity)]
    [InlineData("Z68.41", Obesity)]
    [InlineData("G40.909", Epilepsy)]
    [InlineData("G43.709", Migraine)]
    [InlineData("G89.29", ChronicPain)]
    [InlineData("M79.7", ChronicPain)]
    [InlineData("D63.1", Anemia)]
    [InlineData("D57.1", SickleCell)]
    [InlineData("H40.1131", Glaucoma)]
    [InlineData("I70.213", PeripheralVascular)]
    [InlineData("K74.60", LiverDisease)]
    [InlineData("B18.2", HepatitisCChronic)]
    [InlineData("B20", Hiv)]
    [InlineData("C50.911", BreastCancer)]
    [InlineData("C18.9", ColorectalCancer)]
    [InlineData("C34.90", LungCancer)]
    [InlineData("C61", ProstateCancer)]
    [InlineData("C91.10", LeukemiaLymphoma)]
    [InlineData("F10.20", AlcoholUse)]
    [InlineData("F11.20", DrugUse)]
    [InlineData("F17.210", TobaccoUse)]
    [InlineData("N40.0", ProstaticHyperplasia)]
    public void Icd10_codes_take_the_category_of_their_prefix(string code, string category)
    {
        var icd = Icd10Code.Parse(code);

        Assert.Equal(ChronicClassification.Chronic(category, ChronicClassification.BuiltInSource), BuiltIn.Classify(CodeSystem.Icd10Cm, icd.Value, icd));
    }

    [Theory]
    [InlineData("I21.4")]     // NSTEMI: acute
    [InlineData("I24.9")]     // Acute ischemic heart disease
    [InlineData("I63.9")]     // Cerebral infarction
    [InlineData("G45.9")]     // Transient ischemic attack
    [InlineData("J18.9")]     // Pneumonia
    [InlineData("S72.001A")]  // Hip fracture
    [InlineData("H25.9")]     // Age-related cataract
    [InlineData("J01.90")]    // Acute sinusitis
    [InlineData("J32.9")]     // Chronic sinusitis: not a CCW condition
    [InlineData("J40")]       // Bronchitis not specified as acute or chronic
    [InlineData("R73.03")]    // Prediabetes
    [InlineData("E88.810")]   // Metabolic syndrome
    [InlineData("E66.3")]     // Overweight
    [InlineData("Z68.29")]    // BMI 29
    [InlineData("Z95.1")]     // Aortocoronary bypass graft status
    [InlineData("H40.011")]   // Glaucoma suspect (open angle with borderline findings)
    [InlineData("H40.211")]   // Acute angle-closure glaucoma
    [InlineData("D64.81")]    // Anemia due to antineoplastic chemotherapy
    [InlineData("D57.3")]     // Sickle-cell trait
    [InlineData("F43.21")]    // Adjustment disorder
    [InlineData("N17.9")]     // Acute kidney failure
    [InlineData("Z72.0")]     // Tobacco use without dependence
    public void Acute_transient_and_non_ccw_codes_stay_unclassified(string code)
    {
        var icd = Icd10Code.Parse(code);

        Assert.Equal(ChronicClassification.Unclassified, BuiltIn.Classify(CodeSystem.Icd10Cm, icd.Value, icd));
    }

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
