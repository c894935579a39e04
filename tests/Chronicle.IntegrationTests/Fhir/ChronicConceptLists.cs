namespace Chronicle.IntegrationTests.Fhir;

/// <summary>
/// The test's own judgement of the SNOMED CT concepts in the Synthea data whose classification is
/// clear: chronic, grouped by disease (two concepts of one disease count once), or clearly not
/// chronic (acute illness, injury, pre-disease states, social findings, situations). Anything else
/// (obesity, anemia, chronic pain, sinusitis, …) is unclear, and a patient who has one active is
/// not checked for CCM eligibility.
/// </summary>
internal static class ChronicConceptLists
{
    public static readonly IReadOnlyDictionary<string, string[]> ChronicDiseases = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["diabetes"] = ["44054006", "127013003", "90781000119102", "157141000119108"],
        ["hypertension"] = ["59621000"],
        ["hyperlipidemia"] = ["55822004", "302870006"],
        ["ischemic heart disease"] = ["414545008", "399211009"],
        ["chronic kidney disease"] = ["431855005", "431856006", "433144002"],
        ["osteoarthritis"] = ["239873007", "201834006"],
        ["osteoporosis"] = ["64859006"],
        ["emphysema / COPD"] = ["87433001"],
        ["Alzheimer's disease"] = ["26929004"],
        ["epilepsy"] = ["84757009", "128613002"], // epilepsy, seizure disorder
        ["hypothyroidism"] = ["83664006"],
    };

    public static readonly IReadOnlySet<string> NotChronic = new HashSet<string>(StringComparer.Ordinal)
    {
        "714628002", // prediabetes
        "237602007", // metabolic syndrome X
        "401303003", // acute ST elevation myocardial infarction
        "401314000", // acute non-ST elevation myocardial infarction
        "91302008", // sepsis
        "195662009", // acute viral pharyngitis
        "444814009", // viral sinusitis
        "75498004", // acute bacterial sinusitis
        "10509002", // acute bronchitis
        "307426000", // acute infective cystitis
        "65363002", // otitis media
        "74400008", // appendicitis
        "72892002", // normal pregnancy
        "44465007", "70704007", "384709000", // sprains
        "312608009", "284551006", "284549007", // lacerations
        "125605004", "58150001", "65966004", // fractures
        "110030002", "62106007", "39848009", "90460009", // concussion, neck injuries
        "314529007", "160903007", "160904001", "73595000", "224299000", "224295006", "473461003", "422650009", "423315002",
        "706893006", "105531004", "741062008", "424393004", "160968000", "266948004", "73438004", "446654005", "713458007",
        "266934004", "274531002", // social and situational findings, an imaging finding
        "267020005", "161744009", "428251008", "183996000", // history of a procedure or pregnancy, sterilisation requested
    };

    public static string? DiseaseOf(string snomed) =>
        ChronicDiseases.FirstOrDefault(d => d.Value.Contains(snomed, StringComparer.Ordinal)).Key;
}
