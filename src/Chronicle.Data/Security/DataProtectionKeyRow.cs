namespace Chronicle.Data.Security;

/// <summary>
/// One key of the web app's data-protection key ring (session cookies, antiforgery tokens), as
/// XML, encrypted with the configured certificate in production (ADR 0190). The web host reads and
/// writes the table through ASP.NET Core's EF key store, whose entity has these three columns; the
/// model here owns the table so that both providers' migrations create it, while this project stays
/// free of ASP.NET Core. Nothing in Chronicle's use cases touches it.
/// </summary>
public sealed class DataProtectionKeyRow
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public string? Xml { get; set; }
}
