namespace Chronicle.Application.Demo;

/// <summary>
/// The synthetic people of the demo practice. Every name, number and date here is invented;
/// the NPIs and MBIs are generated to pass their format rules but belong to nobody.
/// </summary>
internal static class DemoPracticeData
{
    public const string PracticeName = "Riverbend Family Medicine";
    public const string PracticeNpiBase = "199999999";
    public const string TimeZone = "America/Chicago";

    public static readonly (string Id, string First, string Last, string Role, string? Credential, string? NpiBase, string Email)[] Staff =
    [
        ("dr-okafor", "Adaeze", "Okafor", "billing-practitioner", "MD", "198765432", "a.okafor@riverbend.example"),
        ("np-lindqvist", "Maja", "Lindqvist", "billing-practitioner", "NP", "187654321", "m.lindqvist@riverbend.example"),
        ("rn-castillo", "Rosa", "Castillo", "clinical-staff", "RN", null, "r.castillo@riverbend.example"),
        ("lpn-hughes", "Derek", "Hughes", "clinical-staff", "LPN", null, "d.hughes@riverbend.example"),
        ("ma-nguyen", "Linh", "Nguyen", "clinical-staff", "MA", null, "l.nguyen@riverbend.example"),
        ("fd-baptiste", "Noel", "Baptiste", "non-clinical", null, null, "n.baptiste@riverbend.example"),
        ("bl-moreau", "Celine", "Moreau", "non-clinical", null, null, "c.moreau@riverbend.example"),
        ("co-fischer", "Tobias", "Fischer", "non-clinical", null, null, "t.fischer@riverbend.example"),
    ];

    public static readonly string[] FirstNames =
    [
        "Harold", "Evelyn", "Walter", "Dorothy", "Eugene", "Marjorie", "Raymond", "Bernice", "Clarence", "Lucille",
        "Arthur", "Gloria", "Floyd", "Irene", "Vernon", "Loretta", "Howard", "Edna", "Leonard", "Juanita",
        "Roy", "Maxine", "Ernest", "Beatrice", "Melvin", "Rosalind", "Otis", "Imelda", "Chester", "Wanda",
    ];

    public static readonly string[] LastNames =
    [
        "Abernathy", "Blackwood", "Castellanos", "Delacroix", "Eckhart", "Fairbanks", "Galloway", "Holloway",
        "Ingersoll", "Jablonski", "Kowalczyk", "Lindgren", "Montoya", "Nakamura", "Oyelaran", "Pemberton",
        "Quintero", "Rasmussen", "Sorensen", "Thibodeaux", "Underwood", "Valdivia", "Whitfield", "Yamamoto",
    ];

    public static readonly string[] Cities = ["Riverbend", "Millbrook", "Cedar Falls", "Oak Hollow"];

    /// <summary>
    /// Realistic combinations of chronic conditions (ICD-10-CM), plus a few acute or single
    /// conditions so that the eligibility worklist has patients who do not qualify.
    /// </summary>
    public static readonly (string Code, string Display, bool Chronic)[][] ConditionSets =
    [
        [("E11.9", "Type 2 diabetes mellitus without complications", true), ("I10", "Essential (primary) hypertension", true)],
        [("I50.22", "Chronic systolic (congestive) heart failure", true), ("I48.20", "Chronic atrial fibrillation, unspecified", true), ("N18.31", "Chronic kidney disease, stage 3a", true)],
        [("J44.9", "Chronic obstructive pulmonary disease, unspecified", true), ("I10", "Essential (primary) hypertension", true), ("F32.A", "Depression, unspecified", true)],
        [("E78.5", "Hyperlipidemia, unspecified", true), ("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris", true)],
        [("M17.11", "Unilateral primary osteoarthritis, right knee", true), ("E11.65", "Type 2 diabetes mellitus with hyperglycemia", true), ("E11.9", "Type 2 diabetes mellitus without complications", true)],
        [("J45.40", "Moderate persistent asthma, uncomplicated", true), ("E66.01", "Morbid (severe) obesity due to excess calories", true)],
        [("F03.90", "Unspecified dementia, unspecified severity, without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety", true), ("I10", "Essential (primary) hypertension", true), ("E03.9", "Hypothyroidism, unspecified", true)],
        [("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease", true), ("N18.4", "Chronic kidney disease, stage 4 (severe)", true), ("I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease", true)],
        [("I10", "Essential (primary) hypertension", true)],
        [("J06.9", "Acute upper respiratory infection, unspecified", false), ("E78.5", "Hyperlipidemia, unspecified", true)],
        [("F33.1", "Major depressive disorder, recurrent, moderate", true), ("F41.1", "Generalized anxiety disorder", true), ("M81.0", "Age-related osteoporosis without current pathological fracture", true)],
        [("S52.501A", "Unspecified fracture of the lower end of right radius, initial encounter for closed fracture", false)],
    ];
}
