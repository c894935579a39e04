namespace Chronicle.Application.Demo;

using Chronicle.Application.Security;

/// <summary>
/// One sign-in per role in the demo practice, all with the same published password. They exist
/// only where the synthetic demo practice was seeded; a real installation starts with
/// 'chronicle users create-admin'.
/// </summary>
public static class DemoSignIns
{
    public const string Password = "Chronicle-demo-2026";

    /// <summary>Noel Baptiste, practice administrator.</summary>
    public const string Admin = "n.baptiste@riverbend.example";

    /// <summary>Dr Adaeze Okafor, MD.</summary>
    public const string BillingPractitioner = "a.okafor@riverbend.example";

    /// <summary>Rosa Castillo, RN.</summary>
    public const string CareManager = "r.castillo@riverbend.example";

    /// <summary>Celine Moreau, billing office.</summary>
    public const string Biller = "c.moreau@riverbend.example";

    /// <summary>Tobias Fischer, compliance (read-only auditor).</summary>
    public const string Auditor = "t.fischer@riverbend.example";

    /// <summary>Harold Abernathy, patient RB1001.</summary>
    public const string Patient = "harold.abernathy@mail.example";

    /// <summary>Margaret Abernathy, caregiver granted access to RB1001.</summary>
    public const string Caregiver = "margaret.abernathy@mail.example";

    /// <summary>Dr Samuel Osei, a cardiologist outside the practice with whom RB1002 is shared.</summary>
    public const string OutsideProvider = "s.osei@lakeview-cardiology.example";

    public const string PatientMrn = "RB1001";
    public const string SharedWithProviderMrn = "RB1002";

    /// <summary>The demo user name for each role.</summary>
    public static IReadOnlyDictionary<string, string> ByRole { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Roles.Admin] = Admin,
        [Roles.BillingPractitioner] = BillingPractitioner,
        [Roles.CareManager] = CareManager,
        [Roles.Biller] = Biller,
        [Roles.Auditor] = Auditor,
        [Roles.Patient] = Patient,
        [Roles.Caregiver] = Caregiver,
        [Roles.OutsideProvider] = OutsideProvider,
    };
}
