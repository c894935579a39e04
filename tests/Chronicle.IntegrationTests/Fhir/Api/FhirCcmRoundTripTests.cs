namespace Chronicle.IntegrationTests.Fhir.Api;

using System.Globalization;
using System.Net;
using Chronicle.Application.Demo;
using Chronicle.IntegrationTests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;
using Task = System.Threading.Tasks.Task;

/// <summary>
/// The CCM record makes the round trip: a demo patient's $everything posted as a transaction into
/// an empty practice (its staff come from the Bundle's Practitioners), twice, exports again with the
/// same consent, enrollment, minutes and care plan (its sections, goals and team), nothing doubled;
/// a broken CCM entry refuses the whole Bundle.
/// </summary>
public sealed class FhirCcmRoundTripTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Consent_enrollment_minutes_and_care_plan_exported_and_posted_twice_into_an_empty_practice_export_the_same(string provider)
    {
        await using var trip = await FhirRoundTrip.CreateAsync(provider);

        var exported = await trip.ExportAsync();
        var posted = await trip.PostAsync(FhirRoundTrip.AsTransaction(exported));
        var postedAgain = await trip.PostAsync(FhirRoundTrip.AsTransaction(exported));
        Assert.True(posted.Status == HttpStatusCode.OK && postedAgain.Status == HttpStatusCode.OK, posted.ToString() + postedAgain);
        var again = await trip.ExportAgainAsync();

        var before = Describe(exported);
        Assert.True(
            before.Any(d => d.StartsWith("consent Active", StringComparison.Ordinal)) && before.Any(d => d.StartsWith("enrollment Active", StringComparison.Ordinal))
                && before.Any(d => d.StartsWith("minute ", StringComparison.Ordinal)) && before.Any(d => d.StartsWith("careplan Active", StringComparison.Ordinal))
                && before.Any(d => d.StartsWith("goal ", StringComparison.Ordinal)) && before.Any(d => d.StartsWith("careteam Active", StringComparison.Ordinal)),
            string.Join('\n', before));
        Assert.Equal(before, Describe(again));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bundle_with_a_procedure_without_a_performed_period_is_refused_naming_the_entry_and_writes_nothing(string provider)
    {
        await using var trip = await FhirRoundTrip.CreateAsync(provider);
        var transaction = FhirRoundTrip.AsTransaction(await trip.ExportAsync());
        var broken = transaction.Entry.FindIndex(e => e.Resource is Procedure);
        ((Procedure)transaction.Entry[broken].Resource!).Performed = null;

        var answer = await trip.PostAsync(transaction);

        FhirErrorTests.AssertOutcome(answer, HttpStatusCode.UnprocessableEntity, "FHIR-TRANSACTION-FAILED");
        var issue = Assert.Single(answer.Outcome!.Issue, i => i.Expression.Any(e => e!.StartsWith($"Bundle.entry[{broken}]", StringComparison.Ordinal)));
        Assert.Equal($"Bundle.entry[{broken}].resource.performedPeriod", issue.Expression.Single());
        await using var db = trip.Target.NewContext();
        Assert.Equal(
            (0, 0, 0, 0, 0),
            (await db.Patients.CountAsync(Ct), await db.StaffMembers.CountAsync(Ct), await db.ConsentRecords.CountAsync(Ct),
                await db.ProgramEnrollments.CountAsync(Ct), await db.TimeEntries.CountAsync(Ct)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bundle_with_a_care_plan_of_an_unimportable_status_is_refused_naming_the_entry_and_writes_nothing(string provider)
    {
        await using var trip = await FhirRoundTrip.CreateAsync(provider);
        var transaction = FhirRoundTrip.AsTransaction(await trip.ExportAsync());
        var broken = transaction.Entry.FindIndex(e => e.Resource is CarePlan);
        ((CarePlan)transaction.Entry[broken].Resource!).Status = RequestStatus.Revoked;

        var answer = await trip.PostAsync(transaction);

        FhirErrorTests.AssertOutcome(answer, HttpStatusCode.UnprocessableEntity, "FHIR-TRANSACTION-FAILED");
        var issue = Assert.Single(answer.Outcome!.Issue, i => i.Expression.Any(e => e!.StartsWith($"Bundle.entry[{broken}]", StringComparison.Ordinal)));
        Assert.Equal($"Bundle.entry[{broken}].resource.status", issue.Expression.Single());
        await using var db = trip.Target.NewContext();
        Assert.Equal(
            (0, 0, 0, 0),
            (await db.Patients.CountAsync(Ct), await db.StaffMembers.CountAsync(Ct), await db.ConsentRecords.CountAsync(Ct), await db.CarePlans.CountAsync(Ct)));
    }

    /// <summary>What must survive the trip, with staff named by name and server-assigned ids left out.</summary>
    private static string[] Describe(Bundle everything)
    {
        var resources = everything.Entry.Select(e => e.Resource!).ToList();
        var staff = resources.OfType<Practitioner>().ToDictionary(p => $"Practitioner/{p.Id}", p => $"{p.Name[0].Family}, {string.Join(' ', p.Name[0].Given)}");
        string Name(ResourceReference? reference) => reference?.Reference is { } r ? staff.GetValueOrDefault(r, "?" + r) : "-";
        var patient = resources.OfType<Patient>().Single();
        var minutes = resources.OfType<Procedure>().Select(p => (Period)p.Performed!).ToList();
        return
        [
            $"patient {patient.Name[0].Family}, {string.Join(' ', patient.Name[0].Given)} {patient.BirthDate} " + string.Join(' ', patient.Identifier.Select(i => $"{i.Type?.Coding[0].Code}={i.Value}")),
            .. resources.OfType<Condition>().Select(c => $"condition {c.Code!.Coding[0].System}|{c.Code.Coding[0].Code}").Order(StringComparer.Ordinal),
            .. resources.OfType<Consent>()
                .Select(c => $"consent {c.Status} {c.DateTime} {c.Provision!.Type} {c.Provision.Period?.Start}..{c.Provision.Period?.End} "
                    + string.Join(' ', c.Category.Select(k => k.Coding[0].Code)) + " " + string.Join(' ', c.Provision.Code.Select(k => k.Coding[0].Code))
                    + " " + string.Join(' ', c.Provision.Actor.Select(a => $"{a.Role.Coding[0].Code}={Name(a.Reference)}")))
                .Order(StringComparer.Ordinal),
            .. resources.OfType<EpisodeOfCare>()
                .Select(e => $"enrollment {e.Status} {e.Type[0].Coding[0].Code} {e.Period?.Start}..{e.Period?.End} manager {Name(e.CareManager)}")
                .Order(StringComparer.Ordinal),
            .. resources.OfType<Procedure>()
                .Select(p => $"minute {Instant(((Period)p.Performed!).Start):O} {Seconds((Period)p.Performed!)} "
                    + $"{p.Category!.Coding[0].Code} {p.Code!.Coding[0].Code} {p.Performer[0].Function!.Coding[0].Code} {Name(p.Performer[0].Actor)} {p.Note.FirstOrDefault()?.Text}")
                .Order(StringComparer.Ordinal),
            $"seconds in all {minutes.Sum(Seconds)}",
            .. resources.OfType<CarePlan>()
                .Select(c => $"careplan {c.Status} {c.Intent} {c.Description} {string.Join('|', c.Note.Select(n => n.Text))} goals {c.Goal.Count} addresses {c.Addresses.Count} {c.Text!.Div}")
                .Order(StringComparer.Ordinal),
            .. resources.OfType<Goal>()
                .Select(g => $"goal {g.LifecycleStatus} {g.Description!.Text} {g.AchievementStatus?.Coding[0].Code} "
                    + string.Join('|', g.Target.Select(t => $"{t.Measure?.Text}={Detail(t.Detail)} by {((Date?)t.Due)?.Value}"))
                    + $" addresses {g.Addresses.Count} " + string.Join('|', g.Note.Select(n => $"{n.Time}:{n.Text}")))
                .Order(StringComparer.Ordinal),
            .. resources.OfType<CareTeam>()
                .Select(t => $"careteam {t.Status} " + string.Join('|', t.Participant
                    .Select(p => $"{p.Role[0].Text}/{string.Join(',', p.Role[0].Coding.Select(k => k.Code))}={Member(p.Member)}")
                    .Order(StringComparer.Ordinal)))
                .Order(StringComparer.Ordinal),
        ];

        string Member(ResourceReference? member) => member?.Reference switch
        {
            null => "-",
            var r when r.StartsWith("Patient/", StringComparison.Ordinal) => "the patient",
            var r when r.StartsWith('#') => $"{member.Display} (contained)",
            _ => Name(member),
        };
    }

    private static string? Detail(DataType? detail) => detail switch
    {
        Quantity q => $"{q.Value?.ToString(CultureInfo.InvariantCulture)} {q.Unit}",
        FhirString text => text.Value,
        _ => null,
    };

    private static DateTimeOffset Instant(string? value) => DateTimeOffset.Parse(value!, CultureInfo.InvariantCulture).ToUniversalTime();

    private static double Seconds(Period period) => (Instant(period.End) - Instant(period.Start)).TotalSeconds;
}
