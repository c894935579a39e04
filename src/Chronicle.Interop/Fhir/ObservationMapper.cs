namespace Chronicle.Interop.Fhir;

using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Hl7.Fhir.Model;

/// <summary>
/// Observation and Immunization → <see cref="ClinicalRecordDetails"/>: the LOINC or CVX code, the
/// status, when it happened exactly as written (its local date derived once, through
/// <see cref="SourceDateTime.LocalDate"/>), and for an observation its category, quantity with its
/// UCUM unit, components, coded value, reference range and source device.
/// </summary>
internal static class ObservationMapper
{
    public static MappedOwned Map(Observation resource, FhirSource source, string? fullUrl, FhirMappingContext context)
    {
        var mapped = new MappedOwned(source, fullUrl, OwnedKind.ClinicalRecord);
        mapped.Subject = Owned.Subject(resource.Subject, $"{source.Path}.subject", mapped);
        var (occurred, error) = FhirValues.SourceStartOf(resource.Effective);
        if (error is not null)
        {
            mapped.AddIssue($"{source.Path}.effective", error);
        }

        var coding = FhirValues.FirstCoding(resource.Code);
        var category = resource.Category.SelectMany(c => c.Coding).FirstOrDefault(c => c.System == FhirSystems.ObservationCategory)?.Code
            ?? FhirValues.FirstCoding(resource.Category.FirstOrDefault())?.Code;
        var quantity = Measured(resource.Value as Quantity);
        var facts = new ClinicalFacts
        {
            Components = resource.Component.Count == 0 ? null : [.. resource.Component.Select(Component).OfType<ObservedComponent>()],
            ValueCoding = resource.Value is CodeableConcept concept && FhirValues.FirstCoding(concept) is { } valueCoding
                ? new SourceCode(valueCoding.System, valueCoding.Code!, FhirValues.DisplayOf(concept))
                : null,
            ValueText = resource.Value is FhirString text ? FhirValues.Bounded(text.Value) : null,
            Range = resource.ReferenceRange.FirstOrDefault() is { } range
                ? new ReferenceRange(range.Low?.Value, range.High?.Value, range.Low?.Code ?? range.High?.Code, FhirValues.Bounded(range.Text))
                : null,
        };
        var device = resource.Device?.Reference;
        return Finish(mapped, new ClinicalRecordDetails(ClinicalRecordKind.Observation, string.Empty, coding?.System?.Trim(), coding?.Code?.Trim(),
            FhirValues.DisplayOf(resource.Code), FhirValues.Literal(resource.Status), occurred?.LocalDate(context.TimeZone), null)
        {
            Category = FhirValues.Bounded(category, 64),
            OccurredAt = occurred,
            Value = quantity?.Value,
            Unit = quantity?.Unit,
            DeviceReference = FhirValues.Bounded(device, Owned.SourceKeyLength),
            Facts = facts with { UnitText = quantity?.UnitText != quantity?.Unit ? quantity?.UnitText : null },
        }, "code");
    }

    public static MappedOwned Map(Immunization resource, FhirSource source, string? fullUrl, FhirMappingContext context)
    {
        var mapped = new MappedOwned(source, fullUrl, OwnedKind.ClinicalRecord);
        mapped.Subject = Owned.Subject(resource.Patient, $"{source.Path}.patient", mapped);
        var (occurred, error) = FhirValues.SourceStartOf(resource.Occurrence);
        if (error is not null)
        {
            mapped.AddIssue($"{source.Path}.occurrence", error);
        }

        var coding = FhirValues.FirstCoding(resource.VaccineCode);
        return Finish(mapped, new ClinicalRecordDetails(ClinicalRecordKind.Immunization, string.Empty, coding?.System?.Trim(), coding?.Code?.Trim(),
            FhirValues.DisplayOf(resource.VaccineCode), FhirValues.Literal(resource.Status), occurred?.LocalDate(context.TimeZone), null)
        {
            OccurredAt = occurred,
            Facts = resource.Occurrence is FhirString text ? new ClinicalFacts { ValueText = FhirValues.Bounded(text.Value) } : null,
        }, "vaccineCode");
    }

    private static MappedOwned Finish(MappedOwned mapped, ClinicalRecordDetails details, string codePath)
    {
        if (details.Code is null)
        {
            mapped.AddIssue($"{mapped.Source.Path}.{codePath}", $"The {mapped.Source.ResourceType} has no coded {codePath} (a coding with a code).");
        }

        ClinicalRecordMapper.CheckLengths(mapped, details, $"{mapped.Source.Path}.{codePath}");
        ClinicalRecordMapper.CheckFacts(mapped, details);
        var key = Owned.SourceKey(mapped.Source, mapped.FullUrl, mapped);
        if (mapped.IsValid && key is not null)
        {
            mapped.Record = details with { SourceKey = key };
        }

        return mapped;
    }

    private static MeasuredValue? Measured(Quantity? quantity) =>
        quantity?.Value is { } value
            ? new MeasuredValue(value, FhirValues.Bounded(quantity.Code, 64), FhirValues.Bounded(quantity.Unit, 64))
            : null;

    private static ObservedComponent? Component(Observation.ComponentComponent component)
    {
        var coding = FhirValues.FirstCoding(component.Code);
        return coding is null
            ? null
            : new ObservedComponent(coding.System, coding.Code!, FhirValues.DisplayOf(component.Code), Measured(component.Value as Quantity));
    }
}
