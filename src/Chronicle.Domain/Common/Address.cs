namespace Chronicle.Domain.Common;

/// <summary>A postal address as the claim and the statement print it. Every part is optional.</summary>
public sealed record Address(string? Line, string? City, string? State, string? Zip)
{
    public static Address Empty { get; } = new(null, null, null, null);

    public bool IsEmpty => Line is null && City is null && State is null && Zip is null;

    public override string ToString() =>
        string.Join(", ", new[] { Line, City, $"{State} {Zip}".Trim() }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
