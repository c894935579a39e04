namespace Chronicle.Domain.Billing;

/// <summary>Where each billing rule comes from: the section of docs/rules/ccm.md and its source ids.</summary>
public static class BillingSources
{
    public const string Scenario = "docs/spec/billing-scenario.md";
    public const string Ccm99490 = "docs/rules/ccm.md §1.1, §10 '99490 / 99439' [CMSFAQ17; MCR; PASSION]";
    public const string Ccm99487 = "docs/rules/ccm.md §1.1, §10 '99487 / 99489' [LEGALCL; CLINII; IMMED; PAYERREADY MUE]";
    public const string Ccm99491 = "docs/rules/ccm.md §1.1, §10 '99491 / 99437' [AAP-CN22; CHARTSPAN; PAYERREADY MUE]";
    public const string Pcm = "docs/rules/ccm.md §1.2, §9 items 5 and 9, §10 'PCM' [NSIGHT-PCM; AMA-CM22; WILLOW]";
    public const string FamilyChoice = "docs/rules/ccm.md §10 'Non-complex vs complex vs personal CCM'; docs/spec/billing-scenario.md rule 2";
    public const string HardThresholds = "docs/rules/ccm.md §1.1 'Thresholds are hard' [MCR]; §9 item 9";
    public const string Complexity = "docs/rules/ccm.md §1.1 99487, §3.1 [LEGALCL; POSCHK]";
    public const string G0506 = "docs/rules/ccm.md §1.1 G0506, §9 item 1, §10 'G0506' [NGS; CH-G0506; SVMIC; BILLBUSTED]";
    public const string Eligibility = "docs/rules/ccm.md §3.1, §3.2, §10 'CCM eligibility', 'PCM eligibility'";
    public const string ConsentBeforeService = "docs/rules/ccm.md §4 'When', 'No contact, no billing', §10 'Consent gate' [AMA-CONS; NOR-QA Q3]";
    public const string ConsentElements = "docs/rules/ccm.md §4 items 1–4, §10 'Consent gate' [CH-CONS; AMA-CONS; NGS]";
    public const string ConsentScope = "docs/rules/ccm.md §4 'Renewal', §10 'Consent scope' [AMA-CONS; NOR-QA Q3]";
    public const string ConsentRevocation = "docs/rules/ccm.md §4 item 4, §10 'Consent revocation'";
    public const string InitiatingVisit = "docs/rules/ccm.md §3.5, §10 'Initiating-visit gate' [AAFP-FPM17; CH-F2F; NOR-QA Q1; AAFP-CMS16]";
    public const string CarePlan = "docs/rules/ccm.md §5.1, §5.2, §10 'Care plan present' [NEXTGEN; COSAN; NOR-QA Q3–Q4; AAFP-FPM17; NGS]";
    public const string Claim = "docs/rules/ccm.md §6.1, §10 'Claim content' [NOR-OPPS; CMSFAQ17]";
    public const string Payer = "docs/rules/ccm.md §6.5 [CMS-MBI; MCPM-CH1; COBA]; docs/adr/0220-payers-and-coverage.md";
    public const string DateOfService = "docs/rules/ccm.md §6.2, §10 'Date of service' [AAFP-FAQ15]";
    public const string Inpatient = "docs/rules/ccm.md §6.3 [AAFP-FAQ15 quoting CMS FAQ #6]";
    public const string NonClinical = "docs/rules/ccm.md §1, §6.3 [CMSFAQ17]";
    public const string Overlap = "docs/rules/ccm.md §2 rule 2, §10 'Time ledger' [RHIHUB-APCM; AVANTI; MCR]";
    public const string OneBiller = "docs/rules/ccm.md §2 rule 1, §10 'One CCM biller per month' [NGS; AAPC-FAQ15; CH-CONS]";
    public const string CcmVersusPcm = "docs/rules/ccm.md §2, §9 item 4, §10 'CCM vs PCM' [NSIGHT-PCM; WILLOW]";
    public const string CarePlanOversight = "docs/rules/ccm.md §2, §9 item 6, §10 'CCM vs G0181 / G0182 / 90951–90970' [AAPC-HH15; NOR-QA Q5]";
    public const string Apcm = "docs/rules/ccm.md §2, §10 'APCM exclusivity' [AAFP-APCM; FP-BUNDLE]";
    public const string RuleYears = "docs/rules/ccm.md §8 item 12 (no CCM rule change found from 2025 to 2026); docs/adr/0181-rule-years-carried-forward.md";
    public const string G0511Ended = "docs/rules/institutional.md §2 [NARHC-CY26; CODINGINTEL; CY2025-PFS]";
    public const string G0512Ended = "docs/rules/institutional.md §2 [AHRQ-COCM; CY2026-PFS]";
    public const string SettingPayment = "docs/rules/institutional.md §3 [42 CFR 405.2464; 42 CFR 413.70; NOR-CAH]";
    public const string Fees = "CMS PFS RVU files RVU25D and RVU26A (tests/data/pfs/SOURCES.md); docs/rules/ccm.md §7";
}
