namespace Chronicle.Web.Pages.Patients;

using System.Text.Json;
using Chronicle.Application.Payers;

/// <summary>
/// The patient page's coverage form as posted (its names are the coverage CSV's columns). After a
/// refusal it travels back to the page through TempData, so the form shows again with what was
/// typed and the refusal beside the field at fault.
/// </summary>
public sealed class CoverageInput
{
    private const string Key = "CoverageInput";

    /// <summary>The coverage changed or ended; null for a new one.</summary>
    public Guid? CoverageId { get; set; }

    public string? PayerId { get; set; }

    public string? MemberId { get; set; }

    public string? PlanType { get; set; }

    public string? Order { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    /// <summary>The field the refusal is about (a coverage CSV column name), or null for one about the whole form.</summary>
    public string? RefusedField { get; set; }

    public string? RefusedCode { get; set; }

    public string? RefusedMessage { get; set; }

    /// <summary>'end' when the refusal came from the end form, so it shows there.</summary>
    public string? Form { get; set; }

    public CoverageForm ToForm() => new(PayerId, MemberId, PlanType, Order, Start, End);

    /// <summary>The refusal of this field on the form for <paramref name="coverageId"/> (null: the new-coverage form), or null.</summary>
    public string? ErrorFor(Guid? coverageId, string field, string form = "edit") =>
        CoverageId == coverageId && RefusedField == field && (Form ?? "edit") == form ? RefusedMessage : null;

    public void Keep(IDictionary<string, object?> tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[Key] = JsonSerializer.Serialize(this);
    }

    public static CoverageInput? Kept(IDictionary<string, object?> tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        return tempData.TryGetValue(Key, out var value) && value is string json ? JsonSerializer.Deserialize<CoverageInput>(json) : null;
    }
}
