namespace Chronicle.Interop.X12;

using System.Globalization;

/// <summary>
/// One ST–SE transaction set: header, submitter (1000A), receiver (1000B), then billing provider
/// levels (2000A/2010AA) each with subscriber levels (2000B/2010BA/2010BB) and their claims.
/// A loop-order issue ends this transaction's walk; the SE count and the next transaction are
/// still checked.
/// </summary>
internal static class Claim837TransactionReader
{
    public static void Read(List<X12Segment> segments, X12Cursor cursor, X12ElementCheck check, X12ClaimProfile profile, HashSet<string> transactionNumbers, DateOnly? fileDate)
    {
        var stIndex = cursor.Index;
        var st = cursor.Expect("ST", null, "transaction set header");
        check.MaxElements(st, 3);
        check.Code(st, 1, true, "837");
        var controlNumber = check.Text(st, 2, 4, 9);
        if (controlNumber is not null && !transactionNumbers.Add(controlNumber))
        {
            check.Add(st, "ST02", $"transaction set control number {controlNumber} is used twice in the group.");
        }

        check.Code(st, 3, true, profile.Version);

        var seIndex = stIndex + 1;
        while (seIndex < segments.Count && segments[seIndex].Id is not ("SE" or "ST" or "GE" or "GS" or "IEA"))
        {
            seIndex++;
        }

        if (seIndex >= segments.Count || segments[seIndex].Id != "SE")
        {
            cursor.MoveTo(seIndex);
            cursor.Expect("SE", null, $"trailer of the transaction set that starts at segment {st.Number}");
        }

        var body = new X12Cursor(segments, stIndex + 1, seIndex, check);
        try
        {
            new TransactionBody(body, check, profile, st[2], fileDate).Read();
        }
        catch (X12StructureStop)
        {
            // Recorded; go on with the trailer.
        }

        cursor.MoveTo(seIndex);
        var se = cursor.Expect("SE", null, "transaction set trailer");
        check.MaxElements(se, 2);
        var actual = seIndex - stIndex + 1;
        if (check.Number(se, 1, 10) is { } count && count != actual)
        {
            check.Add(se, "SE01", $"says {count} segments; the transaction set has {actual} (ST to SE).");
        }

        if (check.Text(se, 2, 4, 9) is { } trailer && trailer != st[2])
        {
            check.Add(se, "SE02", $"'{trailer}' does not match ST02 '{st[2]}'.");
        }
    }

    private sealed class TransactionBody(X12Cursor cursor, X12ElementCheck check, X12ClaimProfile profile, string transactionNumber, DateOnly? fileDate)
    {
        private int _hierarchicalCount;

        public void Read()
        {
            var bht = cursor.Expect("BHT", null, "beginning of hierarchical transaction");
            check.MaxElements(bht, 6);
            check.Code(bht, 1, true, "0019");
            check.Code(bht, 2, true, "00", "18");
            check.Text(bht, 3, 1, 50);
            check.Date(bht, 4);
            check.Time(bht, 5, 8);
            check.Code(bht, 6, true, "CH");

            X12Names.Check(check, cursor.Expect("NM1", "41", "submitter name, loop 1000A"), X12Names.Submitter);
            X12Names.CheckContact(check, cursor.Expect("PER", null, "submitter EDI contact, loop 1000A"));
            if (cursor.Optional("PER") is { } secondContact)
            {
                X12Names.CheckContact(check, secondContact);
            }

            X12Names.Check(check, cursor.Expect("NM1", "40", "receiver name, loop 1000B"), X12Names.Receiver);
            do
            {
                ReadBillingProvider();
            }
            while (!cursor.AtEnd);
        }

        private void ReadBillingProvider()
        {
            var hl = cursor.Expect("HL", null, "billing provider hierarchical level, loop 2000A");
            var id = CheckHl(hl, parent: null, level: "20", hasChildren: true);
            if (cursor.Optional("PRV") is { } prv)
            {
                X12Names.CheckTaxonomy(check, prv, "BI");
            }

            var name = cursor.Expect("NM1", "85", "billing provider name, loop 2010AA");
            var npi = X12Names.Check(check, name, X12Names.BillingProvider);
            var street = cursor.Expect("N3", null, "billing provider address, loop 2010AA");
            X12Names.CheckStreet(check, street);
            if (X12PostOfficeBox.IsPostOfficeBox(street[1]))
            {
                check.Add(street, "N301", "the billing provider's address must be a street address, not a PO box.");
            }

            X12Names.CheckCity(check, cursor.Expect("N4", null, "billing provider city, state, ZIP code, loop 2010AA"), nineDigitZip: true);
            var tax = cursor.Expect("REF", null, "billing provider tax identification, loop 2010AA");
            check.MaxElements(tax, 2);
            check.Code(tax, 1, true, "EI", "SY");
            check.Digits(tax, 2, 9, 9);

            var subscribers = 0;
            while (cursor.Is("HL") && cursor.Peek![3] != "20")
            {
                subscribers++;
                ReadSubscriber(id, npi ?? string.Empty);
            }

            if (subscribers == 0)
            {
                cursor.Expect("HL", null, "subscriber hierarchical level, loop 2000B");
            }
        }

        private void ReadSubscriber(string parentId, string billingNpi)
        {
            var hl = cursor.Expect("HL", null, "subscriber hierarchical level, loop 2000B");
            CheckHl(hl, parentId, level: "22", hasChildren: false);
            var sbr = cursor.Expect("SBR", null, "subscriber information, loop 2000B");
            check.MaxElements(sbr, 9);
            check.Code(sbr, 1, true, "A", "B", "C", "D", "E", "F", "G", "H", "P", "S", "T", "U");
            check.Code(sbr, 2, true, "18");
            check.Text(sbr, 3, 1, 50, required: false);
            check.Text(sbr, 4, 1, 60, required: false);
            check.Code(sbr, 5, false, "12", "13", "14", "15", "16", "41", "42", "43", "47");
            check.Empty(sbr, 6, 7, 8);
            var filing = check.Code(sbr, 9, true, [.. profile.FilingIndicators]);

            // Original Medicare names the beneficiary by MBI; a plan by its own member id.
            var subscriber = new X12SubscriberFacts(transactionNumber, billingNpi, fileDate);
            var name = cursor.Expect("NM1", "IL", "subscriber name, loop 2010BA");
            var rule = ClaimFilingIndicators.IsOriginalMedicare(filing) ? X12Names.Subscriber : X12Names.PlanMember;
            subscriber.Mbi = X12Names.Check(check, name, rule) ?? string.Empty;
            subscriber.LastName = name[3];
            subscriber.FirstName = name[4];
            X12Names.CheckStreet(check, cursor.Expect("N3", null, "subscriber address, loop 2010BA"));
            X12Names.CheckCity(check, cursor.Expect("N4", null, "subscriber city, state, ZIP code, loop 2010BA"), nineDigitZip: false);
            var dmg = cursor.Expect("DMG", null, "subscriber demographics, loop 2010BA");
            check.MaxElements(dmg, 3);
            check.Code(dmg, 1, true, "D8");
            subscriber.BirthDate = check.Date(dmg, 2);
            if (subscriber.BirthDate > fileDate)
            {
                check.Add(dmg, "DMG02", "the birth date is after the file's date (GS04).");
            }
            subscriber.Sex = check.Code(dmg, 3, true, "F", "M", "U") ?? string.Empty;
            subscriber.PayerId = X12Names.Check(check, cursor.Expect("NM1", "PR", "payer name, loop 2010BB"), X12Names.Payer) ?? string.Empty;

            var count = 0;
            do
            {
                count++;
                if (count == 101)
                {
                    check.Add(cursor.Peek!, null, "a subscriber level carries at most 100 claims.");
                }

                profile.ReadClaim(cursor, check, subscriber);
            }
            while (cursor.Is("CLM"));
        }

        private string CheckHl(X12Segment hl, string? parent, string level, bool hasChildren)
        {
            check.MaxElements(hl, 4);
            _hierarchicalCount++;
            var expectedId = _hierarchicalCount.ToString(CultureInfo.InvariantCulture);
            if (check.Text(hl, 1, 1, 12) is { } id && id != expectedId)
            {
                check.Add(hl, "HL01", $"'{id}' breaks the numbering; expected {expectedId}.");
            }

            if (parent is null)
            {
                check.Empty(hl, 2);
            }
            else if (hl[2] != parent)
            {
                check.Add(hl, "HL02", $"'{hl[2]}' is not the parent billing provider level {parent}.");
            }

            if (check.Code(hl, 3, true, "20", "22") is { } code && code != level)
            {
                check.Add(hl, "HL03", $"level {code} where {level} is expected.");
            }

            check.Code(hl, 4, true, hasChildren ? "1" : "0");
            return hl[1];
        }
    }
}

/// <summary>What a subscriber level tells each of its claims.</summary>
internal sealed class X12SubscriberFacts(string transactionNumber, string billingNpi, DateOnly? fileDate)
{
    /// <summary>GS04: no service or birth date may be later than the day the file was made.</summary>
    public DateOnly? FileDate { get; } = fileDate;

    public string TransactionNumber { get; } = transactionNumber;

    public string BillingNpi { get; } = billingNpi;

    public string Mbi { get; set; } = string.Empty;

    public string LastName { get; set; } = string.Empty;

    public string FirstName { get; set; } = string.Empty;

    public DateOnly? BirthDate { get; set; }

    public string Sex { get; set; } = string.Empty;

    public string PayerId { get; set; } = string.Empty;
}
