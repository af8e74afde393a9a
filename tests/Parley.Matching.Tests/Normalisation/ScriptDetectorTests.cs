using Parley.Matching.Normalisation;
using Xunit;

namespace Parley.Matching.Tests.Normalisation;

public class ScriptDetectorTests
{
    [Theory]
    [InlineData("Shevchenko", Script.Latin)]
    [InlineData("Mikołaj Szewczenko", Script.Latin)]
    [InlineData("Іван", Script.UkrainianCyrillic)]
    [InlineData("Їжакевич", Script.UkrainianCyrillic)]
    [InlineData("Євген", Script.UkrainianCyrillic)]
    [InlineData("Ґалаґан", Script.UkrainianCyrillic)]
    [InlineData("Знам'янка", Script.UkrainianCyrillic)]
    [InlineData("Знам’янка", Script.UkrainianCyrillic)]
    [InlineData("Крылов", Script.RussianCyrillic)]
    [InlineData("Эдуард", Script.RussianCyrillic)]
    [InlineData("Подъячев", Script.RussianCyrillic)]
    [InlineData("Пётр", Script.RussianCyrillic)]
    [InlineData("Шевченко", Script.AmbiguousCyrillic)]
    [InlineData("Олег Петров", Script.AmbiguousCyrillic)]
    [InlineData("Іван Крылов", Script.AmbiguousCyrillic)]
    [InlineData("Ivan Іванов", Script.Mixed)]
    [InlineData("123 -", Script.None)]
    [InlineData("", Script.None)]
    public void detects_the_script_from_distinctive_letters(string text, Script expected) =>
        Assert.Equal(expected, ScriptDetector.Detect(text));
}
