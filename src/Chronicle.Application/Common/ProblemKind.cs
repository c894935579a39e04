namespace Chronicle.Application.Common;

/// <summary>
/// What kind of problem a code names. The kind alone decides how every surface answers it: the
/// HTTP status of /api ProblemDetails and /fhir, and the FHIR OperationOutcome issue type (ADR 0167).
/// </summary>
public enum ProblemKind
{
    /// <summary>The request itself is malformed or a value is out of range: 400.</summary>
    InvalidInput,

    /// <summary>No such record, or one the caller may not see: 404.</summary>
    NotFound,

    /// <summary>The caller's role may not do this: 403.</summary>
    Forbidden,

    /// <summary>The request clashes with what is stored now (a lock, a duplicate, a concurrent change): 409.</summary>
    Conflict,

    /// <summary>Well-formed, but a rule does not allow it: 422.</summary>
    Rule,

    /// <summary>A service Chronicle needs (the database) cannot be reached; try again later: 503 with Retry-After.</summary>
    Unavailable,
}
