using System.Text.Json;
using FluentAssertions;
using NUnit.Framework;
using Summit.Rendering;

namespace Summit.Tests.Rendering;

public class JsonRendererTests
{
    [Test]
    public void Render_TwoRunsOnTheSameInput_AreByteIdentical()
    {
        var first = JsonRenderer.Render(SummitEngine.CreateDefault().Reconcile(SampleCase.Inputs()));
        var second = JsonRenderer.Render(SummitEngine.CreateDefault(o => o.MaxDegreeOfParallelism = 1).Reconcile(SampleCase.Inputs()));
        second.Should().Be(first);
    }

    [Test]
    public void Render_Sample_HoldsTheContractFieldsAndOffsets()
    {
        var result = SampleCase.Result;
        using var doc = JsonDocument.Parse(JsonRenderer.Render(result));
        var root = doc.RootElement;
        foreach (var key in new[] { "reports", "claims", "facts", "timeline", "timeExpressions", "entities" })
            root.GetProperty(key).ValueKind.Should().Be(JsonValueKind.Array, key);

        var texts = result.Reports.ToDictionary(r => r.Id, r => r.Text);
        foreach (var r in root.GetProperty("reports").EnumerateArray())
            foreach (var key in new[] { "id", "source", "published", "publishedInferred", "dateline" })
                r.TryGetProperty(key, out _).Should().BeTrue(key);

        var claimIds = new HashSet<string>();
        foreach (var c in root.GetProperty("claims").EnumerateArray())
        {
            foreach (var key in new[] { "id", "report", "start", "end", "text", "subject", "predicate", "object", "attribution", "modality", "negated", "time" })
                c.TryGetProperty(key, out _).Should().BeTrue(key);
            claimIds.Add(c.GetProperty("id").GetString()!).Should().BeTrue("claim ids are unique");
            var text = texts[c.GetProperty("report").GetString()!];
            int start = c.GetProperty("start").GetInt32(), end = c.GetProperty("end").GetInt32();
            text[start..end].Should().Be(c.GetProperty("text").GetString());
        }
        foreach (var t in root.GetProperty("timeExpressions").EnumerateArray())
        {
            var text = texts[t.GetProperty("report").GetString()!];
            text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()].Should().Be(t.GetProperty("text").GetString());
            t.GetProperty("value").GetString().Should().NotBeNullOrEmpty();
        }
        foreach (var f in root.GetProperty("facts").EnumerateArray())
        {
            f.GetProperty("status").GetString().Should().BeOneOf("corroborated", "single", "conflicting");
            f.GetProperty("claims").EnumerateArray().Should().NotBeEmpty().And.OnlyContain(c => claimIds.Contains(c.GetString()!));
        }
        root.GetProperty("timeline").GetArrayLength().Should().Be(root.GetProperty("facts").GetArrayLength(), "no fact is dropped from the timeline");
    }
}
