namespace Chronicle.Interop.Csv;

using System.Globalization;
using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;

/// <summary>The <c>patients</c> CSV kind: one patient per row, keyed by MRN within the practice.</summary>
public static class PatientCsv
{
    /// <summary>Earliest birth date accepted (the domain's rule in <see cref="PatientDetails.Validate"/>).</summary>
    public static readonly DateOnly EarliestBirthDate = new(1880, 1, 1);

    public static CsvLayout Layout { get; } = new(
        "patients",
        new CsvColumn("mrn", true, 64),
        new CsvColumn("first_name", true),
        new CsvColumn("last_name", true),
        new CsvColumn("birth_date", true),
        new CsvColumn("sex", true),
        new CsvColumn("mbi", false),
        new CsvColumn("address_line", false),
        new CsvColumn("city", false),
        new CsvColumn("state", false),
        new CsvColumn("zip", false),
        new CsvColumn("phone", false, 32),
        new CsvColumn("qmb", false),
        new CsvColumn("preferred_language", false, LanguageTag.MaxLength));

    /// <param name="today">Today in the practice's time zone: a birth date after it is refused.</param>
    public static CsvParsed<PatientDetails> Parse(CsvRow row, DateOnly today)
    {
        var cells = new CsvCells(row);
        var mrn = cells.Identifier("mrn");
        var firstName = cells.Text("first_name");
        var lastName = cells.Text("last_name");
        var birthDate = cells.Date("birth_date");
        var sex = cells.Parse("sex", Sexes.TryParse);
        var mbi = cells.Parse("mbi", Mbi.TryParse);
        var address = CsvAddress.Read(cells);
        var phone = cells.Text("phone");
        var qmb = cells.Boolean("qmb");

        // Optional and added later: a file without the column (or a blank cell) keeps the language on record.
        var language = cells.ParseObject("preferred_language", LanguageTag.TryParse);
        if (birthDate > today)
        {
            cells.Problem("birth_date", string.Create(CultureInfo.InvariantCulture, $"The birth date {birthDate:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd})."));
        }
        else if (birthDate < EarliestBirthDate)
        {
            cells.Problem("birth_date", string.Create(CultureInfo.InvariantCulture, $"The birth date {birthDate:yyyy-MM-dd} is before 1880."));
        }

        if (cells.HasProblems)
        {
            return new CsvParsed<PatientDetails>(null, cells.Problems);
        }

        return new CsvParsed<PatientDetails>(
            new PatientDetails(mrn!, firstName!, lastName!, birthDate!.Value, sex!.Value, mbi, address, phone, qmb ?? false, PreferredLanguage: language), []);
    }
}
