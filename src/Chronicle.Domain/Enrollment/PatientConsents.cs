namespace Chronicle.Domain.Enrollment;

using Chronicle.Domain.Common;

/// <summary>
/// A patient's consent ledger. Records are only appended: a correction or revocation is a new
/// version of the consent it changes (docs/rules/ccm.md §4; docs/design.md §5 "Ledgers are append-only").
/// A consent belongs to a program and a billing practitioner; a patient may give one more than
/// once (annual re-consent is a practice policy some keep), and any consent that covers a month
/// is enough for that month.
/// </summary>
public sealed class PatientConsents
{
    private readonly List<ConsentRecord> _records = [];

    private PatientConsents()
    {
    }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    /// <summary>Grows with every change; the concurrency token for saving the ledger.</summary>
    public int Version { get; private set; }

    /// <summary>Every record ever written, in order.</summary>
    public IReadOnlyList<ConsentRecord> Records
    {
        get
        {
            // A database returns rows in no particular order; the ledger is its sequence. Sorting
            // only when out of order keeps enumerations that are under way valid.
            if (_records.Where((r, i) => i > 0 && _records[i - 1].Sequence > r.Sequence).Any())
            {
                _records.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
            }

            return _records;
        }
    }

    /// <summary>The latest version of each consent.</summary>
    public IEnumerable<ConsentRecord> Current =>
        Records.Where(r => !_records.Exists(later => later.Supersedes == r.Id));

    /// <summary>
    /// The one choice of the consent in force for a program-month. Everything that asks "which
    /// consent holds in month M" asks here: the enrollment gate (wizard, patient page, API), month
    /// close, the ledger's consent cut (worklist, time views, <c>time summary</c>) and the claim audit
    /// packet (ADR 0195). Among the program's current consents dated by the month's last day:
    /// <list type="number">
    /// <item>naming <paramref name="practitionerNpi"/> and covering the month (<see cref="ConsentRecord.Covers"/>):
    /// the <em>earliest</em> by date, then sequence, so that the consent cut is the first day consent
    /// held (a consent revoked this month still covers it; a re-consent later in the month does not
    /// move the cut), and a later incomplete or declined re-consent does not undo a consent once given
    /// (consent is needed once per practitioner, docs/rules/ccm.md §4 "Renewal");</item>
    /// <item>else the latest naming the practitioner (declined, incomplete or revoked: its state is the reason);</item>
    /// <item>else the latest naming anyone (the gate and the engine then refuse it for naming another practitioner).</item>
    /// </list>
    /// Null when none is dated by the month's end.
    /// </summary>
    public ConsentRecord? InForce(CareProgram program, Npi? practitionerNpi, BillingMonth month)
    {
        var dated = Current.Where(r => r.Program == program && r.Date <= month.LastDay).ToList();
        var own = dated.Where(r => practitionerNpi is { } npi && r.PractitionerNpi == npi).ToList();
        return own.Where(r => r.Covers(month)).MinBy(r => (r.Date, r.Sequence))
            ?? own.MaxBy(r => (r.Date, r.Sequence))
            ?? dated.MaxBy(r => (r.Date, r.Sequence));
    }

    public static PatientConsents Create(PracticeId practiceId, PatientId patientId) =>
        new() { PracticeId = practiceId, PatientId = patientId };

    public ConsentRecord? Find(ConsentId id) => _records.Find(r => r.Id == id);

    /// <summary>Documents a consent conversation, accepted or declined, complete or not: the gate judges it.</summary>
    public Outcome<ConsentRecord> Record(ConsentDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return details.Validate() is { } problem
            ? Outcome<ConsentRecord>.Fail(EnrollmentCodes.ConsentInvalid, problem)
            : Outcome<ConsentRecord>.Ok(Append(ConsentRecordKind.Original, null, details, null, null));
    }

    /// <summary>
    /// Documents a conversation a person is entering now. An accepted consent that does not record
    /// all four disclosures is refused with CONSENT-DISCLOSURES-MISSING unless the person chose to
    /// record it as incomplete (<paramref name="recordIncomplete"/>); an incomplete consent is kept
    /// but blocks billing until a complete one follows (docs/rules/ccm.md §4). Imports of records
    /// kept elsewhere document history as it was and use <see cref="Record(ConsentDetails)"/>.
    /// </summary>
    public Outcome<ConsentRecord> Record(ConsentDetails details, bool recordIncomplete)
    {
        ArgumentNullException.ThrowIfNull(details);
        var missing = details.Disclosures.Missing();
        if (details.Decision == ConsentDecision.Accepted && missing != ConsentDisclosures.None && !recordIncomplete)
        {
            return Outcome<ConsentRecord>.Fail(EnrollmentCodes.ConsentDisclosuresMissing,
                $"An accepted consent needs all four disclosures; not recorded as explained: {missing.ToCodes().Replace(";", ", ", StringComparison.Ordinal)}. Tick each one the patient was told, or choose to record the consent as incomplete (it will not support billing until a complete consent is recorded).");
        }

        return Record(details);
    }

    /// <summary>Fixes a documentation error; a revocation on the consent stays as it was.</summary>
    public Outcome<ConsentRecord> Correct(ConsentId id, ConsentDetails details, string reason)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (CurrentVersion(id, reason) is { Failure: { } failure })
        {
            return Outcome<ConsentRecord>.Fail(failure);
        }

        var target = Find(id)!;
        var problem = details.Validate() is { } invalid ? new Finding(EnrollmentCodes.ConsentInvalid, invalid)
            : target.RevokedOn is null ? null
            : details.Decision != ConsentDecision.Accepted ? new Finding(EnrollmentCodes.ConsentNotAccepted, "This consent was revoked, so it was accepted; withdraw the revocation before recording it as declined.")
            : target.RevokedOn < details.Date ? RevokedBeforeGiven(target.RevokedOn.Value, details.Date)
            : null;
        return problem is not null
            ? Outcome<ConsentRecord>.Fail(problem)
            : Outcome<ConsentRecord>.Ok(Append(ConsentRecordKind.Correction, target, details, target.RevokedOn, reason.Trim()));
    }

    /// <summary>
    /// The patient withdraws consent for a program with a practitioner on <paramref name="revokedOn"/>:
    /// every accepted consent for them given by then is revoked, effective at the end of that month
    /// (docs/rules/ccm.md §4 item 4). A consent given after the date is a new decision and is left alone.
    /// </summary>
    public Outcome<IReadOnlyList<ConsentRecord>> Revoke(CareProgram program, BillingPractitioner practitioner, DateOnly revokedOn)
    {
        var targets = Current
            .Where(r => r.Program == program && r.Practitioner.IsSameAs(practitioner) && r.Decision == ConsentDecision.Accepted && r.RevokedOn is null && r.Date <= revokedOn)
            .ToList();
        if (targets.Count == 0)
        {
            return Outcome<IReadOnlyList<ConsentRecord>>.Fail(
                EnrollmentCodes.ConsentNotFound,
                FormattableString.Invariant($"There is no accepted, unrevoked {program.ToLabel()} consent for {practitioner} given on or before {revokedOn:yyyy-MM-dd} to revoke."));
        }

        var written = targets.ConvertAll(t => Append(ConsentRecordKind.Revocation, t, t.Details, revokedOn, null));
        return Outcome<IReadOnlyList<ConsentRecord>>.Ok(written);
    }

    /// <summary>Moves a revocation to another date, or withdraws it (null) when it was recorded in error.</summary>
    public Outcome<ConsentRecord> CorrectRevocation(ConsentId id, DateOnly? revokedOn, string reason)
    {
        if (CurrentVersion(id, reason) is { Failure: { } failure })
        {
            return Outcome<ConsentRecord>.Fail(failure);
        }

        var target = Find(id)!;
        var problem = target.RevokedOn is null ? new Finding(EnrollmentCodes.ConsentInvalid, "This consent has not been revoked; there is no revocation to correct.")
            : revokedOn < target.Date ? RevokedBeforeGiven(revokedOn.Value, target.Date)
            : null;
        return problem is not null
            ? Outcome<ConsentRecord>.Fail(problem)
            : Outcome<ConsentRecord>.Ok(Append(ConsentRecordKind.RevocationCorrection, target, target.Details, revokedOn, reason.Trim()));
    }

    private Outcome CurrentVersion(ConsentId id, string? reason)
    {
        if (Find(id) is not { } target)
        {
            return Outcome.Fail(EnrollmentCodes.ConsentNotFound, $"The patient has no consent record {id}.");
        }

        if (_records.Find(r => r.Supersedes == target.Id) is { } later)
        {
            return Outcome.Fail(EnrollmentCodes.ConsentSuperseded, $"Consent record {id} has been superseded by {later.Id}; correct the current record.");
        }

        return string.IsNullOrWhiteSpace(reason)
            ? Outcome.Fail(EnrollmentCodes.ConsentInvalid, "Give the reason for the correction.")
            : Outcome.Ok;
    }

    private static Finding RevokedBeforeGiven(DateOnly revokedOn, DateOnly given) =>
        new(EnrollmentCodes.ConsentDateOrder, FormattableString.Invariant($"A consent given on {given:yyyy-MM-dd} cannot be revoked on {revokedOn:yyyy-MM-dd}, before it was given."));

    private ConsentRecord Append(ConsentRecordKind kind, ConsentRecord? supersedes, ConsentDetails details, DateOnly? revokedOn, string? note)
    {
        var record = ConsentRecord.Create(PracticeId, PatientId, _records.Count + 1, kind, supersedes, details, revokedOn, note);
        _records.Add(record);
        Version++;
        return record;
    }
}
