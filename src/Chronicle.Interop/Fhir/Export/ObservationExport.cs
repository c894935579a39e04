namespace Chronicle.Interop.Fhir.Export;

using Chronicle.Domain.Patients;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

/// <summary>
/// An observation as US Core: its category, LOINC code, value with its UCUM unit (or components,
/// or a coded value), effective date-time exactly as the source wrote it, reference range, device.
/// </summary>
public static class ObservationExport
{
    private const string Ucum = "http://unitsofmeasure.org";
    private const string CategorySystem = "http://terminology.hl7.org/CodeSystem/observation-category";

    public static Observation ToFhir(ClinicalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var facts = record.Facts;
        var resource = new Observation
        {
            Id = record.Id.Value.ToString(),
            Status = EnumUtility.ParseLiteral<ObservationStatus>(record.Status) ?? ObservationStatus.Unknown,
            Code = Concept(record.CodeSystem, record.Code, record.Display),
            Subject = References.To("Patient", record.PatientId.Value),
            Effective = Dates.DateTime(record.OccurredAt, record.StartDate),
        };
        if (ClinicalProfiles.ForObservation(record.Category, record.Code) is { } profile)
        {
            resource.Meta = new Meta { Profile = [profile] };
        }

        if (record.Category is { } category)
        {
            resource.Category.Add(new CodeableConcept(CategorySystem, category));
        }

        if (record.Value is { } value)
        {
            resource.Value = Quantity(new MeasuredValue(value, record.Unit, facts.UnitText));
        }
        else if (facts.ValueCoding is { } coded)
        {
            resource.Value = Concept(coded.System, coded.Value, coded.Display);
        }
        else if (facts.ValueText is { } text)
        {
            resource.Value = new FhirString(text);
        }

        foreach (var component in facts.Components ?? [])
        {
            resource.Component.Add(new Observation.ComponentComponent
            {
                Code = Concept(component.CodeSystem, component.Code, component.Display),
                Value = component.Quantity is { } quantity ? Quantity(quantity) : null,
                DataAbsentReason = component.Quantity is null ? new CodeableConcept("http://terminology.hl7.org/CodeSystem/data-absent-reason", "unknown") : null,
            });
        }

        if (facts.Range is { } range)
        {
            resource.ReferenceRange.Add(new Observation.ReferenceRangeComponent
            {
                Low = range.Low is { } low ? new Quantity(low, range.Unit, Ucum) : null,
                High = range.High is { } high ? new Quantity(high, range.Unit, Ucum) : null,
                Text = range.Text,
            });
        }

        if (record.DeviceReference is { } device)
        {
            resource.Device = new ResourceReference { Display = device };
        }

        return resource;
    }

    internal static CodeableConcept Concept(string? system, string? code, string? display)
    {
        var concept = new CodeableConcept { Text = display ?? code };
        if (code is { Length: > 0 })
        {
            concept.Coding.Add(new Coding(system, code, display));
        }

        return concept;
    }

    private static Quantity Quantity(MeasuredValue value) => new()
    {
        Value = value.Value,
        Unit = value.UnitText ?? value.Unit,
        System = value.Unit is null ? null : Ucum,
        Code = value.Unit,
    };
}
