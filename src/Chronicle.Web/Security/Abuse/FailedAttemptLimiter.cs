namespace Chronicle.Web.Security.Abuse;

using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

/// <summary>
/// The rate limiter's global limiter: it lets a guess through while every count it belongs to
/// (per address, per account) has room left, and counts only the guesses that were refused, so a
/// busy practice behind one address is never slowed by its own successful sign-ins. Each count is
/// a fixed window from System.Threading.RateLimiting; the middleware answers 429 with Retry-After.
/// </summary>
internal sealed class FailedAttemptLimiter : PartitionedRateLimiter<HttpContext>
{
    private readonly PartitionedRateLimiter<AttemptKey> _failures;

    public FailedAttemptLimiter(IOptions<AbuseLimits> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        _failures = PartitionedRateLimiter.Create<AttemptKey, AttemptKey>(key =>
        {
            var limit = limits.For(key.Kind);
            var (permits, window) = key.Dimension == AttemptDimension.Address
                ? (limit.PerAddress, limit.AddressWindow)
                : (limit.PerAccount, limit.AccountWindow);
            return permits <= 0
                ? RateLimitPartition.GetNoLimiter(key)
                : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = window,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
        });
    }

    /// <summary>Counts a refused guess against its address and its account.</summary>
    public void RecordFailure(Attempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        foreach (var key in attempt.Keys())
        {
            _failures.AttemptAcquire(key, 1).Dispose();
        }
    }

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (resource.Features.Get<Attempt>() is not { } attempt)
        {
            return Allowed.Instance;
        }

        foreach (var key in attempt.Keys())
        {
            // Asking for no permit only asks whether the window still has room; it takes nothing.
            var lease = _failures.AttemptAcquire(key, 0);
            if (!lease.IsAcquired)
            {
                return lease;
            }

            lease.Dispose();
        }

        return Allowed.Instance;
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(resource, permitCount));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _failures.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class Allowed : RateLimitLease
    {
        public static readonly Allowed Instance = new();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
