namespace Chronicle.Domain.Time;

using Chronicle.Domain.Common;

/// <summary>
/// A month's minutes for one patient and program, by performer class, after every exclusion and
/// merge. Seconds are summed before truncating, so 10½ + 10½ minutes make 21. The practitioner's
/// own minutes also count toward the clinical-staff codes (docs/rules/ccm.md §1.1):
/// <see cref="TowardClinicalStaffCodes"/>. <see cref="Excluded"/> is what was logged in the month
/// and does not count, so logged = clinical staff + practitioner + excluded.
/// </summary>
public sealed record MonthMinutes(
    int ClinicalStaffSeconds,
    int BillingPractitionerSeconds,
    int LoggedSeconds,
    int NonClinicalSeconds,
    int InpatientSeconds,
    int OverlapSeconds,
    int BeforeConsentSeconds = 0)
{
    public static MonthMinutes Zero { get; } = new(0, 0, 0, 0, 0, 0);

    /// <summary>The consent cut the count applied (minutes on earlier local dates do not count), if any.</summary>
    public DateOnly? CountFrom { get; init; }

    public Minutes ClinicalStaff => Minutes.FromSeconds(ClinicalStaffSeconds);

    public Minutes BillingPractitioner => Minutes.FromSeconds(BillingPractitionerSeconds);

    public Minutes TowardClinicalStaffCodes => Minutes.FromSeconds(ClinicalStaffSeconds + BillingPractitionerSeconds);

    public Minutes Logged => Minutes.FromSeconds(LoggedSeconds);

    public Minutes Excluded => new(Logged.Value - ClinicalStaff.Value - BillingPractitioner.Value);

    public Minutes NonClinical => Minutes.FromSeconds(NonClinicalSeconds);

    public Minutes Inpatient => Minutes.FromSeconds(InpatientSeconds);

    public Minutes Overlap => Minutes.FromSeconds(OverlapSeconds);

    public Minutes BeforeConsent => Minutes.FromSeconds(BeforeConsentSeconds);

    /// <summary>Sums the counts of the entries in the month (others are ignored).</summary>
    public static MonthMinutes Of(IEnumerable<EntryCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        long clinical = 0, practitioner = 0, logged = 0, nonClinical = 0, inpatient = 0, overlap = 0, beforeConsent = 0;
        DateOnly? countFrom = null;
        foreach (var count in counts.Where(c => c.InMonth))
        {
            logged += count.Entry.DurationSeconds;
            countFrom ??= count.Entry.CountFrom;
            switch (count.Exclusion)
            {
                case TimeExclusion.NonClinical:
                    nonClinical += count.Entry.DurationSeconds;
                    break;
                case TimeExclusion.Inpatient:
                    inpatient += count.Entry.DurationSeconds;
                    break;
                case TimeExclusion.BeforeConsent:
                    beforeConsent += count.Entry.DurationSeconds;
                    break;
                default:
                    overlap += count.OverlapSeconds;
                    if (count.Entry.Performer == PerformerClass.BillingPractitioner)
                    {
                        practitioner += count.CountedSeconds;
                    }
                    else
                    {
                        clinical += count.CountedSeconds;
                    }

                    break;
            }
        }

        return new MonthMinutes(Cap(clinical), Cap(practitioner), Cap(logged), Cap(nonClinical), Cap(inpatient), Cap(overlap), Cap(beforeConsent)) { CountFrom = countFrom };
    }

    /// <summary>The reasons minutes were not counted, with the billing engine's note codes.</summary>
    public IReadOnlyList<Finding> Exclusions()
    {
        var findings = new List<Finding>();
        if (NonClinicalSeconds > 0)
        {
            findings.Add(new Finding(TimeCodes.NonClinicalExcluded, $"{NonClinical.Value} min of non-clinical staff time do not count.", TimeRuleSources.NeverCounts));
        }

        if (InpatientSeconds > 0)
        {
            findings.Add(new Finding(TimeCodes.InpatientExcluded, $"{Inpatient.Value} min while the patient was an inpatient do not count.", TimeRuleSources.NeverCounts));
        }

        if (BeforeConsentSeconds > 0)
        {
            findings.Add(new Finding(
                TimeCodes.BeforeConsent,
                FormattableString.Invariant($"{BeforeConsent.Value} min were logged before the consent of {CountFrom:yyyy-MM-dd} and do not count: care before consent is not billable."),
                TimeRuleSources.ConsentBeforeService));
        }

        if (OverlapSeconds > 0)
        {
            findings.Add(new Finding(TimeCodes.OverlappingTime, $"{Overlap.Value} min overlapped other entries of the same person and were counted once.", TimeRuleSources.NoDoubleCounting));
        }

        return findings;
    }

    // Seconds in a month fit an int many times over; a larger sum means corrupt data, capped to a month.
    private static int Cap(long seconds) => (int)Math.Min(seconds, Minutes.MaxPerMonth * 60L);
}
