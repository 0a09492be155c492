namespace Summit.Lexical;

/// <summary>Web addresses as outlets are known by.</summary>
internal static class WebAddress
{
    /// <summary>The lower-case host of a URL or bare domain ("www." dropped), or null when <paramref name="s"/> is not one.</summary>
    public static string? HostOf(string s)
    {
        s = s.Trim();
        if (s.Contains(' ') || !s.Contains('.')) return null;
        string candidate = s.Contains("://", StringComparison.Ordinal) ? s : "http://" + s;
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)) return null;
        var host = uri.Host.ToLowerInvariant().TrimEnd('.');
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        int dot = host.LastIndexOf('.');
        if (dot <= 0 || dot == host.Length - 1 || !host[(dot + 1)..].All(char.IsLetter)) return null;
        return host;
    }
}
