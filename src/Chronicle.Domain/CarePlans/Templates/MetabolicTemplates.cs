namespace Chronicle.Domain.CarePlans.Templates;

using static Chronicle.Domain.CarePlans.Templates.TeamRole;

/// <summary>Type 2 diabetes and chronic kidney disease.</summary>
internal static class MetabolicTemplates
{
    public static readonly CarePlanTemplate Type2Diabetes = new(
        "type-2-diabetes", "Type 2 diabetes", ["E11"],
        "Type 2 diabetes",
        "Keep your blood sugar in a healthy range and protect your eyes, kidneys, nerves and feet.",
        "Good when blood sugar is kept near target; complications can be prevented or slowed.",
        [
            new("Lower my average blood sugar (A1c)", "HbA1c", "below 7.5", "%", 6),
            new("Check my feet every day", "Days a week feet checked", "7", "days a week", 1),
        ],
        [
            new("Low blood sugar: shaky, sweaty, confused", "Eat or drink 15 grams of fast sugar (half a cup of juice), check again in 15 minutes.", "Call the care team if it happens more than once a week."),
            new("Blood sugar over 300 two times in a row", "Drink water and check again in 2 hours.", "Call the care team the same day."),
            new("A sore or cut on the foot that does not heal", "Keep it clean and covered.", "Call the care team within 2 days."),
        ],
        [
            new("Check blood sugar and write it down", Patient, "every morning"),
            new("Go over blood sugar log, diet and medicines by phone", CareManager, "every month"),
            new("Order A1c and kidney tests and adjust diabetes medicine", Practitioner, "every 3 months"),
        ],
        [new("Eye doctor", "Yearly diabetic eye exam", "We send a referral and ask for the exam report.")]);

    public static readonly CarePlanTemplate ChronicKidneyDisease = new(
        "chronic-kidney-disease", "Chronic kidney disease", ["N18"],
        "Chronic kidney disease (kidneys filter less well than they should)",
        "Slow down kidney damage and avoid medicines that harm the kidneys.",
        "Kidney function can stay stable for years when blood pressure and blood sugar are controlled.",
        [
            new("Keep kidney function steady", "eGFR (kidney filter rate)", "no drop of more than 5", "mL/min a year", 12),
            new("Keep blood pressure down to protect the kidneys", "Blood pressure", "below 130/80", "mmHg", 3),
        ],
        [
            new("Swelling of feet or ankles, or making much less urine", "Limit salt and write down how much you drink.", "Call the care team within a day."),
        ],
        [
            new("Avoid ibuprofen and naproxen; ask before any new medicine", Patient, "always"),
            new("Check the medicine list for kidney-safe doses", CareManager, "every month"),
            new("Order kidney blood and urine tests", Practitioner, "every 3 to 6 months"),
        ],
        [new("Kidney specialist (nephrologist)", "Kidney care when function falls", "We send lab results and the care plan, and ask for their recommendations.")]);
}
