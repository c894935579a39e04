namespace Chronicle.Application.Demo;

using System.Globalization;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;

/// <summary>
/// The demo patients' clinical record, matching their conditions: weight, heart rate and (with
/// hypertension, heart or kidney disease) blood pressure every month for six months; an A1c every
/// three months for diabetics; eGFR and urine albumin/creatinine with kidney disease; LDL with high
/// cholesterol; prescriptions that treat the conditions; a flu shot; an allergy for every fourth
/// patient. Deterministic (seeded by the patient's place in the list), written in memory with the
/// rest of the seed: about 20 rows a patient.
/// </summary>
internal static class DemoClinical
{
    private const string Loinc = "http://loinc.org";
    private const string RxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm";

    private static readonly (string Prefix, string Rx, string Name, string Dosage)[] Prescriptions =
    [
        ("E11", "860975", "24 HR metformin hydrochloride 500 MG Extended Release Oral Tablet", "500 mg by mouth twice a day with meals"),
        ("I10", "314076", "lisinopril 10 MG Oral Tablet", "10 mg by mouth once a day"),
        ("I12", "314076", "lisinopril 10 MG Oral Tablet", "10 mg by mouth once a day"),
        ("E78", "617312", "atorvastatin 40 MG Oral Tablet", "40 mg by mouth at bedtime"),
        ("I25", "243670", "aspirin 81 MG Oral Tablet", "81 mg by mouth once a day"),
        ("I48", "1364435", "apixaban 5 MG Oral Tablet", "5 mg by mouth twice a day"),
        ("I50", "200033", "carvedilol 25 MG Oral Tablet", "25 mg by mouth twice a day"),
        ("J44", "896188", "fluticasone propionate 0.25 MG/ACTUAT / salmeterol 0.05 MG/ACTUAT Dry Powder Inhaler", "1 inhalation twice a day"),
        ("J45", "745679", "albuterol 0.09 MG/ACTUAT Metered Dose Inhaler", "2 puffs every 4 hours as needed"),
        ("E03", "966224", "levothyroxine sodium 0.05 MG Oral Tablet", "50 mcg by mouth every morning"),
        ("F33", "312938", "sertraline 50 MG Oral Tablet", "50 mg by mouth once a day"),
    ];

    public static void Add(ChronicleDbContext db, Practice practice, IReadOnlyList<(Patient Patient, IReadOnlyList<string> Codes)> patients, DateTimeOffset now)
    {
        var zone = practice.TimeZone;
        for (var i = 0; i < patients.Count; i++)
        {
            var (patient, codes) = patients[i];
            var random = new Random(7100 + i);
            bool Has(string prefix) => codes.Any(c => c.StartsWith(prefix, StringComparison.Ordinal));
            var records = new List<ClinicalRecordDetails>();
            var weight = 70m + random.Next(0, 35);
            for (var month = 0; month < 6; month++)
            {
                var at = now.AddDays(-(month * 30) - random.Next(1, 10)).AddHours(-random.Next(0, 6));
                var key = $"demo:{month}";
                records.Add(Vital($"{key}:weight", "29463-7", "Body weight", at, weight + (month * 0.4m), "kg"));
                records.Add(Vital($"{key}:pulse", "8867-4", "Heart rate", at, 64 + random.Next(0, 20), "/min"));
                if (Has("I1") || Has("I2") || Has("I5") || Has("N18"))
                {
                    // A plan's blood pressure goal reads the panel's systolic and diastolic readings.
                    var systolic = 128 + random.Next(0, 24) - month;
                    var diastolic = 76 + random.Next(0, 14);
                    records.Add(Vital($"{key}:bp", "85354-9", "Blood pressure panel with all children optional", at, null, null) with
                    {
                        Facts = new ClinicalFacts
                        {
                            Components =
                            [
                                new ObservedComponent(Loinc, "8480-6", "Systolic blood pressure", new MeasuredValue(systolic, "mm[Hg]")),
                                new ObservedComponent(Loinc, "8462-4", "Diastolic blood pressure", new MeasuredValue(diastolic, "mm[Hg]")),
                            ],
                        },
                    });
                }

                if (month % 3 == 0 && Has("E11"))
                {
                    records.Add(Lab($"{key}:a1c", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", at, 6.4m + (random.Next(0, 20) / 10m), "%", 4m, 5.6m));
                }

                if (month % 3 == 0 && Has("N18"))
                {
                    records.Add(Lab($"{key}:egfr", "33914-3", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum or Plasma by Creatinine-based formula (MDRD)", at, 38 + random.Next(0, 20), "mL/min/{1.73_m2}", 60m, null));
                    records.Add(Lab($"{key}:uacr", "14959-1", "Microalbumin/Creatinine [Mass Ratio] in Urine", at, 25 + random.Next(0, 120), "mg/g", null, 30m));
                }

                if (month == 0 && (Has("E78") || Has("I25")))
                {
                    records.Add(Lab($"{key}:ldl", "18262-6", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by Direct assay", at, 80 + random.Next(0, 70), "mg/dL", null, 100m));
                }
            }

            var authored = now.AddDays(-120 - random.Next(0, 200));
            foreach (var rx in Prescriptions.Where(p => Has(p.Prefix)).DistinctBy(p => p.Rx))
            {
                records.Add(new ClinicalRecordDetails(ClinicalRecordKind.Medication, $"demo:rx:{rx.Rx}", RxNorm, rx.Rx, rx.Name, "active", zone.LocalDateOf(authored), null)
                {
                    Intent = "order",
                    Category = "community",
                    OccurredAt = Instant(authored),
                    // US Core (us-core-21) requires a requester on an order; the demo's prescriber is named, not linked.
                    Facts = new ClinicalFacts
                    {
                        Dosage = new DosageFacts(rx.Dosage, null, null, null, null, null, rx.Dosage.Contains("as needed", StringComparison.Ordinal)),
                        Requester = new SourceCode(null, "Primary care prescriber", "Primary care prescriber"),
                    },
                });
            }

            var flu = now.AddDays(-30 - random.Next(0, 90));
            records.Add(new ClinicalRecordDetails(ClinicalRecordKind.Immunization, "demo:flu", "http://hl7.org/fhir/sid/cvx", "197",
                "influenza, high-dose, quadrivalent", "completed", zone.LocalDateOf(flu), null) { OccurredAt = Instant(flu) });
            if (i % 4 == 1)
            {
                records.Add(new ClinicalRecordDetails(ClinicalRecordKind.Allergy, "demo:allergy", "http://snomed.info/sct", "91936005",
                    "Allergy to penicillin", "active", null, null)
                {
                    Category = "medication",
                    OccurredAt = SourceDateTime.OfDate(DateOnly.FromDateTime(now.UtcDateTime).AddYears(-6)),
                    Facts = new ClinicalFacts
                    {
                        Verification = "confirmed",
                        Criticality = "high",
                        Reactions = [new SourceCode("http://snomed.info/sct", "271807003", "Eruption of skin")],
                        ReactionSeverity = "moderate",
                    },
                });
            }

            db.ClinicalRecords.AddRange(records.Select(r => ClinicalRecord.Create(practice.Id, patient.Id, r)));
        }

        ClinicalRecordDetails Vital(string key, string code, string display, DateTimeOffset at, decimal? value, string? unit) =>
            Observation(key, "vital-signs", code, display, at, value, unit) with { ManuallyEntered = true };

        ClinicalRecordDetails Lab(string key, string code, string display, DateTimeOffset at, decimal value, string unit, decimal? low, decimal? high) =>
            Observation(key, "laboratory", code, display, at.AddDays(2), value, unit) with
            {
                Facts = new ClinicalFacts { Range = new ReferenceRange(low, high, unit, null) },
            };

        ClinicalRecordDetails Observation(string key, string category, string code, string display, DateTimeOffset at, decimal? value, string? unit) =>
            new(ClinicalRecordKind.Observation, key, Loinc, code, display, "final", zone.LocalDateOf(at), null)
            {
                Category = category,
                OccurredAt = Instant(at),
                Value = value,
                Unit = unit,
            };
    }

    /// <summary>An instant written as FHIR writes one, to the second and in UTC.</summary>
    private static SourceDateTime Instant(DateTimeOffset at) =>
        SourceDateTime.Parse(at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture));
}
