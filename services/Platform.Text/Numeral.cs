namespace Platform.Text;

/// <summary>A numeral read at the start of a text.</summary>
/// <param name="Length">How many characters it covers.</param>
/// <param name="Value">Its value (a digit sequence reads as the number its digits spell: 二〇二〇 → 2020).</param>
/// <param name="Form">How it is written.</param>
public readonly record struct Numeral(int Length, double Value, NumeralForm Form);
