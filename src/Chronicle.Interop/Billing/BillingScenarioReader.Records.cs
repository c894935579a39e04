namespace Chronicle.Interop.Billing;

using System.Globalization;
using System.Text.Json;
using Chronicle.Domain.Billing;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Practices;

/// <summary>The scenario's month-specific records: enrollment, consent, visits, care plan, time entries, other services.</summary>
public static partial class BillingScenarioReader
{
    private static EnrollmentPeriodFact? ReadEnrollment(JsonFields? fields)
    {
        if (fields is null)
        {
            return null;
        }

        var start = fields.Date("start", required: true);
        var end = fields.Date("end", required: false);
        if (start is { } from && end is { } to && to < from)
        {
            fields.Fail("end", string.Create(CultureInfo.InvariantCulture, $"{to:yyyy-MM-dd} is before the start {from:yyyy-MM-dd}."));
        }

        fields.RejectUnknown();
        return start is null ? null : new EnrollmentPeriodFact(start.Value, end);
    }

    private static ConsentFact? ReadConsent(JsonFields? fields)
    {
        if (fields is null)
        {
            return null;
        }

        var date = fields.Date("date", required: true);
        var method = fields.Choice("method", required: true, Methods);
        var decision = fields.Choice("decision", required: true, Decisions);
        var npi = fields.String("billingNpi", required: true, nonEmpty: false);
        var disclosures = ConsentDisclosures.None;
        foreach (var (item, path) in fields.Array("disclosures"))
        {
            if (item.ValueKind == JsonValueKind.String && Disclosures.TryGetValue(item.GetString()!, out var flag))
            {
                disclosures |= flag;
            }
            else
            {
                fields.Errors.Add($"{path}: {JsonFields.Kind(item)} is not one of {string.Join(", ", Disclosures.Keys)}.");
            }
        }

        var revoked = fields.Date("revokedOn", required: false);
        fields.RejectUnknown();
        return date is null || method is null || decision is null || npi is null
            ? null
            : new ConsentFact(date.Value, method.Value, decision.Value, npi, disclosures, revoked);
    }

    private static BillingVisitFact? ReadVisit(JsonElement item, string path, List<string> errors)
    {
        var fields = JsonFields.Object(item, path, errors);
        if (fields is null)
        {
            return null;
        }

        var date = fields.Date("date", required: true);
        var code = fields.String("code", required: true);
        var npi = fields.String("npi", required: true, nonEmpty: false);
        fields.RejectUnknown();
        return date is null || code is null || npi is null ? null : new BillingVisitFact(date.Value, code, npi);
    }

    private static CarePlanFact? ReadCarePlan(JsonFields? fields)
    {
        if (fields is null)
        {
            return null;
        }

        var complete = fields.Bool("complete", required: true);
        var lastActivity = fields.Date("lastActivity", required: false);
        var copy = fields.Date("copyProvidedOn", required: false);
        fields.RejectUnknown();
        return complete is null ? null : new CarePlanFact(complete.Value, lastActivity, copy);
    }

    private static TimeEntryFact? ReadEntry(JsonElement item, string path, PracticeTimeZone? zone, List<string> errors)
    {
        var fields = JsonFields.Object(item, path, errors);
        if (fields is null)
        {
            return null;
        }

        var start = ReadLocalStart(fields, zone);
        var minutes = fields.Int("minutes", required: true, 1, Minutes.MaxPerMonth);
        var performer = fields.Choice("performer", required: true, Performers);
        var staffId = fields.String("staffId", required: true);
        var activity = fields.String("activity", required: false);
        var inpatient = fields.Bool("inpatient", required: false) ?? false;
        fields.RejectUnknown();
        return start is null || minutes is null || performer is null || staffId is null
            ? null
            : new TimeEntryFact(start.Value, minutes.Value, performer.Value, staffId, activity, inpatient);
    }

    private static DateTimeOffset? ReadLocalStart(JsonFields fields, PracticeTimeZone? zone)
    {
        var text = fields.String("start", required: true);
        if (text is null)
        {
            return null;
        }

        if (!DateTime.TryParseExact(text, ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            fields.Fail("start", $"'{text}' is not a local date and time in the form YYYY-MM-DDTHH:MM (no offset: times are local to practice.timeZone).");
            return null;
        }

        if (zone is null)
        {
            return null;
        }

        var instant = zone.TryToInstant(local);
        if (!instant.IsValid)
        {
            fields.Fail("start", instant.Error!);
            return null;
        }

        return instant.Value;
    }

    private static OtherServiceFact? ReadService(JsonElement item, string path, List<string> errors)
    {
        var fields = JsonFields.Object(item, path, errors);
        if (fields is null)
        {
            return null;
        }

        var code = fields.String("code", required: true);
        var date = fields.Date("date", required: true);
        var npi = fields.String("npi", required: true, nonEmpty: false);
        fields.RejectUnknown();
        return code is null || date is null || npi is null ? null : new OtherServiceFact(code, date.Value, npi);
    }
}
