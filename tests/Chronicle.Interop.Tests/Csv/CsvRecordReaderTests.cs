namespace Chronicle.Interop.Tests.Csv;

using System.Text;
using Chronicle.Interop.Csv;

public sealed class CsvRecordReaderTests
{
    [Fact]
    public async Task Plain_records_come_back_with_their_line_numbers()
    {
        var records = await CsvText.ReadAllAsync("a,b,c\n1,2,3\n4,5,6\n");

        Assert.Equal([1, 2, 3], records.Select(r => r.Line));
        Assert.Equal(["4", "5", "6"], records[2].Fields);
        Assert.All(records, r => Assert.Null(r.Error));
    }

    [Theory]
    [InlineData("a,b\r\n1,2\r\n")]
    [InlineData("a,b\n1,2\n")]
    [InlineData("a,b\r1,2\r")]
    [InlineData("a,b\n1,2")]
    public async Task CRLF_LF_and_CR_line_ends_and_a_missing_final_newline_all_read_the_same(string text)
    {
        var records = await CsvText.ReadAllAsync(text);

        Assert.Equal(2, records.Count);
        Assert.Equal(["1", "2"], records[1].Fields);
        Assert.Equal(2, records[1].Line);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_UTF8_byte_order_mark_is_not_part_of_the_first_column_name(bool byteOrderMark)
    {
        var records = await CsvText.ReadAllAsync("mrn,first_name\nA1,Zoë\n", byteOrderMark);

        Assert.Equal("mrn", records[0].Fields[0]);
        Assert.Equal("Zoë", records[1].Fields[1]);
    }

    [Fact]
    public async Task Quoted_fields_hold_commas_doubled_quotes_and_line_breaks()
    {
        var records = await CsvText.ReadAllAsync("a,b,c\n\"Smith, Jr.\",\"say \"\"hi\"\"\",\"two\nlines\"\n");

        Assert.Equal(["Smith, Jr.", "say \"hi\"", "two\nlines"], records[1].Fields);
    }

    [Fact]
    public async Task A_record_after_a_multi_line_field_reports_its_own_physical_line()
    {
        const string text = "a,b\n1,\"x\r\ny\nz\"\n2,w\r\n\"\"\"q\"\"\",\"\n\"\n3,v\n";

        var records = await CsvText.ReadAllAsync(text);

        Assert.Equal([1, 2, 5, 6, 8], records.Select(r => r.Line));
        Assert.Equal("x\r\ny\nz", records[1].Fields[1]);
        Assert.Equal(["\"q\"", "\n"], records[3].Fields);
        Assert.Equal(["3", "v"], records[4].Fields);
    }

    [Fact]
    public async Task Blank_lines_are_skipped_but_still_counted()
    {
        var records = await CsvText.ReadAllAsync("a,b\n\n1,2\n   \n\r\n3,4\n\n");

        Assert.Equal([1, 3, 6], records.Select(r => r.Line));
    }

    [Fact]
    public async Task Empty_fields_are_kept_including_a_trailing_one()
    {
        var records = await CsvText.ReadAllAsync(",,\n\"\",x,\n");

        Assert.Equal(["", "", ""], records[0].Fields);
        Assert.Equal(["", "x", ""], records[1].Fields);
    }

    [Fact]
    public async Task An_empty_file_has_no_records()
    {
        Assert.Empty(await CsvText.ReadAllAsync(string.Empty));
        Assert.Empty(await CsvText.ReadAllAsync(string.Empty, byteOrderMark: true));
    }

    [Fact]
    public async Task A_quote_inside_an_unquoted_field_is_an_error_on_that_record_only()
    {
        var records = await CsvText.ReadAllAsync("a,b\nO\"Brien,1\n2,3\n");

        Assert.Equal(3, records.Count);
        Assert.Contains("quote appears inside an unquoted field", records[1].Error, StringComparison.Ordinal);
        Assert.False(records[1].IsFatal);
        Assert.Equal(2, records[1].Line);
        Assert.Null(records[2].Error);
        Assert.Equal(["2", "3"], records[2].Fields);
    }

    [Fact]
    public async Task Text_after_a_closing_quote_is_an_error_naming_the_field()
    {
        var records = await CsvText.ReadAllAsync("a,b\n1,\"x\"y\n");

        Assert.Contains("closing quote of field 2", records[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quote_never_closed_stops_the_reader_naming_the_line_it_opened_on()
    {
        var records = await CsvText.ReadAllAsync("a,b\n1,2\n3,\"open\n4,5\n6,7\n");

        var last = records[^1];
        Assert.True(last.IsFatal);
        Assert.Equal(3, last.Line);
        Assert.Contains("opens on line 3 is never closed", last.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Bytes_that_are_not_UTF8_stop_the_reader_with_a_clear_error(bool byteOrderMark)
    {
        byte[] bytes = [.. CsvText.Bytes("a,b\n1,2\n", byteOrderMark), 0x33, 0x2C, 0xC3, 0x28, 0x0A];

        var records = await CsvText.ReadAllAsync(bytes);

        var last = records[^1];
        Assert.True(last.IsFatal);
        Assert.Contains("not UTF-8", last.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_longer_than_the_limit_stops_the_reader()
    {
        var text = "a\n\"" + new string('x', CsvRecordReader.MaxRecordLength + 10);

        var records = await CsvText.ReadAllAsync(text);

        Assert.True(records[^1].IsFatal);
        Assert.Contains("closing quote is probably missing", records[^1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_spanning_buffer_boundaries_read_intact()
    {
        var builder = new StringBuilder("id,text\r\n");
        var expected = new List<string>();
        for (var i = 0; i < 3000; i++)
        {
            var value = $"line {i}, with \"quotes\"\r\nand a break {new string('y', i % 37)}";
            expected.Add(value);
            builder.Append(i).Append(",\"").Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\"\r\n");
        }

        var records = await CsvText.ReadAllAsync(builder.ToString());

        Assert.Equal(expected, records.Skip(1).Select(r => r.Fields[1]));
        Assert.Equal(2 + (2 * 2999), records[^1].Line);
    }
}
