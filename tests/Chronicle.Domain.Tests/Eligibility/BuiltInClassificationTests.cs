namespace Chronicle.Domain.Tests.Eligibility;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Eligibility;
using Chronicle.Domain.Patients;
using static Chronicle.Domain.Eligibility.ChronicCategories;

/// <summary>
/// What the built-in table says about the concepts Synthea and EHRs record and about ICD-10-CM
/// codes of every kept category, and what it deliberately leaves unclassified (ADR 0010).
/// </summary>
public sealed class BuiltInClassificationTests
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
}
