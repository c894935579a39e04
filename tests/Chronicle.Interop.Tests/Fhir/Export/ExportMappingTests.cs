namespace Chronicle.Interop.Tests.Fhir.Export;

using System.Text;
using Chronicle.Domain.Codes;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;
using Chronicle.Domain.Practices;
using Chronicle.Interop.Fhir;
using Chronicle.Interop.Fhir.Export;
using Hl7.Fhir.Serialization;

/// <summary>The export mappers: what the importer reads back, and the FHIR rules the domain does not enforce.</summary>
public sealed class ExportMappingTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static readonly Practice Practice = Practice.Create(new PracticeDetails(
        "Riverbend Family Medicine", Npi.Parse("1999999992"), "123456789", Address.Empty, null, PracticeTimeZone.Parse("America/Chicago"), "11"));

    [Fact]
    public async Task An_exported_patient_and_condition_import_back_to_the_same_MRN_MBI_and_codes()
    {
        var patient = Patient.Create(Practice.Id, new PatientDetails("RB1001", "Harold", "Abernathy", new DateOnly(1941, 3, 4), Sex.Male,
            Mbi.Parse("1EG4TE5MK73"), new Address("1 Elm", "Riverbend", "IL", "62701"), "217-555-1000", Qmb: false), Today);
        var icd10 = Icd10Code.Parse("E119");
        var condition = Condition.Create(Practice.Id, patient.Id, new ConditionDetails("src-1", CodeSystem.SnomedCt, "44054006", "Diabetes", icd10,
            new DateOnly(2015, 1, 1), null, ClinicalStatus.Active, null), ChronicClassification.Unclassified);
        var bundle = new Hl7.Fhir.Model.Bundle { Type = Hl7.Fhir.Model.Bundle.BundleType.Transaction };
        foreach (var resource in new Hl7.Fhir.Model.Resource[] { PatientExport.ToFhir(patient, Practice), ConditionExport.ToFhir(condition) })
        {
            bundle.Entry.Add(new Hl7.Fhir.Model.Bundle.EntryComponent
            {
                FullUrl = $"urn:uuid:{resource.Id}",
                Resource = resource,
                Request = new Hl7.Fhir.Model.Bundle.RequestComponent { Method = Hl7.Fhir.Model.Bundle.HTTPVerb.POST, Url = resource.TypeName },
            });
        }

        var json = FhirJsonSerializer.Default.SerializeToString(bundle);
        var reader = new FhirFileReader(new FhirMappingContext(Icd10CodeSet.None, Domain.Eligibility.ChronicClassifier.BuiltInOnly, Practice.TimeZone, Today));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var content = await reader.ReadAsync(stream, "export.json", null, TestContext.Current.CancellationToken);

        Assert.Empty(content.Issues);
        var imported = Assert.Single(content.Patients);
        Assert.Equal(("RB1001", "1EG4TE5MK73", new DateOnly(1941, 3, 4)), (imported.Details.Mrn, imported.Details.Mbi?.Value, imported.Details.BirthDate));
        var importedCondition = Assert.Single(imported.Conditions);
        Assert.Equal((CodeSystem.SnomedCt, "44054006", condition.Id.Value.ToString()), (importedCondition.Details.CodeSystem, importedCondition.Details.Code, importedCondition.Details.SourceKey));
        var outline = BundleOutline.Read(Encoding.UTF8.GetBytes(json));
        Assert.Equal("transaction", outline!.Type);
        Assert.Equal([("POST", "Patient"), ("POST", "Condition")], outline.Entries.Select(e => (e.Method!, e.ResourceType!)).ToArray());
    }

    [Theory]
    [InlineData(ClinicalStatus.Active, false)]
    [InlineData(ClinicalStatus.Resolved, true)]
    [InlineData(ClinicalStatus.Remission, true)]
    public void An_abatement_date_is_exported_only_with_a_status_FHIR_allows_it_on(ClinicalStatus status, bool exported)
    {
        var condition = Condition.Create(Practice.Id, PatientId.New(), new ConditionDetails("src-2", CodeSystem.Icd10Cm, "J069", "URI", Icd10Code.Parse("J069"),
            new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 15), status, null), ChronicClassification.Unclassified);

        var resource = ConditionExport.ToFhir(condition);

        Assert.Equal(exported, resource.Abatement is not null);
        Assert.Equal("J06.9", resource.Code!.Coding.Single().Code);
    }
}
