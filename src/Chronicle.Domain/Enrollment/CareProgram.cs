namespace Chronicle.Domain.Enrollment;

using Chronicle.Domain.Common;

/// <summary>The care-management programs a patient is enrolled in (docs/rules/ccm.md §1.1, §1.2).</summary>
public enum CareProgram
{
    /// <summary>Chronic Care Management: two or more chronic conditions (99490, 99439, 99487, 99489, 99491, 99437).</summary>
    Ccm = 1,

    /// <summary>Principal Care Management: one high-risk condition (99424–99427).</summary>
    Pcm = 2,
}

public static class CarePrograms
{
    /// <summary>Parses the codes the CSV files use: <c>ccm</c> and <c>pcm</c>.</summary>
    public static ValueResult<CareProgram> TryParse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "ccm" => ValueResult<CareProgram>.Ok(CareProgram.Ccm),
        "pcm" => ValueResult<CareProgram>.Ok(CareProgram.Pcm),
        _ => ValueResult<CareProgram>.Fail($"'{text}' is not a program; use ccm or pcm."),
    };

    public static string ToCode(this CareProgram program) => program switch
    {
        CareProgram.Ccm => "ccm",
        CareProgram.Pcm => "pcm",
        _ => throw new ArgumentOutOfRangeException(nameof(program), program, "Unknown care program."),
    };

    /// <summary>The short name people use: CCM, PCM.</summary>
    public static string ToLabel(this CareProgram program) => program.ToCode().ToUpperInvariant();
}
