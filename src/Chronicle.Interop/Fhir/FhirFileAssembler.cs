namespace Chronicle.Interop.Fhir;

using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;

/// <summary>
/// The second half of reading a file: resolves references between its resources (urn:uuid
/// fullUrls, Type/id, conditional Practitioner NPI references), hangs each condition, visit and
/// record on its patient, refuses duplicates, and counts what was read, skipped and rejected.
/// </summary>
internal static class FhirFileAssembler
{
    public static FhirFileContent Assemble(FileCollector collector)
    {
        var content = new FhirFileContent(collector.File)
        {
            ResourcesRead = collector.ResourcesRead,
            IsUnreadable = collector.FileIssues.Count > 0,
        };
        var index = new ReferenceIndex(collector.Resources);
        var patients = CollectPatients(collector.Resources);
        var rejectedWithPatient = 0;
        var keys = new HashSet<(FhirPatientImport, OwnedKind, string)>();
        foreach (var owned in collector.Resources.OfType<MappedOwned>())
        {
            ResolveSupporting(owned, index);
            if (owned.Subject is not { } subject)
            {
                continue;
            }

            var target = index.Resolve(subject.Value);
            if (target is not MappedPatient patient)
            {
                owned.AddIssue(subject.Path, target is null
                    ? $"'{subject.Value}' does not refer to a Patient in this file."
                    : $"'{subject.Value}' refers to a {target.Source.ResourceType}, not a Patient.");
            }
            else if (!patients.TryGetValue(patient, out var import))
            {
                patient.Dependents++;
                rejectedWithPatient += owned.IsValid ? 1 : 0;
            }
            else if (owned.IsValid)
            {
                Attach(owned, import, keys);
            }
        }

        rejectedWithPatient += CcmRecordAssembler.Attach(collector.Resources.OfType<MappedCcm>(), index, patients);
        var issues = collector.FileIssues.Concat(collector.Resources.SelectMany(r => r.Issues)).ToList();
        issues.AddRange(collector.Resources.OfType<MappedPatient>()
            .Where(p => !p.IsValid && p.Dependents > 0)
            .Select(p => new FhirIssue(p.Source.File, p.Source.Line, p.Source.Path,
                $"{p.Dependents} resource(s) that belong to this patient were not imported with it.")));
        content.Issues = [.. issues.OrderBy(i => i.Line ?? 0)];
        content.Rejected = collector.Resources.Count(r => !r.IsValid) + rejectedWithPatient;
        content.Skipped = collector.Skipped + collector.Resources.Count(r => r is SupportingResource or IgnoredResource);
        content.Patients = [.. patients.Values];
        content.Staff = CollectStaff(collector.Resources);
        content.Organizations = [.. collector.Resources.OfType<MappedOrganization>().Select(o => new FhirOrganizationImport(o.Source, o.Npi, o.Name))];
        return content;
    }

    private static Dictionary<MappedPatient, FhirPatientImport> CollectPatients(List<MappedResource> resources)
    {
        var byMrn = new Dictionary<string, MappedPatient>(StringComparer.Ordinal);
        var patients = new Dictionary<MappedPatient, FhirPatientImport>();
        foreach (var patient in resources.OfType<MappedPatient>())
        {
            if (patient.Details is not { } details || !patient.IsValid)
            {
                continue;
            }

            if (byMrn.TryGetValue(details.Mrn, out var first))
            {
                patient.AddIssue(patient.Source.Path, $"The MRN {details.Mrn} is already used by {first.Source.Path} (line {first.Source.Line}) in this file.");
                continue;
            }

            byMrn.Add(details.Mrn, patient);
            patients.Add(patient, new FhirPatientImport(patient.Source, details));
        }

        return patients;
    }

    private static List<FhirStaffImport> CollectStaff(List<MappedResource> resources)
    {
        var seen = new Dictionary<string, MappedPractitioner>(StringComparer.Ordinal);
        var staff = new List<FhirStaffImport>();
        foreach (var practitioner in resources.OfType<MappedPractitioner>())
        {
            if (practitioner.Details is not { } details || !practitioner.IsValid)
            {
                continue;
            }

            if (seen.TryGetValue(details.ExternalId, out var first))
            {
                practitioner.AddIssue(practitioner.Source.Path, $"The staff id {details.ExternalId} is already used by {first.Source.Path} (line {first.Source.Line}) in this file.");
                continue;
            }

            seen.Add(details.ExternalId, practitioner);
            staff.Add(new FhirStaffImport(practitioner.Source, details));
        }

        return staff;
    }

    /// <summary>Fills in what other resources supply: the rendering NPI of a visit, the code of a referenced Medication.</summary>
    private static void ResolveSupporting(MappedOwned owned, ReferenceIndex index)
    {
        if (owned.Visit is { } visit)
        {
            owned.Visit = WithParticipants(visit, owned, index);
        }

        if (owned.Condition is { Source: { } facts } condition && owned.Encounter is { } encounter
            && index.Resolve(encounter.Value) is MappedOwned { Visit: { } diagnosedAt })
        {
            owned.Condition = condition with { Source = facts with { EncounterKey = diagnosedAt.SourceKey } };
        }

        if (owned.Record is { } record && owned.Medication is { } reference && index.Resolve(reference.Value) is MappedMedication medication
            && medication.Code is { Length: <= 64 } && medication.CodeSystem is null or { Length: <= 200 })
        {
            owned.Record = record with { CodeSystem = medication.CodeSystem, Code = medication.Code, Display = record.Display ?? medication.Display };
        }
    }

    /// <summary>Every participant that leads to an NPI is kept; the first is the rendering practitioner.</summary>
    private static VisitDetails WithParticipants(VisitDetails visit, MappedOwned owned, ReferenceIndex index)
    {
        var participants = new List<SourceCode>();
        foreach (var performer in owned.Performers)
        {
            if (index.ResolveNpi(performer, owned) is { } npi && participants.TrueForAll(p => p.Value != npi.Value))
            {
                participants.Add(new SourceCode(FhirSystems.Npi, npi.Value, performer.Display));
            }
        }

        var rendering = participants.Count > 0 ? Npi.Parse(participants[0].Value) : visit.RenderingNpi;
        var facts = visit.Source ?? VisitSourceFacts.None;
        return visit with { RenderingNpi = rendering, Source = facts with { Participants = SourceCodes.Of(participants) } };
    }

    private static void Attach(MappedOwned owned, FhirPatientImport patient, HashSet<(FhirPatientImport, OwnedKind, string)> keys)
    {
        var key = owned.Condition?.SourceKey ?? owned.Visit?.SourceKey ?? $"{owned.Record!.Kind}:{owned.Record.SourceKey}";
        if (!keys.Add((patient, owned.Kind, key)))
        {
            owned.AddIssue($"{owned.Source.Path}.id", $"Another {owned.Source.ResourceType} of this patient in this file has the same id.");
            return;
        }

        switch (owned.Kind)
        {
            case OwnedKind.Condition:
                patient.ConditionList.Add(new FhirConditionImport(owned.Source, owned.Condition!));
                break;
            case OwnedKind.Visit:
                patient.VisitList.Add(new FhirVisitImport(owned.Source, owned.Visit!));
                break;
            default:
                patient.RecordList.Add(new FhirClinicalRecordImport(owned.Source, owned.Record!));
                break;
        }
    }
}
