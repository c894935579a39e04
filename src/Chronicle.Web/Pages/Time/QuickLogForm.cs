namespace Chronicle.Web.Pages.Time;

using System.Text.Json;
using Chronicle.Domain.Time;

/// <summary>
/// A worklist row's quick log: minutes of one activity for the row's program, ended just now.
/// After a refusal it travels back to the worklist (through TempData) so that the row's form opens
/// again with the minutes typed and the refusal beside them.
/// </summary>
public sealed class QuickLogForm
{
    public const string MessageKey = "QuickLogMessage";

    /// <summary>The activity a quick log defaults to: the worklist is the list of calls to make.</summary>
    public static readonly string DefaultActivity = TimeActivity.PhoneCall.ToCode();

    private const string Key = "QuickLogForm";

    public Guid PatientId { get; set; }

    public string? PatientName { get; set; }

    public string? Program { get; set; }

    public string? Activity { get; set; }

    public int? Minutes { get; set; }

    public bool ConfirmLong { get; set; }

    public string? ReturnUrl { get; set; }

    public string? RefusedCode { get; set; }

    public string? RefusedMessage { get; set; }

    /// <summary>The id of a worklist row's quick-log form, its anchor after a refusal.</summary>
    public static string RowId(Guid patientId, string? program) => $"quick-{patientId:N}-{program}";

    public void Keep(IDictionary<string, object?> tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[Key] = JsonSerializer.Serialize(this);
    }

    public static QuickLogForm? Kept(IDictionary<string, object?> tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        return tempData.TryGetValue(Key, out var value) && value is string json ? JsonSerializer.Deserialize<QuickLogForm>(json) : null;
    }
}
