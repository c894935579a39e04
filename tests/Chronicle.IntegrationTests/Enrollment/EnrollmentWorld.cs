namespace Chronicle.IntegrationTests.Enrollment;

using Chronicle.Application;
using Chronicle.Application.Common;
using Chronicle.Application.Enrollment;
using Chronicle.Application.Security;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Chronicle.IntegrationTests.Csv;
using Chronicle.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

/// <summary>
/// The Lakeside fixture practice (practice, staff, patients, visits CSVs) plus a second billing
/// practitioner, with the enrollment use cases running as the CLI operator on 15 March 2026
/// (Chicago). Each call gets its own scope and context, as requests do.
/// </summary>
internal sealed class EnrollmentWorld : IAsyncDisposable
{
    /// <summary>Harriet Okafor, MD: the visits fixture's rendering NPI.</summary>
    public const string FirstPractitioner = "LS-01";

    /// <summary>Samuel Adeyemi, DO: no visits on file.</summary>
    public const string SecondPractitioner = "LS-04";

    public const string Nurse = "LS-02";

    public const string Clerk = "LS-03";

    public const string SecondPractitionerNpi = "1728394655";

    public static readonly BillingMonth March = new(2026, 3);

    private readonly ServiceProvider _services;
    private readonly Dictionary<string, Guid> _patients;
    private readonly Dictionary<string, Guid> _staff;

    private EnrollmentWorld(TestDatabase database, FakeTimeProvider clock, ServiceProvider services, Dictionary<string, Guid> patients, Dictionary<string, Guid> staff)
    {
        Database = database;
        Clock = clock;
        _services = services;
        _patients = patients;
        _staff = staff;
    }

    public TestDatabase Database { get; }

    public FakeTimeProvider Clock { get; }

    public static async Task<EnrollmentWorld> CreateAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await CsvFiles.ImportFixturesAsync(database, "practice", "staff", "patients", "visits");
        using (var files = new CsvFiles())
        {
            var staff = files.Write("staff2.csv", $"staff_id,first_name,last_name,role,credential,npi\n{SecondPractitioner},Samuel,Adeyemi,billing-practitioner,DO,{SecondPractitionerNpi}\n");
            var imported = await CsvFiles.ImportAsync(database, "staff", staff);
            Assert.True(imported.ExitCode == 0, imported.ToString());
        }

        await using var db = database.NewContext();
        var ct = TestContext.Current.CancellationToken;
        var patients = await db.Patients.ToDictionaryAsync(p => p.Mrn, p => p.Id.Value, StringComparer.Ordinal, ct);
        var staffIds = await db.StaffMembers.ToDictionaryAsync(s => s.ExternalId, s => s.Id.Value, StringComparer.Ordinal, ct);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 15, 17, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<IActorContext>(new FixedActorContext(new Actor("cli", "operator", Roles.System, AccessSurface.Cli, null)));
        services.AddSingleton<TimeProvider>(clock);
        services.AddChronicleApplication(database.Options);
        return new EnrollmentWorld(database, clock, services.BuildServiceProvider(), patients, staffIds);
    }

    public Guid Patient(string mrn) => _patients[mrn];

    public Guid Staff(string staffId) => _staff[staffId];

    /// <summary>Runs a use case in a fresh scope.</summary>
    public async Task<TResult> RunAsync<TUseCase, TResult>(Func<TUseCase, Task<TResult>> call)
        where TUseCase : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    /// <summary>Runs a use case as another actor (a patient, a staff member of another practice).</summary>
    public async Task<TResult> RunAsAsync<TUseCase, TResult>(Actor actor, Func<TUseCase, Task<TResult>> call)
        where TUseCase : notnull
    {
        var services = new ServiceCollection();
        services.AddSingleton<IActorContext>(new FixedActorContext(actor));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddChronicleApplication(Database.Options);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }

    public Task<Result<Guid>> EnrollAsync(string mrn, string practitioner = FirstPractitioner, DateOnly? start = null, string? careManager = Nurse, CareProgram program = CareProgram.Ccm) =>
        RunAsync<EnrollPatient, Result<Guid>>(u => u.ExecuteAsync(
            new EnrollRequest(Patient(mrn), Program: program, PractitionerId: Staff(practitioner), Start: start ?? new DateOnly(2026, 1, 5), CareManagerId: careManager is null ? null : Staff(careManager)),
            TestContext.Current.CancellationToken));

    public Task<Result<Guid>> ConsentAsync(
        string mrn,
        string practitioner = FirstPractitioner,
        DateOnly? date = null,
        ConsentDecision decision = ConsentDecision.Accepted,
        ConsentDisclosures disclosures = ConsentDisclosures.All,
        ConsentFile? document = null,
        bool recordIncomplete = true) =>
        // Most tests document an incomplete consent on purpose, so the explicit choice is made for them unless a test says otherwise.
        RunAsync<RecordConsent, Result<Guid>>(u => u.ExecuteAsync(
            new ConsentRequest(Patient(mrn), CareProgram.Ccm, Staff(practitioner), ConsentMethod.Verbal, decision, disclosures,
                date ?? new DateOnly(2026, 1, 5), Staff(Nurse), true, "en", document, recordIncomplete),
            TestContext.Current.CancellationToken));

    public async Task<GateView> GateAsync(string mrn, BillingMonth month, CareProgram program = CareProgram.Ccm)
    {
        var status = Ok(await StatusAsync(mrn, month));
        return status.Gates.Single(g => g.Program == program.ToCode());
    }

    public Task<Result<PatientEnrollmentStatus>> StatusAsync(string mrn, BillingMonth month) =>
        RunAsync<GetEnrollmentStatus, Result<PatientEnrollmentStatus>>(u => u.ExecuteAsync(Patient(mrn), month, TestContext.Current.CancellationToken));

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

    /// <summary>Rows of every enrollment and consent table and of the audit trail.</summary>
    public async Task<(int Aggregates, int Enrollments, int Events, int Consents, int Documents, int Audit)> CountsAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = Database.NewContext();
        return (
            await db.PatientEnrollments.CountAsync(ct) + await db.PatientConsents.CountAsync(ct),
            await db.ProgramEnrollments.CountAsync(ct),
            await db.EnrollmentEvents.CountAsync(ct),
            await db.ConsentRecords.CountAsync(ct),
            await db.ConsentDocuments.CountAsync(ct),
            await db.AuditEvents.CountAsync(ct));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
