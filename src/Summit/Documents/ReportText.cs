namespace Summit.Documents;

/// <summary>Checks shared by every reader: is this text a report at all?</summary>
internal static class ReportText
{
    /// <summary>Throws a <see cref="SummitException"/> for empty, white-space-only or binary text.</summary>
    public static void EnsureReadable(string id, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new SummitException($"Report '{id}' is empty.") { ReportId = id };
        int control = 0, n = Math.Min(text.Length, 8192);
        for (int i = 0; i < n; i++)
        {
            char c = text[i];
            if (c == '\0') throw new SummitException($"Report '{id}' looks binary (it holds NUL characters), not text.") { ReportId = id };
            if (c == '\uFFFD' || (char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f')) control++;
        }
        if (control > n / 20 + 1)
            throw new SummitException($"Report '{id}' looks binary ({control} control or undecodable characters in its first {n}), not text.") { ReportId = id };
    }
}
