namespace Chronicle.Domain.Tests.Common;

using Chronicle.Domain.Common;
using Chronicle.Domain.Patients;

public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("RB1001", null)]
    [InlineData("MRN 0042-A", null)]
    [InlineData("Müller-7", null)]
    [InlineData("RB\r\n1001", "The MRN contains a carriage return (CR) at character 3; an identifier may hold only visible characters and spaces.")]
    [InlineData("RB1001\n", "The MRN contains a line feed (LF) at character 7; an identifier may hold only visible characters and spaces.")]
    [InlineData("RB\t1001", "The MRN contains a tab at character 3; an identifier may hold only visible characters and spaces.")]
    [InlineData("RB\u00001001", "The MRN contains a NUL character at character 3; an identifier may hold only visible characters and spaces.")]
    [InlineData("RB\u202E1001", "The MRN contains the invisible character U+202E at character 3; an identifier may hold only visible characters and spaces.")]
    [InlineData("RB\u200B1001", "The MRN contains the invisible character U+200B at character 3; an identifier may hold only visible characters and spaces.")]
    [InlineData("RB\u20281001", "The MRN contains the invisible character U+2028 at character 3; an identifier may hold only visible characters and spaces.")]
    public void An_identifier_refuses_control_and_invisible_characters(string value, string? problem)
    {
        Assert.Equal(problem, Identifiers.Problem("MRN", value));
    }

    [Fact]
    public void A_patient_whose_MRN_holds_a_line_break_is_refused_whichever_path_creates_it()
    {
        var details = new PatientDetails("RB\r\n1001", "Ada", "Moss", new DateOnly(1950, 1, 1), Sex.Female, null, Address.Empty, null, false);

        Assert.Equal("The MRN contains a carriage return (CR) at character 3; an identifier may hold only visible characters and spaces.", details.Validate(new DateOnly(2026, 1, 1)));
        Assert.Throws<InvalidValueException>(() => Patient.Create(PracticeId.New(), details, new DateOnly(2026, 1, 1)));
    }
}
