namespace Chronicle.IntegrationTests.Time;

using Chronicle.Application;
using Chronicle.Application.Security;
using Chronicle.Application.Time;
using Chronicle.Domain.Common;
using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

/// <summary>
/// The Lakeside fixtures (a Chicago practice: Dr Okafor LS-01, billing practitioner; Tomas Reyes
/// LS-02, RN; Priya Nair LS-03, non-clinical; patients LK1001…) with a fake clock, and the time
/// use cases acting as the system, as the CLI does.
/// </summary>
internal sealed class TimeWorld : IAsyncDisposable
{
    private readonly Dictionary<string, Guid> _staff;
    private readonly Dictionary<string, Guid> _patients;

    private TimeWorld(TestDatabase database, FakeTimeProvider clock, Dictionary<string, Guid> staff, Dictionary<string, Guid> patients)
    {
        Database = database;
        Clock = clock;
        _staff = staff;
        _patients = patients;
    }

    public TestDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    public static async Task<TimeWorld> CreateAsync(string provider, DateTimeOffset now)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await CsvFiles.ImportFixturesAsync(database, "practice", "staff", "patients");
        await using var db = database.NewContext();
        var staff = await db.StaffMembers.ToDictionaryAsync(s => s.ExternalId, s => s.Id.Value, TestContext.Current.CancellationToken);
        var patients = await db.Patients.ToDictionaryAsync(p => p.Mrn, p => p.Id.Value, TestContext.Current.CancellationToken);
        return new TimeWorld(database, new FakeTimeProvider(now), staff, patients);
    }

    public Guid Staff(string externalId) => _staff[externalId];

    public Guid Patient(string mrn) => _patients[mrn];

    public ServiceProvider Services(Actor? actor = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IActorContext>(new FixedActorContext(actor ?? new Actor("tester", "Tester", Roles.System, AccessSurface.System, null)));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddChronicleApplication(Database.Options);
        return services.BuildServiceProvider();
    }

    public async Task<T> RunAsync<TUseCase, T>(Func<TUseCase, Task<T>> call)
        where TUseCase : notnull
    {
        await using var services = Services();
        await using var scope = services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    public Task<Chronicle.Application.Common.Result<TimeEntryView>> LogAsync(string mrn, string staff, string localStart, int minutes, bool inpatient = false, string program = "ccm", string? reason = null) =>
        RunAsync<LogTime, Chronicle.Application.Common.Result<TimeEntryView>>(u => u.ExecuteAsync(
            Patient(mrn), new TimeEntryInput(program, "phone-call", localStart, minutes * 60, "Called", inpatient, reason, Staff(staff)), TestContext.Current.CancellationToken));

    public async Task<TimeEntryView> LoggedAsync(string mrn, string staff, string localStart, int minutes, bool inpatient = false, string program = "ccm")
    {
        var result = await LogAsync(mrn, staff, localStart, minutes, inpatient, program);
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Value!;
    }

    public async Task<Dictionary<string, TimeSummaryRow>> SummaryAsync(string month)
    {
        var result = await RunAsync<GetTimeSummary, Chronicle.Application.Common.Result<TimeSummary>>(u => u.ExecuteAsync(BillingMonth.Parse(month), null, TestContext.Current.CancellationToken));
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Value!.Rows.ToDictionary(r => $"{r.Mrn}/{r.Program}");
    }

    /// <summary>A signed-in care manager linked to a staff record, as the web's actor would be.</summary>
    public async Task<Actor> UserForAsync(string staffExternalId)
    {
        await using var db = Database.NewContext();
        var staff = await db.StaffMembers.SingleAsync(s => s.ExternalId == staffExternalId, TestContext.Current.CancellationToken);
        var user = new Chronicle.Data.Security.ChronicleUser
        {
            Id = Guid.CreateVersion7(),
            UserName = $"{staffExternalId}@test.example",
            Email = $"{staffExternalId}@test.example",
            PracticeId = staff.PracticeId,
            StaffId = staff.Id,
            DisplayName = staff.DisplayName,
            SecurityStamp = Guid.NewGuid().ToString(),
            CreatedAt = Clock.GetUtcNow(),
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return new Actor(user.Id.ToString(), user.UserName, Roles.CareManager, AccessSurface.Web, null, staff.PracticeId);
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
