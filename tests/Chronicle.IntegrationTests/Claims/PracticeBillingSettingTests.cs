namespace Chronicle.IntegrationTests.Claims;

using Chronicle.Application.Common;
using Chronicle.Application.Practices;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

/// <summary>The billing setting set through its use case (the admin page's): saved and audited when valid, refused with its reason when not.</summary>
public sealed class PracticeBillingSettingTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_practice_becomes_a_critical_access_hospital_and_a_clinic_revenue_code_is_refused_for_it(string provider)
    {
        await using var world = await ClaimsWorld.CreateAsync(provider, withTime: false);
        var token = TestContext.Current.CancellationToken;

        var refused = await world.UseCaseAsync<SetPracticeBilling, Result<PracticeBillingView>>(u => u.ExecuteAsync(null, "cah-method-ii", "0521", "1234567893", "341300", token));
        var saved = await world.UseCaseAsync<SetPracticeBilling, Result<PracticeBillingView>>(u => u.ExecuteAsync(null, "cah-method-ii", null, "1234567893", "341300", token));
        var shown = await world.UseCaseAsync<GetPracticeBilling, Result<PracticeBillingView>>(u => u.ExecuteAsync(null, token));

        Assert.Equal(SetPracticeBilling.InvalidCode, refused.Error?.Code);
        Assert.Contains("096x, 097x or 098x", refused.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(("cah-method-ii", "085x", "0960", "1234567893", "341300"), (saved.Value!.Setting, saved.Value.TypeOfBill, saved.Value.RevenueCode, saved.Value.FacilityNpi, saved.Value.Ccn));
        Assert.Equal(saved.Value, shown.Value);
        await using var db = world.Database.NewContext();
        Assert.Contains(await db.AuditEvents.Select(a => a.What).ToListAsync(token), s => s.StartsWith("billing setting cah-method-ii", StringComparison.Ordinal));
    }
}
