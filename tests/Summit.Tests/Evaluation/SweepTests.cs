using FluentAssertions;
using NUnit.Framework;
using Summit.Evaluation;

namespace Summit.Tests.Evaluation;

public class SweepTests
{
    [Test]
    public void Csv_reads_quoted_fields_with_commas_quotes_and_line_breaks()
    {
        var rows = Sweep.Csv("Body ID,articleBody\n1,plain\r\n2,\"a, b \"\"c\"\"\nsecond line\"\n3,").ToList();
        rows.Should().HaveCount(4);
        rows[1].Should().Equal("1", "plain");
        rows[2].Should().Equal("2", "a, b \"c\"\nsecond line");
        rows[3].Should().Equal("3", "");
    }

    [Test]
    public void A_synthetic_eval_folder_is_swept_with_unusable_input_counted_apart_and_the_sample_fixed()
    {
        var root = Directory.CreateTempSubdirectory("summit-sweep-test-").FullName;
        try
        {
            var carb = Path.Combine(root, "raw", "carb", "data");
            Directory.CreateDirectory(carb);
            File.WriteAllLines(Path.Combine(carb, "dev.txt"),
                ["The mayor said on Monday that the bridge would close .", "", "Officials in Lyon reported 12 injuries , police said ."]);
            File.WriteAllLines(Path.Combine(carb, "test.txt"), ["A spokesman declined to comment on Tuesday ."]);
            var fnc = Path.Combine(root, "raw", "fnc1");
            Directory.CreateDirectory(fnc);
            File.WriteAllText(Path.Combine(fnc, "competition_test_bodies.csv"),
                "Body ID,articleBody\n7,\"The council voted 5-2 on Friday, a member said.\n\nThe vote, \"\"final\"\", ends the dispute.\"\n8,\"   \"\n");

            var output = new StringWriter();
            int code = Sweep.RunAsync(root, null, new HashSet<string>(["carb", "fnc1", "carb-batches"]), 2, output, CancellationToken.None).GetAwaiter().GetResult();
            var text = output.ToString();
            code.Should().Be(0, text);
            text.Should().Contain("sweep carb: 3 documents, 0 failed, 0 unusable");
            text.Should().Contain("sweep fnc1: 2 documents, 0 failed, 1 unusable"); // the blank body: SummitException, expected
            text.Should().Contain("sweep unusable (SummitException): fnc1/competition_test_bodies.csv#body=8");
            text.Should().Contain("sweep carb-batches: 2 documents, 0 failed"); // dev's two sentences, test's one
            text.Should().EndWith("sweep: 7 documents, 0 failed" + Environment.NewLine);

            var raw = Path.Combine(root, "raw");
            Sample(raw, 1).Should().Equal(Sample(raw, 1)).And.HaveCount(1);
            Sample(raw, 2).Should().Contain(Sample(raw, 1), "a larger sample holds the smaller one");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static List<string> Sample(string raw, int n) => Sweep.Select(raw, "carb", n).Select(d => d.Path).ToList();
}
