namespace Platform.Text;

/// <summary>How a numeral is written; decides whether it can be a quantity.</summary>
public enum NumeralForm
{
    /// <summary>Arabic digits (2600, 1.9, 1,200; full-width digits too).</summary>
    Arabic,
    /// <summary>Chinese numerals with place values (三万五千, 二十九, 壹佰).</summary>
    Chinese,
    /// <summary>Arabic digits with Chinese place values (1.2万, 1万600, 3千).</summary>
    Mixed,
    /// <summary>Chinese digits read one by one (二〇二〇, 一七二零): years and codes, never quantities.</summary>
    DigitSequence,
}
