namespace Chronicle.Domain.Patients;

using System.Text.Json;
using System.Text.Json.Serialization;
using Chronicle.Domain.Common;

/// <summary>A measured quantity as the source wrote it: the number, its UCUM code and the unit people read.</summary>
public sealed record MeasuredValue(decimal Value, string? Unit, string? UnitText = null);

/// <summary>One part of a panel observation (a blood pressure's systolic and diastolic readings).</summary>
public sealed record ObservedComponent(string? CodeSystem, string Code, string? Display, MeasuredValue? Quantity);

/// <summary>A reference range as the source gave it (either bound may be missing, the text stands alone).</summary>
public sealed record ReferenceRange(decimal? Low, decimal? High, string? Unit, string? Text);

/// <summary>How much and how often, as a prescription gives it.</summary>
public sealed record DosageFacts(string? Text, decimal? DoseValue, string? DoseUnit, int? Frequency, decimal? Period, string? PeriodUnit, bool? AsNeeded);

/// <summary>
/// The details of a clinical record that only its own kind has and Chronicle keeps to show and
/// serve back, never to query: an observation's components, coded value and reference range; an
/// allergy's verification, criticality and reactions; a prescription's dosage and requester.
/// Stored as JSON text and compared by that text, so the set is a value (like <see cref="SourceCodes"/>).
/// </summary>
public sealed record ClinicalFacts
{
    /// <summary>What the column keeps; a source whose details do not fit is refused by the importer, not cut.</summary>
    public const int MaxLength = 4000;

    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static ClinicalFacts Empty { get; } = new();

    public IReadOnlyList<ObservedComponent>? Components { get; init; }

    /// <summary>A coded result (a smoking status, a urine test "negative").</summary>
    public SourceCode? ValueCoding { get; init; }

    /// <summary>A result as text, or an immunization's occurrence given only as words.</summary>
    public string? ValueText { get; init; }

    /// <summary>The unit people read when the source wrote one other than the UCUM code ("mmHg" for mm[Hg]).</summary>
    public string? UnitText { get; init; }

    public ReferenceRange? Range { get; init; }

    /// <summary>An allergy's verification status code (confirmed, unconfirmed, refuted, entered-in-error).</summary>
    public string? Verification { get; init; }

    /// <summary>An allergy's criticality code (low, high, unable-to-assess).</summary>
    public string? Criticality { get; init; }

    /// <summary>An allergy's reaction manifestations (SNOMED CT), with the severity as the display's suffix kept apart.</summary>
    public IReadOnlyList<SourceCode>? Reactions { get; init; }

    public string? ReactionSeverity { get; init; }

    public DosageFacts? Dosage { get; init; }

    /// <summary>Who asked for a prescription: a practitioner's NPI (system us-npi) or the source's reference, with its display.</summary>
    public SourceCode? Requester { get; init; }

    /// <summary>The stored form; what equality between two versions of a record compares.</summary>
    public string Encode() => JsonSerializer.Serialize(this, Options);

    public static ClinicalFacts Decode(string? encoded) =>
        string.IsNullOrWhiteSpace(encoded) || encoded == "{}"
            ? Empty
            : JsonSerializer.Deserialize<ClinicalFacts>(encoded, Options) ?? Empty;
}
