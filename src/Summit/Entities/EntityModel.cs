using Summit.Documents;
using Summit.Text;

namespace Summit.Entities;

/// <summary>Where an entity is mentioned.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="Span">The mention's span in that report's text.</param>
public sealed record EntityReference(string ReportId, Span Span);

/// <summary>One real-world thing, with every mention of it across the reports.</summary>
public sealed record Entity
{
    /// <summary>Creates an entity.</summary>
    public Entity(string id, string name, EntityType type, IReadOnlyList<EntityReference> mentions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Name = name;
        Type = type;
        Mentions = mentions ?? throw new ArgumentNullException(nameof(mentions));
    }

    /// <summary>A stable id ("e1").</summary>
    public string Id { get; }

    /// <summary>The fullest name found ("Angela Merkel").</summary>
    public string Name { get; }

    /// <summary>What it is.</summary>
    public EntityType Type { get; }

    /// <summary>Every mention, ordered by report then offset.</summary>
    public IReadOnlyList<EntityReference> Mentions { get; }
}

/// <summary>The entities of a set of reports and which mention names which.</summary>
public sealed record EntityResolution
{
    private readonly Dictionary<(string, int, int), Entity> _byMention;
    private readonly Dictionary<string, Entity> _byId;

    /// <summary>Creates the resolution.</summary>
    public EntityResolution(IReadOnlyList<Entity> entities)
    {
        Entities = entities ?? throw new ArgumentNullException(nameof(entities));
        _byMention = new();
        _byId = new(StringComparer.Ordinal);
        foreach (var e in entities) _byId[e.Id] = e;
        foreach (var e in entities)
            foreach (var m in e.Mentions)
                _byMention[(m.ReportId, m.Span.Start, m.Span.End)] = e;
    }

    /// <summary>All entities, ordered by first mention.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The entity a mention names, or null.</summary>
    public Entity? EntityAt(string reportId, Span span) => _byMention.GetValueOrDefault((reportId, span.Start, span.End));

    /// <summary>The entity with <paramref name="id"/>, or null.</summary>
    public Entity? ById(string? id) => id is null ? null : _byId.GetValueOrDefault(id);

    /// <summary>The empty resolution.</summary>
    public static EntityResolution Empty { get; } = new(Array.Empty<Entity>());
}
