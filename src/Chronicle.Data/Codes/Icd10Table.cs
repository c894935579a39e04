namespace Chronicle.Data.Codes;

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

/// <summary>The table and column names of <see cref="Icd10CodeEntry"/> as the model maps them, quoted for SQL.</summary>
internal sealed record Icd10Table(string Table, string FiscalYear, string Code, string Billable, string Description)
{
    public static Icd10Table Of(ChronicleDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(Icd10CodeEntry))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => Quote(entity.FindProperty(property)!.GetColumnName(table)!);
        var name = entity.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(table.Name)}" : Quote(table.Name);
        return new Icd10Table(
            name,
            Column(nameof(Icd10CodeEntry.FiscalYear)),
            Column(nameof(Icd10CodeEntry.Code)),
            Column(nameof(Icd10CodeEntry.Billable)),
            Column(nameof(Icd10CodeEntry.Description)));
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
