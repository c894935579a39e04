namespace Chronicle.Interop.Fhir;

using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Hl7.Fhir.Model;
using Patient = Hl7.Fhir.Model.Patient;

/// <summary>
/// The parts of a Patient Chronicle keeps only to serve them back (US Core race, ethnicity and
/// birth-sex extensions, marital status, name prefix and suffix) and the preferred language from
/// <c>communication</c> (the one marked preferred, else the first, as its BCP 47 code).
/// </summary>
internal static class PatientDemographicsMapper
{
    public static SourceDemographics Read(Patient resource, HumanName? name)
    {
        var (raceCodes, raceText) = ReadCategory(resource, FhirSystems.RaceExtension);
        var (ethnicityCodes, ethnicityText) = ReadCategory(resource, FhirSystems.EthnicityExtension);
        var birthSex = resource.GetExtensionValue<Code>(FhirSystems.BirthSexExtension)?.Value;
        var marital = FhirValues.FindCoding(resource.MaritalStatus, c => c.System == FhirSystems.MaritalStatus) is var (_, coding) ? coding.Code : null;
        return new SourceDemographics(
            FhirValues.Bounded(JoinNonEmpty(name?.Prefix), 40),
            FhirValues.Bounded(JoinNonEmpty(name?.Suffix), 40),
            FhirValues.Bounded(marital, 8),
            FhirValues.Bounded(birthSex, 8),
            raceCodes,
            raceText,
            ethnicityCodes,
            ethnicityText);
    }

    /// <summary>The preferred language's BCP 47 tag; null when none is given. A malformed tag is an issue.</summary>
    public static string? ReadLanguage(Patient resource, MappedResource mapped, string prefix)
    {
        var communication = resource.Communication.FirstOrDefault(c => c.Preferred == true) ?? resource.Communication.FirstOrDefault();
        if (communication is null)
        {
            return null;
        }

        var index = resource.Communication.IndexOf(communication);
        if (FhirValues.FindCoding(communication.Language, c => c.System == FhirSystems.Language) is not var (i, coding))
        {
            return null;
        }

        var parsed = LanguageTag.TryParse(coding.Code);
        if (!parsed.IsValid)
        {
            mapped.AddIssue($"{prefix}.communication[{index}].language.coding[{i}].code", parsed.Error!);
            return null;
        }

        return parsed.Value;
    }

    private static (string? Codes, string? Text) ReadCategory(Patient resource, string url)
    {
        var extension = resource.GetExtension(url);
        if (extension is null)
        {
            return (null, null);
        }

        var codes = extension.Extension
            .Where(e => e.Url is "ombCategory" or "detailed")
            .Select(e => (e.Value as Coding)?.Code?.Trim())
            .Where(c => !string.IsNullOrEmpty(c) && !c.Contains(' ', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal);
        var text = (extension.GetExtensionValue<FhirString>("text"))?.Value;
        return (FhirValues.Bounded(string.Join(' ', codes), 200), FhirValues.Bounded(text, 200));
    }

    private static string? JoinNonEmpty(IEnumerable<string?>? parts) =>
        parts is null ? null : string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
}
