namespace Chronicle.IntegrationTests.Submission;

using System.Text.Json;
using Chronicle.Domain.Billing.Claims;
using Chronicle.IntegrationTests.Claims;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Issue 16's must-show over SFTP to a real OpenSSH server on 127.0.0.1: close, approve, submit;
/// the file arrives in the upload folder; a 999, a 277CA rejecting one claim and an 835 paying,
/// denying and partly paying the others are put in the download folder; 'remit poll' leaves each
/// claim in the right status with the right amounts, and a second poll changes nothing.
/// </summary>
public sealed class SftpSubmissionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Claims_go_out_over_sftp_and_acknowledgments_and_payments_come_back_once(string provider)
    {
        await using var server = await SshServer.StartAsync();
        await using var world = await SubmitWorld.CreateAsync(provider);

        // A server presenting another host key gets nothing; the claims stay approved and the attempt is recorded.
        var impostor = await world.RunAsync(server.Settings("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), "claims", "submit", "--month", ClaimsWorld.Month);
        Assert.True(impostor.ExitCode == 1 && impostor.Error.Contains("SUBMIT-FAILED", StringComparison.Ordinal) && impostor.Error.Contains("pinned", StringComparison.Ordinal), impostor.ToString());
        Assert.Empty(Directory.GetFiles(server.UploadFolder));
        Assert.All((await world.ListAsync()).Values, c => Assert.Equal("approved", c.GetProperty("status").GetString()));

        var submit = await world.RunAsync(server.Settings(), "claims", "submit", "--month", ClaimsWorld.Month, "--json");
        var again = await world.RunAsync(server.Settings(), "claims", "submit", "--month", ClaimsWorld.Month);

        Assert.True(submit.ExitCode == 0, submit.ToString());
        var uploaded = Assert.Single(Directory.GetFiles(server.UploadFolder));
        Assert.Equal(JsonDocument.Parse(submit.Output).RootElement.GetProperty("fileName").GetString(), Path.GetFileName(uploaded));
        Assert.True(again.ExitCode == 1 && again.Error.Contains(ClaimCodes.NothingToExport, StringComparison.Ordinal), again.ToString());
        Assert.Single(Directory.GetFiles(server.UploadFolder));
        var (control, sent) = SubmitWorld.Read(uploaded);
        var claims = await world.ListAsync();
        Assert.All(claims.Values, c => Assert.Equal("submitted", c.GetProperty("status").GetString()));
        Assert.All(sent, c => Assert.All(c.Lines, l => Assert.StartsWith(c.ClaimId + "-", l.ControlNumber, StringComparison.Ordinal)));
        await using (var db = world.Claims.Database.NewContext())
        {
            var attempts = await db.ClaimSubmissions.AsNoTracking().OrderBy(s => s.AttemptedAt).ThenBy(s => s.Error == null).ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal(2, attempts.Count);
            Assert.Contains(attempts, a => a.Error is not null && a.ControlNumber is null);
            Assert.Contains(attempts, a => a.Error is null && a.ControlNumber == control && a.Transport == "sftp" && a.Sha256!.Length == 64);
        }

        var number = claims.ToDictionary(c => c.Key, c => c.Value.GetProperty("claimNumber").GetString()!);
        var byNumber = sent.ToDictionary(c => c.ClaimId);
        var lines = (string mrn) => byNumber[number[mrn]].Lines;
        File.WriteAllText(Path.Combine(server.DownloadFolder, "ack.999"), ResponseFiles.Ack999(control, sent.Select(c => c.TransactionControlNumber).Distinct()));
        File.WriteAllText(Path.Combine(server.DownloadFolder, "ack.277"), ResponseFiles.Ack277(
        [
            (number["CL1001"], false, "P0001"), (number["CL2001"], true, "P2001"), (number["CL2002"], true, "P2002"), (number["CL2003"], true, "P2003"),
        ]));
        File.WriteAllText(Path.Combine(server.DownloadFolder, "era.835"), ResponseFiles.Remit835(
        [
            new PaidClaim(number["CL2001"], "1", "P2001", [.. lines("CL2001").Select(ResponseFiles.Paid)]),
            new PaidClaim(number["CL2002"], "4", "P2002", [.. lines("CL2002").Select(l => ResponseFiles.Denied(l, "50"))]),
            new PaidClaim(number["CL2003"], "1", "P2003", [ResponseFiles.Paid(lines("CL2003")[0]), ResponseFiles.Denied(lines("CL2003")[1], "151")]),
        ]));

        var poll = await world.RunAsync(server.Settings(), "remit", "poll", "--json");
        Assert.True(poll.ExitCode == 0, poll.ToString());
        var after = await world.ListAsync();

        Assert.Equal("rejected", after["CL1001"].GetProperty("status").GetString());
        Assert.Contains("A7:562", after["CL1001"].GetProperty("note").GetString(), StringComparison.Ordinal);
        var full = after["CL2001"];
        var charge = full.GetProperty("chargeAmount").GetDecimal();
        Assert.Equal(("paid", "P2001"), (full.GetProperty("status").GetString(), full.GetProperty("payerClaimNumber").GetString()));
        Assert.Equal(lines("CL2001").Sum(l => Math.Round(l.Charge.Dollars * 0.8m, 2)), full.GetProperty("paidAmount").GetDecimal());
        Assert.Equal(charge - full.GetProperty("paidAmount").GetDecimal(), full.GetProperty("patientResponsibility").GetDecimal());
        Assert.All(full.GetProperty("adjustments").EnumerateArray(), a => Assert.Equal(("PR", "2"), (a.GetProperty("group").GetString(), a.GetProperty("reason").GetString())));
        var denied = after["CL2002"];
        Assert.Equal(("denied", 0m, 0m), (denied.GetProperty("status").GetString(), denied.GetProperty("paidAmount").GetDecimal(), denied.GetProperty("patientResponsibility").GetDecimal()));
        Assert.Equal(denied.GetProperty("chargeAmount").GetDecimal(), denied.GetProperty("adjustments").EnumerateArray().Where(a => a.GetProperty("group").GetString() == "CO").Sum(a => a.GetProperty("amount").GetDecimal()));
        var partial = after["CL2003"];
        Assert.Equal("paid", partial.GetProperty("status").GetString());
        Assert.Equal(Math.Round(lines("CL2003")[0].Charge.Dollars * 0.8m, 2), partial.GetProperty("paidAmount").GetDecimal());
        Assert.Equal(["CO-151", "PR-2"], partial.GetProperty("adjustments").EnumerateArray().Select(a => $"{a.GetProperty("group").GetString()}-{a.GetProperty("reason").GetString()}").Order(StringComparer.Ordinal));

        // Everything in the download folder was received before: a second poll changes nothing.
        var second = await world.RunAsync(server.Settings(), "remit", "poll", "--json");
        Assert.True(second.ExitCode == 0, second.ToString());
        var repeat = JsonDocument.Parse(second.Output).RootElement;
        Assert.Equal(3, repeat.GetProperty("alreadyReceived").GetInt32());
        Assert.Empty(repeat.GetProperty("files").EnumerateArray());
        Assert.Equal(Snapshot(after), Snapshot(await world.ListAsync()));
        await using (var db = world.Claims.Database.NewContext())
        {
            Assert.Equal(3, await db.ResponseFiles.CountAsync(f => f.Applied, TestContext.Current.CancellationToken));
            Assert.All(await db.ResponseFiles.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken), f => Assert.StartsWith("sftp:127.0.0.1/", f.Origin, StringComparison.Ordinal));
        }
    }

    private static string Snapshot(Dictionary<string, JsonElement> claims) =>
        string.Join('\n', claims.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Value.GetRawText()));
}
