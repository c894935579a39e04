namespace Chronicle.Application.Fhir.Resources;

using System.Linq.Expressions;
using Chronicle.Domain.Common;

/// <summary>The <c>patient</c> (and <c>subject</c>) reference parameter of every type in the patient compartment.</summary>
internal static class PatientData
{
    public static Expression<Func<TEntity, bool>> Of<TEntity>(string value, Expression<Func<TEntity, PatientId>> column)
    {
        if (SearchValues.ReferenceId(value, "Patient") is not { } id)
        {
            return e => false;
        }

        var patient = new PatientId(id);
        return Expression.Lambda<Func<TEntity, bool>>(
            Expression.Equal(column.Body, Expression.Constant(patient)), column.Parameters);
    }
}
