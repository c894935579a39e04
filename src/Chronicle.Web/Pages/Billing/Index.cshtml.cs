namespace Chronicle.Web.Pages.Billing;

using Chronicle.Application.Claims;
using Chronicle.Application.Common;
using Chronicle.Application.MonthClose;
using Chronicle.Application.Statements;
using Chronicle.Domain.Billing.Claims;
using Chronicle.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

/// <summary>
/// Billing review by month and status: close the month, each claim with its lines, minutes,
/// reasons and explanation, approve or hold, replace or void an exported claim, totals of expected
/// payment and of the money billed, paid, denied and outstanding, the 837P export and download, the
/// clearinghouse's Submit and Fetch buttons (posted to <see cref="SubmitModel"/>), and the patient statements to send. The query string (month, status) is the state.
/// </summary>
public sealed class IndexModel(
    ListClaims list, ChangeClaimStatus change, CloseMonth close, ExportClaims export, GetClaimFile files,
    ListStatements statements, GetStatementPdf statementPdf, MarkStatementSent markSent, CorrectClaim correct, ListUnclaimedDecisions unclaimed,
    GetClaimMoney money, Application.Submission.ClaimTransports transports, TimeProvider clock) : PageModel
{
    /// <summary>The filter value for decisions without a claim (a decision status, not a claim status).</summary>
    public const string NotBillable = "not-billable";

    [BindProperty(SupportsGet = true, Name = "month")]
    public string? MonthText { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    /// <summary>Only claims whose patient name, MRN or claim number contains this text.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    public BillingMonth Month { get; private set; }

    public ClaimList? Claims { get; private set; }

    /// <summary>The month's decisions without a claim (not billable), with their reasons; empty when filtering by a claim status.</summary>
    public IReadOnlyList<UnclaimedDecision> Unclaimed { get; private set; } = [];

    public IReadOnlyList<ClaimFileSummary> Files { get; private set; } = [];

    public IReadOnlyList<StatementRow> Statements { get; private set; } = [];

    public BusinessError? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    /// <summary>What Submit or Fetch (<see cref="SubmitModel"/>) could not do, shown as an alert.</summary>
    [TempData(Key = SubmitModel.ErrorKey)]
    public string? SubmitError { get; set; }

    /// <summary>The month's billed, paid, denied and outstanding amounts (ADR 0250).</summary>
    public MonthMoney? Money { get; private set; }

    /// <summary>The configured clearinghouse transport ('folder', 'sftp'), or null with <see cref="SubmitProblems"/> saying what is missing.</summary>
    public string? Transport => transports.ConfiguredName;

    public IReadOnlyList<string> SubmitProblems => transports.Problems();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCloseAsync(bool early, CancellationToken cancellationToken)
    {
        ResolveMonth();
        var result = await close.ExecuteAsync(Month, early, null, cancellationToken);
        return await AfterAsync(result.Error, result.Value is { } r
            ? $"Closed {Month}: {r.Rows.Count} patient-months; {r.Tally.Created} new, {r.Tally.Updated} changed, {r.Tally.Unchanged} unchanged, {r.Tally.Locked} already approved or exported.{string.Concat(r.Repairs.Select(x => $" Repaired: {x}."))}"
            : null, cancellationToken);
    }

    public async Task<IActionResult> OnPostApproveAsync(string? claim, CancellationToken cancellationToken) => await ChangeAsync(ClaimAction.Approve, claim, null, cancellationToken);

    /// <summary>A held claim, approved on its own once the biller confirms that the reason for the hold is resolved.</summary>
    public async Task<IActionResult> OnPostApproveHeldAsync(string? claim, bool confirm, CancellationToken cancellationToken)
    {
        if (confirm && !string.IsNullOrWhiteSpace(claim))
        {
            return await ChangeAsync(ClaimAction.Approve, claim, null, cancellationToken);
        }

        ResolveMonth();
        return await AfterAsync(new BusinessError(ClaimCodes.HeldNeedsConfirmation, "This claim is on hold. Tick the box to confirm that the reason for the hold is resolved, then approve it."), null, cancellationToken);
    }

    /// <summary>The claims ticked in the table: approve or hold them together; approving leaves held claims alone, as "approve all" does.</summary>
    public async Task<IActionResult> OnPostBulkAsync(string? act, [FromForm] List<Guid> selected, string? note, CancellationToken cancellationToken)
    {
        ResolveMonth();
        var action = act == "hold" ? ClaimAction.Hold : ClaimAction.Approve;
        if (selected.Count == 0)
        {
            return await AfterAsync(new BusinessError(ClaimCodes.NotFound, "Tick the claims to change first."), null, cancellationToken);
        }

        var result = await change.ExecuteSelectedAsync(action, Month, selected, note, null, cancellationToken);
        var skipped = selected.Count - (result.Value?.Claims.Count ?? 0);
        return await AfterAsync(result.Error, result.Value is { } r
            ? $"{(action == ClaimAction.Approve ? "Approved" : "Held")} {r.Claims.Count} of the {selected.Count} claims chosen{(skipped > 0 ? $"; {skipped} left alone ({(action == ClaimAction.Approve ? "held, blocked, or already approved or exported: approve a held claim on its own" : "already exported or held")})" : string.Empty)}."
            : null, cancellationToken);
    }

    public async Task<IActionResult> OnPostHoldAsync(string? claim, string? note, CancellationToken cancellationToken) => await ChangeAsync(ClaimAction.Hold, claim, note, cancellationToken);

    public async Task<IActionResult> OnPostCorrectAsync(string? claim, bool voidIt, string? reference, string? reason, CancellationToken cancellationToken)
    {
        ResolveMonth();
        var result = await correct.ExecuteAsync(voidIt ? CorrectionKind.Void : CorrectionKind.Replace, claim ?? string.Empty, reference, reason, null, cancellationToken);
        return await AfterAsync(result.Error, result.Value is { } r
            ? Corrected(voidIt, r)
            : null, cancellationToken);
    }

    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        ResolveMonth();
        var result = await export.ExecuteAsync(Month, null, null, cancellationToken);
        if (result.Value is not { } run)
        {
            return await AfterAsync(result.Error, null, cancellationToken);
        }

        // One receiver: the file itself; several: each is listed with the month's files to download.
        return run.Files is [var file]
            ? File(System.Text.Encoding.UTF8.GetBytes(file.Text), "application/edi-x12", file.FileName)
            : await AfterAsync(null, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Wrote {run.Files.Count} claim files, one per receiver: {string.Join(", ", run.Files.Select(f => $"{f.ReceiverId} (control number {f.ControlNumber}, {f.Claims.Count} claims)"))}. Download each from the files below."), cancellationToken);
    }

    public async Task<IActionResult> OnGetFileAsync(long controlNumber, CancellationToken cancellationToken)
    {
        var result = await files.ExecuteAsync(controlNumber, null, cancellationToken);
        return result.Value is { } file ? File(System.Text.Encoding.UTF8.GetBytes(file.Text), "application/edi-x12", file.FileName) : NotFound();
    }

    public async Task<IActionResult> OnGetStatementAsync(Guid claim, CancellationToken cancellationToken)
    {
        ResolveMonth();
        var result = await statementPdf.ExecuteAsync(Month, claim, null, cancellationToken);
        return result.Value is { } document ? File(document.Pdf, "application/pdf", document.FileName) : await AfterAsync(result.Error, null, cancellationToken);
    }

    public async Task<IActionResult> OnPostSentAsync(Guid claim, CancellationToken cancellationToken)
    {
        ResolveMonth();
        var result = await markSent.ExecuteAsync(Month, claim, null, cancellationToken);
        return await AfterAsync(result.Error, "Statement marked sent.", cancellationToken);
    }

    private static string Corrected(bool voidIt, ClaimCorrection r)
    {
        if (voidIt)
        {
            return $"Voided {r.Corrected} by {r.ClaimNumber} (frequency 8); it is approved and goes out in the next export.";
        }

        var what = r.ClaimNumber == r.Corrected ? $"Reopened {r.Corrected} (never sent)" : $"Replaced {r.Corrected} by {r.ClaimNumber} (frequency 7)";
        return $"{what}, {r.Status}; the patient's time in {r.Month} is open for the change. Enter the time, close the month again, then approve and export.";
    }

    public static string Dollars(long cents) => (cents / 100m).ToString("$#,##0.00", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<IActionResult> ChangeAsync(ClaimAction action, string? claim, string? note, CancellationToken cancellationToken)
    {
        ResolveMonth();
        var result = await change.ExecuteAsync(action, Month, string.IsNullOrWhiteSpace(claim) ? null : claim, note, null, cancellationToken);
        return await AfterAsync(result.Error, result.Value is { } r
            ? $"{(action == ClaimAction.Approve ? "Approved" : "Held")} {r.Claims.Count} claims."
            : null, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(BusinessError? error, string? message, CancellationToken cancellationToken)
    {
        if (error is not null)
        {
            Error = error;
            await LoadAsync(cancellationToken);
            return Page();
        }

        Message = message;
        return RedirectToPage(new { month = Month.ToString(), status = Status, q = Search });
    }

    private void ResolveMonth()
    {
        var parsed = BillingMonth.TryParse(MonthText);
        Month = parsed.IsValid ? parsed.Value : BillingMonth.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).Previous();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ResolveMonth();
        var onlyUnclaimed = string.Equals(Status, NotBillable, StringComparison.Ordinal);
        var claimStatus = ClaimStatuses.FromCode(Status);
        var result = await list.ExecuteAsync(Month, claimStatus, null, cancellationToken);
        if (result.Value is null)
        {
            Error ??= result.Error;
            return;
        }

        Claims = onlyUnclaimed ? result.Value with { Claims = [] } : result.Value;
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var text = Search.Trim();
            Claims = Claims with
            {
                Claims = [.. Claims.Claims.Where(c => c.PatientName.Contains(text, StringComparison.OrdinalIgnoreCase) || c.Mrn.Contains(text, StringComparison.OrdinalIgnoreCase) || c.ClaimNumber.Contains(text, StringComparison.OrdinalIgnoreCase))],
            };
        }

        Unclaimed = claimStatus is null ? (await unclaimed.ExecuteAsync(Month, null, cancellationToken)).Value?.Rows ?? [] : [];
        Files = (await files.ListAsync(Month, null, cancellationToken)).Value ?? [];
        Statements = (await statements.ExecuteAsync(Month, null, cancellationToken)).Value ?? [];
        Money = (await money.ExecuteAsync(Month, Month, null, cancellationToken)).Value?[0];
    }
}
