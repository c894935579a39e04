namespace Chronicle.Application.Fhir;

using System.Globalization;
using System.Linq.Expressions;

/// <summary>
/// How search values are read, per FHIR's search types: tokens as <c>[system]|[code]</c>, dates
/// with an optional prefix (eq, ne, gt, lt, ge, le, sa, eb) at year, month or day precision, and
/// references as an id, <c>Type/id</c> or a URL ending so. A value that cannot be read gives null,
/// which the search answers with a 400 naming the parameter.
/// </summary>
public static class SearchValues
{
    public static (string? System, string Code) Token(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var bar = value.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? (null, value) : (value[..bar], value[(bar + 1)..]);
    }

    /// <summary>The id a reference value names when it names one of <paramref name="type"/>; a GUID, or null.</summary>
    public static Guid? ReferenceId(string value, string type)
    {
        ArgumentNullException.ThrowIfNull(value);
        var parts = value.Split('/');
        if (parts.Length >= 2 && parts[^2] != type)
        {
            return null;
        }

        return Guid.TryParse(parts[^1], CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>A predicate on a date column for one date search value, or null when the value is not a date search.</summary>
    public static Expression<Func<TEntity, bool>>? Date<TEntity>(Expression<Func<TEntity, DateOnly?>> column, string value)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(value);
        var prefixed = value.Length > 2 && char.IsAsciiLetter(value[0]);
        var prefix = prefixed ? value[..2] : "eq";
        if (Range(prefixed ? value[2..] : value) is not { } range)
        {
            return null;
        }

        var body = column.Body;
        Expression Before(DateOnly d) => Expression.LessThan(body, Constant(d));
        Expression After(DateOnly d) => Expression.GreaterThan(body, Constant(d));
        Expression AtOrAfter(DateOnly d) => Expression.GreaterThanOrEqual(body, Constant(d));
        Expression AtOrBefore(DateOnly d) => Expression.LessThanOrEqual(body, Constant(d));
        Expression? test = prefix switch
        {
            "eq" => Expression.AndAlso(AtOrAfter(range.Start), AtOrBefore(range.End)),
            "ne" => Expression.OrElse(Before(range.Start), After(range.End)),
            "gt" or "sa" => After(range.End),
            "lt" or "eb" => Before(range.Start),
            "ge" => AtOrAfter(range.Start),
            "le" => AtOrBefore(range.End),
            _ => null,
        };
        return test is null ? null : Expression.Lambda<Func<TEntity, bool>>(test, column.Parameters);
    }

    /// <summary>Any of the predicates (a comma-separated list of values is an OR), over one shared parameter.</summary>
    public static Expression<Func<TEntity, bool>> Any<TEntity>(IReadOnlyList<Expression<Func<TEntity, bool>>> predicates)
    {
        ArgumentNullException.ThrowIfNull(predicates);
        var parameter = Expression.Parameter(typeof(TEntity), "e");
        var body = predicates
            .Select(p => new Rebind(p.Parameters[0], parameter).Visit(p.Body))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<TEntity, bool>>(body, parameter);
    }

    private static ConstantExpression Constant(DateOnly date) => Expression.Constant(date, typeof(DateOnly?));

    private static (DateOnly Start, DateOnly End)? Range(string text)
    {
        var date = text.Length > 10 ? text[..10] : text;
        if (text.Length > 10 && text[10] != 'T')
        {
            return null;
        }

        var formats = new[] { ("yyyy", 4), ("yyyy-MM", 7), ("yyyy-MM-dd", 10) };
        foreach (var (format, length) in formats)
        {
            if (date.Length == length && DateOnly.TryParseExact(date, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            {
                var end = length switch
                {
                    4 => start.AddYears(1).AddDays(-1),
                    7 => start.AddMonths(1).AddDays(-1),
                    _ => start,
                };
                return (start, end);
            }
        }

        return null;
    }

    /// <summary>
    /// A string search: any of the columns starts with the value, ignoring case. Translated to SQL
    /// lower(...) on both providers (LIKE ignores case in SQLite but not in PostgreSQL); the value is
    /// lower-cased here invariantly, so no culture is involved in C#.
    /// </summary>
    public static Expression<Func<TEntity, bool>> Prefix<TEntity>(string value, params Expression<Func<TEntity, string>>[] columns)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(columns);
        var text = value.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862
        Expression<Func<string, bool>> test = s => s.ToLower().StartsWith(text);
#pragma warning restore CA1304, CA1311, CA1862
        return Any(columns
            .Select(c => Expression.Lambda<Func<TEntity, bool>>(new Rebind(test.Parameters[0], c.Body).Visit(test.Body), c.Parameters))
            .ToList());
    }

    private sealed class Rebind(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
