using System.Numerics;
using System.Text.Json;

namespace Platform.Evaluation;

/// <summary>
/// A JSON scalar in the text form Python's <c>str()</c> gives it, which is how the reference scorer compares
/// masthead values: 19 → "19", true → "True", text as is. Non-integral numbers, arrays and objects have no
/// agreed text form and are refused.
/// </summary>
public static class PythonText
{
    /// <summary>The text form, or null for JSON null; false when the value is not a scalar with a text form.</summary>
    public static bool TryConvert(JsonElement value, out string? text)
    {
        text = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.String:
                text = value.GetString();
                return true;
            case JsonValueKind.True:
                text = "True";
                return true;
            case JsonValueKind.False:
                text = "False";
                return true;
            case JsonValueKind.Number when BigInteger.TryParse(value.GetRawText(), out var integer):
                text = integer.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Python's <c>str(value or "")</c>: null, "", 0 and false are all empty; values without a text form too.</summary>
    public static string OrEmpty(JsonElement value)
    {
        var falsy = value.ValueKind is JsonValueKind.False || (value.ValueKind is JsonValueKind.Number && value.TryGetDouble(out var number) && number == 0);
        return !falsy && TryConvert(value, out var text) ? text ?? "" : "";
    }
}
