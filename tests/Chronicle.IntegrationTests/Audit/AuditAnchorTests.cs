namespace Chronicle.IntegrationTests.Audit;

using System.Globalization;
using Chronicle.Domain.Audit;
using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Infrastructure;

/// <summary>
/// The keyed chain and its anchors against someone with write access to the database but not the
/// key file (ADR 0070): cutting the last events and moving the head passes a plain verify but not
/// 'audit verify --anchor'; editing the last event and rehashing it without the key fails either way.
/// </summary>
public sealed class AuditAnchorTests : IDisposable
{
    private readonly string _anchors = Path.Combine(Path.GetTempPath(), $"chronicle-anchors-{Guid.NewGuid():N}.txt");

    public void Dispose() => File.Delete(_anchors);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cutting_the_last_three_events_and_moving_the_head_is_caught_by_the_anchor(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database);
        var anchor = await CliRunner.RunAsync(database, "audit", "anchor", "--out", _anchors);
        var events = await AuditData.EventsAsync(database);
        var keep = events[^4];

        await AuditData.ExecuteAsync(database, string.Create(CultureInfo.InvariantCulture, $"""DELETE FROM "AuditEvents" WHERE "Sequence" > {keep.Sequence}"""));
        await AuditData.ExecuteAsync(database, string.Create(CultureInfo.InvariantCulture, $"""UPDATE "AuditChainHeads" SET "Sequence" = {keep.Sequence}, "Hash" = '{keep.Hash}'"""));
        var plain = await CliRunner.RunAsync(database, "audit", "verify");
        var anchored = await CliRunner.RunAsync(database, "audit", "verify", "--anchor", _anchors);

        Assert.True(anchor.ExitCode == 0, anchor.ToString());
        Assert.All(events, e => Assert.NotNull(e.KeyId));
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"chronicle-audit-anchor/1 {events[^1].Sequence} {events[^1].Hash} "), File.ReadAllText(_anchors), StringComparison.Ordinal);
        Assert.True(plain.ExitCode == 0, "Without an anchor the cut is invisible, which is why anchors exist: " + plain);
        Assert.Equal(1, anchored.ExitCode);
        Assert.Contains($"event {events[^1].Sequence}: anchor-missing: Event {events[^1].Sequence}, anchored on ", anchored.Output, StringComparison.Ordinal);
        Assert.Contains($"is gone: the trail was cut back to event {keep.Sequence}.", anchored.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Editing_the_last_event_and_rehashing_it_without_the_key_fails_verify(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database);
        Assert.Equal(0, (await CliRunner.RunAsync(database, "audit", "anchor", "--out", _anchors)).ExitCode);
        var last = (await AuditData.EventsAsync(database))[^1];

        // As an attacker without the key would: change the event, drop its key id, hash it with the public SHA-256 form, move the head.
        await AuditData.ExecuteAsync(database, string.Create(CultureInfo.InvariantCulture, $"""UPDATE "AuditEvents" SET "What" = 'nothing happened', "KeyId" = NULL WHERE "Sequence" = {last.Sequence}"""));
        var edited = (await AuditData.EventsAsync(database))[^1];
        var rehashed = AuditHash.Compute(edited);
        await AuditData.ExecuteAsync(database, string.Create(CultureInfo.InvariantCulture, $"""UPDATE "AuditEvents" SET "Hash" = '{rehashed}' WHERE "Sequence" = {last.Sequence}"""));
        await AuditData.ExecuteAsync(database, $"""UPDATE "AuditChainHeads" SET "Hash" = '{rehashed}'""");
        var plain = await CliRunner.RunAsync(database, "audit", "verify");
        var anchored = await CliRunner.RunAsync(database, "audit", "verify", "--anchor", _anchors);

        // The same rewrite keeping the key id cannot produce the keyed hash either.
        await AuditData.ExecuteAsync(database, string.Create(CultureInfo.InvariantCulture, $"""UPDATE "AuditEvents" SET "KeyId" = '{last.KeyId}' WHERE "Sequence" = {last.Sequence}"""));
        var keptKeyId = await CliRunner.RunAsync(database, "audit", "verify");

        Assert.Equal(1, plain.ExitCode);
        Assert.Contains($"event {last.Sequence}: unkeyed: Event {last.Sequence} has an unkeyed hash after keyed events (from event 1)", plain.Output, StringComparison.Ordinal);
        Assert.Equal(1, anchored.ExitCode);
        Assert.Contains($"event {last.Sequence}: anchor-mismatch:", anchored.Output, StringComparison.Ordinal);
        Assert.Equal(1, keptKeyId.ExitCode);
        Assert.Contains($"event {last.Sequence}: edited: Event {last.Sequence} no longer matches its hash", keptKeyId.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_intact_trail_verifies_against_its_anchors_and_after_a_key_rotation(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database);
        Assert.Equal(0, (await CliRunner.RunAsync(database, "audit", "anchor", "--out", _anchors)).ExitCode);
        var rotate = await CliRunner.RunAsync(database, "audit", "key", "rotate");
        Assert.Equal(0, (await CliRunner.RunAsync(database, "eligibility", "--json")).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync(database, "audit", "anchor", "--out", _anchors)).ExitCode);

        var verified = await CliRunner.RunAsync(database, "audit", "verify", "--anchor", _anchors);
        var keys = (await AuditData.EventsAsync(database)).Select(e => e.KeyId).Distinct().ToList();

        Assert.True(rotate.ExitCode == 0, rotate.ToString());
        Assert.True(verified.ExitCode == 0, verified.ToString());
        Assert.Contains("Every event is keyed. 2 anchor(s) found intact.", verified.Output, StringComparison.Ordinal);
        Assert.Equal(2, File.ReadAllLines(_anchors).Length);
        Assert.Equal(2, keys.Count);
    }

    /// <summary>Practice, staff, patients (three events) and conditions (three more).</summary>
    private static async Task ImportAsync(TestDatabase database) =>
        await CsvFiles.ImportFixturesAsync(database, "practice", "staff", "patients", "conditions");
}
