namespace Chronicle.Application.Claims;

using Chronicle.Interop.X12;

/// <summary>
/// Who sends the practice's claim files and how (configuration section <c>Chronicle:Claims</c>,
/// ADR 0221): the submitter (loop 1000A) and interchange sender (ISA05/ISA06) the clearinghouse
/// assigned, test or production (ISA15), and receivers that replace a payer's own for the files
/// sent through the clearinghouse. Nothing here has a default: a host with no values refuses to
/// start (<see cref="ClaimFileOptionsValidation"/>), and the demo's appsettings carry the demo's.
/// </summary>
public sealed class ClaimFileOptions
{
    public const string SectionName = "Chronicle:Claims";

    /// <summary>1000A NM109: the submitter id the clearinghouse or MAC assigned.</summary>
    public string? SubmitterId { get; set; }

    public string? SubmitterName { get; set; }

    /// <summary>ISA15: T (test) or P (production).</summary>
    public string? Usage { get; set; }

    /// <summary>ISA06 and GS02.</summary>
    public string? InterchangeSenderId { get; set; }

    /// <summary>ISA05, e.g. ZZ (mutually defined).</summary>
    public string? InterchangeSenderQualifier { get; set; }

    /// <summary>By payer id: the interchange receiver its claims go to instead of the one in the payer directory.</summary>
    public Dictionary<string, ClaimReceiverOptions> Receivers { get; set; } = new(StringComparer.Ordinal);

    public X12Usage X12Usage => Usage == "P" ? X12Usage.Production : X12Usage.Test;
}

/// <summary>An interchange receiver: ISA08/GS03 and 1000B NM109, its ISA07 qualifier and its name (1000B NM103).</summary>
public sealed class ClaimReceiverOptions
{
    public string? Id { get; set; }

    public string? Qualifier { get; set; }

    public string? Name { get; set; }
}
