namespace Chronicle.Interop.Tests;

/// <summary>Which copy of a public data set a test reads.</summary>
public enum DataSet
{
    /// <summary>The small subset committed in tests/data.</summary>
    Subset,

    /// <summary>The full set, in the folder CHRONICLE_FULL_DATA names (optional).</summary>
    Full,
}
