namespace Chronicle.Interop.X12;

using System.Globalization;

/// <summary>
/// An interchange or group control number, 1–999,999,999. There is deliberately no way to make
/// one other than from a number the caller has reserved (its default, 0, is refused by the
/// writer), so uniqueness stays the job of the caller's persisted sequence.
/// </summary>
public readonly record struct X12ControlNumber
{
    public const int MaxValue = 999_999_999;

    private X12ControlNumber(int value) => Value = value;

    public int Value { get; }

    public bool IsAssigned => Value > 0;

    public static X12ControlNumber FromReserved(long value) =>
        value is >= 1 and <= MaxValue
            ? new X12ControlNumber((int)value)
            : throw new ArgumentOutOfRangeException(nameof(value), value, "An X12 control number is between 1 and 999999999.");

    /// <summary>The nine-digit zero-padded form ISA13 and IEA02 use.</summary>
    public string Padded => Value.ToString("D9", CultureInfo.InvariantCulture);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
