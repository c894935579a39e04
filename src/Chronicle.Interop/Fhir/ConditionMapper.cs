namespace Chronicle.Interop.Fhir;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Hl7.Fhir.Model;
using Condition = Hl7.Fhir.Model.Condition;
using DomainCodeSystem = Chronicle.Domain.Patients.CodeSystem;

/// <summary>
/// Condition → <see cref="ConditionDetails"/>. An ICD-10-CM coding wins over a SNOMED CT one; an
/// ICD-10-CM code must have the right shape and, when a release is loaded, be a billable code of
/// it. A SNOMED CT concept is kept as coded and carries the ICD-10-CM code the classifier maps it to.
/// </summary>
internal static class ConditionMapper
{
    public static MappedResource Map(Condition resource, FhirSource source, string? fullUrl, FhirMappingContext context)
    {
        if (FhirValues.HasCode(resource.VerificationStatus, FhirSystems.ConditionVerification, "entered-in-error")
            || FhirValues.HasCode(resource.VerificationStatus, FhirSystems.ConditionVerification, "refuted"))
        {
            return new IgnoredResource(source, fullUrl);
        }

        var mapped = new MappedOwned(source, fullUrl, OwnedKind.Condition);
        var prefix = source.Path;
        mapped.Subject = Owned.Subject(resource.Subject, $"{prefix}.subject", mapped);
        var key = Owned.SourceKey(source, fullUrl, mapped);
        var code = ReadCode(resource.Code, mapped, $"{prefix}.code", context);
        var (onsetAt, onsetError) = FhirValues.SourceStartOf(resource.Onset);
        if (onsetError is not null)
        {
            mapped.AddIssue($"{prefix}.onset", onsetError);
        }

        var onset = onsetAt?.LocalDate(context.TimeZone);
        var abatementAt = ReadAbatement(resource.Abatement, mapped, $"{prefix}.abatement");
        var abatement = abatementAt?.LocalDate(context.TimeZone);
        if (abatement < onset)
        {
            mapped.AddIssue($"{prefix}.abatement", $"The condition abates ({abatement:yyyy-MM-dd}) before its onset ({onset:yyyy-MM-dd}).");
        }

        var status = ReadStatus(resource.ClinicalStatus, abatement, mapped, $"{prefix}.clinicalStatus");
        var recordedAt = FhirValues.ToSource(resource.RecordedDate, out var recordedError);
        if (recordedError is not null)
        {
            mapped.AddIssue($"{prefix}.recordedDate", recordedError);
        }

        if (resource.Encounter?.Reference is { Length: > 0 } encounter)
        {
            mapped.Encounter = new FhirReference(encounter.Trim(), $"{prefix}.encounter.reference");
        }

        if (mapped.IsValid && key is not null && code is { } c && status is { } s)
        {
            var facts = new ConditionSourceFacts(ReadCategory(resource), ReadVerification(resource), onsetAt, abatementAt, recordedAt, EncounterKey: null);
            mapped.Condition = new ConditionDetails(key, c.System, c.Code, FhirValues.DisplayOf(resource.Code), c.Icd10, onset, abatement, s, ChronicOverride: null, facts);
        }

        return mapped;
    }

    private static (DomainCodeSystem System, string Code, Icd10Code? Icd10)? ReadCode(CodeableConcept? concept, MappedResource mapped, string path, FhirMappingContext context)
    {
        if (FhirValues.FindCoding(concept, c => c.System == FhirSystems.Icd10Cm) is var (i, icdCoding))
        {
            var codePath = $"{path}.coding[{i}].code";
            var parsed = Icd10Code.TryParse(icdCoding.Code);
            if (!parsed.IsValid)
            {
                mapped.AddIssue(codePath, parsed.Error!);
                return null;
            }

            var check = context.Icd10Codes.Check(parsed.Value);
            if (check is Icd10Check.Unknown or Icd10Check.Header)
            {
                mapped.AddIssue(codePath, Icd10CodeSet.Describe(check, parsed.Value, context.Icd10Codes.Release));
                return null;
            }

            return (DomainCodeSystem.Icd10Cm, parsed.Value.Value, parsed.Value);
        }

        if (FhirValues.FindCoding(concept, c => c.System == FhirSystems.Snomed) is var (j, snomed))
        {
            var conceptId = snomed.Code?.Trim() ?? string.Empty;
            if (conceptId.Length is < 6 or > 18 || !conceptId.All(char.IsAsciiDigit))
            {
                mapped.AddIssue($"{path}.coding[{j}].code", $"'{snomed.Code}' is not a SNOMED CT concept id (6 to 18 digits).");
                return null;
            }

            return (DomainCodeSystem.SnomedCt, conceptId, context.Classifier.MapToIcd10(conceptId));
        }

        mapped.AddIssue(path, "The condition has no ICD-10-CM (http://hl7.org/fhir/sid/icd-10-cm) or SNOMED CT (http://snomed.info/sct) coding.");
        return null;
    }

    /// <summary>US Core's categories; a source without one (or with another) gets the problem list, where Chronicle puts it.</summary>
    private static ConditionCategory ReadCategory(Condition resource)
    {
        foreach (var category in resource.Category)
        {
            if (FhirValues.HasCode(category, FhirSystems.ConditionCategory, "encounter-diagnosis"))
            {
                return ConditionCategory.EncounterDiagnosis;
            }

            if (FhirValues.HasCode(category, FhirSystems.UsCoreCategory, "health-concern") || FhirValues.HasCode(category, FhirSystems.ConditionCategory, "health-concern"))
            {
                return ConditionCategory.HealthConcern;
            }
        }

        return ConditionCategory.ProblemListItem;
    }

    private static string? ReadVerification(Condition resource) =>
        FhirValues.FindCoding(resource.VerificationStatus, c => c.System == FhirSystems.ConditionVerification) is var (_, coding)
            ? FhirValues.Bounded(coding.Code?.ToLowerInvariant(), 32)
            : null;

    private static SourceDateTime? ReadAbatement(DataType? abatement, MappedResource mapped, string path)
    {
        // A Period's start is the earliest the condition is known to have abated.
        var (date, error) = abatement is Period period
            ? (FhirValues.ToSource(period.Start ?? period.End, out var e), e)
            : FhirValues.SourceStartOf(abatement);
        if (error is not null)
        {
            mapped.AddIssue(path, error);
        }

        return date;
    }

    private static ClinicalStatus? ReadStatus(CodeableConcept? concept, DateOnly? abatement, MappedResource mapped, string path)
    {
        var code = FhirValues.FirstCoding(concept)?.Code;
        if (code is null)
        {
            // clinicalStatus may be absent (con-3 is only a warning); an abatement date then means it resolved.
            return abatement is null ? ClinicalStatus.Active : ClinicalStatus.Resolved;
        }

        var status = Export.ConditionExport.StatusOf(code.Trim().ToLowerInvariant());
        if (status is null)
        {
            mapped.AddIssue($"{path}.coding[0].code", $"'{code}' is not a condition clinical status (active, recurrence, relapse, inactive, remission, resolved).");
        }

        return status;
    }
}
