namespace Chronicle.Interop.Fhir;

/// <summary>
/// Hangs each CCM record (consent, enrollment, time entry, care plan) on its patient and names its staff by
/// the key imported staff are kept under (staff id, which is the NPI when there is one): a
/// reference must lead to a Practitioner in the same file, or name an NPI conditionally.
/// </summary>
internal static class CcmRecordAssembler
{
    /// <summary>Attaches the valid records; returns how many valid ones belong to a rejected patient.</summary>
    public static int Attach(IEnumerable<MappedCcm> records, ReferenceIndex index, Dictionary<MappedPatient, FhirPatientImport> patients)
    {
        var rejectedWithPatient = 0;
        foreach (var record in records)
        {
            if (record.Subject is not { } subject)
            {
                continue;
            }

            var target = index.Resolve(subject.Value);
            var staff = StaffKey(record.Staff, record, index);
            var second = StaffKey(record.SecondStaff, record, index);
            var team = record.TeamStaff.Select(t => (t.Id, Key: StaffKey(t.Reference, record, index))).ToList();
            if (target is not MappedPatient patient)
            {
                record.AddIssue(subject.Path, target is null
                    ? $"'{subject.Value}' does not refer to a Patient in this file."
                    : $"'{subject.Value}' refers to a {target.Source.ResourceType}, not a Patient.");
            }
            else if (!patients.TryGetValue(patient, out var import))
            {
                patient.Dependents++;
                rejectedWithPatient += record.IsValid ? 1 : 0;
            }
            else if (record.IsValid)
            {
                Add(record, import, staff, second, team);
            }
        }

        return rejectedWithPatient;
    }

    private static void Add(MappedCcm record, FhirPatientImport patient, string? staff, string? second, List<(Guid Id, string? Key)> team)
    {
        switch (record.Kind)
        {
            case CcmKind.Consent:
                patient.ConsentList.Add(record.Consent! with { PractitionerKey = staff!, ObtainedByKey = second });
                break;
            case CcmKind.Enrollment:
                patient.EnrollmentList.Add(record.Enrollment! with { CareManagerKey = staff });
                break;
            case CcmKind.CarePlan:
                patient.CarePlanList.Add(record.CarePlan! with { StaffKeys = team.ToDictionary(t => t.Id, t => t.Key!) });
                break;
            default:
                patient.TimeList.Add(record.Time! with { StaffKey = staff! });
                break;
        }
    }

    private static string? StaffKey(FhirReference? reference, MappedCcm owner, ReferenceIndex index)
    {
        if (reference is not { } found)
        {
            return null;
        }

        if (index.Resolve(found.Value) is MappedPractitioner { Details: { } details })
        {
            return details.ExternalId;
        }

        if (index.ResolveNpi(found, owner) is { } npi)
        {
            return npi.Value;
        }

        owner.AddIssue(found.Path, $"'{found.Value}' does not refer to a Practitioner in this file (or name one by NPI).");
        return null;
    }
}
