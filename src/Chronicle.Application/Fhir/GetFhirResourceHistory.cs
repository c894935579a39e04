namespace Chronicle.Application.Fhir;

using Chronicle.Application.Common;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Model;

/// <summary>
/// GET /fhir/{type}/{id}/_history (history-instance): a history Bundle of the versions Chronicle can
/// serve, which is the current one alone (ADR 0271).
/// </summary>
public sealed class GetFhirResourceHistory(ReadFhirResource read)
{
    public async Task<Result<Bundle>> ExecuteAsync(string type, string id, string baseUrl, CancellationToken cancellationToken)
    {
        var current = await read.ReadAsync(type, id, "history", cancellationToken);
        return current.Value is { } resource ? SearchBundles.History(baseUrl, resource) : current.Error!;
    }
}
