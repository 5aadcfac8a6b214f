using Threadline.Application.Export.Ftm;

namespace Threadline.Cli.Tests.Export;

/// <summary>The part of FollowTheMoney's model Threadline carries (names, types, code lists) agrees with the real model.</summary>
public sealed class FtmVocabularyTests
{
    [FtmModelFact]
    public void Every_schema_property_type_range_and_required_property_is_FtMs()
    {
        var model = FtmModel.Load();
        var errors = new List<string>();
        foreach (var schema in FtmVocabulary.Default.Schemata.Values)
        {
            if (!model.HasSchema(schema.Name))
            {
                errors.Add($"{schema.Name}: no such FtM schema");
                continue;
            }

            if (schema.IsAbstract != model.IsAbstract(schema.Name))
            {
                errors.Add($"{schema.Name}: abstract differs");
            }

            var ancestors = model.Ancestors(schema.Name);
            errors.AddRange(schema.Ancestors.Where(a => !ancestors.Contains(a)).Select(a => $"{schema.Name}: FtM's does not extend {a}"));
            var required = model.Required(schema.Name).Order(StringComparer.Ordinal).ToList();
            if (!required.SequenceEqual(schema.Required.Order(StringComparer.Ordinal)))
            {
                errors.Add($"{schema.Name}: required {string.Join(",", schema.Required)}, FtM's {string.Join(",", required)}");
            }

            foreach (var (name, property) in schema.Properties)
            {
                if (model.Property(schema.Name, name) is not { } real)
                {
                    errors.Add($"{schema.Name}.{name}: no such FtM property");
                    continue;
                }

                if (real.GetProperty("type").GetString() != property.Type)
                {
                    errors.Add($"{schema.Name}.{name}: type {property.Type}, FtM's {real.GetProperty("type").GetString()}");
                }

                if (property.Range is not null && real.GetProperty("range").GetString() != property.Range)
                {
                    errors.Add($"{schema.Name}.{name}: range {property.Range}, FtM's {real.GetProperty("range").GetString()}");
                }
            }
        }

        Assert.Empty(errors);
    }

    [FtmModelFact]
    public void Code_lists_and_lengths_are_FtMs()
    {
        var model = FtmModel.Load();
        Assert.All(FtmCodes.Languages, l => Assert.True(model.InList("language", l), l));
        Assert.All(FtmCodes.Topics, t => Assert.True(model.InList("topic", t), t));
        Assert.All(FtmCodes.LanguageAliases.Values, l => Assert.True(FtmCodes.Languages.Contains(l), l));
        Assert.All(FtmCodes.Genders, g => Assert.True(model.InList("gender", g), g));
        Assert.True(model.InList("topic", "crime.traffick.human"));
    }
}
