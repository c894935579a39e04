namespace Chronicle.Domain.Billing.Claims;

using System.Text.Json;
using Chronicle.Domain.Common;
using Chronicle.Domain.Enrollment;

/// <summary>
/// The stored billing decision of one patient, program and month of a practice: the engine's
/// status, reasons, explanation and counted minutes, under the rule set of its year. Month close
/// writes one per patient-month and rewrites it only while its claim is still open.
/// </summary>
public sealed class MonthDecision
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private MonthDecision()
    {
        ReasonsJson = "[]";
        ExplanationJson = "[]";
    }

    public Guid Id { get; private set; }

    public PracticeId PracticeId { get; private set; }

    public PatientId PatientId { get; private set; }

    public CareProgram Program { get; private set; }

    public int MonthKey { get; private set; }

    public BillingStatus Status { get; private set; }

    public string ReasonsJson { get; private set; }

    public string ExplanationJson { get; private set; }

    public int ClinicalStaffMinutes { get; private set; }

    public int BillingPractitionerMinutes { get; private set; }

    public int RuleYear { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    public BillingMonth Month => BillingMonth.FromKey(MonthKey);

    public IReadOnlyList<StoredReason> Reasons => JsonSerializer.Deserialize<List<StoredReason>>(ReasonsJson, Json) ?? [];

    public IReadOnlyList<string> Explanation => JsonSerializer.Deserialize<List<string>>(ExplanationJson, Json) ?? [];

    public static MonthDecision Create(PracticeId practiceId, PatientId patientId, CareProgram program, BillingMonth month, BillingDecision decision, DateTimeOffset decidedAt)
    {
        var record = new MonthDecision { Id = Guid.NewGuid(), PracticeId = practiceId, PatientId = patientId, Program = program, MonthKey = month.Key };
        record.Apply(decision, decidedAt);
        return record;
    }

    /// <summary>Takes a fresh decision; false (and nothing touched, not even the time) when it says what the stored one says.</summary>
    public bool Apply(BillingDecision decision, DateTimeOffset decidedAt)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var reasons = JsonSerializer.Serialize(decision.Reasons.Select(r => new StoredReason(r.Code, r.Message, r.Source, r.Kind.ToString())).ToList(), Json);
        var explanation = JsonSerializer.Serialize(decision.Explanation, Json);
        if (Status == decision.Status && ReasonsJson == reasons && ExplanationJson == explanation && RuleYear == decision.RuleYear
            && ClinicalStaffMinutes == decision.CountedMinutes.ClinicalStaff && BillingPractitionerMinutes == decision.CountedMinutes.BillingPractitioner)
        {
            return false;
        }

        Status = decision.Status;
        ReasonsJson = reasons;
        ExplanationJson = explanation;
        RuleYear = decision.RuleYear;
        ClinicalStaffMinutes = decision.CountedMinutes.ClinicalStaff;
        BillingPractitionerMinutes = decision.CountedMinutes.BillingPractitioner;
        DecidedAt = decidedAt;
        return true;
    }
}

/// <summary>A reason as stored: its stable code, message, source and kind (requirement, warning, note, ...).</summary>
public sealed record StoredReason(string Code, string Message, string Source, string Kind);
