namespace Chronicle.Web.Pages.Audit;

using System.Globalization;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Importing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// The auditor's view of the trail: a GET form (patient MRN, user, action, UTC period) whose query
/// string is the whole state, events newest first a page at a time, and whether the chain is
/// intact. Verifying reads every event, so it runs on each view only while the trail is short and
/// otherwise when asked (verify=1), which is still a safe GET: it changes nothing.
/// </summary>
public sealed class IndexModel(ListAuditEvents events, VerifyAuditTrail verifier) : PageModel
{
    /// <summary>Up to this many events the chain is verified on every view (well under a second).</summary>
    public const long AutoVerifyLimit = 100_000;

    [BindProperty(SupportsGet = true, Name = "patient")]
    public string? Patient { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "before")]
    public long? Before { get; set; }

    [BindProperty(SupportsGet = true, Name = "verify")]
    public bool Verify { get; set; }

    public AuditEventPage? Events { get; private set; }

    public BusinessError? Error { get; private set; }

    /// <summary>Problems with the date fields, by field name.</summary>
    public Dictionary<string, string> FieldErrors { get; } = new(StringComparer.Ordinal);

    public AuditVerification? Verification { get; private set; }

    /// <summary>The trail's length when it was too long to verify on every view.</summary>
    public long? UnverifiedLength { get; private set; }

    public bool IsFiltered => new[] { Patient, UserName, Action, From, To }.Any(v => !string.IsNullOrWhiteSpace(v));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var from = ParseDate("from", From);
        var to = ParseDate("to", To);
        var length = await verifier.LengthAsync(cancellationToken);
        if (Verify || length <= AutoVerifyLimit)
        {
            Verification = await verifier.ExecuteAsync(NoProgress.Instance, cancellationToken);
        }
        else
        {
            UnverifiedLength = length;
        }

        if (FieldErrors.Count > 0)
        {
            return;
        }

        var result = await events.ExecuteAsync(new AuditQuery(Patient, UserName, Action, from, to, Before), cancellationToken);
        Events = result.Value;
        Error = result.Error;
    }

    /// <summary>This view with other values for some parameters; blank ones are left out.</summary>
    public string Href(long? before = null, bool verify = false) => Url.Page("/Audit/Index", new
    {
        patient = Blank(Patient),
        user = Blank(UserName),
        action = Blank(Action),
        from = Blank(From),
        to = Blank(To),
        before,
        verify = verify ? "true" : null,
    })!;

    public static string When(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private DateOnly? ParseDate(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        FieldErrors[field] = $"'{text}' is not a date in the form YYYY-MM-DD.";
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
