namespace Chronicle.Interop.Tests.Fhir;

using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using DomainCodeSystem = Chronicle.Domain.Patients.CodeSystem;

public sealed class BundleMappingTests
{
    [Fact]
    public async Task A_transaction_bundle_is_read_without_issues_and_counted()
    {
        var content = await FhirFixtures.ReadAsync("transaction-small.json");

        Assert.Empty(content.Issues);
        Assert.False(content.IsUnreadable);
        Assert.Equal(20, content.ResourcesRead);
        Assert.Equal(3, content.Skipped); // Claim, Medication (read for its code), the DELETE entry
        Assert.Equal(0, content.Rejected);
        Assert.Single(content.Patients);
    }

    [Fact]
    public async Task The_patient_takes_its_mrn_from_the_MR_identifier_and_its_mbi_from_the_us_mbi_identifier()
    {
        var patient = Assert.Single((await FhirFixtures.ReadAsync("transaction-small.json")).Patients);

        var details = patient.Details;
        Assert.Equal("MRN-001", details.Mrn);
        Assert.Equal(Mbi.Parse("1EG4TE5MK73"), details.Mbi);
        Assert.Equal(("Jane", "Doe"), (details.FirstName, details.LastName));
        Assert.Equal(new DateOnly(1950, 3, 12), details.BirthDate);
        Assert.Equal(Sex.Female, details.Sex);
        Assert.Equal(new Address("12 Elm Street", "Springfield", "IL", "62701"), details.Address);
        Assert.Equal("217-555-0101", details.Phone);
        Assert.Equal("Bundle.entry[0].resource", patient.Source.Path);
        Assert.Equal(7, patient.Source.Line); // where the entry's resource object starts
    }

    [Fact]
    public async Task Conditions_keep_their_code_system_and_SNOMED_concepts_carry_the_mapped_ICD10_code()
    {
        var patient = Assert.Single((await FhirFixtures.ReadAsync("transaction-small.json")).Patients);
        var conditions = patient.Conditions.ToDictionary(c => c.Details.SourceKey, c => c.Details);

        var diabetes = conditions["cond-diabetes"];
        Assert.Equal((DomainCodeSystem.Icd10Cm, "E119", "E11.9"), (diabetes.CodeSystem, diabetes.Code, diabetes.Icd10?.Display));
        Assert.Equal((ClinicalStatus.Active, new DateOnly(2015, 4, 1)), (diabetes.ClinicalStatus, diabetes.OnsetDate));

        var hypertension = conditions["cond-hypertension"];
        Assert.Equal((DomainCodeSystem.SnomedCt, "59621000", "I10"), (hypertension.CodeSystem, hypertension.Code, hypertension.Icd10?.Display));
        Assert.Equal("Essential hypertension (disorder)", hypertension.Display);

        // 22:30 on 3 February at -06:00 is 4 February in UTC; the practice (Chicago) calls it the 3rd.
        var pharyngitis = conditions["cond-pharyngitis"];
        Assert.Equal((ClinicalStatus.Resolved, new DateOnly(2023, 2, 3), new DateOnly(2023, 2, 14)),
            (pharyngitis.ClinicalStatus, pharyngitis.OnsetDate, pharyngitis.AbatementDate));
        Assert.Null(pharyngitis.Icd10);
    }

    [Fact]
    public async Task Encounters_become_visits_with_the_billing_code_when_there_is_one_and_the_practitioners_NPI()
    {
        var patient = Assert.Single((await FhirFixtures.ReadAsync("transaction-small.json")).Patients);
        var visits = patient.Visits.ToDictionary(v => v.Details.SourceKey, v => v.Details);

        var office = visits["enc-office"];
        Assert.Equal(HcpcsCode.Parse("99214"), office.Code);
        Assert.Equal(new DateOnly(2024, 5, 1), office.Date);
        Assert.Equal(Npi.Parse("9999197897"), office.RenderingNpi); // from the conditional reference itself

        var checkup = visits["enc-checkup"];
        Assert.Null(checkup.Code);
        Assert.Equal("General examination of patient (procedure)", checkup.Description);
        Assert.Equal(Npi.Parse("1987654328"), checkup.RenderingNpi); // the Practitioner in the bundle
    }

    [Fact]
    public async Task Medications_allergies_coverage_care_plans_teams_goals_and_consents_become_clinical_records()
    {
        var patient = Assert.Single((await FhirFixtures.ReadAsync("transaction-small.json")).Patients);
        var records = patient.Records.ToDictionary(r => r.Details.SourceKey, r => r.Details);

        Assert.Equal(9, records.Count);
        Assert.Equal((ClinicalRecordKind.Medication, "860975", "active", new DateOnly(2015, 4, 1)),
            (records["medreq-metformin"].Kind, records["medreq-metformin"].Code, records["medreq-metformin"].Status, records["medreq-metformin"].StartDate));
        Assert.Equal((ClinicalRecordKind.Medication, "314076", "lisinopril 10 MG Oral Tablet"),
            (records["medstmt-lisinopril"].Kind, records["medstmt-lisinopril"].Code, records["medstmt-lisinopril"].Display));
        Assert.Equal((ClinicalRecordKind.Allergy, "764146007", "active"),
            (records["allergy-penicillin"].Kind, records["allergy-penicillin"].Code, records["allergy-penicillin"].Status));
        Assert.Equal((ClinicalRecordKind.CarePlan, "698360004", "Diabetes self-management plan"),
            (records["careplan-diabetes"].Kind, records["careplan-diabetes"].Code, records["careplan-diabetes"].Display));
        Assert.Equal((ClinicalRecordKind.Goal, "Hemoglobin A1c below 7.0%", new DateOnly(2024, 5, 1), new DateOnly(2024, 11, 1)),
            (records["goal-a1c"].Kind, records["goal-a1c"].Display, records["goal-a1c"].StartDate, records["goal-a1c"].EndDate));
        Assert.Equal((ClinicalRecordKind.Coverage, "subsidized health program"), (records["coverage-medicare"].Kind, records["coverage-medicare"].Display));
        Assert.Equal((ClinicalRecordKind.CareTeam, "Diabetes care team"), (records["careteam-1"].Kind, records["careteam-1"].Display));
        Assert.Equal((ClinicalRecordKind.Consent, "59284-0", new DateOnly(2024, 5, 1)),
            (records["consent-ccm"].Kind, records["consent-ccm"].Code, records["consent-ccm"].StartDate));
    }

    [Fact]
    public async Task A_practitioner_with_an_NPI_and_an_MD_becomes_a_billing_practitioner_and_organizations_are_reported()
    {
        var content = await FhirFixtures.ReadAsync("transaction-small.json");

        var staff = Assert.Single(content.Staff).Details;
        Assert.Equal(("1987654328", "Kwame", "Osei", StaffRole.BillingPractitioner, "MD", "kosei@example.org"),
            (staff.ExternalId, staff.FirstName, staff.LastName, staff.Role, staff.Credential, staff.Email));
        var organization = Assert.Single(content.Organizations);
        Assert.Equal(Npi.Parse("1555555550"), organization.Npi);
    }

    [Fact]
    public async Task A_practitioner_without_a_billing_qualification_is_clinical_staff()
    {
        var text = FhirFixtures.Text("transaction-small.json").Replace("\"code\": \"MD\"", "\"code\": \"RN\"", StringComparison.Ordinal);

        var staff = Assert.Single((await FhirFixtures.ReadTextAsync("rn.json", text)).Staff).Details;

        Assert.Equal((StaffRole.ClinicalStaff, "RN"), (staff.Role, staff.Credential));
    }
}
