namespace Chronicle.Application.Enrollment;

using System.Security.Cryptography;
using Chronicle.Application.Audit;
using Chronicle.Application.Common;
using Chronicle.Data.Enrollment;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// Documents a consent conversation, accepted or declined (docs/rules/ccm.md §4), with the signed form
/// when there is one: its bytes are stored beside the record and the record keeps their SHA-256,
/// so the file can later be shown to be the one signed. Every conversation is recorded; the gate
/// decides whether it supports billing.
/// </summary>
public sealed class RecordConsent(EnrollmentStore store, TimeProvider clock)
{
    public async Task<Result<Guid>> ExecuteAsync(ConsentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await store.LoadForChangeAsync(request.PatientId, cancellationToken);
        if (loaded.Value is not { } state)
        {
            return loaded.Error!;
        }

        var practitioner = await store.PractitionerAsync(state.Practice, request.PractitionerId, cancellationToken);
        if (!practitioner.Succeeded)
        {
            return practitioner.Error!;
        }

        StaffId? obtainedBy = null;
        if (request.ObtainedById is { } staffId)
        {
            var staff = await store.CareManagerAsync(state.Practice, staffId, cancellationToken);
            if (!staff.Succeeded)
            {
                return staff.Error!;
            }

            obtainedBy = staff.Value;
        }

        SignedDocument? document = null;
        if (request.Document is { } file)
        {
            var stored = await StoreDocumentAsync(state, file, cancellationToken);
            if (!stored.Succeeded)
            {
                return stored.Error!;
            }

            document = stored.Value;
        }

        var details = new ConsentDetails(
            request.Program, practitioner.Value!, request.Date ?? state.Today, request.Method, request.Decision, request.Disclosures,
            obtainedBy, request.NoOtherCareManagement, request.Language ?? "en", document);
        var recorded = state.Consents.Record(details, request.RecordIncomplete);
        if (recorded.Failure is { } refused)
        {
            return refused.ToError();
        }

        var id = recorded.Value!.Id;
        var what = FormattableString.Invariant($"consent {id}: {request.Decision.ToCode()} {request.Program.ToCode()} on {details.Date:yyyy-MM-dd}{(document is null ? string.Empty : ", signed document " + document.ContentHash)}");
        var error = await store.SaveAsync(state, [EnrollmentStore.Change(state, AuditActions.Create, what)], cancellationToken);
        return error is null ? id.Value : error;
    }

    private async Task<Result<SignedDocument>> StoreDocumentAsync(PatientEnrollmentState state, ConsentFile file, CancellationToken cancellationToken)
    {
        if (file.Content.Length == 0 || file.Content.Length > StoredConsentDocument.MaxBytes)
        {
            return new BusinessError(EnrollmentErrors.DocumentInvalid, $"The signed form must hold between 1 byte and {StoredConsentDocument.MaxBytes / (1024 * 1024)} MB.");
        }

        var mediaType = ConsentFiles.Sniff(file.Content);
        if (mediaType is null || (file.MediaType is { } claimed && !string.Equals(claimed.Trim(), mediaType, StringComparison.OrdinalIgnoreCase)))
        {
            return new BusinessError(EnrollmentErrors.DocumentInvalid, "The signed form must be a PDF, PNG, JPEG or TIFF file, and its content must match its type.");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(file.Content.Span));
        var document = SignedDocument.TryCreate(hash, mediaType).GetOrThrow("signed document");
        var patientId = state.Patient.Id;
        if (!await store.Db.ConsentDocuments.AnyAsync(d => d.PatientId == patientId && d.ContentHash == hash, cancellationToken))
        {
            store.Db.ConsentDocuments.Add(StoredConsentDocument.Create(state.Practice.Id, patientId, hash, mediaType, file.Content.ToArray(), clock.GetUtcNow()));
        }

        return document;
    }
}

/// <param name="Date">The day of the conversation; today in the practice when null.</param>
/// <param name="ObtainedById">The staff member who obtained the consent.</param>
/// <param name="NoOtherCareManagement">The patient's answer that no other practitioner provides care management; null when not asked.</param>
/// <param name="Language">A BCP 47 tag such as en or es; en when null.</param>
/// <param name="RecordIncomplete">The person chose to record an accepted consent that lacks disclosures; refused otherwise.</param>
public sealed record ConsentRequest(
    Guid PatientId,
    CareProgram Program,
    Guid PractitionerId,
    ConsentMethod Method,
    ConsentDecision Decision,
    ConsentDisclosures Disclosures,
    DateOnly? Date = null,
    Guid? ObtainedById = null,
    bool? NoOtherCareManagement = null,
    string? Language = null,
    ConsentFile? Document = null,
    bool RecordIncomplete = false);

/// <summary>An uploaded signed form: its bytes and the media type the client claimed (checked against the bytes).</summary>
public sealed record ConsentFile(ReadOnlyMemory<byte> Content, string? MediaType);

/// <summary>Recognises the file types a signed consent may have from their first bytes.</summary>
public static class ConsentFiles
{
    public static string? Sniff(ReadOnlyMemory<byte> content)
    {
        var b = content.Span;
        return b switch
        {
            [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => "application/pdf",
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
            [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
            [0x49, 0x49, 0x2A, 0x00, ..] or [0x4D, 0x4D, 0x00, 0x2A, ..] => "image/tiff",
            _ => null,
        };
    }

    public static string Extension(string mediaType) => mediaType switch
    {
        "application/pdf" => ".pdf",
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        _ => ".tif",
    };
}
