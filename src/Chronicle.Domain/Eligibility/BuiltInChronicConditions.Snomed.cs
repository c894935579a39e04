namespace Chronicle.Domain.Eligibility;

using static Chronicle.Domain.Eligibility.ChronicCategories;

// SNOMED CT disorders that EHRs and Synthea record for the conditions of the ICD-10-CM table, each
// with the billable FY2026 ICD-10-CM code a coder would choose for it when nothing more specific
// is documented (the "unspecified" code of the category, or the combination code the concept
// names). Findings, situations and histories are left out unless they name a disease that lasts
// (history of MI is old MI, I25.2; BMI 30+ is obesity, E66.9): see ADR 0010 for what is excluded.
public static partial class BuiltInChronicConditions
{
    private static IEnumerable<ChronicRule> SnomedRules() =>
    [
        Snomed("44054006", Diabetes, "E11.9"),                 // Diabetes mellitus type 2
        Snomed("46635009", Diabetes, "E10.9"),                 // Diabetes mellitus type 1
        Snomed("73211009", Diabetes, "E11.9"),                 // Diabetes mellitus (type unstated: E11 by convention)
        Snomed("127013003", Diabetes, "E11.29"),               // Disorder of kidney due to diabetes mellitus
        Snomed("90781000119102", Diabetes, "E11.29"),          // Microalbuminuria due to type 2 diabetes mellitus
        Snomed("157141000119108", Diabetes, "E11.29"),         // Proteinuria due to type 2 diabetes mellitus
        Snomed("368581000119106", Diabetes, "E11.40"),         // Neuropathy due to type 2 diabetes mellitus
        Snomed("1551000119108", Diabetes, "E11.3299"),         // Nonproliferative retinopathy due to type 2 diabetes
        Snomed("97331000119101", Diabetes, "E11.311"),         // Macular edema and retinopathy due to type 2 diabetes
        Snomed("59621000", Hypertension, "I10"),               // Essential hypertension
        Snomed("38341003", Hypertension, "I10"),               // Hypertensive disorder
        Snomed("55822004", Hyperlipidemia, "E78.5"),           // Hyperlipidemia
        Snomed("302870006", Hyperlipidemia, "E78.1"),          // Hypertriglyceridemia
        Snomed("13644009", Hyperlipidemia, "E78.00"),          // Hypercholesterolemia
        Snomed("414545008", IschemicHeartDisease, "I25.9"),    // Ischemic heart disease
        Snomed("399211009", IschemicHeartDisease, "I25.2"),    // History of myocardial infarction
        Snomed("53741008", IschemicHeartDisease, "I25.10"),    // Coronary arteriosclerosis
        Snomed("194828000", IschemicHeartDisease, "I20.9"),    // Angina
        Snomed("84114007", HeartFailure, "I50.9"),             // Heart failure
        Snomed("88805009", HeartFailure, "I50.9"),             // Chronic congestive heart failure
        Snomed("42343007", HeartFailure, "I50.9"),             // Congestive heart failure
        Snomed("49436004", AtrialFibrillation, "I48.91"),      // Atrial fibrillation
        Snomed("431855005", ChronicKidneyDisease, "N18.1"),    // Chronic kidney disease stage 1
        Snomed("431856006", ChronicKidneyDisease, "N18.2"),    // Chronic kidney disease stage 2
        Snomed("433144002", ChronicKidneyDisease, "N18.30"),   // Chronic kidney disease stage 3
        Snomed("431857002", ChronicKidneyDisease, "N18.4"),    // Chronic kidney disease stage 4
        Snomed("433146000", ChronicKidneyDisease, "N18.5"),    // Chronic kidney disease stage 5
        Snomed("46177005", ChronicKidneyDisease, "N18.6"),     // End-stage renal disease
        Snomed("709044004", ChronicKidneyDisease, "N18.9"),    // Chronic kidney disease
        Snomed("87433001", Copd, "J43.9"),                     // Pulmonary emphysema
        Snomed("185086009", Copd, "J44.9"),                    // Chronic obstructive bronchitis
        Snomed("13645005", Copd, "J44.9"),                     // Chronic obstructive lung disease
        Snomed("195967001", Asthma, "J45.909"),                // Asthma
        Snomed("370143000", Depression, "F32.9"),              // Major depressive disorder
        Snomed("36923009", Depression, "F32.9"),               // Major depression, single episode
        Snomed("35489007", Depression, "F32.A"),               // Depressive disorder
        Snomed("197480006", Anxiety, "F41.9"),                 // Anxiety disorder
        Snomed("21897009", Anxiety, "F41.1"),                  // Generalized anxiety disorder
        Snomed("13746004", Bipolar, "F31.9"),                  // Bipolar disorder
        Snomed("58214004", Schizophrenia, "F20.9"),            // Schizophrenia
        Snomed("26929004", Dementia, "G30.9"),                 // Alzheimer's disease
        Snomed("52448006", Dementia, "F03.90"),                // Dementia
        Snomed("49049000", Parkinsons, "G20.A1"),              // Parkinson's disease
        Snomed("24700007", MultipleSclerosis, "G35.D"),        // Multiple sclerosis (G35 is a header from FY2026)
        Snomed("84757009", Epilepsy, "G40.909"),               // Epilepsy
        Snomed("128613002", Epilepsy, "G40.909"),              // Seizure disorder
        Snomed("124171000119105", Migraine, "G43.719"),        // Chronic intractable migraine without aura
        Snomed("37796009", Migraine, "G43.909"),               // Migraine
        Snomed("82423001", ChronicPain, "G89.29"),             // Chronic pain
        Snomed("278860009", ChronicPain, "M54.50"),            // Chronic low back pain
        Snomed("1121000119107", ChronicPain, "M54.2"),         // Chronic neck pain
        Snomed("203082005", ChronicPain, "M79.7"),             // Fibromyalgia
        Snomed("239873007", Arthritis, "M17.9"),               // Osteoarthritis of knee
        Snomed("201834006", Arthritis, "M19.049"),             // Localized, primary osteoarthritis of the hand
        Snomed("396275006", Arthritis, "M19.90"),              // Osteoarthritis
        Snomed("69896004", Arthritis, "M06.9"),                // Rheumatoid arthritis
        Snomed("64859006", Osteoporosis, "M81.0"),             // Osteoporosis
        Snomed("83664006", Hypothyroidism, "E03.9"),           // Idiopathic atrophic hypothyroidism
        Snomed("40930008", Hypothyroidism, "E03.9"),           // Hypothyroidism
        Snomed("162864005", Obesity, "E66.9"),                 // Body mass index 30+ - obesity
        Snomed("414916001", Obesity, "E66.9"),                 // Obesity
        Snomed("238136002", Obesity, "E66.01"),                // Morbid obesity
        Snomed("271737000", Anemia, "D64.9"),                  // Anemia
        Snomed("23986001", Glaucoma, "H40.9"),                 // Glaucoma
        Snomed("400047006", PeripheralVascular, "I73.9"),      // Peripheral vascular disease
        Snomed("19943007", LiverDisease, "K74.60"),            // Cirrhosis of liver
        Snomed("128302006", HepatitisCChronic, "B18.2"),       // Chronic hepatitis C
        Snomed("86406008", Hiv, "B20"),                        // Human immunodeficiency virus infection
        Snomed("254837009", BreastCancer, "C50.919"),          // Malignant neoplasm of breast
        Snomed("363406005", ColorectalCancer, "C18.9"),        // Malignant neoplasm of colon
        Snomed("254637007", LungCancer, "C34.90"),             // Non-small cell lung cancer
        Snomed("424132000", LungCancer, "C34.90"),             // Non-small cell carcinoma of lung, TNM stage 1
        Snomed("92691004", ProstateCancer, "D07.5"),           // Carcinoma in situ of prostate
        Snomed("7200002", AlcoholUse, "F10.20"),               // Alcoholism
        Snomed("6525002", DrugUse, "F19.20"),                  // Dependent drug abuse
        Snomed("5602001", DrugUse, "F11.10"),                  // Opioid abuse
        Snomed("56294008", TobaccoUse, "F17.200"),             // Nicotine dependence
        Snomed("266569009", ProstaticHyperplasia, "N40.0"),    // Benign prostatic hyperplasia
    ];
}
