namespace Platform.Formats.Tests;

public sealed class ContentKeyTests
{
    [Fact]
    public void Spacing_line_breaks_and_character_width_do_not_change_the_key() =>
        Assert.Equal(ContentKey.Of("共 1000 多支队伍,\n\n“志愿橙”等"), ContentKey.Of("共１０００多支队伍，“志愿橙”等"));

    [Fact]
    public void Different_characters_change_the_key() =>
        Assert.NotEqual(ContentKey.Of("海淀区文明办"), ContentKey.Of("怀柔区文明办"));

    public static TheoryData<string> Seeds => new(SeedTexts.Names);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_has_one_key_as_text_pdf_docx_and_web_page(string seed)
    {
        var key = ContentKey.Of(SeedTexts.Read(seed));
        foreach (var variant in new[] { "pdf, one column", "pdf, two columns", "docx, header and footer", "html, two columns" })
        {
            Assert.True(key == GeneratedDocuments.Extracted(seed, variant).ContentKey, variant);
        }
    }
}
