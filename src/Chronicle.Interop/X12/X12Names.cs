namespace Chronicle.Interop.X12;

using Chronicle.Domain.Common;

/// <summary>The NM1, PER, PRV, N3 and N4 checks shared by the loops that name someone.</summary>
internal static class X12Names
{
    public static readonly NameRule Submitter = new("41", ["1", "2"], ["46"], AnyId);
    public static readonly NameRule Receiver = new("40", ["2"], ["46"], AnyId);
    public static readonly NameRule BillingProvider = new("85", ["1", "2"], ["XX"], NpiId);
    public static readonly NameRule Subscriber = new("IL", ["1"], ["MI"], MbiId);
    public static readonly NameRule PlanMember = new("IL", ["1"], ["MI"], AnyId);
    public static readonly NameRule Payer = new("PR", ["2"], ["PI", "XV"], AnyId);
    public static readonly NameRule Rendering = new("82", ["1", "2"], ["XX"], NpiId);
    public static readonly NameRule Attending = new("71", ["1"], ["XX"], NpiId);

    /// <summary>Checks an NM1 and returns its NM109 identifier when valid.</summary>
    public static string? Check(X12ElementCheck check, X12Segment nm1, NameRule rule)
    {
        check.MaxElements(nm1, 9);
        var entity = check.Code(nm1, 2, true, rule.EntityTypes);
        check.Text(nm1, 3, 1, 60);
        if (entity == "2")
        {
            check.Empty(nm1, 4, 5, 7);
        }
        else
        {
            check.Text(nm1, 4, 1, 35, required: false);
            check.Text(nm1, 5, 1, 25, required: false);
            check.Text(nm1, 7, 1, 10, required: false);
        }

        check.Empty(nm1, 6);
        check.Code(nm1, 8, true, rule.IdQualifiers);
        var id = check.Text(nm1, 9, 2, 80);
        if (id is null)
        {
            return null;
        }

        var problem = rule.IdProblem(id);
        if (problem is not null)
        {
            check.Add(nm1, "NM109", problem);
            return null;
        }

        return id;
    }

    public static void CheckContact(X12ElementCheck check, X12Segment per)
    {
        check.MaxElements(per, 8);
        check.Code(per, 1, true, "IC");
        check.Text(per, 2, 1, 60, required: false);
        string[] kinds = ["ED", "EM", "FX", "TE"];
        check.Code(per, 3, true, kinds);
        check.Text(per, 4, 1, 256);
        for (var index = 5; index <= 7; index += 2)
        {
            if (per[index].Length > 0 || per[index + 1].Length > 0)
            {
                check.Code(per, index, true, [.. kinds, "EX"]);
                check.Text(per, index + 1, 1, 256);
            }
        }
    }

    public static void CheckTaxonomy(X12ElementCheck check, X12Segment prv, string providerCode)
    {
        check.MaxElements(prv, 3);
        check.Code(prv, 1, true, providerCode);
        check.Code(prv, 2, true, "PXC");
        if (check.Text(prv, 3, 1, 50) is { } taxonomy && (taxonomy.Length != 10 || !taxonomy.All(char.IsAsciiLetterOrDigit)))
        {
            check.Add(prv, "PRV03", $"'{taxonomy}' is not a 10-character NUCC taxonomy code.");
        }
    }

    public static void CheckStreet(X12ElementCheck check, X12Segment n3)
    {
        check.MaxElements(n3, 2);
        check.Text(n3, 1, 1, 55);
        check.Text(n3, 2, 1, 55, required: false);
    }

    public static void CheckCity(X12ElementCheck check, X12Segment n4, bool nineDigitZip)
    {
        check.MaxElements(n4, 3);
        check.Text(n4, 1, 2, 30);
        if (check.Text(n4, 2, 2, 2) is { } state && !state.All(char.IsAsciiLetterUpper))
        {
            check.Add(n4, "N402", $"'{state}' is not a state code.");
        }

        var zip = check.Simple(n4, 3, required: true);
        if (zip is not null && !(X12Text.IsDigits(zip, 9) || (!nineDigitZip && X12Text.IsDigits(zip, 5))))
        {
            check.Add(n4, "N403", nineDigitZip
                ? $"'{zip}' must be a ZIP+4 of 9 digits for the billing provider."
                : $"'{zip}' must be a ZIP code of 5 or 9 digits.");
        }
    }

    private static string? AnyId(string id) => null;

    private static string? NpiId(string id) => Npi.TryParse(id) is { IsValid: false, Error: var error } ? error : null;

    private static string? MbiId(string id)
    {
        var parsed = Mbi.TryParse(id);
        return !parsed.IsValid ? parsed.Error
            : parsed.Value.Value != id ? $"'{id}' must be written as {parsed.Value.Value} (upper case, no dashes)."
            : null;
    }
}

/// <summary>What an NM1 of one loop must carry: its entity identifier code, allowed entity types and id qualifiers, and the id's own rule.</summary>
internal sealed record NameRule(string Qualifier, string[] EntityTypes, string[] IdQualifiers, Func<string, string?> IdProblem);
