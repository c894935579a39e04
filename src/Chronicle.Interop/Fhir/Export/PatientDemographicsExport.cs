namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.Patients;
using Hl7.Fhir.Model;
using FhirPatient = Hl7.Fhir.Model.Patient;

/// <summary>
/// The demographics a source sent, served back as US Core: the race and ethnicity extensions
/// (OMB categories as <c>ombCategory</c>, other CDC codes as <c>detailed</c>, and the required
/// <c>text</c>), birth sex, marital status, and the preferred language as <c>communication</c>.
/// </summary>
internal static class PatientDemographicsExport
{
    private const string NullFlavor = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";

    private static readonly Dictionary<string, string> OmbRace = new(StringComparer.Ordinal)
    {
        ["1002-5"] = "American Indian or Alaska Native",
        ["2028-9"] = "Asian",
        ["2054-5"] = "Black or African American",
        ["2076-8"] = "Native Hawaiian or Other Pacific Islander",
        ["2106-3"] = "White",
    };

    private static readonly Dictionary<string, string> OmbEthnicity = new(StringComparer.Ordinal)
    {
        ["2135-2"] = "Hispanic or Latino",
        ["2186-5"] = "Not Hispanic or Latino",
    };

    private static readonly Dictionary<string, string> Marital = new(StringComparer.Ordinal)
    {
        ["A"] = "Annulled", ["D"] = "Divorced", ["I"] = "Interlocutory", ["L"] = "Legally Separated", ["M"] = "Married",
        ["C"] = "Common Law", ["P"] = "Polygamous", ["T"] = "Domestic partner", ["U"] = "unmarried", ["S"] = "Never Married",
        ["W"] = "Widowed",
    };

    public static void Apply(FhirPatient resource, Domain.Patients.Patient patient, HumanName name)
    {
        var d = patient.Demographics;
        if (d.NamePrefix is { Length: > 0 } prefix)
        {
            name.Prefix = [prefix];
        }

        if (d.NameSuffix is { Length: > 0 } suffix)
        {
            name.Suffix = [suffix];
        }

        AddCategory(resource, FhirSystems.RaceExtension, d.RaceCodes, d.RaceText, OmbRace);
        AddCategory(resource, FhirSystems.EthnicityExtension, d.EthnicityCodes, d.EthnicityText, OmbEthnicity);
        if (d.BirthSex is { Length: > 0 } birthSex)
        {
            resource.Extension.Add(new Extension(FhirSystems.BirthSexExtension, new Code(birthSex)));
        }

        if (d.MaritalStatus is { Length: > 0 } marital)
        {
            resource.MaritalStatus = marital == "UNK"
                ? new CodeableConcept(NullFlavor, "UNK", "unknown", null)
                : new CodeableConcept(FhirSystems.MaritalStatus, marital, Marital.GetValueOrDefault(marital), null);
        }

        if (patient.PreferredLanguage is { } language)
        {
            resource.Communication.Add(new FhirPatient.CommunicationComponent
            {
                Language = new CodeableConcept(FhirSystems.Language, language),
                Preferred = true,
            });
        }
    }

    private static void AddCategory(FhirPatient resource, string url, string? codes, string? text, Dictionary<string, string> omb)
    {
        var list = SourceDemographics.Split(codes);
        if (list.Count == 0 && string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var extension = new Extension { Url = url };
        foreach (var code in list)
        {
            if (code is "UNK" or "ASKU")
            {
                extension.Extension.Add(new Extension("ombCategory", new Coding(NullFlavor, code)));
            }
            else if (omb.TryGetValue(code, out var display))
            {
                extension.Extension.Add(new Extension("ombCategory", new Coding(FhirSystems.RaceEthnicity, code, display)));
            }
            else
            {
                extension.Extension.Add(new Extension("detailed", new Coding(FhirSystems.RaceEthnicity, code)));
            }
        }

        // US Core requires the text; a source without it gets the categories' names.
        var words = text ?? string.Join(", ", list.Select(c => omb.GetValueOrDefault(c, c)));
        extension.Extension.Add(new Extension("text", new FhirString(words)));
        resource.Extension.Add(extension);
    }
}
