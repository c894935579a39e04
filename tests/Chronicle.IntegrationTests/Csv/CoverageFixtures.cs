namespace Chronicle.IntegrationTests.Csv;

/// <summary>
/// The payer directory and coverage the test practices import (ADR 0220: a patient-month without
/// coverage in force is blocked, so every world that bills gives its patients coverage): Original
/// Medicare through WPS (J8) and one Medicare Advantage plan with its own receiver.
/// </summary>
internal static class CoverageFixtures
{
    public const string MedicarePayerId = "00952";
    public const string MedicareReceiver = "WPSJ8";
    public const string AdvantagePayerId = "LKMA1";
    public const string AdvantageReceiver = "LAKESIDEMA";

    public const string Payers = "payer_id,name,kind,mac_jurisdiction,claim_format,receiver_id,receiver_qualifier,receiver_name\n" +
        $"{MedicarePayerId},Medicare Part B (WPS J8),medicare-part-b,J8,837p,{MedicareReceiver},ZZ,WPS GOVERNMENT HEALTH ADMINISTRATORS\n" +
        $"{AdvantagePayerId},Lakeside Advantage HMO,medicare-advantage,,837p,{AdvantageReceiver},ZZ,LAKESIDE ADVANTAGE CLAIMS\n";

    public const string PartAPayerId = "04111";
    public const string PartAReceiver = "NORJFPARTA";

    /// <summary>The Part A MAC an institutional practice (RHC, FQHC, CAH) sends Original Medicare claims to (ADR 0260).</summary>
    public const string PartAPayer = "payer_id,name,kind,mac_jurisdiction,claim_format,receiver_id,receiver_qualifier,receiver_name\n" +
        $"{PartAPayerId},Medicare Part A (Noridian JF),medicare-part-a,JF,837i,{PartAReceiver},ZZ,NORIDIAN JF PART A\n";

    public const string Header = "mrn,payer_id,member_id,plan_type,order,start_date,end_date\n";

    /// <summary>Original Medicare from 2015 for each patient, the member id being the patient's MBI.</summary>
    public static string OriginalMedicare(params (string Mrn, string Mbi)[] patients) =>
        Header + string.Concat(patients.Select(p => $"{p.Mrn},{MedicarePayerId},{p.Mbi},,primary,2015-01-01,\n"));
}
