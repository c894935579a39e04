namespace Chronicle.IntegrationTests.Enrollment;

using Chronicle.Domain.Enrollment;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Chronicle.IntegrationTests.Enrollment.EnrollmentWorld;

/// <summary>
/// An accepted consent needs its disclosures, or the explicit choice to record it as incomplete,
/// which then blocks billing until a complete consent replaces it (issue 20 item 4), on both databases.
/// </summary>
public sealed class IncompleteConsentTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_incomplete_consent_is_refused_without_the_choice_blocks_billing_with_it_and_is_replaced_by_a_complete_one(string provider)
    {
        await using var world = await CreateAsync(provider);
        Ok(await world.EnrollAsync("LK1001"));

        var refused = Refused(await world.ConsentAsync("LK1001", disclosures: ConsentDisclosures.Availability, recordIncomplete: false), EnrollmentCodes.ConsentDisclosuresMissing);
        var afterRefusal = await world.CountsAsync();
        Ok(await world.ConsentAsync("LK1001", disclosures: ConsentDisclosures.Availability, recordIncomplete: true));
        var incomplete = await world.GateAsync("LK1001", March);
        Ok(await world.ConsentAsync("LK1001", date: new DateOnly(2026, 3, 10), recordIncomplete: false));
        var replaced = await world.GateAsync("LK1001", March);

        Assert.Contains("cost-sharing, one-practitioner, right-to-stop", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, afterRefusal.Consents);
        Assert.Equal([EnrollmentCodes.ConsentIncomplete], incomplete.Missing.Select(f => f.Code));
        Assert.True(replaced.IsBillable, string.Join("; ", replaced.Missing.Select(f => f.Message)));
    }
}
