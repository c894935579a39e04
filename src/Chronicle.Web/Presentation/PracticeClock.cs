namespace Chronicle.Web.Presentation;

using Chronicle.Application.Practices;
using Chronicle.Domain.Practices;

/// <summary>The signed-in person's practice time zone, read once per request, for pages that write instants.</summary>
public sealed class PracticeClock(GetPracticeTimeZone zone, IHttpContextAccessor http)
{
    private PracticeTimeZone? _zone;
    private bool _read;

    public async Task<PracticeTimeZone?> ZoneAsync()
    {
        if (!_read)
        {
            _zone = await zone.ExecuteAsync(http.HttpContext?.RequestAborted ?? CancellationToken.None);
            _read = true;
        }

        return _zone;
    }

    /// <summary>An instant as the practice's clock showed it ("2026-12-07 09:14 Chicago time"); UTC outside a practice.</summary>
    public async Task<string> LocalAsync(DateTimeOffset instant) => Display.Local(instant, await ZoneAsync());
}
