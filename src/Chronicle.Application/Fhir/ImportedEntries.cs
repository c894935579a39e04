namespace Chronicle.Application.Fhir;

using System.Globalization;
using System.Text.RegularExpressions;
using Chronicle.Data;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Interop.Fhir;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Where each imported entry of a posted Bundle now lives, for the response's <c>location</c>:
/// the rows are found again by the importer's natural keys (MRN, source key, staff id), one query
/// per table. Entries kept in a form the API does not serve (an allergy, a coverage) have no location.
/// </summary>
public sealed partial class ImportedEntries(ChronicleDbContext db)
{
    public static int? EntryIndex(string? path) =>
        path is not null && EntryPath().Match(path) is { Success: true } match
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;

    public async Task<Dictionary<int, (string? Location, string Note)>> LocateAsync(PracticeId practiceId, FhirFileContent content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var result = new Dictionary<int, (string?, string)>();
        var mrns = content.Patients.Select(p => p.Details.Mrn).ToList();
        var patients = new Dictionary<string, PatientId>(StringComparer.Ordinal);
        foreach (var chunk in mrns.Chunk(1000))
        {
            foreach (var row in await db.Patients.AsNoTracking().Where(p => p.PracticeId == practiceId && chunk.Contains(p.Mrn)).Select(p => new { p.Mrn, p.Id }).ToListAsync(cancellationToken))
            {
                patients[row.Mrn] = row.Id;
            }
        }

        var ids = patients.Values.ToList();
        var conditions = await db.Conditions.AsNoTracking().Where(c => ids.Contains(c.PatientId)).Select(c => new { c.PatientId, c.SourceKey, c.Id }).ToListAsync(cancellationToken);
        var visits = await db.Visits.AsNoTracking().Where(v => ids.Contains(v.PatientId)).Select(v => new { v.PatientId, v.SourceKey, v.Id }).ToListAsync(cancellationToken);
        var records = await db.ClinicalRecords.AsNoTracking().Where(r => ids.Contains(r.PatientId))
            .Select(r => new { r.PatientId, r.Kind, r.SourceKey, r.Id, r.Intent }).ToListAsync(cancellationToken);
        var conditionIds = conditions.ToDictionary(c => (c.PatientId, c.SourceKey), c => c.Id.Value);
        var visitIds = visits.ToDictionary(v => (v.PatientId, v.SourceKey), v => v.Id.Value);
        var recordRows = records.ToDictionary(r => (r.PatientId, r.Kind, r.SourceKey));

        void Add(FhirSource source, string type, Guid? id)
        {
            if (EntryIndex(source.Path) is { } index)
            {
                result[index] = id is { } found && source.ResourceType == type
                    ? ($"{type}/{found}", string.Empty)
                    : (null, $"Kept as part of the patient's record; /fhir does not serve {source.ResourceType} resources.");
            }
        }

        foreach (var patient in content.Patients)
        {
            var patientId = patients.GetValueOrDefault(patient.Details.Mrn);
            Add(patient.Source, "Patient", patientId.Value);
            foreach (var condition in patient.Conditions)
            {
                Add(condition.Source, "Condition", conditionIds.TryGetValue((patientId, condition.Details.SourceKey), out var id) ? id : null);
            }

            foreach (var visit in patient.Visits)
            {
                Add(visit.Source, "Encounter", visitIds.TryGetValue((patientId, visit.Details.SourceKey), out var id) ? id : null);
            }

            foreach (var record in patient.Records)
            {
                var row = recordRows.GetValueOrDefault((patientId, record.Details.Kind, record.Details.SourceKey));
                var served = ClinicalServedTypes.NameOf(record.Details.Kind, record.Details.Intent);
                Add(record.Source, served ?? string.Empty, served is null ? null : row?.Id.Value);
            }
        }

        foreach (var patient in content.Patients)
        {
            foreach (var source in patient.Consents.Select(c => c.Source).Concat(patient.Enrollments.Select(e => e.Source)).Concat(patient.TimeEntries.Select(t => t.Source)))
            {
                if (EntryIndex(source.Path) is { } index)
                {
                    result[index] = (null, $"Kept in the patient's {(source.ResourceType switch { "Consent" => "consent ledger", "EpisodeOfCare" => "program enrollments", _ => "time ledger" })}; it is served under a new id.");
                }
            }
        }

        var staffKeys = content.Staff.Select(s => s.Details.ExternalId).ToList();
        var staff = await db.StaffMembers.AsNoTracking().Where(s => s.PracticeId == practiceId && staffKeys.Contains(s.ExternalId))
            .Select(s => new { s.ExternalId, s.Id }).ToListAsync(cancellationToken);
        foreach (var member in content.Staff)
        {
            Add(member.Source, "Practitioner", staff.Find(s => s.ExternalId == member.Details.ExternalId)?.Id.Value);
        }

        foreach (var organization in content.Organizations)
        {
            if (EntryIndex(organization.Source.Path) is { } index)
            {
                result[index] = (null, "Practices are kept from CSV; an Organization is only recognised as the practice itself.");
            }
        }

        return result;
    }

    [GeneratedRegex(@"^Bundle\.entry\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex EntryPath();
}
