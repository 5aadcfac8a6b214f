using Threadline.Simulation.Core;
using Threadline.Simulation.Text;

namespace Threadline.Simulation.Styles;

/// <summary>
/// How one ad writes the woman's name. With written forms (<see cref="Slots.NameForms"/>): the name_scripts style picks
/// any form per ad (title and body mostly the same), the others write the form in the script of the sentence's language
/// (Cyrillic in Russian and Ukrainian, Han in Chinese, the Latin form elsewhere).
/// </summary>
internal sealed class NameWriter
{
    private readonly Slots _slots;
    private readonly bool _anyForm;
    private readonly string? _title;
    private readonly string? _body;

    public NameWriter(Rng rng, StylePlan plan, Slots slots)
    {
        _slots = slots;
        _anyForm = slots.NameForms is { Count: > 1 } && string.Equals(plan.Style, "name_scripts", StringComparison.Ordinal);
        if (_anyForm)
        {
            var forms = slots.NameForms!;
            _body = forms[rng.Next(forms.Count)];
            _title = rng.Chance(0.7) ? _body : forms[rng.Next(forms.Count)];
        }
    }

    public string Title(string language) => _anyForm ? _title! : InScript(language);

    public string Body(string language) => _anyForm ? _body! : InScript(language);

    private string InScript(string language)
    {
        if (_slots.NameForms is not { Count: > 0 } forms)
        {
            return _slots.Name;
        }

        Func<char, bool>? script = language switch
        {
            "ru" or "uk" => static c => c is >= '\u0400' and <= '\u04FF',
            "zh" => static c => c is >= '\u4E00' and <= '\u9FFF',
            _ => null,
        };
        return script is null ? forms[0] : forms.FirstOrDefault(f => f.Any(script)) ?? forms[0];
    }
}
