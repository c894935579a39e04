namespace Chronicle.Domain.CarePlans.Templates;

using static Chronicle.Domain.CarePlans.Templates.TeamRole;

/// <summary>Hypertension, heart failure, ischemic heart disease and high cholesterol.</summary>
internal static class CardiovascularTemplates
{
    public static readonly CarePlanTemplate Hypertension = new(
        "hypertension", "High blood pressure", ["I10", "I11", "I12", "I13", "I15", "I16"],
        "High blood pressure (hypertension)",
        "Keep your blood pressure in a safe range so your heart, kidneys and brain stay protected.",
        "Good with regular medicine and healthy habits; the risk of stroke and heart attack falls as blood pressure comes down.",
        [
            new("Bring my blood pressure below 130/80", "Blood pressure (average of home readings)", "below 130/80", "mmHg", 3),
            new("Cut down on salt", "Days a week eating under 2,300 mg of salt", "5", "days a week", 2),
        ],
        [
            new("Headache, blurry vision or chest pain with a high reading", "Sit down, rest five minutes and check again.", "Call 911 if the top number is 180 or more with these symptoms."),
            new("Dizziness when you stand up", "Stand up slowly and drink water.", "Call the care team if it happens more than twice in a week."),
        ],
        [
            new("Check your blood pressure at home and write it down", Patient, "every morning"),
            new("Go over home readings and medicine side effects by phone", CareManager, "every month"),
            new("Adjust blood pressure medicine when readings stay high", Practitioner, "as needed"),
        ],
        []);

    public static readonly CarePlanTemplate HeartFailure = new(
        "heart-failure", "Heart failure", ["I50", "I110", "I130", "I132"],
        "Heart failure (the heart does not pump as strongly as it should)",
        "Stay out of the hospital, breathe more easily and keep doing the things you enjoy.",
        "A long-term condition; with daily weights, medicine and early action on swelling most people stay stable for years.",
        [
            new("Weigh myself every day and act on a quick gain", "Days a week weighed and written down", "7", "days a week", 1),
            new("Stay out of the hospital for heart failure", "Hospital stays for heart failure", "0", "stays", 6),
        ],
        [
            new("Weight up 2 pounds in a day or 5 pounds in a week", "Take the extra water pill only if your doctor told you to, and call.", "Call the care team the same day."),
            new("Shortness of breath lying flat, or new swelling of legs", "Sit up, limit salt and fluids.", "Call the care team the same day; call 911 if you cannot catch your breath."),
        ],
        [
            new("Weigh yourself each morning after using the bathroom", Patient, "every morning"),
            new("Review weights, swelling and breathing by phone", CareManager, "every two weeks"),
            new("Adjust heart failure medicines", Practitioner, "as needed"),
        ],
        [new("Cardiologist", "Heart failure treatment and tests", "We send the care plan after each change and ask for visit notes.")]);

    public static readonly CarePlanTemplate IschemicHeartDisease = new(
        "ischemic-heart-disease", "Coronary artery disease", ["I20", "I21", "I22", "I23", "I24", "I25"],
        "Coronary artery disease (narrowed heart arteries)",
        "Prevent a heart attack and keep chest pain away.",
        "Stable for many years with medicine, activity and not smoking.",
        [
            new("Walk most days", "Minutes of walking a week", "150", "minutes", 3),
            new("Bring LDL cholesterol down", "LDL cholesterol", "below 70", "mg/dL", 6),
        ],
        [
            new("Chest pain or pressure", "Stop what you are doing and rest; use nitroglycerin if prescribed.", "Call 911 if it lasts more than 5 minutes or comes back."),
        ],
        [
            new("Take aspirin and cholesterol medicine every day as prescribed", Patient, "every day"),
            new("Ask about chest pain, activity and medicines", CareManager, "every month"),
            new("Order cholesterol tests and review heart medicines", Practitioner, "every 6 months"),
        ],
        [new("Cardiologist", "Heart artery care and stress tests", "We share the care plan and ask for test results after each visit.")]);

    public static readonly CarePlanTemplate Hyperlipidemia = new(
        "hyperlipidemia", "High cholesterol", ["E78"],
        "High cholesterol",
        "Lower your cholesterol to reduce your risk of heart attack and stroke.",
        "Good; cholesterol usually comes down within weeks of steady medicine and diet changes.",
        [
            new("Bring LDL cholesterol down", "LDL cholesterol", "below 100", "mg/dL", 6),
        ],
        [
            new("Muscle aches after starting cholesterol medicine", "Do not stop the medicine on your own; write down when the aches happen.", "Call the care team if aches are strong or your urine turns dark."),
        ],
        [
            new("Eat fewer fried and fatty foods and more vegetables", Patient, "every day"),
            new("Check that cholesterol medicine is taken and tolerated", CareManager, "every month"),
            new("Order a cholesterol blood test", Practitioner, "every 6 to 12 months"),
        ],
        []);
}
