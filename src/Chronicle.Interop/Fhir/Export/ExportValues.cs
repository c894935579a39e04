namespace Chronicle.Interop.Fhir.Export;

using System.Globalization;
using Chronicle.Domain.Practices;
using Hl7.Fhir.Model;
using DomainAddress = Chronicle.Domain.Common.Address;
using FhirAddress = Hl7.Fhir.Model.Address;

/// <summary>Dates as FHIR writes them: Chronicle keeps calendar dates, which FHIR takes as written.</summary>
internal static class Dates
{
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static FhirDateTime? DateTime(DateOnly? date) => date is { } d ? new FhirDateTime(Date(d)) : null;

    /// <summary>What the source wrote when Chronicle kept it (time and offset included), else the calendar date.</summary>
    public static FhirDateTime? DateTime(Chronicle.Domain.Common.SourceDateTime? written, DateOnly? date) =>
        written is { } w ? new FhirDateTime(w.Text) : DateTime(date);
}

/// <summary>References between exported resources, always relative (<c>Type/id</c>).</summary>
public static class References
{
    public static ResourceReference Organization(Practice practice)
    {
        ArgumentNullException.ThrowIfNull(practice);
        return new ResourceReference($"Organization/{practice.Id.Value}", practice.Name);
    }

    public static ResourceReference To(string type, Guid id, string? display = null) => new($"{type}/{id}", display);

    /// <summary>The id of a relative or absolute reference to <paramref name="type"/>, or null.</summary>
    public static string? IdOf(ResourceReference? reference, string type)
    {
        var text = reference?.Reference;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var parts = text.Split('/');
        return parts.Length >= 2 && parts[^2] == type ? parts[^1] : null;
    }
}

internal static class Addresses
{
    public static FhirAddress? ToFhir(DomainAddress address)
    {
        if (address.IsEmpty)
        {
            return null;
        }

        var result = new FhirAddress { Use = FhirAddress.AddressUse.Home, City = address.City, State = address.State, PostalCode = address.Zip };
        if (address.Line is { Length: > 0 } line)
        {
            result.Line = [line];
        }

        return result;
    }
}
