namespace Chronicle.Domain.Enrollment;

using Chronicle.Domain.Common;

/// <summary>
/// What stands between a patient-month and a bill for a program: enrollment, the initiating visit,
/// consent and a designated care manager. Pure: the caller passes everything in. Time can still be
/// logged for a gated month (work is never lost); the month is just not billable until the
/// findings are resolved.
/// </summary>
public static class EnrollmentGate
{
    public static EnrollmentGateResult Evaluate(
        PatientEnrollments enrollments,
        PatientConsents consents,
        IEnumerable<VisitFact> visits,
        CareProgram program,
        BillingMonth month,
        InitiatingVisitRule? rule = null)
    {
        ArgumentNullException.ThrowIfNull(enrollments);
        ArgumentNullException.ThrowIfNull(consents);
        ArgumentNullException.ThrowIfNull(visits);

        if (enrollments.CoveringMonth(program, month) is not { } enrollment)
        {
            var notEnrolled = new Finding(EnrollmentCodes.NotEnrolled, NotEnrolledMessage(enrollments, program, month));
            return new EnrollmentGateResult(program, month, null, null, null, [notEnrolled]);
        }

        var missing = new List<Finding>();
        var visit = (rule ?? InitiatingVisitRule.Default).Check(visits, enrollment.PractitionerNpi, enrollment.Start!.Value);
        if (visit.Needed is { } visitNeeded)
        {
            missing.Add(visitNeeded);
        }

        var consent = ConsentGate.Check(consents, program, enrollment.Practitioner, month);
        missing.AddRange(consent.Missing);

        if (enrollment.CareManagerOn(month.LastDay) is null)
        {
            missing.Add(new Finding(
                EnrollmentCodes.CareManagerMissing,
                $"No care manager is designated for the {enrollment}. Every enrolled patient needs a designated member of the care team for continuity of care.",
                EnrollmentSources.CareTeamMember));
        }

        return new EnrollmentGateResult(program, month, enrollment, consent.Consent, visit.Visit, missing);
    }

    private static string NotEnrolledMessage(PatientEnrollments enrollments, CareProgram program, BillingMonth month)
    {
        var label = program.ToLabel();
        var latest = enrollments.Enrollments.LastOrDefault(e => e.Program == program);
        return latest switch
        {
            null => $"The patient is not enrolled in {label}.",
            { Start: null, Status: EnrollmentStatus.Candidate } => $"The patient is a candidate for the {latest}, not enrolled.",
            { Start: null } => $"The patient's {latest} is {latest.Status.ToProse()}; they were never enrolled.",
            { Start: { } start } when start > month.LastDay => FormattableString.Invariant($"The {latest} starts on {start:yyyy-MM-dd}, after {month}."),
            { End: { } end } => FormattableString.Invariant($"The {latest} ended on {end:yyyy-MM-dd} ({latest.Status.ToProse()}), before {month}."),
            _ => $"The patient is not enrolled in {label} in {month}.",
        };
    }
}

/// <summary>The gate's answer for one program and month.</summary>
public sealed record EnrollmentGateResult(
    CareProgram Program,
    BillingMonth Month,
    ProgramEnrollment? Enrollment,
    ConsentRecord? Consent,
    VisitFact? InitiatingVisit,
    IReadOnlyList<Finding> Missing)
{
    public bool IsBillable => Missing.Count == 0;

    /// <summary>
    /// The first day of the month whose minutes can be billed: neither before the enrollment
    /// starts nor before consent was given (care before consent is not billable; docs/rules/ccm.md §4).
    /// </summary>
    public DateOnly? BillableFrom =>
        IsBillable ? Max(Month.FirstDay, Max(Enrollment!.Start!.Value, Consent!.Date)) : null;

    /// <summary>The last day of the month whose minutes can be billed: the enrollment's end if it falls in the month.</summary>
    public DateOnly? BillableThrough =>
        IsBillable ? (Enrollment!.End is { } end && end < Month.LastDay ? end : Month.LastDay) : null;

    public bool Has(string code) => Missing.Any(f => f.Code == code);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
