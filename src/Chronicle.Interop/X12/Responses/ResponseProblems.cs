namespace Chronicle.Interop.X12.Responses;

/// <summary>Collects the problems of one file as it is read, blocking or lenient.</summary>
internal sealed class ResponseProblems
{
    /// <summary>After this many problems the rest are dropped; a file that bad needs no longer list.</summary>
    public const int Max = 200;

    private readonly List<ResponseProblem> _all = [];

    public IReadOnlyList<ResponseProblem> All => _all;

    public int BlockingCount => _all.Count(p => p.Blocking);

    public void Blocking(X12Segment segment, string? element, string message) =>
        Add(new ResponseProblem(segment.Number, segment.Id, element, message, true));

    public void Lenient(X12Segment segment, string? element, string message) =>
        Add(new ResponseProblem(segment.Number, segment.Id, element, message, false));

    public void Add(ResponseProblem problem)
    {
        if (_all.Count < Max)
        {
            _all.Add(problem);
        }
    }
}
