namespace Chronicle.Domain.Enrollment;

using Chronicle.Domain.Common;

// Transfers and the month-overlap rule they share with enrolling.
public sealed partial class PatientEnrollments
{
    /// <summary>
    /// Moves an enrolled patient to another billing practitioner: the current enrollment ends on
    /// the last day of the month before <paramref name="firstMonth"/> and the new one starts on its
    /// first day, so each month has one practitioner. The old consent names the old practitioner;
    /// the gate reports CONSENT-OTHER-PRACTITIONER until a consent naming the new one is recorded.
    /// An open candidacy with the new practitioner is enrolled rather than duplicated.
    /// </summary>
    public Outcome<ProgramEnrollment> Transfer(EnrollmentId id, BillingPractitioner to, BillingMonth firstMonth, StaffId? careManager)
    {
        if (Find(id) is not { } current)
        {
            return Outcome<ProgramEnrollment>.Fail(NotFound(id).Failure!);
        }

        if (current.RefusalOf(EnrollmentEventKind.Transferred) is { } refusal)
        {
            return Outcome<ProgramEnrollment>.Fail(refusal);
        }

        if (to.IsSameAs(current.Practitioner))
        {
            return Outcome<ProgramEnrollment>.Fail(EnrollmentCodes.SamePractitioner, $"The {current} already has that billing practitioner.");
        }

        if (firstMonth <= current.FirstMonth!.Value)
        {
            return Outcome<ProgramEnrollment>.Fail(
                EnrollmentCodes.DateOrder,
                FormattableString.Invariant($"The {current} starts on {current.Start:yyyy-MM-dd}; a transfer can start on {current.FirstMonth!.Value.Next().FirstDay:yyyy-MM-dd} at the earliest."));
        }

        if (ConflictFor(current.Program, to, firstMonth, except: id) is { } conflict)
        {
            return Outcome<ProgramEnrollment>.Fail(conflict);
        }

        var next = _enrollments.Find(e => e.Program == current.Program && e.Practitioner.IsSameAs(to) && e.Status == EnrollmentStatus.Candidate);
        if (next is null)
        {
            next = ProgramEnrollment.Propose(PracticeId, PatientId, current.Program, to, firstMonth.FirstDay);
            _enrollments.Add(next);
        }

        current.Append(EnrollmentEventKind.Transferred, firstMonth.FirstDay, new(EndsOn: firstMonth.Previous().LastDay, RelatedEnrollment: next.Id));
        next.Append(EnrollmentEventKind.Enrolled, firstMonth.FirstDay, new(CareManager: careManager, RelatedEnrollment: current.Id));
        Version++;
        return Outcome<ProgramEnrollment>.Ok(next);
    }

    /// <summary>
    /// Why a new enrollment in <paramref name="program"/> with <paramref name="practitioner"/> from
    /// <paramref name="start"/> would meet another (ENROLL-OVERLAP, ENROLL-PROGRAM-CONFLICT), or null;
    /// for callers that must know before proposing it, such as an import checking a whole file.
    /// </summary>
    public Finding? ConflictWith(CareProgram program, BillingPractitioner practitioner, DateOnly start) =>
        ConflictFor(program, practitioner, BillingMonth.Of(start), except: default);

    /// <summary>
    /// Why an enrollment in <paramref name="program"/> with <paramref name="practitioner"/> open from
    /// <paramref name="from"/> may not exist beside the others, or null. One practitioner bills a
    /// program per patient-month (docs/rules/ccm.md §2 rule 1); CCM and PCM may share a month only with
    /// different practitioners (§2 table, §10 "CCM vs PCM").
    /// </summary>
    private Finding? ConflictFor(CareProgram program, BillingPractitioner practitioner, BillingMonth from, EnrollmentId except)
    {
        foreach (var other in _enrollments.Where(e => e.Id != except && e.Intersects(from, null)))
        {
            var span = other.End is { } end
                ? FormattableString.Invariant($"from {other.Start:yyyy-MM-dd} to {end:yyyy-MM-dd}")
                : FormattableString.Invariant($"from {other.Start:yyyy-MM-dd} with no end date");
            var earliest = other.LastMonth is { } last
                ? FormattableString.Invariant($" This enrollment could start on {last.Next().FirstDay:yyyy-MM-dd} at the earliest.")
                : " End or transfer that enrollment first.";
            var label = program.ToLabel();
            if (other.Program == program)
            {
                return new Finding(
                    EnrollmentCodes.Overlap,
                    $"The patient is already enrolled in {label} with {other.Practitioner} {span}. Only one practitioner may bill {label} for a patient in a calendar month, so enrollments may not share a month.{earliest}",
                    EnrollmentSources.OneBillerPerMonth);
            }

            if (other.Practitioner.IsSameAs(practitioner))
            {
                return new Finding(
                    EnrollmentCodes.ProgramConflict,
                    $"{practitioner} already has the patient in {other.Program.ToLabel()} {span}. One practitioner may not bill CCM and PCM for a patient in the same month.{earliest}",
                    EnrollmentSources.CcmVersusPcm);
            }
        }

        return null;
    }
}
