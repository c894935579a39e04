namespace Chronicle.Application.Patients;

/// <summary>Age in whole years on a date, for lists that read birth dates without loading the entity.</summary>
internal static class PatientAge
{
    public static int On(DateOnly birthDate, DateOnly date)
    {
        var age = date.Year - birthDate.Year;
        return birthDate.AddYears(age) > date ? age - 1 : age;
    }
}
