namespace Chronicle.Web.Pages.Admin;

using System.Globalization;
using Chronicle.Application.Common;
using Chronicle.Application.Time.Rules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>The administrator's page for the practice's time rules (back-date limit, long-timer question).</summary>
public sealed class TimeRulesModel(PracticeTimeRules rules) : PageModel
{
    [BindProperty]
    public string? BackdateDays { get; set; }

    [BindProperty]
    public string? LongTimerMinutes { get; set; }

    public TimeRulesView? Current { get; private set; }

    public BusinessError? Error { get; private set; }

    /// <summary>The form field the error is about, so it is marked invalid and described.</summary>
    public string? InvalidField { get; private set; }

    public string? Status { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        BackdateDays = Current?.BackdateDays.ToString(CultureInfo.InvariantCulture);
        LongTimerMinutes = Current?.LongTimerMinutes.ToString(CultureInfo.InvariantCulture);
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        if (!int.TryParse(BackdateDays, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            (Error, InvalidField) = (new BusinessError(PracticeTimeRules.InvalidBackdateCode, $"The back-date limit is a whole number of days; '{BackdateDays}' is not."), "backdate-days");
        }
        else if (!int.TryParse(LongTimerMinutes, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
        {
            (Error, InvalidField) = (new BusinessError(PracticeTimeRules.InvalidLongTimerCode, $"The long-timer question comes after a whole number of minutes; '{LongTimerMinutes}' is not."), "long-timer");
        }
        else
        {
            var result = await rules.SetAsync(null, days, minutes, cancellationToken);
            Error = result.Error;
            InvalidField = Error?.Code switch
            {
                PracticeTimeRules.InvalidBackdateCode => "backdate-days",
                PracticeTimeRules.InvalidLongTimerCode => "long-timer",
                _ => null,
            };
            if (result.Value is { } saved)
            {
                Status = string.Create(CultureInfo.InvariantCulture,
                    $"Saved: entries dated more than {saved.BackdateDays} days back need a reason; a timer running past {saved.LongTimerMinutes} minutes asks before it is saved.");
            }
        }

        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var result = await rules.GetAsync(null, cancellationToken);
        Current = result.Value;
        Error ??= result.Error;
    }
}
