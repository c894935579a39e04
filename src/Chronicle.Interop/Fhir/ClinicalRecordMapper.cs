namespace Chronicle.Interop.Fhir;

using Chronicle.Domain.Patients;
using Hl7.Fhir.Model;

/// <summary>
/// MedicationRequest, MedicationStatement, AllergyIntolerance, Coverage, CareTeam, CarePlan, Goal
/// and Consent → <see cref="ClinicalRecordDetails"/> of the matching kind: the concept that names
/// it (code system, code, display), its status and the dates it covers.
/// </summary>
internal static class ClinicalRecordMapper
{
    private const int CodeLength = 64;
    private const int CodeSystemLength = 200;
    private const int StatusLength = 32;

    public static MappedOwned Map(Resource resource, FhirSource source, string? fullUrl, FhirMappingContext context)
    {
        var mapped = new MappedOwned(source, fullUrl, OwnedKind.ClinicalRecord);
        var facts = resource switch
        {
            MedicationRequest r => Medication(mapped, r.Subject, "subject", r.Medication, Literal(r.Status), Date(r.AuthoredOn, "authoredOn"), null),
            MedicationStatement r => Medication(mapped, r.Subject, "subject", r.Medication, Literal(r.Status), Start(r.Effective, "effective"), End(r.Effective, "effective")),
            AllergyIntolerance r => Facts(mapped, ClinicalRecordKind.Allergy, r.Patient, "patient", r.Code, "code",
                FhirValues.FirstCoding(r.ClinicalStatus)?.Code, Start(r.Onset, "onset") ?? Date(r.RecordedDate, "recordedDate"), null),
            Coverage r => Facts(mapped, ClinicalRecordKind.Coverage, r.Beneficiary, "beneficiary", r.Type, "type", Literal(r.Status),
                Date(r.Period?.Start, "period.start"), Date(r.Period?.End, "period.end")) with
            {
                Display = FhirValues.DisplayOf(r.Type) ?? FhirValues.Bounded(r.Payor.FirstOrDefault()?.Display),
            },
            CareTeam r => Facts(mapped, ClinicalRecordKind.CareTeam, r.Subject, "subject", r.Category.FirstOrDefault(), "category[0]", Literal(r.Status),
                Date(r.Period?.Start, "period.start"), Date(r.Period?.End, "period.end")) with
            {
                Display = FhirValues.Bounded(r.Name) ?? FhirValues.DisplayOf(r.Category.FirstOrDefault()),
            },
            CarePlan r => CarePlan(mapped, r),
            Goal r => Facts(mapped, ClinicalRecordKind.Goal, r.Subject, "subject", r.Description, "description", Literal(r.LifecycleStatus),
                Start(r.Start, "start"), Date(r.Target.Select(t => t.Due).OfType<Date>().FirstOrDefault()?.Value, "target.dueDate")),
            Consent r => Facts(mapped, ClinicalRecordKind.Consent, r.Patient, "patient", r.Category.FirstOrDefault() ?? r.Scope, "category[0]", Literal(r.Status),
                Date(r.Provision?.Period?.Start, "provision.period.start") ?? Date(r.DateTime, "dateTime"), Date(r.Provision?.Period?.End, "provision.period.end")),
            _ => throw new ArgumentException($"{resource.TypeName} is not a clinical record resource.", nameof(resource)),
        };

        var key = Owned.SourceKey(source, fullUrl, mapped);
        Check(mapped, facts);
        if (mapped.IsValid && key is not null)
        {
            var details = ClinicalRecordExtras.Add(resource, new ClinicalRecordDetails(facts.Kind, key, facts.CodeSystem, facts.Code, facts.Display, facts.Status, facts.Start, facts.End), mapped);
            CheckFacts(mapped, details);
            mapped.Record = mapped.IsValid ? details : null;
        }

        return mapped;

        string? Literal<T>(T? value)
            where T : struct, Enum => FhirValues.Literal(value);

        DateOnly? Date(string? value, string path)
        {
            var date = FhirValues.ToDate(value, context.TimeZone, out var error);
            if (error is not null)
            {
                mapped.AddIssue($"{source.Path}.{path}", error);
            }

            return date;
        }

        DateOnly? Start(DataType? value, string path) => value switch
        {
            Period p => Date(p.Start, $"{path}Period.start"),
            FhirDateTime d => Date(d.Value, $"{path}DateTime"),
            Hl7.Fhir.Model.Date d => Date(d.Value, $"{path}Date"),
            _ => null,
        };

        DateOnly? End(DataType? value, string path) => value is Period p ? Date(p.End, $"{path}Period.end") : null;
    }

    public static MappedMedication MapMedication(Medication resource, FhirSource source, string? fullUrl)
    {
        var coding = FhirValues.FirstCoding(resource.Code);
        return new MappedMedication(source, fullUrl)
        {
            CodeSystem = coding?.System,
            Code = coding?.Code,
            Display = FhirValues.DisplayOf(resource.Code),
        };
    }

    private static RecordFacts Medication(MappedOwned mapped, ResourceReference? subject, string subjectPath, DataType? medication, string? status, DateOnly? start, DateOnly? end)
    {
        if (medication is ResourceReference reference)
        {
            mapped.Subject = Owned.Subject(subject, $"{mapped.Source.Path}.{subjectPath}", mapped);
            if (!string.IsNullOrWhiteSpace(reference.Reference))
            {
                mapped.Medication = new FhirReference(reference.Reference.Trim(), $"{mapped.Source.Path}.medicationReference.reference");
            }

            return new RecordFacts(ClinicalRecordKind.Medication, null, null, FhirValues.Bounded(reference.Display), status, start, end);
        }

        return Facts(mapped, ClinicalRecordKind.Medication, subject, subjectPath, medication as CodeableConcept, "medicationCodeableConcept", status, start, end);
    }

    private static RecordFacts CarePlan(MappedOwned mapped, CarePlan plan)
    {
        // US Core puts the generic "assess-plan" category first; the plan's own concept follows it.
        var index = plan.Category.FindIndex(c => !c.Coding.Any(k => k.Code == "assess-plan"));
        var category = index >= 0 ? plan.Category[index] : plan.Category.FirstOrDefault();
        var facts = Facts(mapped, ClinicalRecordKind.CarePlan, plan.Subject, "subject", category, $"category[{Math.Max(index, 0)}]",
            FhirValues.Literal(plan.Status), null, null);
        return facts with { Display = FhirValues.Bounded(plan.Title) ?? facts.Display };
    }

    private static RecordFacts Facts(MappedOwned mapped, ClinicalRecordKind kind, ResourceReference? subject, string subjectPath,
        CodeableConcept? concept, string conceptPath, string? status, DateOnly? start, DateOnly? end)
    {
        mapped.Subject = Owned.Subject(subject, $"{mapped.Source.Path}.{subjectPath}", mapped);
        var coding = FhirValues.FirstCoding(concept);
        return new RecordFacts(kind, coding?.System?.Trim(), coding?.Code?.Trim(), FhirValues.DisplayOf(concept), status, start, end)
        {
            CodePath = $"{mapped.Source.Path}.{conceptPath}",
        };
    }

    /// <summary>Codes and statuses longer than the database keeps are refused rather than cut: a cut code is a different code.</summary>
    public static void CheckLengths(MappedOwned mapped, ClinicalRecordDetails details, string codePath) =>
        Check(mapped, new RecordFacts(details.Kind, details.CodeSystem, details.Code, details.Display, details.Status, null, null) { CodePath = codePath });

    /// <summary>Details (components, reactions, dosage) that do not fit the column are refused rather than cut.</summary>
    public static void CheckFacts(MappedOwned mapped, ClinicalRecordDetails details)
    {
        if (details.Facts?.Encode() is { Length: > ClinicalFacts.MaxLength } encoded)
        {
            mapped.AddIssue(mapped.Source.Path, $"The {mapped.Source.ResourceType}'s details take {encoded.Length} characters; Chronicle keeps at most {ClinicalFacts.MaxLength}.");
        }
    }

    private static void Check(MappedOwned mapped, RecordFacts facts)
    {
        if (facts.Code is { Length: > CodeLength })
        {
            mapped.AddIssue(facts.CodePath, $"The code '{facts.Code}' is longer than {CodeLength} characters.");
        }

        if (facts.CodeSystem is { Length: > CodeSystemLength })
        {
            mapped.AddIssue(facts.CodePath, $"The code system is longer than {CodeSystemLength} characters.");
        }

        if (facts.Status is { Length: > StatusLength })
        {
            mapped.AddIssue($"{mapped.Source.Path}.status", $"The status '{facts.Status}' is longer than {StatusLength} characters.");
        }
    }

    private sealed record RecordFacts(ClinicalRecordKind Kind, string? CodeSystem, string? Code, string? Display, string? Status, DateOnly? Start, DateOnly? End)
    {
        public string CodePath { get; init; } = string.Empty;
    }
}
