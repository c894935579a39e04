namespace Chronicle.Domain.Tests.Common;

using Chronicle.Domain.Common;
using Chronicle.Domain.Practices;

public sealed class SourceDateTimeTests
{
    [Theory]
    [InlineData("2012-08-13T03:37:05+00:00", "America/Chicago", "2012-08-12")]
    [InlineData("2012-08-13T03:37:05+00:00", "UTC", "2012-08-13")]
    [InlineData("2012-08-13T23:30:00-05:00", "America/Chicago", "2012-08-13")]
    [InlineData("2012-08-13T23:30:00.125Z", "Europe/Berlin", "2012-08-14")]
    [InlineData("2012-08-13", "Pacific/Honolulu", "2012-08-13")]
    [InlineData("2012-08", "America/Chicago", "2012-08-01")]
    [InlineData("2012", "America/Chicago", "2012-01-01")]
    public void The_text_is_kept_and_the_local_date_comes_from_the_practices_zone(string text, string zone, string local)
    {
        var value = SourceDateTime.Parse(text);

        Assert.Equal(text, value.Text);
        Assert.Equal(DateOnly.Parse(local, System.Globalization.CultureInfo.InvariantCulture), value.LocalDate(PracticeTimeZone.Parse(zone)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("13/08/2012")]
    [InlineData("2012-08-13T03:37:05")]
    [InlineData("2012-02-30")]
    public void What_is_not_a_FHIR_date_or_instant_is_refused(string text) =>
        Assert.False(SourceDateTime.TryParse(text).IsValid);

    [Theory]
    [InlineData("es", true)]
    [InlineData("zh-Hant", true)]
    [InlineData("Spanish language", false)]
    [InlineData("e", false)]
    public void A_language_tag_is_checked_by_one_rule(string tag, bool valid) =>
        Assert.Equal(valid, LanguageTag.IsValid(tag));
}
