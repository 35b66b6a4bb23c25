namespace Platform.Formats.Tests;

public sealed class ContentKeyTests
{
    [Fact]
    public void Spacing_line_breaks_and_character_width_do_not_change_the_key() =>
        Assert.Equal(ContentKey.Of("共 1000 多支队伍,\n\n“志愿橙”等"), ContentKey.Of("共１０００多支队伍，“志愿橙”等"));

    [Fact]
    public void Different_characters_change_the_key() =>
        Assert.NotEqual(ContentKey.Of("海淀区文明办"), ContentKey.Of("怀柔区文明办"));

    [Theory]
    [InlineData(16 * 1024 - 1)] // the pair's halves in two chunks of the hash
    [InlineData(16 * 1024)]
    [InlineData(3)]
    public void The_key_is_the_sha256_of_the_whole_canonical_text_wherever_a_surrogate_pair_falls(int before)
    {
        var text = new string('文', before) + " 𠀀\u200B" + string.Concat(Enumerable.Repeat("明 ", 40_000)) + "𠀀";
        var whole = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Platform.Text.CompactText.Of(text))));
        Assert.Equal(whole, ContentKey.Of(text));
    }

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
