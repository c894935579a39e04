namespace Chronicle.Interop.Fhir;

using System.Globalization;
using Chronicle.Domain.Enrollment;
using Chronicle.Domain.Time;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>
/// Reads back what <c>ConsentExport</c>, <c>EpisodeOfCareExport</c> and <c>ProcedureExport</c>
/// write. Only resources that carry Chronicle's care-program coding (and, for a Procedure, its
/// time-activity coding) are CCM records; every other Consent stays an EHR record and every other
/// EpisodeOfCare or Procedure is skipped, as before (ADR 0132). A CarePlan carrying Chronicle's
/// payload is read by <see cref="CcmCarePlanMapper"/> (ADR 0133).
/// </summary>
internal static class CcmRecordMapper
{
    private const int NoteLength = 2000;

    public static bool IsCcm(Resource resource) => resource switch
    {
        Consent r => r.Category.Any(c => ProgramOf(c) is not null),
        EpisodeOfCare r => r.Type.Any(c => ProgramOf(c) is not null),
        Procedure r => ProgramOf(r.Category) is not null || FhirValues.FindCoding(r.Code, c => c.System == CcmSystems.TimeActivity) is not null,
        CarePlan r => CarePlanPayload.IndexIn(r) >= 0,
        _ => false,
    };

    /// <summary>A Goal or CareTeam Chronicle exported beside its CarePlan: the plan's content already holds it (ADR 0133).</summary>
    public static bool IsCarePlanPart(Resource resource) => resource switch
    {
        Goal r => r.Category.Any(c => c.Coding.Any(k => k.System == CcmSystems.CarePlanPart)),
        CareTeam r => r.Category.Any(c => c.Coding.Any(k => k.System == CcmSystems.CarePlanPart)),
        _ => false,
    };

    public static MappedResource Map(Resource resource, FhirSource source, string? fullUrl, FhirMappingContext context) => resource switch
    {
        Consent r => MapConsent(r, source, fullUrl, context),
        EpisodeOfCare r => MapEpisode(r, source, fullUrl, context),
        Procedure r => MapProcedure(r, source, fullUrl),
        CarePlan r => CcmCarePlanMapper.Map(r, source, fullUrl, context),
        _ => throw new ArgumentException($"{resource.TypeName} is not a CCM record resource.", nameof(resource)),
    };

    private static MappedCcm MapConsent(Consent resource, FhirSource source, string? fullUrl, FhirMappingContext context)
    {
        var p = source.Path;
        var mapped = new MappedCcm(source, fullUrl, CcmKind.Consent);
        mapped.Subject = Owned.Subject(resource.Patient, $"{p}.patient", mapped);
        mapped.Program = Program(mapped, resource.Category.Select(ProgramOf).FirstOrDefault(x => x is not null), $"{p}.category");
        var methodCode = resource.Category.SelectMany(c => c.Coding).FirstOrDefault(c => c.System == CcmSystems.ConsentMethod)?.Code;
        var method = ConsentCodes.TryParseMethod(methodCode);
        if (!method.IsValid)
        {
            mapped.AddIssue($"{p}.category", $"The consent method (a {CcmSystems.ConsentMethod} coding) is missing or unknown: {method.Error}");
        }

        var date = Date(mapped, resource.DateTime, $"{p}.dateTime", context) ?? Date(mapped, resource.Provision?.Period?.Start, $"{p}.provision.period.start", context);
        if (date is null && mapped.IsValid)
        {
            mapped.AddIssue($"{p}.dateTime", "The consent has no date (dateTime or provision.period.start).");
        }

        var actors = resource.Provision?.Actor ?? [];
        mapped.Staff = ActorOf(actors, ConsentExport.PrimaryPerformer, $"{p}.provision.actor");
        mapped.SecondStaff = ActorOf(actors, ConsentExport.Verifier, $"{p}.provision.actor");
        if (mapped.Staff is null)
        {
            mapped.AddIssue($"{p}.provision.actor", "The consent names no billing practitioner (a provision actor with role PPRF).");
        }

        var disclosures = ConsentCodes.TryParseDisclosures(string.Join(';', (resource.Provision?.Code ?? [])
            .SelectMany(c => c.Coding).Where(c => c.System == CcmSystems.Disclosure).Select(c => c.Code)));
        if (!disclosures.IsValid)
        {
            mapped.AddIssue($"{p}.provision.code", disclosures.Error!);
        }

        var decision = resource.Status == Consent.ConsentState.Rejected || resource.Provision?.Type == Consent.ConsentProvisionType.Deny
            ? ConsentDecision.Declined
            : ConsentDecision.Accepted;
        var revoked = resource.Status == Consent.ConsentState.Inactive
            ? Date(mapped, resource.Provision?.Period?.End, $"{p}.provision.period.end", context)
            : null;
        if (resource.Status == Consent.ConsentState.Inactive && revoked is null && mapped.IsValid)
        {
            mapped.AddIssue($"{p}.provision.period.end", "An inactive (revoked) consent must end its provision period in the month of revocation.");
        }

        if (mapped.IsValid && mapped.Subject is not null)
        {
            mapped.Consent = new FhirConsentImport(source, mapped.Program, string.Empty, date!.Value, method.Value, decision, disclosures.Value, null, revoked);
        }

        return mapped;
    }

    private static MappedCcm MapEpisode(EpisodeOfCare resource, FhirSource source, string? fullUrl, FhirMappingContext context)
    {
        var p = source.Path;
        var mapped = new MappedCcm(source, fullUrl, CcmKind.Enrollment);
        mapped.Subject = Owned.Subject(resource.Patient, $"{p}.patient", mapped);
        mapped.Program = Program(mapped, resource.Type.Select(ProgramOf).FirstOrDefault(x => x is not null), $"{p}.type");
        FhirEpisodeState? state = resource.Status switch
        {
            EpisodeOfCare.EpisodeOfCareStatus.Planned or EpisodeOfCare.EpisodeOfCareStatus.Waitlist => FhirEpisodeState.Planned,
            EpisodeOfCare.EpisodeOfCareStatus.Active or EpisodeOfCare.EpisodeOfCareStatus.Onhold => FhirEpisodeState.Active,
            EpisodeOfCare.EpisodeOfCareStatus.Finished => FhirEpisodeState.Finished,
            EpisodeOfCare.EpisodeOfCareStatus.Cancelled => FhirEpisodeState.Cancelled,
            _ => null,
        };
        if (state is null)
        {
            mapped.AddIssue($"{p}.status", $"The status '{FhirValues.Literal(resource.Status)}' is not one a program enrollment can have.");
        }

        var start = Date(mapped, resource.Period?.Start, $"{p}.period.start", context);
        var end = Date(mapped, resource.Period?.End, $"{p}.period.end", context);
        if (state is FhirEpisodeState.Active or FhirEpisodeState.Finished && start is null && mapped.IsValid)
        {
            mapped.AddIssue($"{p}.period.start", "An active or finished enrollment must say when it started (period.start).");
        }

        if (state == FhirEpisodeState.Finished && end is null && mapped.IsValid)
        {
            mapped.AddIssue($"{p}.period.end", "A finished enrollment must say when it ended (period.end).");
        }

        if (!string.IsNullOrWhiteSpace(resource.CareManager?.Reference))
        {
            mapped.Staff = new FhirReference(resource.CareManager.Reference.Trim(), $"{p}.careManager.reference");
        }

        if (mapped.IsValid && mapped.Subject is not null)
        {
            mapped.Enrollment = new FhirEnrollmentImport(source, mapped.Program, state!.Value, start, end, null);
        }

        return mapped;
    }

    private static MappedCcm MapProcedure(Procedure resource, FhirSource source, string? fullUrl)
    {
        var p = source.Path;
        var mapped = new MappedCcm(source, fullUrl, CcmKind.Time);
        mapped.Subject = Owned.Subject(resource.Subject, $"{p}.subject", mapped);
        mapped.Program = Program(mapped, ProgramOf(resource.Category), $"{p}.category");
        var activity = TimeActivities.TryParse(FhirValues.FindCoding(resource.Code, c => c.System == CcmSystems.TimeActivity)?.Coding.Code);
        if (!activity.IsValid)
        {
            mapped.AddIssue($"{p}.code", $"The activity (a {CcmSystems.TimeActivity} coding) is missing or unknown: {activity.Error}");
        }

        DateTimeOffset? start = null;
        var seconds = 0;
        if (resource.Performed is not Period period || Instant(period.Start) is not { } from || Instant(period.End) is not { } to)
        {
            mapped.AddIssue($"{p}.performedPeriod", "The time spent must be a performedPeriod with a start and an end instant (date, time and offset).");
        }
        else if (to <= from)
        {
            mapped.AddIssue($"{p}.performedPeriod.end", "The performedPeriod ends before it starts, or when it starts.");
        }
        else
        {
            start = from;
            seconds = (int)Math.Round((to - from).TotalSeconds);
        }

        var performer = resource.Performer.FirstOrDefault();
        var performerClass = PerformerClasses.TryParse(performer?.Function?.Coding.FirstOrDefault(c => c.System == CcmSystems.Performer)?.Code);
        if (!performerClass.IsValid)
        {
            mapped.AddIssue($"{p}.performer[0].function", $"The performer class (a {CcmSystems.Performer} coding) is missing or unknown: {performerClass.Error}");
        }

        if (string.IsNullOrWhiteSpace(performer?.Actor?.Reference))
        {
            mapped.AddIssue($"{p}.performer[0].actor", "The Procedure does not say who did the work (performer.actor).");
        }
        else
        {
            mapped.Staff = new FhirReference(performer.Actor.Reference.Trim(), $"{p}.performer[0].actor.reference");
        }

        var note = FhirValues.Bounded(string.Join('\n', resource.Note.Select(n => n.Text).Where(t => !string.IsNullOrWhiteSpace(t))), NoteLength);
        if (mapped.IsValid && mapped.Subject is not null)
        {
            mapped.Time = new FhirTimeImport(source, mapped.Program, string.Empty, performerClass.Value, activity.Value, start!.Value, seconds, note);
        }

        return mapped;
    }

    private static CareProgram? ProgramOf(CodeableConcept? concept) =>
        FhirValues.FindCoding(concept, c => c.System == CcmSystems.Program) is { } found && CarePrograms.TryParse(found.Coding.Code) is { IsValid: true } parsed
            ? parsed.Value
            : null;

    private static CareProgram Program(MappedCcm mapped, CareProgram? program, string path)
    {
        if (program is null)
        {
            mapped.AddIssue(path, $"The care program (a {CcmSystems.Program} coding: ccm or pcm) is missing.");
        }

        return program ?? CareProgram.Ccm;
    }

    private static FhirReference? ActorOf(List<Consent.provisionActorComponent> actors, string role, string path)
    {
        for (var i = 0; i < actors.Count; i++)
        {
            if (FhirValues.HasCode(actors[i].Role, CcmSystems.ParticipationType, role) && actors[i].Reference?.Reference is { Length: > 0 } reference)
            {
                return new FhirReference(reference.Trim(), $"{path}[{i}].reference");
            }
        }

        return null;
    }

    internal static DateOnly? Date(MappedCcm mapped, string? value, string path, FhirMappingContext context)
    {
        var date = FhirValues.ToDate(value, context.TimeZone, out var error);
        if (error is not null)
        {
            mapped.AddIssue(path, error);
        }

        return date;
    }

    private static DateTimeOffset? Instant(string? value) =>
        value is { Length: > 10 } && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) ? instant : null;
}
