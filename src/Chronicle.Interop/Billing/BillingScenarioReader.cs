namespace Chronicle.Interop.Billing;

using System.Globalization;
using System.Text.Json;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;

/// <summary>
/// Reads a billing scenario (docs/spec/billing-scenario.md, "Input") into the engine's facts.
/// Structure is checked strictly (types, required fields, unknown fields, values of the listed
/// vocabularies), and every problem is reported with its JSON path. Identifiers and diagnosis
/// codes are passed on as written: a bad one is a finding of the decision, not a bad file.
/// </summary>
public static partial class BillingScenarioReader
{
    private static readonly Dictionary<string, CareProgram> Programs = new(StringComparer.Ordinal) { ["ccm"] = CareProgram.Ccm, ["pcm"] = CareProgram.Pcm };
    private static readonly Dictionary<string, ConsentMethod> Methods = new(StringComparer.Ordinal) { ["verbal"] = ConsentMethod.Verbal, ["written"] = ConsentMethod.Written };
    private static readonly Dictionary<string, ConsentDecision> Decisions = new(StringComparer.Ordinal) { ["accepted"] = ConsentDecision.Accepted, ["declined"] = ConsentDecision.Declined };

    private static readonly Dictionary<string, ConsentDisclosures> Disclosures = new(StringComparer.Ordinal)
    {
        ["availability"] = ConsentDisclosures.Availability,
        ["cost-sharing"] = ConsentDisclosures.CostSharing,
        ["one-practitioner"] = ConsentDisclosures.OnePractitioner,
        ["right-to-stop"] = ConsentDisclosures.RightToStop,
    };

    private static readonly Dictionary<string, Complexity> Complexities = new(StringComparer.Ordinal)
    {
        ["none"] = Complexity.None, ["low"] = Complexity.Low, ["moderate"] = Complexity.Moderate, ["high"] = Complexity.High,
    };

    private static readonly Dictionary<string, Performer> Performers = new(StringComparer.Ordinal)
    {
        ["clinical-staff"] = Performer.ClinicalStaff, ["billing-practitioner"] = Performer.BillingPractitioner, ["non-clinical"] = Performer.NonClinical,
    };

    public static ScenarioReadResult Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException ex)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1}");
            return ScenarioReadResult.Invalid($"$: not valid JSON at {at}: {FirstSentence(ex.Message)}");
        }

        using (document)
        {
            var errors = new List<string>();
            var facts = ReadRoot(document.RootElement, errors);
            return errors.Count == 0 && facts is not null ? new ScenarioReadResult(facts, []) : new ScenarioReadResult(null, errors);
        }
    }

    private static MonthFacts? ReadRoot(JsonElement root, List<string> errors)
    {
        var fields = JsonFields.Object(root, "$", errors);
        if (fields is null)
        {
            return null;
        }

        var month = ReadMonth(fields);
        var (zone, placeOfService, setting) = ReadPractice(fields.Child("practice", required: true));
        var practitioner = ReadPractitioner(fields.Child("billingPractitioner", required: true));
        var patient = ReadPatient(fields.Child("patient", required: true));
        var program = fields.Choice("program", required: true, Programs);
        var enrollment = ReadEnrollment(fields.Child("enrollment", required: false));
        var consent = ReadConsent(fields.Child("consent", required: false));
        var visits = fields.Array("visits").Select(v => ReadVisit(v.Item, v.Path, errors)).ToList();
        var carePlan = ReadCarePlan(fields.Child("carePlan", required: false));
        var complexity = fields.Choice("complexity", required: false, Complexities) ?? Complexity.None;
        var entries = fields.Array("timeEntries").Select(e => ReadEntry(e.Item, e.Path, zone, errors)).ToList();
        var services = fields.Array("otherServices").Select(s => ReadService(s.Item, s.Path, errors)).ToList();
        fields.RejectUnknown();

        if (errors.Count > 0 || month is null || zone is null || practitioner is null || patient is null || program is null)
        {
            return null;
        }

        return new MonthFacts
        {
            Month = month.Value,
            TimeZone = zone,
            PlaceOfService = placeOfService!,
            Setting = setting,
            BillingPractitioner = practitioner,
            Patient = patient,
            Program = program.Value,
            Enrollment = enrollment,
            Consent = consent,
            Visits = visits.OfType<BillingVisitFact>().ToList(),
            CarePlan = carePlan,
            Complexity = complexity,
            TimeEntries = entries.OfType<TimeEntryFact>().ToList(),
            OtherServices = services.OfType<OtherServiceFact>().ToList(),
        };
    }

    private static BillingMonth? ReadMonth(JsonFields fields)
    {
        var text = fields.String("month", required: true);
        if (text is null)
        {
            return null;
        }

        var parsed = BillingMonth.TryParse(text);
        if (!parsed.IsValid)
        {
            fields.Fail("month", parsed.Error!);
            return null;
        }

        if (RuleSets.For(parsed.Value) is null)
        {
            fields.Fail("month", $"Chronicle has no billing rules for {parsed.Value.Year}; it has them for {RuleSets.YearsCovered}.");
            return null;
        }

        return parsed.Value;
    }

    private static (PracticeTimeZone? Zone, string? PlaceOfService, BillingSetting Setting) ReadPractice(JsonFields? practice)
    {
        if (practice is null)
        {
            return (null, null, BillingSetting.ProfessionalOffice);
        }

        PracticeTimeZone? zone = null;
        if (practice.String("timeZone", required: true) is { } id)
        {
            var parsed = PracticeTimeZone.TryParse(id);
            zone = parsed.Value;
            if (!parsed.IsValid)
            {
                practice.Fail("timeZone", parsed.Error!);
            }
        }

        var pos = practice.String("placeOfService", required: true);
        if (pos is not null && (pos.Length != 2 || !pos.All(char.IsAsciiDigit)))
        {
            practice.Fail("placeOfService", $"'{pos}' is not a CMS place-of-service code (two digits, e.g. 11).");
        }

        // Optional and new: a scenario without it is an office, as every scenario was before.
        var setting = BillingSetting.ProfessionalOffice;
        if (practice.String("billingSetting", required: false) is { } code)
        {
            var parsed = BillingSettings.TryParse(code);
            setting = parsed.Value;
            if (!parsed.IsValid)
            {
                practice.Fail("billingSetting", parsed.Error!);
            }
        }

        practice.RejectUnknown();
        return (zone, pos, setting);
    }

    private static PractitionerFact? ReadPractitioner(JsonFields? fields)
    {
        if (fields is null)
        {
            return null;
        }

        var npi = fields.String("npi", required: true, nonEmpty: false);
        var credential = fields.String("credential", required: false);
        fields.RejectUnknown();
        return npi is null ? null : new PractitionerFact(npi, credential);
    }

    private static PatientFact? ReadPatient(JsonFields? fields)
    {
        if (fields is null)
        {
            return null;
        }

        var mbi = fields.String("mbi", required: false, nonEmpty: false);
        var birthDate = fields.Date("birthDate", required: false);
        var qmb = fields.Bool("qmb", required: false) ?? false;
        var conditions = fields.Array("conditions").Select(c => ReadCondition(c.Item, c.Path, fields.Errors)).OfType<BillingConditionFact>().ToList();
        fields.RejectUnknown();
        return new PatientFact(mbi, birthDate, qmb, conditions);
    }

    private static BillingConditionFact? ReadCondition(JsonElement item, string path, List<string> errors)
    {
        var fields = JsonFields.Object(item, path, errors);
        if (fields is null)
        {
            return null;
        }

        var code = fields.String("code", required: true);
        var onset = fields.Date("onset", required: false);
        var abatement = fields.Date("abatement", required: false);
        var chronic = fields.Bool("chronic", required: false);
        if (onset is { } start && abatement is { } end && end < start)
        {
            fields.Fail("abatement", string.Create(CultureInfo.InvariantCulture, $"{end:yyyy-MM-dd} is before the onset {start:yyyy-MM-dd}."));
        }

        fields.RejectUnknown();
        return code is null ? null : new BillingConditionFact(code, onset, abatement, chronic);
    }

    // System.Text.Json appends "Path: $ | LineNumber: ..." to its messages; the position is reported separately.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}

/// <summary>The facts of a valid scenario, or every problem found, each starting with its JSON path.</summary>
public sealed record ScenarioReadResult(MonthFacts? Facts, IReadOnlyList<string> Errors)
{
    public bool IsValid => Facts is not null;

    public static ScenarioReadResult Invalid(string error) => new(null, [error]);
}
