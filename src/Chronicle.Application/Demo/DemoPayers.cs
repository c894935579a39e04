namespace Chronicle.Application.Demo;

using Chronicle.Domain.Patients;
using Chronicle.Domain.Payers;
using Chronicle.Domain.Practices;

/// <summary>
/// The demo practice's payer directory and its patients' coverage (ADR 0220): Original Medicare
/// through the Illinois MAC (J6), one Medicare Advantage plan and one Medigap plan. Every patient
/// is covered from 1 January 2015 (the demo's history is later): most in Original Medicare, every fifth
/// from the fourth on is in the Advantage plan instead, and the first has a Medigap secondary.
/// The generated practices use the same directory, everyone in Original Medicare.
/// </summary>
internal static class DemoPayers
{
    public const string OriginalMedicareCode = "06102";
    public const string AdvantageCode = "RVBMA";
    public const string MedigapCode = "PRGAP";

    public static List<Payer> Directory(Practice practice) =>
    [
        Payer.Create(practice.Id, new PayerDetails(OriginalMedicareCode, "Medicare Part B (NGS J6)", PayerKind.MedicarePartB, "J6",
            ClaimFormat.Professional837P, OriginalMedicareCode, "ZZ", "NATIONAL GOVERNMENT SERVICES")),
        Payer.Create(practice.Id, new PayerDetails(AdvantageCode, "Riverbend Advantage HMO", PayerKind.MedicareAdvantage, null,
            ClaimFormat.Professional837P, "RVBADVANTAGE", "ZZ", "RIVERBEND ADVANTAGE CLAIMS")),
        Payer.Create(practice.Id, new PayerDetails(MedigapCode, "Prairie Medigap Plan G", PayerKind.Medigap, null,
            ClaimFormat.Professional837P, "PRAIRIEGAP", "ZZ", "PRAIRIE MEDIGAP")),
    ];

    /// <summary>The coverage of the demo's <paramref name="index"/>th patient.</summary>
    public static List<Coverage> For(int index, Patient patient, IReadOnlyList<Payer> payers, bool varied)
    {
        var start = new DateOnly(2015, 1, 1);
        var coverage = new List<Coverage>();
        if (varied && index % 5 == 3)
        {
            Add(coverage, patient, payers[1], $"RVB{100000 + index}", "HMO", CoverageOrder.Primary, start);
            return coverage;
        }

        Add(coverage, patient, payers[0], patient.Mbi!.Value.Value, null, CoverageOrder.Primary, start);
        if (varied && index == 0)
        {
            Add(coverage, patient, payers[2], $"PGP{700000 + index}", "Plan G", CoverageOrder.Secondary, start);
        }

        return coverage;
    }

    private static void Add(List<Coverage> coverage, Patient patient, Payer payer, string memberId, string? plan, CoverageOrder order, DateOnly start)
    {
        var change = CoverageRules.Apply(coverage, patient.PracticeId, patient.Id, payer, new CoverageDetails(payer.Id, memberId, plan, order, start, null));
        if (change.Refusal is { } refusal)
        {
            throw new InvalidOperationException($"The demo coverage of {patient.Mrn} is refused: {refusal}");
        }
    }
}
