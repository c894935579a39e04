namespace Chronicle.Domain.Eligibility;

using static Chronicle.Domain.Eligibility.ChronicCategories;

// ICD-10-CM prefixes per CCW condition. A prefix names a category or subcategory of the FY2026
// tabular list and takes every code beneath it. Where a category mixes lasting and passing states,
// only the lasting subcategories are listed (e.g. H40.2 without acute angle-closure H40.21, D61
// without drug-induced pancytopenia D61.81, D64 without chemotherapy anemia D64.81). Acute-only CCW
// conditions (acute MI I21–I23, stroke/TIA, pneumonia, hip fracture, cataract) are not here.
public static partial class BuiltInChronicConditions
{
    private static IEnumerable<ChronicRule> Icd10Rules() =>
    [
        .. Icd(Diabetes, "E08", "E09", "E10", "E11", "E13"),
        .. Icd(Hypertension, "I10", "I11", "I12", "I13", "I15", "I1A"),
        .. Icd(IschemicHeartDisease, "I20", "I25"),
        .. Icd(HeartFailure, "I50", "I42", "I43", "I09.81"),
        .. Icd(AtrialFibrillation, "I48"),
        .. Icd(ChronicKidneyDisease, "N18", "N03", "N04", "N08", "N11", "N25.0", "N25.81", "Q61.2", "Q61.3"),
        .. Icd(Copd, "J41", "J42", "J43", "J44", "J47"),
        .. Icd(Asthma, "J45"),
        .. Icd(Depression, "F32", "F33", "F34.1"),
        .. Icd(Bipolar, "F30", "F31", "F34.0"),
        .. Icd(Anxiety, "F40", "F41", "F42"),
        .. Icd(Ptsd, "F43.1"),
        .. Icd(Schizophrenia, "F20", "F21", "F22", "F25", "F28", "F29"),
        .. Icd(Dementia, "G30", "F01", "F02", "F03", "G31.0", "G31.1", "G31.83"),
        .. Icd(Parkinsons, "G20", "G21.1", "G21.2", "G21.3", "G21.4", "G21.8", "G21.9"),
        .. Icd(MultipleSclerosis, "G35", "G36.0"),
        .. Icd(Epilepsy, "G40"),
        .. Icd(Migraine, "G43", "G44.0", "G44.22", "G44.32", "G44.52"),
        .. Icd(ChronicPain, "G89.2", "G89.4", "M79.7", "R53.82", "G93.32"),
        .. Icd(Arthritis, "M05", "M06", "M08", "M15", "M16", "M17", "M18", "M19", "M45", "M47", "L40.5"),
        .. Icd(Osteoporosis, "M80", "M81"),
        .. Icd(Hyperlipidemia, "E78.0", "E78.1", "E78.2", "E78.3", "E78.4", "E78.5"),
        .. Icd(Hypothyroidism, "E00", "E01.8", "E02", "E03", "E89.0"),
        .. Icd(Obesity, "E66.0", "E66.1", "E66.2", "E66.8", "E66.9", "Z68.3", "Z68.4"),
        .. Icd(Anemia, "D46", "D50", "D51", "D52", "D53", "D55", "D56", "D58", "D59.1", "D59.5", "D60.0"),
        .. Icd(Anemia, "D61.0", "D61.1", "D61.2", "D61.3", "D61.9", "D63", "D64.0", "D64.1", "D64.2", "D64.3", "D64.4", "D64.89", "D64.9"),
        .. Icd(SickleCell, "D57.0", "D57.1", "D57.2", "D57.4", "D57.8"),
        .. Icd(Glaucoma, "H40.1", "H40.20", "H40.22", "H40.23", "H40.24", "H40.3", "H40.4", "H40.5", "H40.6", "H40.8", "H40.9", "H42", "Q15.0"),
        .. Icd(PeripheralVascular, "I70.2", "I70.3", "I70.4", "I70.5", "I70.6", "I70.7", "I70.92", "I73.1", "I73.8", "I73.9"),
        .. Icd(LiverDisease, "K70", "K72.1", "K73", "K74", "K75.4", "K75.81", "K76.0", "K76.1", "K76.6", "K83.01"),
        .. Icd(HepatitisBChronic, "B18.0", "B18.1"),
        .. Icd(HepatitisCChronic, "B18.2"),
        .. Icd(Hiv, "B20", "Z21"),
        .. Icd(BreastCancer, "C50", "D05"),
        .. Icd(ColorectalCancer, "C18", "C19", "C20", "C49.A4", "C49.A5", "D01.0", "D01.1", "D01.2"),
        .. Icd(EndometrialCancer, "C54", "D07.0"),
        .. Icd(LungCancer, "C34", "D02.2"),
        .. Icd(ProstateCancer, "C61", "D07.5"),
        .. Icd(UrologicCancer, "C64", "C65", "C66"),
        .. Icd(LeukemiaLymphoma, "C81", "C82", "C83", "C84", "C85", "C86", "C88", "C90", "C91", "C92", "C93", "C94", "C95", "C96", "D45"),
        .. Icd(AlcoholUse, "F10"),
        .. Icd(DrugUse, "F11", "F12", "F13", "F14", "F15", "F16", "F18", "F19"),
        .. Icd(TobaccoUse, "F17"),
        .. Icd(ProstaticHyperplasia, "N40"),
        .. Icd(CysticFibrosis, "E84"),
        .. Icd(PersonalityDisorders, "F60"),
        .. Icd(Autism, "F84"),
        .. Icd(IntellectualDisabilities, "F70", "F71", "F72", "F73", "F78", "F79"),
        .. Icd(CerebralPalsy, "G80"),
        .. Icd(MuscularDystrophy, "G71.0", "G71.1", "G71.2"),
        .. Icd(ChronicUlcers, "L97", "L98.4"),
        .. Icd(Adhd, "F90"),
        .. Icd(MobilityImpairments, "G81", "G82", "G83.0", "G83.1", "G83.2", "G83.3", "G83.4"),
        .. Icd(SpinaBifida, "Q05", "Q07"),
        .. Icd(Blindness, "H54.0", "H54.1", "H54.2", "H54.3", "H54.4", "H54.5", "H54.6", "H54.8"),
        .. Icd(Deafness, "H90", "H91.3"),
        .. Icd(OtherArrhythmias, "I49.8"),
        .. Icd(PostproceduralHypoglycemia, "E89.83"),
    ];
}
