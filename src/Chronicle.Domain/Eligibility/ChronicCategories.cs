namespace Chronicle.Domain.Eligibility;

/// <summary>
/// The disease categories of the built-in classification, named as the CMS Chronic Conditions
/// Warehouse names its conditions (typographic apostrophes and dashes written plainly, so they
/// can be typed). Two codes in one category are one condition for eligibility.
/// </summary>
public static class ChronicCategories
{
    public const string Diabetes = "Diabetes";
    public const string Hypertension = "Hypertension";
    public const string IschemicHeartDisease = "Ischemic Heart Disease";
    public const string HeartFailure = "Heart Failure and Non-Ischemic Heart Disease";
    public const string AtrialFibrillation = "Atrial Fibrillation and Flutter";
    public const string ChronicKidneyDisease = "Chronic Kidney Disease";
    public const string Copd = "Chronic Obstructive Pulmonary Disease";
    public const string Asthma = "Asthma";
    public const string Depression = "Depressive Disorders";
    public const string Bipolar = "Bipolar Disorder";
    public const string Anxiety = "Anxiety Disorders";
    public const string Ptsd = "Post-Traumatic Stress Disorder (PTSD)";
    public const string Schizophrenia = "Schizophrenia and Other Psychotic Disorders";
    public const string Dementia = "Alzheimer's Disease and Related Disorders or Senile Dementia";
    public const string Parkinsons = "Parkinson's Disease and Secondary Parkinsonism";
    public const string MultipleSclerosis = "Multiple Sclerosis and Transverse Myelitis";
    public const string Epilepsy = "Epilepsy";
    public const string Migraine = "Migraine and Chronic Headache";
    public const string ChronicPain = "Fibromyalgia and Chronic Pain and Fatigue";
    public const string Arthritis = "Rheumatoid Arthritis/Osteoarthritis";
    public const string Osteoporosis = "Osteoporosis With or Without Pathological Fracture";
    public const string Hyperlipidemia = "Hyperlipidemia";
    public const string Hypothyroidism = "Hypothyroidism";
    public const string Obesity = "Obesity";
    public const string Anemia = "Anemia";
    public const string SickleCell = "Sickle Cell Disease";
    public const string Glaucoma = "Glaucoma";
    public const string PeripheralVascular = "Peripheral Vascular Disease (PVD)";
    public const string LiverDisease = "Liver Disease, Cirrhosis, and Other Liver Conditions (except Viral Hepatitis)";
    public const string HepatitisBChronic = "Hepatitis B (chronic)";
    public const string HepatitisCChronic = "Hepatitis C (chronic)";
    public const string Hiv = "Human Immunodeficiency Virus and/or Acquired Immunodeficiency Syndrome (HIV/AIDS)";
    public const string BreastCancer = "Cancer, Breast";
    public const string ColorectalCancer = "Cancer, Colorectal";
    public const string EndometrialCancer = "Cancer, Endometrial";
    public const string LungCancer = "Cancer, Lung";
    public const string ProstateCancer = "Cancer, Prostate";
    public const string UrologicCancer = "Cancer, Urologic (Kidney, Renal Pelvis, and Ureter)";
    public const string LeukemiaLymphoma = "Leukemias and Lymphomas";
    public const string AlcoholUse = "Alcohol Use Disorders";
    public const string DrugUse = "Drug Use Disorders";
    public const string TobaccoUse = "Tobacco Use";
    public const string ProstaticHyperplasia = "Benign Prostatic Hyperplasia";
    public const string CysticFibrosis = "Cystic Fibrosis and Other Metabolic Developmental Disorders";
    public const string PersonalityDisorders = "Personality Disorders";
    public const string Autism = "Autism Spectrum Disorders";
    public const string IntellectualDisabilities = "Intellectual Disabilities and Related Conditions";
    public const string CerebralPalsy = "Cerebral Palsy";
    public const string MuscularDystrophy = "Muscular Dystrophy";
    public const string ChronicUlcers = "Pressure and Chronic Ulcers";
    public const string Adhd = "ADHD, Conduct Disorders, and Hyperkinetic Syndrome";
    public const string MobilityImpairments = "Mobility Impairments";
    public const string SpinaBifida = "Spina Bifida and Other Congenital Anomalies of the Nervous System";
    public const string Blindness = "Sensory - Blindness and Visual Impairment";
    public const string Deafness = "Sensory - Deafness and Hearing Impairment";

    // Not CCW conditions: ICD-10-CM FY2027 split codes a CCM problem list carries into lasting
    // conditions the CCW list has no home for (docs/adr/0180-icd10cm-releases-by-date-of-service.md).

    /// <summary>I49.8 and its FY2027 children: Brugada syndrome, ventricular bigeminy, other specified arrhythmias.</summary>
    public const string OtherArrhythmias = "Other Specified Cardiac Arrhythmias";

    /// <summary>E89.83 (FY2027): post-bariatric and other postprocedural hypoglycemia, managed for years after the procedure.</summary>
    public const string PostproceduralHypoglycemia = "Postprocedural Hypoglycemia";
}
