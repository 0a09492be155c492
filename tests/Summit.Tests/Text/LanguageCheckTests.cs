using FluentAssertions;
using NUnit.Framework;
using Summit.Documents;
using Summit.Text;

namespace Summit.Tests.Text;

public class LanguageCheckTests
{
    private static bool NonEnglish(string text) =>
        LanguageCheck.LooksNonEnglish(new TextAnalyzer(TestLexicon.Shipped).Analyze(new ReportReader(TestLexicon.Shipped).Read(new ReportInput("r", text))));

    [TestCase("The plant will close next year, the company said on Friday. About 300 workers will lose their jobs, a union official said, and the mayor was told.")]
    [TestCase("Police arrest three men over concert plot in Marseille")]
    [TestCase("Talks in 北京 and Москва were held on Friday by the ministers, who said that the plant will close next year.")]
    public void LooksNonEnglish_English_IsFalse(string text)
    {
        NonEnglish(text).Should().BeFalse();
    }

    [TestCase("Le président français a rencontré hier le chancelier allemand à Berlin pour discuter de la crise. Les deux dirigeants ont annoncé un accord sur l'énergie et promis de se revoir au printemps à Paris, selon un communiqué publié par la présidence dans la soirée.")]
    [TestCase("市政府周五宣布，这座工厂将于明年关闭，约三百名工人将失去工作。")]
    [TestCase("Власти города объявили в пятницу, что завод закроется в следующем году.")]
    [TestCase("أعلنت الحكومة يوم الجمعة أن المصنع سيغلق العام المقبل")]
    public void LooksNonEnglish_AnotherLanguage_IsTrue(string text)
    {
        NonEnglish(text).Should().BeTrue();
    }

    [TestCase('a', true)]
    [TestCase('é', true)]
    [TestCase('ß', true)]
    [TestCase('ơ', true)]
    [TestCase('ạ', true)]
    [TestCase('д', false)]
    [TestCase('α', false)]
    [TestCase('中', false)]
    [TestCase('ع', false)]
    public void IsLatin_Letters(char c, bool latin)
    {
        LanguageCheck.IsLatin(c).Should().Be(latin);
    }
}
