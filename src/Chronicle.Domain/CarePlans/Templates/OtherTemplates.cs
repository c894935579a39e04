namespace Chronicle.Domain.CarePlans.Templates;

using static Chronicle.Domain.CarePlans.Templates.TeamRole;

/// <summary>COPD, asthma, depression and osteoarthritis.</summary>
internal static class OtherTemplates
{
    public static readonly CarePlanTemplate Copd = new(
        "copd", "COPD", ["J41", "J42", "J43", "J44"],
        "COPD (long-term lung disease that makes breathing harder)",
        "Breathe more easily, have fewer flare-ups and stay active.",
        "A long-term condition; not smoking, inhalers and early treatment of flare-ups keep most people stable.",
        [
            new("Have fewer flare-ups", "Flare-ups needing steroids or antibiotics", "no more than 1", "in 6 months", 6),
            new("Walk further without stopping", "Minutes walked without stopping", "15", "minutes", 3),
        ],
        [
            new("More short of breath than usual, or more or darker mucus", "Use your rescue inhaler and follow your action plan.", "Call the care team the same day; call 911 if lips turn blue or you cannot speak."),
        ],
        [
            new("Use inhalers every day as prescribed, even when feeling well", Patient, "every day"),
            new("Check inhaler technique and breathing by phone", CareManager, "every month"),
            new("Review the COPD action plan and vaccines", Practitioner, "every 6 months"),
        ],
        [new("Pulmonary rehabilitation program", "Breathing exercises and safe activity", "We send the referral and follow up on attendance.")]);

    public static readonly CarePlanTemplate Asthma = new(
        "asthma", "Asthma", ["J45"],
        "Asthma",
        "Keep asthma under control so it does not limit your day or your sleep.",
        "Very good; with daily controller medicine most people have few symptoms.",
        [
            new("Use my rescue inhaler less often", "Days a week rescue inhaler needed", "2 or fewer", "days a week", 3),
        ],
        [
            new("Wheezing, coughing or a tight chest", "Use your rescue inhaler as your action plan says.", "Call the care team if you need it more than every 4 hours; call 911 if it does not help."),
        ],
        [
            new("Take the controller inhaler every day and avoid known triggers", Patient, "every day"),
            new("Review symptoms, triggers and inhaler use", CareManager, "every month"),
            new("Update the written asthma action plan", Practitioner, "every year"),
        ],
        []);

    public static readonly CarePlanTemplate Depression = new(
        "depression", "Depression", ["F32", "F33", "F341"],
        "Depression",
        "Feel better day to day and enjoy the things that matter to you again.",
        "Good; most people improve within a few months of treatment, and support helps prevent relapse.",
        [
            new("Lower my depression score", "PHQ-9 score", "below 10", "points", 3),
        ],
        [
            new("Feeling hopeless, or thoughts of harming yourself", "Do not stay alone; reach out to someone you trust.", "Call or text 988 (Suicide and Crisis Lifeline) at any time, or 911."),
            new("Trouble sleeping or no energy for more than two weeks", "Keep a regular bedtime and a short daily walk.", "Tell the care team at the next call, or call sooner."),
        ],
        [
            new("Fill in the PHQ-9 questionnaire", Patient, "every month"),
            new("Check mood, medicine and counseling attendance by phone", CareManager, "every month"),
            new("Adjust depression treatment when the score is not improving", Practitioner, "as needed"),
        ],
        [new("Counselor or behavioral health clinic", "Talk therapy", "We send a referral and, with your permission, share progress.")]);

    public static readonly CarePlanTemplate Osteoarthritis = new(
        "osteoarthritis", "Osteoarthritis", ["M15", "M16", "M17", "M18", "M19"],
        "Osteoarthritis (wear of the joints)",
        "Less joint pain and better movement so you can stay independent.",
        "A slowly changing condition; exercise, weight control and pain treatment keep most people active.",
        [
            new("Lower my joint pain", "Pain score (0 to 10)", "4 or lower", "points", 3),
            new("Stay active", "Minutes of gentle exercise a week", "120", "minutes", 3),
        ],
        [
            new("A joint that becomes hot, red or very swollen", "Rest it and use a cold pack.", "Call the care team within a day."),
        ],
        [
            new("Do the exercises from physical therapy", Patient, "3 times a week"),
            new("Ask about pain, falls and daily activities", CareManager, "every month"),
            new("Review pain treatment and refer to physical therapy", Practitioner, "as needed"),
        ],
        [new("Physical therapist", "Exercises for strength and balance", "We send the referral and ask for the therapy plan.")]);
}
