namespace Chronicle.IntegrationTests.Portal;

using System.Net;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Application.Demo;
using Chronicle.Application.MonthClose;
using Chronicle.Application.Security;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.Claims;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

/// <summary>The per-claim audit packet read back with PdfPig: consent, minutes, care-plan version, events; and who may download it.</summary>
public sealed class ClaimAuditPacketTests
{
    private const string DemoPractice = "Riverbend Family Medicine";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_packet_holds_the_consent_the_minutes_the_care_plan_version_and_the_events_around_them(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        Assert.Equal(0, (await world.RunAsync("claims", "approve", "--month", ClaimsWorld.Month, "--all")).ExitCode);
        await using var db = world.Database.NewContext();
        var patient = await db.Patients.AsNoTracking().SingleAsync(p => p.Mrn == "CL1001", Token);
        var claim = await db.BillingClaims.AsNoTracking().SingleAsync(c => c.PatientId == patient.Id, Token);
        var auditor = new Actor("auditor-1", "compliance@clinic.example", Roles.Auditor, AccessSurface.Web, null, patient.PracticeId);

        var byNumber = await Packet(world, auditor, claim.ClaimNumber.ToLowerInvariant());
        var byId = await Packet(world, auditor, claim.Id.ToString());

        Assert.True(byNumber.Succeeded, byNumber.Error?.ToString());
        Assert.Equal($"audit-packet-{claim.ClaimNumber}.pdf", byNumber.Value!.FileName);
        Assert.True(byId.Succeeded, byId.Error?.ToString());
        var text = Squeeze(PdfText(byNumber.Value.Pdf));
        string[] expected =
        [
            $"Audit packet: claim {claim.ClaimNumber}", "Eleanor Whitfield, MRN CL1001", "approved",
            "99490", "99439", "2026-03-17", "E119",
            "2. Consent", "2026-01-10", "verbal", "accepted", "Obtained by", "Tomas Reyes, RN", "Harriet Okafor, MD, NPI 1625384973",
            "Care management is available to the patient", "Cost sharing (coinsurance) may apply",
            "Only one practitioner can bill it in a calendar month", "The patient may stop at any time",
            "3. Minutes behind the claim", "2026-03-10 09:00", "2026-03-17 14:30", "phone-call", "care-coordination", "clinical-staff",
            "2 entries, 45 minutes",
            "4. Care plan", "Version in force", "Harriet Okafor", "2026-03-03 signed version 2",
            "5. Audit events", "billing close 2026-03", "claims 2026-03: 1 approved",
        ];
        foreach (var phrase in expected)
        {
            Assert.True(text.Contains(Squeeze(phrase), StringComparison.Ordinal), $"The packet lacks '{phrase}':\n{text}");
        }

        foreach (var disclosure in new[] { "available to the patient", "may apply", "in a calendar month", "effective at the end of the month" })
        {
            Assert.Contains(Squeeze(disclosure + " yes"), text, StringComparison.Ordinal);
        }

        var events = await db.AuditEvents.AsNoTracking().Where(e => e.PatientId == patient.Id && e.Action == "export").ToListAsync(Token);
        Assert.Equal(2, events.Count(e => e.What == $"claim audit packet {claim.ClaimNumber}" && e.Role == Roles.Auditor));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Care_managers_are_refused_and_another_practices_claim_is_not_found(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        await using var db = world.Database.NewContext();
        var claim = await db.BillingClaims.AsNoTracking().FirstAsync(Token);
        var nurse = new Actor("nurse", "nurse", Roles.CareManager, AccessSurface.Web, null, claim.PracticeId);
        var elsewhere = new Actor("biller", "biller", Roles.Biller, AccessSurface.Web, null, new PracticeId(Guid.CreateVersion7()));

        var refused = await Packet(world, nurse, claim.ClaimNumber);
        var unknown = await Packet(world, elsewhere, claim.ClaimNumber);

        Assert.Equal(GetClaimAuditPacket.NotAllowedCode, refused.Error?.Code);
        Assert.NotNull(unknown.Error);
        Assert.False(await db.AuditEvents.AnyAsync(e => e.What.StartsWith("claim audit packet"), Token));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Billers_and_auditors_download_the_packet_from_the_web_and_another_practices_claim_is_a_404(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider);
        Assert.Equal(0, (await world.RunAsync("billing", "close", "--month", ClaimsWorld.Month)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync(world.Database, "demo", "seed")).ExitCode);
        Guid foreign;
        await using (var db = world.Database.NewContext())
        {
            foreign = (await db.BillingClaims.AsNoTracking().FirstAsync(Token)).Id;
        }

        await using var app = new ChronicleAppFactory(world.Database);
        var month = await CloseDemoMonthAsync(world.Database);
        using var biller = await app.SignedInClientAsync(DemoSignIns.Biller);
        using var auditor = await app.SignedInClientAsync(DemoSignIns.Auditor);
        using var nurse = await app.SignedInClientAsync(DemoSignIns.CareManager);
        var (claimId, claimNumber) = await DemoClaimAsync(world.Database, month);

        var billing = await biller.GetStringAsync(new Uri($"/Billing?month={month}", UriKind.Relative), Token);
        using var fromBilling = await biller.GetAsync(new Uri($"/ClaimAudit/{claimId}", UriKind.Relative), Token);
        var auditPage = await auditor.GetStringAsync(new Uri("/Audit", UriKind.Relative), Token);
        using var fromAudit = await auditor.GetAsync(new Uri($"/ClaimAudit?claim={claimNumber}", UriKind.Relative), Token);
        using var other = await biller.GetAsync(new Uri($"/ClaimAudit/{foreign}", UriKind.Relative), Token);
        using var refused = await nurse.GetAsync(new Uri($"/ClaimAudit/{claimId}", UriKind.Relative), Token);

        Assert.Contains($"href=\"/ClaimAudit/{claimId}\"", billing, StringComparison.Ordinal);
        Assert.Contains("action=\"/ClaimAudit\"", auditPage, StringComparison.Ordinal);
        foreach (var response in new[] { fromBilling, fromAudit })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(claimNumber, PdfText(await response.Content.ReadAsByteArrayAsync(Token)), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static Task<Result<ClaimAuditPacketFile>> Packet(ClaimsWorld world, Actor actor, string claim) =>
        PortalData.RunAsync<GetClaimAuditPacket, Result<ClaimAuditPacketFile>>(world.Database, actor, u => u.ExecuteAsync(claim, Token));

    /// <summary>
    /// Closes the demo practice's previous month as the system, so that its claims exist. The demo
    /// makes last month billable whatever day it is seeded; this month's minutes grow with the days
    /// gone, so early in a month it has no claim yet.
    /// </summary>
    private static async Task<BillingMonth> CloseDemoMonthAsync(TestDatabase database)
    {
        await using var db = database.NewContext();
        var practice = await db.Practices.AsNoTracking().SingleAsync(p => p.Name == DemoPractice, Token);
        var month = practice.TimeZone.MonthOf(TestClock.Now).Previous();
        var closed = await PortalData.RunAsync<CloseMonth, Result<MonthCloseResult>>(database, SystemActor.Value, u => u.ExecuteAsync(month, false, practice.GroupNpi.Value, Token));
        Assert.True(closed.Succeeded, closed.Error?.ToString());
        return month;
    }

    private static async Task<(Guid Id, string Number)> DemoClaimAsync(TestDatabase database, BillingMonth month)
    {
        await using var db = database.NewContext();
        var practice = await db.Practices.AsNoTracking().SingleAsync(p => p.Name == DemoPractice, Token);
        var claim = await db.BillingClaims.AsNoTracking().OrderBy(c => c.ClaimNumber).FirstAsync(c => c.PracticeId == practice.Id && c.MonthKey == month.Key, Token);
        return (claim.Id, claim.ClaimNumber);
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
