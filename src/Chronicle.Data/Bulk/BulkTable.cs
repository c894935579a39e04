namespace Chronicle.Data.Bulk;

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

/// <summary>
/// How EF maps one entity type to its table, read from the model so that bulk writes stay in step
/// with every configuration change: the quoted table and column names, and for each column how to
/// read its value from an entity (backing fields and complex properties included) and the type
/// mapping that turns it into a parameter exactly as SaveChanges would.
/// </summary>
internal sealed class BulkTable
{
    private static readonly ConcurrentDictionary<(Type Context, Type Entity), BulkTable> Cache = new();

    private BulkTable(string name, IReadOnlyList<BulkColumn> columns)
    {
        Name = name;
        Columns = columns;
    }

    public string Name { get; }

    public IReadOnlyList<BulkColumn> Columns { get; }

    public static BulkTable Of<T>(ChronicleDbContext db) => Cache.GetOrAdd((db.GetType(), typeof(T)), _ => Build(db, typeof(T)));

    private static BulkTable Build(ChronicleDbContext db, Type type)
    {
        var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not part of the model.");
        var tableName = entity.GetTableName() ?? throw new InvalidOperationException($"{type.Name} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(tableName, entity.GetSchema());
        var table = db.Model.GetRelationalModel().FindTable(tableName, entity.GetSchema())!;
        var columns = new List<BulkColumn>();
        foreach (var column in table.Columns)
        {
            var property = column.PropertyMappings.Select(m => m.Property).First(p => p.DeclaringType.ContainingEntityType == entity);
            if (property.IsShadowProperty())
            {
                throw new InvalidOperationException($"{type.Name}.{property.Name} is a shadow property; bulk writes read values from the entity.");
            }

            var getter = property.GetGetter();
            var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
            columns.Add(new BulkColumn(Quote(column.Name), column.StoreType, getter, mapping));
        }

        var name = entity.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(store.Name)}" : Quote(store.Name);
        return new BulkTable(name, columns);
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}

/// <param name="Mapping">The property's type mapping; its converter turns the model value into what the database stores (ids to GUIDs, enums to numbers, JSON bodies to text).</param>
internal sealed record BulkColumn(string Name, string StoreType, IClrPropertyGetter Getter, RelationalTypeMapping Mapping)
{
    public object? ProviderValue(object entity)
    {
        var value = Getter.GetClrValueUsingContainingEntity(entity);
        return value is not null && Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }
}
