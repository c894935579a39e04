namespace Chronicle.IntegrationTests.Outreach;

using System.Text;
using Chronicle.Application.Outreach;
using Chronicle.Application.Security;
using Chronicle.Domain.Outreach;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using static Chronicle.IntegrationTests.Outreach.OutreachWorld;

/// <summary>The enrollment call list, its attempts, letters and mailing export (issue 20 item 6), on both databases.</summary>
public sealed class OutreachTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_call_list_puts_call_backs_due_today_first_then_calls_due_then_later_ones(string provider)
    {
        await using var world = await CreateAsync(provider);
        Assert.Equal(3, Ok(await world.ListAsync(["LK1001", "LK1002", "LK1003"])));

        Ok(await world.AttemptAsync("LK1001", "call-back", "2026-03-13T10:00", new DateOnly(2026, 3, 20)));
        Ok(await world.AttemptAsync("LK1002", "call-back", "2026-03-13T10:00", new DateOnly(2026, 3, 15), "Asked for Sunday"));
        Ok(await world.AttemptAsync("LK1003", "no-answer", "2026-03-14T09:30"));
        var list = Ok(await world.CallListAsync());
        var mine = Ok(await world.CallListAsync(world.Staff(Nurse)));
        var nobodys = Ok(await world.CallListAsync(world.Staff("LS-01")));

        Assert.Equal(["LK1002", "LK1003", "LK1001"], list.Rows.Select(r => r.Mrn));
        Assert.Equal([true, true, false], list.Rows.Select(r => r.Due));
        Assert.True(list.Rows[0].Status.CallBack);
        Assert.Equal("Asked for Sunday", list.Rows[0].Status.Last!.Note);
        Assert.Equal("Tomas Reyes, RN", list.Rows[0].Status.CareManager);
        Assert.Equal(new DateTime(2026, 3, 15, 11, 0, 0), list.Now);
        Assert.Equal(3, mine.Rows.Count);
        Assert.Empty(nobodys.Rows);
        Assert.Equal(3, nobodys.Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_declined_patient_leaves_the_list_and_is_not_listed_again_without_a_reason(string provider)
    {
        await using var world = await CreateAsync(provider);
        Ok(await world.ListAsync(["LK1001", "LK1002"]));

        Ok(await world.AttemptAsync("LK1001", "declined", note: "Not interested"));
        var afterDecline = Ok(await world.CallListAsync());
        var refused = Refused(await world.ListAsync(["LK1001", "LK1003"]), OutreachCodes.Declined);
        var afterRefusal = Ok(await world.CallListAsync());
        world.Clock.Advance(TimeSpan.FromMinutes(20));
        Ok(await world.ListAsync(["LK1001"], reason: "Daughter called: she would like to hear more"));
        var relisted = Ok(await world.CallListAsync());
        await using var db = world.Database.NewContext();
        var reasons = await db.OutreachListings.Where(l => l.Reason != null).Select(l => l.Reason).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["LK1002"], afterDecline.Rows.Select(r => r.Mrn));
        Assert.Contains("Whitfield, Eleanor declined care management on March 15, 2026", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["LK1002"], afterRefusal.Rows.Select(r => r.Mrn));
        Assert.Equal(["LK1001", "LK1002"], relisted.Rows.Select(r => r.Mrn).Order());
        Assert.Equal(["Daughter called: she would like to hear more"], reasons);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Attempts_default_to_now_in_the_practice_zone_are_refused_in_the_future_and_show_on_the_patient_page(string provider)
    {
        await using var world = await CreateAsync(provider);
        Ok(await world.ListAsync(["LK1001"]));

        var future = Refused(await world.AttemptAsync("LK1001", "no-answer", "2026-03-15T11:30"), OutreachCodes.Future);
        Refused(await world.AttemptAsync("LK1001", "call-back"), OutreachCodes.CallBackDate);
        Refused(await world.AttemptAsync("LK1001", "voicemail"), RecordOutreachAttempt.InvalidCode);
        Ok(await world.AttemptAsync("LK1001", "left-message", "2026-03-14T15:00"));
        var reached = Ok(await world.AttemptAsync("LK1001", "reached"));
        var page = Ok(await world.PatientAsync("LK1001"));
        var row = Ok(await world.CallListAsync()).Rows.Single();

        Assert.Contains("it is 11:00 on March 15 in the practice", future.Message, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2026, 3, 15, 11, 0, 0), reached.At);
        Assert.Equal(["reached", "left-message"], page.Attempts.Select(a => a.Outcome));
        Assert.Equal("operator", page.Attempts[0].RecordedBy);
        Assert.True(page.Status.Reached);
        Assert.True(row.Status.Reached);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Read_only_roles_see_the_list_but_cannot_list_record_or_print(string provider)
    {
        await using var world = await CreateAsync(provider);
        Ok(await world.ListAsync(["LK1001"]));
        var auditor = world.StaffActor(Roles.Auditor);
        var biller = world.StaffActor(Roles.Biller);
        var careManager = world.StaffActor(Roles.CareManager);

        var seen = Ok(await world.CallListAsync(actor: biller));
        Refused(await world.ListAsync(["LK1002"], actor: auditor), PatientAccess.NoAccessCode);
        Refused(await world.AttemptAsync("LK1001", "no-answer", actor: biller), PatientAccess.NoAccessCode);
        var letters = await world.RunAsync<PrintOutreachLetters, Chronicle.Application.Common.Result<OutreachFile>>(
            u => u.ExecuteAsync([world.Patient("LK1001")], TestContext.Current.CancellationToken), auditor);
        Refused(letters, PatientAccess.NoAccessCode);
        Ok(await world.AttemptAsync("LK1001", "no-answer", actor: careManager));
        Refused(await world.ListAsync(["LK1002"], caller: Clerk), Chronicle.Application.Enrollment.EnrollmentErrors.NotCareTeam);

        Assert.Equal(["LK1001"], seen.Rows.Select(r => r.Mrn));
        Assert.False(seen.CanWork);
        Assert.True(Ok(await world.CallListAsync(actor: careManager)).CanWork);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Letters_are_one_page_per_patient_record_a_letter_sent_and_the_mailing_export_has_their_addresses(string provider)
    {
        await using var world = await CreateAsync(provider);
        Guid[] chosen = [world.Patient("LK1002"), world.Patient("LK1001")];
        Ok(await world.ListAsync(["LK1001"]));

        var letters = Ok(await world.RunAsync<PrintOutreachLetters, Chronicle.Application.Common.Result<OutreachFile>>(
            u => u.ExecuteAsync(chosen, TestContext.Current.CancellationToken)));
        var csv = Ok(await world.RunAsync<ExportOutreachMailing, Chronicle.Application.Common.Result<OutreachFile>>(
            u => u.ExecuteAsync(chosen, TestContext.Current.CancellationToken)));
        var row = Ok(await world.CallListAsync()).Rows.Single();
        await using var db = world.Database.NewContext();
        var ct = TestContext.Current.CancellationToken;
        var sent = await db.OutreachAttempts.CountAsync(a => a.Outcome == OutreachOutcome.LetterSent, ct);
        var exports = await db.AuditEvents.CountAsync(e => e.Action == "export", ct);

        using var pdf = PdfDocument.Open(letters.Content);
        Assert.Equal(2, pdf.NumberOfPages);
        Assert.Contains("MarcusO'Neill", Words(pdf, 1), StringComparison.Ordinal);
        Assert.Contains("EleanorWhitfield", Words(pdf, 2), StringComparison.Ordinal);
        Assert.DoesNotContain("Whitfield", Words(pdf, 1), StringComparison.Ordinal);
        Assert.Equal("care-management-letters-2026-03-15.pdf", letters.FileName);
        Assert.Equal(2, sent);
        Assert.Equal(4, exports);
        Assert.Equal(new DateOnly(2026, 3, 22), row.Status.DueOn);
        Assert.Equal(
            "mrn,first_name,last_name,address_line,city,state,zip\r\n" +
            "LK1002,Marcus,O'Neill,\"45 \"\"Old Mill\"\" Road\",Lakeside,IL,60602\r\n" +
            "LK1001,Eleanor,Whitfield,\"12 Orchard Lane, Apt 3\",Lakeside,IL,60601\r\n",
            Encoding.UTF8.GetString(csv.Content));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_command_line_lists_the_call_list_as_json(string provider)
    {
        await using var world = await CreateAsync(provider);
        Ok(await world.ListAsync(["LK1001"]));

        var result = await CliRunner.RunAsync(world.Database, "outreach", "list", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var row = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("LK1001", row.GetProperty("mrn").GetString());
        Assert.Equal("Tomas Reyes, RN", row.GetProperty("careManager").GetString());
    }

    private static string Words(PdfDocument pdf, int page) =>
        string.Concat(pdf.GetPage(page).GetWords().Select(w => w.Text));
}
