namespace Platform.Formats.Tests;

/// <summary>
/// Every seed typeset as PDF (briefing style in one column, newspaper style in two), as DOCX (plain, two columns,
/// masthead and distribution list in header and footer) and as a web page with site chrome (one and two columns)
/// must give the parser the same items as its plain text, with the headline hints of its layout passed as the services pass them.
/// </summary>
public sealed class SameItemsInEveryFormatTests
{
    public static TheoryData<string, string> Cases
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var seed in SeedTexts.Names)
            {
                foreach (var variant in GeneratedDocuments.Variants.Keys) data.Add(seed, variant);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Seed_gives_the_same_items_as_its_plain_text(string seed, string variant)
    {
        var extracted = GeneratedDocuments.Extracted(seed, variant);
        Assert.Equal(BulletinItem.Of(SeedTexts.Read(seed)), BulletinItem.Of(extracted.Text, extracted.Hints));
    }
}
