namespace Chronicle.Interop.Fhir;

using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Hl7.Fhir.Model;
using Address = Chronicle.Domain.Common.Address;
using Patient = Hl7.Fhir.Model.Patient;

/// <summary>
/// Patient → <see cref="PatientDetails"/>. The MRN is the identifier typed v2-0203|MR, else the
/// resource id; the MBI is the identifier with the us-mbi system. A birth date is required, whole
/// and not in the future; a patient marked deceased needs the date.
/// </summary>
internal static class PatientMapper
{
    public const int MrnLength = 64;
    private const int PhoneLength = 32;

    public static MappedPatient Map(Patient resource, FhirSource source, string? fullUrl, FhirMappingContext context)
    {
        var mapped = new MappedPatient(source, fullUrl);
        var prefix = source.Path;
        var mrn = FindMrn(resource, mapped, prefix);
        var mbi = FindMbi(resource, mapped, prefix);
        var birthDate = ReadBirthDate(resource, mapped, prefix, context);
        var deceased = ReadDeceased(resource, mapped, prefix, context);
        var name = resource.Name.FirstOrDefault(n => n.Use == HumanName.NameUse.Official) ?? resource.Name.FirstOrDefault();
        var first = FhirValues.Bounded(name?.Given.FirstOrDefault(g => !string.IsNullOrWhiteSpace(g))) ?? string.Empty;
        var last = FhirValues.Bounded(name?.Family) ?? string.Empty;
        if (first.Length == 0 && last.Length == 0)
        {
            mapped.AddIssue($"{prefix}.name", "The patient has no name (given or family).");
        }

        var phone = resource.Telecom.FirstOrDefault(t => t.System == ContactPoint.ContactPointSystem.Phone && !string.IsNullOrWhiteSpace(t.Value))?.Value?.Trim();
        if (phone is { Length: > PhoneLength })
        {
            mapped.AddIssue($"{prefix}.telecom", $"The phone number '{phone}' is longer than {PhoneLength} characters.");
        }

        var language = PatientDemographicsMapper.ReadLanguage(resource, mapped, prefix);
        if (!mapped.IsValid || mrn is null || birthDate is not { } born)
        {
            return mapped;
        }

        var details = new PatientDetails(mrn, first, last, born, ToSex(resource.Gender), mbi, ReadAddress(resource), phone, Qmb: false, deceased,
            language, PatientDemographicsMapper.Read(resource, name));
        if (details.Validate(context.Today) is { } problem)
        {
            mapped.AddIssue(prefix, problem);
            return mapped;
        }

        mapped.Details = details;
        return mapped;
    }

    private static string? FindMrn(Patient resource, MappedPatient mapped, string prefix)
    {
        for (var i = 0; i < resource.Identifier.Count; i++)
        {
            var identifier = resource.Identifier[i];
            if (FhirValues.HasCode(identifier.Type, FhirSystems.IdentifierType, "MR") && !string.IsNullOrWhiteSpace(identifier.Value))
            {
                return CheckMrn(identifier.Value.Trim(), mapped, $"{prefix}.identifier[{i}].value");
            }
        }

        if (string.IsNullOrWhiteSpace(resource.Id))
        {
            mapped.AddIssue($"{prefix}.identifier", "The patient has neither an MRN identifier (type v2-0203|MR) nor an id to use as its MRN.");
            return null;
        }

        return CheckMrn(resource.Id, mapped, $"{prefix}.id");
    }

    private static string? CheckMrn(string mrn, MappedPatient mapped, string path)
    {
        if (Identifiers.Problem("MRN", mrn) is { } problem)
        {
            mapped.AddIssue(path, problem);
            return null;
        }

        if (mrn.Length <= MrnLength)
        {
            return mrn;
        }

        mapped.AddIssue(path, $"The MRN is {mrn.Length} characters long; Chronicle keeps at most {MrnLength}.");
        return null;
    }

    private static Mbi? FindMbi(Patient resource, MappedPatient mapped, string prefix)
    {
        for (var i = 0; i < resource.Identifier.Count; i++)
        {
            if (resource.Identifier[i].System != FhirSystems.Mbi)
            {
                continue;
            }

            var parsed = Mbi.TryParse(resource.Identifier[i].Value);
            if (!parsed.IsValid)
            {
                mapped.AddIssue($"{prefix}.identifier[{i}].value", parsed.Error!);
                return null;
            }

            return parsed.Value;
        }

        return null;
    }

    private static DateOnly? ReadBirthDate(Patient resource, MappedPatient mapped, string prefix, FhirMappingContext context)
    {
        var path = $"{prefix}.birthDate";
        if (string.IsNullOrWhiteSpace(resource.BirthDate))
        {
            mapped.AddIssue(path, "The patient has no birth date.");
            return null;
        }

        if (!FhirValues.IsFullDate(resource.BirthDate))
        {
            mapped.AddIssue(path, $"The birth date '{resource.BirthDate}' is not a whole date (YYYY-MM-DD).");
            return null;
        }

        var date = FhirValues.ToDate(resource.BirthDate, context.TimeZone, out var error);
        if (error is not null)
        {
            mapped.AddIssue(path, error);
            return null;
        }

        if (date > context.Today)
        {
            mapped.AddIssue(path, $"The birth date {date:yyyy-MM-dd} is in the future (today is {context.Today:yyyy-MM-dd}).");
            return null;
        }

        return date;
    }

    private static DateOnly? ReadDeceased(Patient resource, MappedPatient mapped, string prefix, FhirMappingContext context)
    {
        switch (resource.Deceased)
        {
            case FhirDateTime died:
                var date = FhirValues.ToDate(died.Value, context.TimeZone, out var error);
                if (error is not null)
                {
                    mapped.AddIssue($"{prefix}.deceasedDateTime", error);
                }

                return date;
            case FhirBoolean { Value: true }:
                // Eligibility ends at death; without the date Chronicle would list the patient as eligible.
                mapped.AddIssue($"{prefix}.deceasedBoolean", "The patient is marked deceased without a date; give deceasedDateTime.");
                return null;
            default:
                return null;
        }
    }

    private static Address ReadAddress(Patient resource)
    {
        var address = resource.Address.FirstOrDefault(a => a.Use == Hl7.Fhir.Model.Address.AddressUse.Home) ?? resource.Address.FirstOrDefault();
        return address is null
            ? Address.Empty
            : new Address(
                FhirValues.Bounded(address.Line.FirstOrDefault()),
                FhirValues.Bounded(address.City),
                FhirValues.Bounded(address.State),
                FhirValues.Bounded(address.PostalCode));
    }

    private static Sex ToSex(AdministrativeGender? gender) => gender switch
    {
        AdministrativeGender.Female => Sex.Female,
        AdministrativeGender.Male => Sex.Male,
        AdministrativeGender.Other => Sex.Other,
        _ => Sex.Unknown,
    };
}
