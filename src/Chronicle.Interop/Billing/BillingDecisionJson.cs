namespace Chronicle.Interop.Billing;

using System.Text.Encodings.Web;
using System.Text.Json;
using Chronicle.Domain.Billing;

/// <summary>
/// Writes a decision in the output shape of docs/spec/billing-scenario.md: status, claim (absent when
/// not-billable), countedMinutes, reasons {code, message, source} and explanation. Month close's
/// --json adds its own leading fields (mrn, program) through <paramref name="lead"/>.
/// </summary>
public static class BillingDecisionJson
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,

        // The output is read by people and scripts, not embedded in HTML: keep ×, $ and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Utf8JsonWriter writer, BillingDecision decision, IEnumerable<KeyValuePair<string, string>>? lead = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(decision);
        writer.WriteStartObject();
        foreach (var (name, value) in lead ?? [])
        {
            writer.WriteString(name, value);
        }

        writer.WriteString("status", decision.Status.ToCode());
        if (decision.Claim is { } claim)
        {
            writer.WriteStartObject("claim");
            writer.WriteString("billingNpi", claim.BillingNpi);
            writer.WriteString("dateOfService", claim.DateOfService.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("placeOfService", claim.PlaceOfService);
            writer.WriteStartArray("diagnoses");
            foreach (var diagnosis in claim.Diagnoses)
            {
                writer.WriteStringValue(diagnosis);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("lines");
            foreach (var line in claim.Lines)
            {
                writer.WriteStartObject();
                writer.WriteString("code", line.Code.Value);
                writer.WriteNumber("units", line.Units);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteStartObject("countedMinutes");
        writer.WriteNumber("clinicalStaff", decision.CountedMinutes.ClinicalStaff);
        writer.WriteNumber("billingPractitioner", decision.CountedMinutes.BillingPractitioner);
        writer.WriteEndObject();
        writer.WriteStartArray("reasons");
        foreach (var reason in decision.Reasons)
        {
            writer.WriteStartObject();
            writer.WriteString("code", reason.Code);
            writer.WriteString("message", reason.Message);
            writer.WriteString("source", reason.Source);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("explanation");
        foreach (var line in decision.Explanation)
        {
            writer.WriteStringValue(line);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static string ToJson(BillingDecision decision)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, decision);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
