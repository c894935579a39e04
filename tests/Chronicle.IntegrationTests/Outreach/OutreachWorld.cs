namespace Chronicle.IntegrationTests.Outreach;

using Chronicle.Application;
using Chronicle.Application.Common;
using Chronicle.Application.Outreach;
using Chronicle.Application.Security;
using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

/// <summary>
/// The Lakeside fixture practice with its conditions and visits: LK1001 (diabetes and
/// hypertension, CCM), LK1002 and LK1003 (one condition each, PCM), none enrolled. The outreach
/// use cases run on 15 March 2026 at 11:00 in Chicago, as the CLI operator unless a test names
/// another actor. Each call gets its own scope and context, as requests do.
/// </summary>
internal sealed class OutreachWorld : IAsyncDisposable
{
    public const string Nurse = "LS-02";

    public const string Clerk = "LS-03";

    private readonly Dictionary<string, Guid> _patients;
    private readonly Dictionary<string, Guid> _staff;

    private OutreachWorld(TestDatabase database, FakeTimeProvider clock, Dictionary<string, Guid> patients, Dictionary<string, Guid> staff, Guid practiceId)
    {
        Database = database;
        Clock = clock;
        _patients = patients;
        _staff = staff;
        PracticeId = practiceId;
    }

    public TestDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    public Guid PracticeId { get; }

    public static Actor Operator { get; } = new("cli", "operator", Roles.System, AccessSurface.Cli, null);

    public static async Task<OutreachWorld> CreateAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await CsvFiles.ImportFixturesAsync(database, "practice", "staff", "patients", "conditions", "visits");
        await using var db = database.NewContext();
        var ct = TestContext.Current.CancellationToken;
        var patients = await db.Patients.ToDictionaryAsync(p => p.Mrn, p => p.Id.Value, StringComparer.Ordinal, ct);
        var staff = await db.StaffMembers.ToDictionaryAsync(s => s.ExternalId, s => s.Id.Value, StringComparer.Ordinal, ct);
        var practice = (await db.Practices.SingleAsync(ct)).Id.Value;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 15, 16, 0, 0, TimeSpan.Zero));
        return new OutreachWorld(database, clock, patients, staff, practice);
    }

    public Guid Patient(string mrn) => _patients[mrn];

    public Guid Staff(string staffId) => _staff[staffId];

    /// <summary>A staff member of the Lakeside practice signed in with a role.</summary>
    public Actor StaffActor(string role) => new(Guid.NewGuid().ToString(), role, role, AccessSurface.Web, null, new Domain.Common.PracticeId(PracticeId));

    public async Task<TResult> RunAsync<TUseCase, TResult>(Func<TUseCase, Task<TResult>> call, Actor? actor = null)
        where TUseCase : notnull
    {
        var services = new ServiceCollection();
        services.AddSingleton<IActorContext>(new FixedActorContext(actor ?? Operator));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddChronicleApplication(Database.Options);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    public Task<Result<int>> ListAsync(string[] mrns, string caller = Nurse, string? reason = null, Actor? actor = null) =>
        RunAsync<AddToCallList, Result<int>>(u => u.ExecuteAsync(
            new CallListRequest([.. mrns.Select(Patient)], Staff(caller), reason), TestContext.Current.CancellationToken), actor);

    public Task<Result<OutreachAttemptView>> AttemptAsync(string mrn, string outcome, string? at = null, DateOnly? callBack = null, string? note = null, Actor? actor = null) =>
        RunAsync<RecordOutreachAttempt, Result<OutreachAttemptView>>(u => u.ExecuteAsync(Patient(mrn),
            new AttemptRequest(outcome, at is null ? null : DateTime.Parse(at, System.Globalization.CultureInfo.InvariantCulture), callBack, note),
            TestContext.Current.CancellationToken), actor);

    public Task<Result<CallListView>> CallListAsync(Guid? caller = null, Actor? actor = null) =>
        RunAsync<GetCallList, Result<CallListView>>(u => u.ExecuteAsync(caller, TestContext.Current.CancellationToken), actor);

    public Task<Result<PatientOutreachView>> PatientAsync(string mrn) =>
        RunAsync<GetPatientOutreach, Result<PatientOutreachView>>(u => u.ExecuteAsync(Patient(mrn), TestContext.Current.CancellationToken));

    public static T Ok<T>(Result<T> result)
    {
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Value!;
    }

    public static BusinessError Refused<T>(Result<T> result, string code)
    {
        Assert.False(result.Succeeded, "The use case was expected to be refused.");
        Assert.Equal(code, result.Error!.Code);
        return result.Error;
    }

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();
}
