using Summit.Documents;
using Summit.Text;

namespace Summit.Entities;

/// <summary>
/// The default resolver: mentions with the same name are one entity across reports; a short name
/// ("Putin") joins the nearest earlier full name in its report that contains it as a word.
/// </summary>
internal sealed class EntityResolver : IEntityResolver
{
    public EntityResolution Resolve(IReadOnlyList<TextAnalysis> analyses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        var byKey = new Dictionary<string, (string Name, EntityType Type, List<EntityReference> Mentions, int Order)>(StringComparer.OrdinalIgnoreCase);
        int order = 0;
        foreach (var analysis in analyses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fullNames = new List<string>();
            foreach (var mention in analysis.Mentions)
            {
                if (mention.Type == EntityType.Title) continue;
                var name = Normalize(mention.Text);
                string key = name;
                if (!name.Contains(' '))
                {
                    // the nearest earlier full name in this report that holds this word
                    for (int k = fullNames.Count - 1; k >= 0; k--)
                        if (fullNames[k].Split(' ').Contains(name, StringComparer.Ordinal)) { key = fullNames[k]; break; }
                }
                else fullNames.Add(name);
                if (!byKey.TryGetValue(key, out var entry))
                    byKey[key] = entry = (key, mention.Type, new List<EntityReference>(), order++);
                entry.Mentions.Add(new EntityReference(analysis.Report.Id, mention.Span));
            }
        }
        var entities = byKey.Values.OrderBy(e => e.Order)
            .Select((e, i) => new Entity($"e{i + 1}", e.Name, e.Type, e.Mentions))
            .ToArray();
        return new EntityResolution(entities);
    }

    /// <summary>Drops a possessive and folds white space: "Kim’s" → "Kim".</summary>
    internal static string Normalize(string name)
    {
        var n = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (n.EndsWith("’s", StringComparison.Ordinal) || n.EndsWith("'s", StringComparison.Ordinal)) n = n[..^2];
        return n;
    }
}
