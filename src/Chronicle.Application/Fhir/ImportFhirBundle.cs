namespace Chronicle.Application.Fhir;

using Chronicle.Application.Codes;
using Chronicle.Application.Common;
using Chronicle.Application.Importing;
using Chronicle.Application.Security;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Fhir;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>
/// POST /fhir with a transaction or batch Bundle: imported exactly as <c>chronicle import fhir</c>
/// imports a file (the same <see cref="FhirFileReader"/> and <see cref="FhirImportWriter"/>, one
/// database transaction, natural keys, per-patient audit events), into the caller's practice. A
/// transaction with any issue writes nothing and answers one OperationOutcome naming each entry at
/// fault; a batch writes its good entries (the import's --partial) and answers each entry.
/// Practice-wide callers who keep records may write: staff other than billers and auditors, and
/// practice-wide tokens issued for writing (the token's read-only flag is checked by the host).
/// </summary>
public sealed class ImportFhirBundle(PatientAccess access, ReferenceCodes referenceCodes, FhirImportWriter writer, ImportedEntries entries, TimeProvider clock)
{
    public async Task<FhirWriteResult> ExecuteAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (!access.Actor.Allows(Capability.ImportRecords))
        {
            return FhirWriteResult.Refused(new BusinessError(FhirErrors.WriteDenied, access.Actor.Role == Roles.SharedSystem
                ? "This token is limited to particular patients; a Bundle may create patients and staff, so only a practice-wide token issued for writing may post one."
                : "Your role may read the practice's records but not import them."));
        }

        var practiceResult = await access.PracticeAsync(null, cancellationToken);
        if (practiceResult.Value is not { } practice)
        {
            return FhirWriteResult.Refused(practiceResult.Error!);
        }

        var outline = BundleOutline.Read(body.Span);
        if (outline is not null && outline.Type is not ("transaction" or "batch"))
        {
            return FhirWriteResult.Refused(new BusinessError(FhirErrors.BundleType, outline.Type is null
                ? "The Bundle has no type; POST /fhir takes a transaction or batch Bundle."
                : $"POST /fhir takes a transaction or batch Bundle, not a '{outline.Type}' Bundle."));
        }

        var classifier = await referenceCodes.LoadClassifierAsync(cancellationToken);
        var today = practice.TimeZone.LocalDateOf(clock.GetUtcNow());
        var reader = new FhirFileReader(new FhirMappingContext(await referenceCodes.LoadIcd10Async(today, cancellationToken), classifier, practice.TimeZone, today));
        FhirFileContent content;
        using (var stream = new MemoryStream(body.ToArray(), writable: false))
        {
            content = await reader.ReadAsync(stream, "Bundle", null, cancellationToken);
        }

        if (outline is null || content.IsUnreadable)
        {
            return FhirWriteResult.Failed(FhirErrors.BundleInvalid, "The Bundle cannot be read; nothing was written.", content.Issues);
        }

        var batch = outline.Type == "batch";
        if (!batch && content.HasIssues)
        {
            return FhirWriteResult.Failed(FhirErrors.TransactionFailed, "The transaction was not applied: nothing was written.", content.Issues);
        }

        var written = await writer.WriteAsync(practice, content, classifier, today, cancellationToken);
        if (written.HasIssues)
        {
            return FhirWriteResult.Failed(FhirErrors.TransactionFailed, "The database refused the Bundle: nothing was written.",
                [.. written.Issues.Select(i => new FhirIssue(i.File, i.Line, i.Field, i.Reason))]);
        }

        return FhirWriteResult.Answered(await ResponseAsync(practice, outline, content, batch, cancellationToken));
    }

    private async Task<Bundle> ResponseAsync(Practice practice, BundleOutline outline, FhirFileContent content, bool batch, CancellationToken cancellationToken)
    {
        var locations = await entries.LocateAsync(practice.Id, content, cancellationToken);
        var issues = content.Issues.GroupBy(i => ImportedEntries.EntryIndex(i.Path)).ToDictionary(g => g.Key ?? -1, g => g.ToList());
        var response = new Bundle { Type = batch ? Bundle.BundleType.BatchResponse : Bundle.BundleType.TransactionResponse };
        foreach (var entry in outline.Entries)
        {
            var answer = new Bundle.ResponseComponent();
            if (issues.TryGetValue(entry.Index, out var problems))
            {
                answer.Status = "422 Unprocessable Entity";
                answer.Outcome = FhirIssues.Outcome(problems);
            }
            else if (locations.TryGetValue(entry.Index, out var location))
            {
                answer.Status = "200 OK";
                answer.Location = location.Location;
                answer.Outcome = location.Location is null ? Outcomes.Information(FhirErrors.NotKept, location.Note) : null;
            }
            else
            {
                answer.Status = "200 OK";
                answer.Outcome = Outcomes.Information(FhirErrors.NotKept,
                    $"Chronicle does not keep this {entry.ResourceType ?? "entry"} (see ADR 0030: its type is not kept, it is cancelled or entered in error, or it belongs to a patient rejected from this batch).");
            }

            response.Entry.Add(new Bundle.EntryComponent { Response = answer });
        }

        return response;
    }
}

/// <summary>What POST /fhir answers: a response Bundle, or a refusal with its stable code and, for content at fault, an issue per problem.</summary>
public sealed record FhirWriteResult(Bundle? Response, BusinessError? Error, OperationOutcome? Outcome)
{
    public static FhirWriteResult Answered(Bundle response) => new(response, null, null);

    public static FhirWriteResult Refused(BusinessError error) => new(null, error, null);

    public static FhirWriteResult Failed(string code, string message, IReadOnlyList<FhirIssue> issues) =>
        new(null, new BusinessError(code, message), FhirIssues.Outcome(issues, code, message));
}
