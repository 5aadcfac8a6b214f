using Threadline.Core.Text;

namespace Threadline.Core.Tests.Text;

public sealed class ColumnAliasesTests
{
    private static readonly ColumnAliases Table = ColumnAliases.Parse(
        "# a comment\nbooking_date\tdate\tBuchungstag\namount\tvalue\tBetrag\ncurrency\tWährung\n",
        "test");

    [Fact]
    public void Names_match_on_letters_and_digits_in_lower_case_with_accents_folded()
    {
        Assert.Equal("booking_date", Table.FieldOf("Booking Date"));
        Assert.Equal("booking_date", Table.FieldOf("BUCHUNGSTAG"));
        Assert.Equal("currency", Table.FieldOf("wahrung"));
        Assert.Null(Table.FieldOf("Verwendungszweck"));
    }

    [Fact]
    public void A_field_takes_its_own_name_before_its_other_names_and_each_column_serves_one_field()
    {
        Assert.Equal(new string?[] { "amount", null, "booking_date" }, Table.Resolve(["Betrag", "date", "booking_date"]));
        Assert.Equal(new string?[] { "booking_date", "amount", null }, Table.Resolve(["date", "value", "Value"]));
    }

    [Fact]
    public void A_name_listed_for_two_fields_is_refused_when_the_table_is_read()
    {
        var error = Assert.Throws<InvalidDataException>(() => ColumnAliases.Parse("a\tx\nb\tX\n", "dup.tsv"));
        Assert.Equal("dup.tsv: 'x' names both a and b", error.Message);
    }
}
