namespace Chronicle.Interop.Codes;

using Chronicle.Domain.Codes;
using Chronicle.Domain.Patients;

/// <summary>Turns one CSV record of each classification format into a rule, a skip or an issue.</summary>
internal sealed class ChronicCsvRows(string fileName, Dictionary<string, int> columns)
{
    public CodeFileRow<ChronicCsvRule> ReadCcw(int line, IReadOnlyList<string> fields)
    {
        var system = Field(fields, "code_system");
        if (!string.Equals(system, "ICD-10-CM", StringComparison.OrdinalIgnoreCase))
        {
            return CodeFileRow<ChronicCsvRule>.Skip(line, $"{(system.Length == 0 ? "(blank)" : system)} rows: Chronicle classifies ICD-10-CM and SNOMED CT codes");
        }

        var inclusion = Field(fields, "inclusion_type");
        if (string.Equals(inclusion, "Exclude", StringComparison.OrdinalIgnoreCase))
        {
            return CodeFileRow<ChronicCsvRule>.Skip(line, "Exclude rows: codes a CCW algorithm leaves out of a condition");
        }

        if (!string.Equals(inclusion, "Include", StringComparison.OrdinalIgnoreCase))
        {
            return Bad(line, "inclusion_type", $"'{inclusion}' should be Include or Exclude.");
        }

        return Icd10Rule(line, Field(fields, "condition"), "condition", Field(fields, "code"), "code");
    }

    public CodeFileRow<ChronicCsvRule> ReadTuva(int line, IReadOnlyList<string> fields)
    {
        var code = Field(fields, "icd_10_cm_code");

        // Tuva's grouper lists a few alcohol-treatment procedures (HZ2ZZZZ, ...) among its diagnoses.
        return LooksLikeIcd10Pcs(code) && !Icd10Code.TryParse(code).IsValid
            ? CodeFileRow<ChronicCsvRule>.Skip(line, "rows with an ICD-10-PCS procedure code, not a diagnosis")
            : Icd10Rule(line, Field(fields, "condition"), "condition", code, "icd_10_cm_code");
    }

    public CodeFileRow<ChronicCsvRule> ReadChronicle(int line, IReadOnlyList<string> fields)
    {
        var category = Field(fields, "category");
        if (CategoryError(category) is { } categoryError)
        {
            return Bad(line, "category", categoryError);
        }

        var code = Field(fields, "code");
        var maps = Field(fields, "maps_to_icd10");
        switch (Field(fields, "system").ToLowerInvariant())
        {
            case "icd-10-cm":
                if (maps.Length > 0)
                {
                    return Bad(line, "maps_to_icd10", "only snomed-ct rows map to an ICD-10-CM code; leave it empty on icd-10-cm rows.");
                }

                var prefix = code.EndsWith('*');
                var parsed = Icd10Code.TryParse(prefix ? code[..^1] : code);
                return parsed.IsValid
                    ? CodeFileRow<ChronicCsvRule>.Ok(line, new ChronicCsvRule(CodeSystem.Icd10Cm, parsed.Value.Value, prefix, category, null))
                    : Bad(line, "code", parsed.Error!);
            case "snomed-ct":
                if (code.Length is < 6 or > 18 || code.AsSpan().ContainsAnyExceptInRange('0', '9'))
                {
                    return Bad(line, "code", $"'{code}' is not a SNOMED CT concept id (6 to 18 digits; prefixes are for ICD-10-CM only).");
                }

                if (maps.Length == 0)
                {
                    return CodeFileRow<ChronicCsvRule>.Ok(line, new ChronicCsvRule(CodeSystem.SnomedCt, code, false, category, null));
                }

                var target = Icd10Code.TryParse(maps);
                return target.IsValid
                    ? CodeFileRow<ChronicCsvRule>.Ok(line, new ChronicCsvRule(CodeSystem.SnomedCt, code, false, category, target.Value.Value))
                    : Bad(line, "maps_to_icd10", target.Error!);
            default:
                return Bad(line, "system", $"'{Field(fields, "system")}' should be icd-10-cm or snomed-ct.");
        }
    }

    private CodeFileRow<ChronicCsvRule> Icd10Rule(int line, string condition, string conditionColumn, string code, string codeColumn)
    {
        if (ChronicCsvFormats.AcuteOnlyConditions.Contains(condition))
        {
            return CodeFileRow<ChronicCsvRule>.Skip(line, $"rows of the acute-only condition '{condition}'");
        }

        if (CategoryError(condition) is { } categoryError)
        {
            return Bad(line, conditionColumn, categoryError);
        }

        var parsed = Icd10Code.TryParse(code);
        return parsed.IsValid
            ? CodeFileRow<ChronicCsvRule>.Ok(line, new ChronicCsvRule(CodeSystem.Icd10Cm, parsed.Value.Value, false, condition, null))
            : Bad(line, codeColumn, parsed.Error!);
    }

    /// <summary>Seven characters of the ICD-10-PCS alphabet (digits and letters but I and O).</summary>
    private static bool LooksLikeIcd10Pcs(string code) =>
        code.Length == 7 && code.All(c => char.IsAsciiDigit(c) || (char.IsAsciiLetterUpper(c) && c is not ('I' or 'O')));

    private static string? CategoryError(string category) => category.Length switch
    {
        0 => "the condition or category is empty.",
        > ChronicCsvFormats.MaxCategoryLength => $"the condition or category has {category.Length} characters; at most {ChronicCsvFormats.MaxCategoryLength} are kept.",
        _ => null,
    };

    private string Field(IReadOnlyList<string> fields, string column) =>
        columns.TryGetValue(column, out var index) && index < fields.Count ? fields[index].Trim() : string.Empty;

    private CodeFileRow<ChronicCsvRule> Bad(int line, string column, string reason) =>
        CodeFileRow<ChronicCsvRule>.Bad(fileName, line, reason, column);
}
