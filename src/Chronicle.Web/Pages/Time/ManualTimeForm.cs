namespace Chronicle.Web.Pages.Time;

using System.Text.Json;

/// <summary>
/// The patient page's manual time form as posted. After a refusal it travels back to the page
/// (through TempData) so that the form shows again with everything the person typed.
/// <see cref="End"/> is when the work ended in the practice's local time (the form's default is
/// now); <see cref="Start"/> is accepted instead, as the API takes it.
/// </summary>
public sealed class ManualTimeForm
{
    private const string Key = "ManualTimeForm";

    public string? Program { get; set; }

    public string? Activity { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public int? Minutes { get; set; }

    public string? Note { get; set; }

    public bool Inpatient { get; set; }

    public string? Reason { get; set; }

    /// <summary>The person confirmed an entry longer than the practice's long-entry limit.</summary>
    public bool ConfirmLong { get; set; }

    /// <summary>The code of the refusal this form comes back with; null on a first visit.</summary>
    public string? RefusedCode { get; set; }

    public string? RefusedMessage { get; set; }

    public void Keep(IDictionary<string, object?> tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[Key] = JsonSerializer.Serialize(this);
    }

    public static ManualTimeForm? Kept(IDictionary<string, object?> tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        return tempData.TryGetValue(Key, out var value) && value is string json ? JsonSerializer.Deserialize<ManualTimeForm>(json) : null;
    }
}
