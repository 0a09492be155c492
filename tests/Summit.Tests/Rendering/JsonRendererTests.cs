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
        root.GetProperty("timeline").GetArrayLength().Should().Be(root.GetProperty("facts").EnumerateArray().Count(f => f.GetProperty("statement").GetBoolean()),
            "no fact a clause states is dropped from the timeline");
    }
}

public class JsonRendererTimelineTests
{
    [Test]
    public void Render_Fixture_TimelineCarriesOrderBackgroundAndPlacement()
    {
        var r = RenderingFixtures.Create();
        using var doc = JsonDocument.Parse(JsonRenderer.Render(r));
        var timeline = doc.RootElement.GetProperty("timeline").EnumerateArray().ToArray();
        timeline.Select(e => e.GetProperty("fact").GetString()).Should().Equal("f3", "f4", "f2", "f1", "f5", "f6");
        timeline.Select(e => e.GetProperty("order").GetInt32()).Should().Equal(1, 2, 3, 4, 5, 6);
        timeline.Select(e => e.GetProperty("background").GetBoolean()).Should().Equal(true, true, false, false, false, false);
        timeline.Select(e => e.GetProperty("unordered").GetBoolean()).Should().Equal(false, true, false, false, false, true);
        timeline[1].GetProperty("placedAfter").GetString().Should().Be("f3");
        timeline[0].GetProperty("placedAfter").ValueKind.Should().Be(JsonValueKind.Null);
        timeline[3].GetProperty("time").GetString().Should().Be("2021-07-14");
        timeline[5].GetProperty("time").ValueKind.Should().Be(JsonValueKind.Null);
    }
}
