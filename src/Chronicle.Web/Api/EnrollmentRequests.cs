namespace Chronicle.Web.Api;

using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

// The JSON bodies of the enrollment, consent and visit endpoints. Programs, methods, decisions,
// outcomes and disclosures are the codes of the CSV files (ccm, verbal, accepted, declined,
// enrolled-elsewhere, cost-sharing, ...), so one vocabulary serves files, API and CLI.

/// <param name="Program">ccm or pcm.</param>
public sealed record ProposeEnrollmentBody(string Program, Guid PractitionerId, DateOnly? Date);

public sealed record EnrollBody(DateOnly? Start, Guid? CareManagerId, Guid? InitiatingVisitId);

/// <param name="Program">ccm or pcm; with <paramref name="PractitionerId"/>, proposes and enrolls in one step.</param>
public sealed record EnrollNewBody(string Program, Guid PractitionerId, DateOnly? Start, Guid? CareManagerId, Guid? InitiatingVisitId);

public sealed record CareManagerBody(Guid CareManagerId, DateOnly? Date);

/// <param name="Outcome">declined, ineligible, enrolled-elsewhere, moved, deceased or reopened.</param>
public sealed record OutcomeBody(string Outcome, DateOnly? Date, string? Reason);

/// <param name="RevokeConsent">Also revoke the consent for the program and practitioner (default true).</param>
public sealed record UnenrollBody(DateOnly? RequestedOn, string? Reason, bool? RevokeConsent);

/// <param name="FirstMonth">The first month of the new practitioner, YYYY-MM.</param>
public sealed record TransferBody(Guid PractitionerId, string FirstMonth, Guid? CareManagerId);

/// <param name="Disclosures">availability, cost-sharing, one-practitioner, right-to-stop: the ones explained.</param>
/// <param name="Document">The signed form, base64, with its media type (application/pdf, image/png, image/jpeg, image/tiff).</param>
public sealed record ConsentBody(
    string Program,
    Guid PractitionerId,
    string Method,
    string Decision,
    IReadOnlyList<string> Disclosures,
    DateOnly? Date,
    Guid? ObtainedById,
    bool? NoOtherCareManagement,
    string? Language,
    DocumentBody? Document,
    bool RecordIncomplete = false);

public sealed record DocumentBody(string ContentBase64, string MediaType);

public sealed record RevokeConsentBody(string Program, Guid PractitionerId, DateOnly? RevokedOn);

/// <param name="Code">CPT/HCPCS, e.g. 99214 or G0438.</param>
/// <param name="Npi">The rendering practitioner's NPI.</param>
public sealed record VisitBody(DateOnly Date, string Code, string Npi);

/// <summary>The id of what a command created or changed.</summary>
public sealed record IdResponse(Guid Id);

/// <summary>How many records a command changed.</summary>
public sealed record CountResponse(int Count);

internal static class EnrollmentBodies
{
    public static ValueResult<CareProgram> Program(string? text) => CarePrograms.TryParse(text);

    public static ValueResult<ConsentDisclosures> Disclosures(IReadOnlyList<string>? codes) =>
        ConsentCodes.TryParseDisclosures(string.Join(';', codes ?? []));
}
