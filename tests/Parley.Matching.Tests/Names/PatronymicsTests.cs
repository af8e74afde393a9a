using Parley.Matching.Names;
using Xunit;

namespace Parley.Matching.Tests.Names;

public class PatronymicsTests
{
    [Theory]
    [InlineData("Миколайович", "Николаевич", "nikolai.m")]
    [InlineData("Миколаївна", "Николаевна", "nikolai.f")]
    [InlineData("Олександрович", "Александрович", "aleksandr.m")]
    [InlineData("Олександрівна", "Александровна", "aleksandr.f")]
    [InlineData("Андрійович", "Андреевич", "andrei.m")]
    [InlineData("Андріївна", "Андреевна", "andrei.f")]
    [InlineData("Сергійович", "Сергеевич", "sergei.m")]
    [InlineData("Дмитрович", "Дмитриевич", "dmitrii.m")]
    [InlineData("Дмитрівна", "Дмитриевна", "dmitrii.f")]
    [InlineData("Петрович", "Петрович", "petr.m")]
    [InlineData("Петрівна", "Петровна", "petr.f")]
    [InlineData("Васильович", "Васильевич", "vasilii.m")]
    [InlineData("Василівна", "Васильевна", "vasilii.f")]
    [InlineData("Юрійович", "Юрьевич", "yurii.m")]
    [InlineData("Григорович", "Григорьевич", "grigorii.m")]
    [InlineData("Євгенович", "Евгеньевич", "evgenii.m")]
    [InlineData("Ігорович", "Игоревич", "igor.m")]
    [InlineData("Ілліч", "Ильич", "ilia.m")]
    [InlineData("Іллівна", "Ильинична", "ilia.f")]
    [InlineData("Якович", "Яковлевич", "yakov.m")]
    [InlineData("Павлович", "Павлович", "pavel.m")]
    [InlineData("Михайлович", "Михайлович", "mikhail.m")]
    [InlineData("Львович", "Львович", "lev.m")]
    [InlineData("Кузьмич", "Кузьмич", "kuzma.m")]
    [InlineData("Микитович", "Никитич", "nikita.m")]
    [InlineData("Федорович", "Фёдорович", "fedor.m")]
    public void ukrainian_and_russian_patronymics_share_one_id(string ukrainian, string russian, string id)
    {
        Assert.Equal(id, Patronymics.Canonical(ukrainian));
        Assert.Equal(id, Patronymics.Canonical(russian));
    }

    [Theory]
    [InlineData("Mykolaiovych", "nikolai.m")]
    [InlineData("Nikolaevich", "nikolai.m")]
    [InlineData("Nikolajewitsch", "nikolai.m")]
    [InlineData("Oleksandrivna", "aleksandr.f")]
    [InlineData("Aleksandrovna", "aleksandr.f")]
    [InlineData("Petrovich", "petr.m")]
    public void latin_patronymics_resolve(string latin, string id) =>
        Assert.Equal(id, Patronymics.Canonical(latin));

    [Theory]
    [InlineData("Олександр", "Олександрович", "Олександрівна")]
    [InlineData("Андрій", "Андрійович", "Андріївна")]
    [InlineData("Петро", "Петрович", "Петрівна")]
    [InlineData("Василь", "Васильович", "Василівна")]
    [InlineData("Мойсей", "Мойсейович", "Мойсеївна")]
    public void ukrainian_patronymics_are_derived_by_rule(string name, string masculine, string feminine) =>
        Assert.Equal((masculine, feminine), Patronymics.DeriveUkrainian(name));

    [Theory]
    [InlineData("Александр", "Александрович", "Александровна")]
    [InlineData("Сергей", "Сергеевич", "Сергеевна")]
    [InlineData("Николай", "Николаевич", "Николаевна")]
    [InlineData("Юрий", "Юрьевич", "Юрьевна")]
    [InlineData("Игорь", "Игоревич", "Игоревна")]
    [InlineData("Никита", "Никитич", "Никитична")]
    public void russian_patronymics_are_derived_by_rule(string name, string masculine, string feminine) =>
        Assert.Equal((masculine, feminine), Patronymics.DeriveRussian(name));

    [Fact]
    public void a_name_that_is_no_patronymic_has_no_id() =>
        Assert.Null(Patronymics.Canonical("Шевченко"));
}
