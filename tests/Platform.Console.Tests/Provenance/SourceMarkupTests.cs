using Platform.OperatorConsole.Provenance;

namespace Platform.Console.Tests.Provenance;

public sealed class SourceMarkupTests
{
    [Fact]
    public void Spans_become_elements_tagged_with_role_and_item_and_text_is_encoded()
    {
        var html = SourceMarkup.Render("<x>标题\n正文", [new SourceSpan(3, 2, SourceRole.Title, 2, 1, "title of item 2")]);
        Assert.Equal("&lt;x&gt;<span class=\"role-title\" data-role=\"title\" data-item=\"2\" title=\"title of item 2\">标题</span>\n正文", html);
    }

    [Fact]
    public void One_hover_rule_per_item_lights_only_that_items_spans()
    {
        var css = SourceMarkup.HoverRules([1, 2, 2]);
        Assert.Equal(2, css.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(".item[data-item=\"2\"]:is(:hover,:focus-within)) .source [data-item=\"2\"]", css, StringComparison.Ordinal);
    }
}
