namespace Chronicle.Web.Presentation;

using System.Globalization;
using Chronicle.Domain.Patients;

/// <summary>How a clinical record reads on a page: a reading with its unit, a blood pressure as systolic/diastolic, a dosage.</summary>
public static class ClinicalDisplay
{
    private const string Systolic = "8480-6";
    private const string Diastolic = "8462-4";

    public static string Reading(ClinicalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var facts = record.Facts;
        if (record.Value is { } value)
        {
            return $"{Number(value)} {facts.UnitText ?? record.Unit}".TrimEnd();
        }

        var parts = facts.Components ?? [];
        var systolic = parts.FirstOrDefault(c => c.Code == Systolic)?.Quantity;
        var diastolic = parts.FirstOrDefault(c => c.Code == Diastolic)?.Quantity;
        if (systolic is not null && diastolic is not null)
        {
            return $"{Number(systolic.Value)}/{Number(diastolic.Value)} {systolic.UnitText ?? systolic.Unit}".TrimEnd();
        }

        return facts.ValueCoding?.Display ?? facts.ValueText
            ?? string.Join(", ", parts.Where(c => c.Quantity is not null).Select(c => $"{c.Display ?? c.Code} {Number(c.Quantity!.Value)} {c.Quantity.Unit}"));
    }

    public static string Range(ClinicalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Facts.Range is not { } range ? string.Empty
            : range.Text ?? (range.Low, range.High) switch
            {
                ({ } low, { } high) => $"{Number(low)}–{Number(high)}",
                ({ } low, null) => $"≥ {Number(low)}",
                (null, { } high) => $"≤ {Number(high)}",
                _ => string.Empty,
            };
    }

    public static string Dosage(ClinicalRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Facts.Dosage?.Text ?? string.Empty;
    }

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
