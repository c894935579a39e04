namespace Chronicle.Cli.Hosting;

using System.Globalization;
using System.Text.Json;
using Chronicle.Application.Audit;
using Chronicle.Cli.Commands;
using Spectre.Console;

/// <summary>How 'chronicle audit' prints: a verdict and the breaks, or a table of events; JSON with --json.</summary>
internal static class AuditOutput
{
    public static async Task<int> WriteVerificationAsync(CliConsole console, AuditVerification result, bool asJson)
    {
        if (asJson)
        {
            await console.Output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                intact = result.IsIntact,
                events = result.Checked,
                head = result.Head is { } head ? new { sequence = head.Sequence, hash = head.Hash } : null,
                firstKeyed = result.FirstKeyed,
                keyConfigured = result.KeyConfigured,
                anchors = result.Anchors,
                firstBroken = result.FirstBreak?.Sequence,
                breakCount = result.BreakCount,
                breaks = result.Breaks.Select(b => new { sequence = b.Sequence, kind = Kind(b.Kind), message = b.Message }),
            }, CommonOptions.Json));
        }
        else if (result.IsIntact)
        {
            await console.Output.WriteLineAsync(result.Head is { } head
                ? string.Create(CultureInfo.InvariantCulture, $"The audit trail is intact: {result.Checked} events, ending at event {head.Sequence} (hash {head.Hash}).")
                : "The audit trail is empty.");
            await console.Output.WriteLineAsync(Keying(result));
        }
        else
        {
            foreach (var b in result.Breaks)
            {
                await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"event {b.Sequence}: {Kind(b.Kind)}: {b.Message}"));
            }

            if (result.BreakCount > result.Breaks.Count)
            {
                await console.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"... and {result.BreakCount - result.Breaks.Count} more."));
            }
        }

        if (result.FirstBreak is { } first)
        {
            await console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"error: the audit trail is broken at event {first.Sequence}: {first.Message} ({result.BreakCount} problem(s) in {result.Checked} events)"));
            return ExitCodes.BusinessError;
        }

        return ExitCodes.Ok;
    }

    private static string Keying(AuditVerification result)
    {
        var keyed = result.FirstKeyed switch
        {
            null when result.KeyConfigured => "No event is keyed yet.",
            null => "Events are not keyed: configure an audit key (Audit:KeyFile, or Audit:KeyId and Audit:Key) so that rewriting the end of the trail needs the key.",
            1 => "Every event is keyed.",
            { } first => string.Create(CultureInfo.InvariantCulture, $"Events from {first} on are keyed; the ones before are unkeyed (written before the key)."),
        };
        return result.Anchors == 0
            ? keyed + " No anchor checked (--anchor FILE)."
            : string.Create(CultureInfo.InvariantCulture, $"{keyed} {result.Anchors} anchor(s) found intact.");
    }

    public static void RenderEvents(CliConsole console, AuditEventPage page)
    {
        var table = new Table().Title("Audit trail, newest first (times in UTC)");
        table.AddColumns("#", "When", "User", "Role", "Surface", "Address", "Action", "Patient", "What");
        foreach (var e in page.Rows)
        {
            table.AddRow(
                e.Sequence.ToString(CultureInfo.InvariantCulture),
                e.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                Markup.Escape(e.ActorName),
                Markup.Escape(e.Role),
                e.Surface,
                Markup.Escape(e.Address ?? "-"),
                Markup.Escape(e.Action),
                Markup.Escape(e.PatientMrn ?? (e.PatientId is { } id ? id.ToString() : "-")),
                Markup.Escape(e.What));
        }

        console.Ansi.Write(table);
        console.Ansi.WriteLine(page.OlderBefore is { } older
            ? string.Create(CultureInfo.InvariantCulture, $"{page.Rows.Count} events shown; older ones with --before {older}.")
            : string.Create(CultureInfo.InvariantCulture, $"{page.Rows.Count} events shown; no older ones."));
    }

    /// <summary>edited, missing, relinked, … as scripts read them.</summary>
    public static string Kind(Domain.Audit.AuditBreakKind kind) => kind switch
    {
        Domain.Audit.AuditBreakKind.Edited => "edited",
        Domain.Audit.AuditBreakKind.Missing => "missing",
        Domain.Audit.AuditBreakKind.Relinked => "relinked",
        Domain.Audit.AuditBreakKind.OutOfOrder => "out-of-order",
        Domain.Audit.AuditBreakKind.BeyondHead => "beyond-head",
        Domain.Audit.AuditBreakKind.HeadMismatch => "head-mismatch",
        Domain.Audit.AuditBreakKind.KeyUnknown => "key-unknown",
        Domain.Audit.AuditBreakKind.Unkeyed => "unkeyed",
        Domain.Audit.AuditBreakKind.AnchorMismatch => "anchor-mismatch",
        Domain.Audit.AuditBreakKind.AnchorMissing => "anchor-missing",
        _ => "head-missing",
    };
}
