using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Summit.Evaluation;

/// <summary>
/// Reads ECB+ (Cybulska &amp; Vossen 2014, CC BY 3.0) exactly as ../shared/eval/tools/ecbplus-conll.py
/// does: the same detokenised text (so character offsets agree), the same gold event mentions and
/// chains, the same head-word rule and rule lemmatiser for the baselines.
/// </summary>
internal static partial class EcbPlusCorpus
{
    /// <summary>A gold event mention: its markable id, its tokens in document order and their words, and its chain (null: a singleton).</summary>
    internal sealed record Mention(string MId, IReadOnlyList<string> Tokens, IReadOnlyList<string> Words, string? Chain);

    /// <summary>A document: id, detokenised text, each token's UTF-16 span in it, the gold event mentions.</summary>
    internal sealed record Document(string Id, string Text, IReadOnlyDictionary<string, (int Start, int End)> Spans,
        IReadOnlyList<Mention> Mentions, bool Validated);

    /// <summary>The validated sentences of ECBplus_coreference_sentences.csv: "36_1ecb" → sentence numbers.</summary>
    internal static Dictionary<string, HashSet<int>> LoadSelection(string csv)
    {
        var map = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(csv).Skip(1))
        {
            var f = line.Split(',').Select(x => x.Trim()).ToArray();
            if (f.Length < 3 || f[2].Length == 0) continue;
            var key = f[0] + "_" + f[1];
            (map.TryGetValue(key, out var s) ? s : map[key] = []).Add(int.Parse(f[2], CultureInfo.InvariantCulture));
        }
        return map;
    }

    /// <summary>
    /// Reads one ECB+ document. Gold event mentions are the ACTION_* and NEG_ACTION_* markables whose
    /// first token lies in a validated sentence; a mention's chain comes from CROSS_DOC_COREF (the
    /// target's instance id, else the relation's note, else its id) or INTRA_DOC_COREF (one chain per
    /// relation), the first relation naming it winning.
    /// </summary>
    internal static Document Load(string path, IReadOnlyDictionary<string, HashSet<int>> selected)
    {
        var root = XDocument.Load(path, LoadOptions.PreserveWhitespace).Root!;
        var id = Path.GetFileNameWithoutExtension(path);
        var tokens = root.Elements("token")
            .Select(t => (Id: (string)t.Attribute("t_id")!, Sentence: int.Parse((string)t.Attribute("sentence")!, CultureInfo.InvariantCulture), Text: t.Value))
            .ToList();
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < tokens.Count; i++) order[tokens[i].Id] = i;
        var (text, spans) = Detokenise(tokens);
        var keep = selected.TryGetValue(id, out var k) ? k : [];

        var instances = new Dictionary<string, string>(StringComparer.Ordinal);
        var candidates = new Dictionary<string, (IReadOnlyList<string> Tokens, IReadOnlyList<string> Words)>(StringComparer.Ordinal);
        var candidateOrder = new List<string>();
        foreach (var m in root.Element("Markables")?.Elements() ?? [])
        {
            var mid = (string?)m.Attribute("m_id") ?? "";
            if (m.Attribute("RELATED_TO") is not null || m.Attribute("instance_id") is not null)
            {
                instances[mid] = (string?)m.Attribute("instance_id") ?? "";
                continue;
            }
            var tag = m.Name.LocalName;
            if (!tag.StartsWith("ACTION", StringComparison.Ordinal) && !tag.StartsWith("NEG_ACTION", StringComparison.Ordinal)) continue;
            var anchors = m.Elements("token_anchor").Select(a => (string?)a.Attribute("t_id")).Where(a => a is not null && order.ContainsKey(a))
                .Select(a => a!).OrderBy(a => order[a]).ToList();
            if (anchors.Count == 0 || !keep.Contains(tokens[order[anchors[0]]].Sentence)) continue;
            if (!candidates.ContainsKey(mid)) candidateOrder.Add(mid);
            candidates[mid] = (anchors, anchors.Select(a => tokens[order[a]].Text).ToList());
        }

        var chainOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in root.Element("Relations")?.Elements() ?? [])
        {
            string chain;
            if (r.Name.LocalName == "CROSS_DOC_COREF")
            {
                var target = (string?)r.Element("target")?.Attribute("m_id");
                string? instance = target is not null && instances.TryGetValue(target, out var x) ? x : null;
                var note = (string?)r.Attribute("note");
                chain = "X:" + (!string.IsNullOrEmpty(instance) ? instance : !string.IsNullOrEmpty(note) ? note : "r" + (string?)r.Attribute("r_id"));
            }
            else if (r.Name.LocalName == "INTRA_DOC_COREF") chain = $"I:{id}:{(string?)r.Attribute("r_id")}";
            else continue;
            foreach (var s in r.Elements("source"))
            {
                var mid = (string?)s.Attribute("m_id");
                if (mid is not null && candidates.ContainsKey(mid)) chainOf.TryAdd(mid, chain);
            }
        }
        var mentions = candidateOrder
            .Select(mid => new Mention(mid, candidates[mid].Tokens, candidates[mid].Words, chainOf.GetValueOrDefault(mid)))
            .ToList();
        return new Document(id, text, spans, mentions, keep.Count > 0);
    }

    private static readonly HashSet<string> NoSpaceBefore = new(StringComparer.Ordinal)
    {
        ",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "...", "'s", "'S", "n't", "N'T",
        "'re", "'ve", "'ll", "'d", "'m", "'RE", "'VE", "'LL", "'D", "'M", "''",
    };

    private static readonly HashSet<string> NoSpaceAfter = new(StringComparer.Ordinal) { "(", "[", "{", "$", "#", "``", "US$", "£", "€" };

    private static readonly HashSet<string> Clitics = new(StringComparer.Ordinal) { "'s", "'re", "'ve", "'ll", "'d", "'m" };

    [GeneratedRegex(@"^(https?|www)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlStart();

    private static bool IsAsciiAlnum(char c) => c is >= '0' and <= '9' or >= 'A' and <= 'Z' or >= 'a' and <= 'z';

    private static bool AllLetters(string s) => s.Length > 0 && s.All(char.IsLetter);

    private static bool AllDigits(string s) => s.Length > 0 && s.All(char.IsDigit);

    /// <summary>
    /// The python's detokeniser: one paragraph per ECB+ sentence (separated by a blank line), tokens
    /// joined with the same spacing rules; a sentence that starts with a URL is written without
    /// spaces. Returns the text and each token's span (UTF-16 offsets; an empty token has an empty span).
    /// </summary>
    internal static (string Text, Dictionary<string, (int Start, int End)> Spans) Detokenise(IReadOnlyList<(string Id, int Sentence, string Text)> tokens)
    {
        var sb = new StringBuilder();
        var spans = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var sentences = new List<List<(string Id, string Text)>>();
        int? current = null;
        foreach (var (tid, s, txt) in tokens)
        {
            if (current != s || sentences.Count == 0) { sentences.Add([]); current = s; }
            sentences[^1].Add((tid, txt));
        }
        for (int si = 0; si < sentences.Count; si++)
        {
            var toks = sentences[si];
            if (si > 0) sb.Append("\n\n");
            bool url = toks.Count > 0 && UrlStart().IsMatch(toks[0].Text);
            bool inDq = false, glueNext = false, glueHyphen = false, glueSlash = false, gluePunct = false;
            string? prev = null;
            for (int k = 0; k < toks.Count; k++)
            {
                var (tid, raw) = toks[k];
                var stripped = raw.Trim();
                var t = stripped switch { "``" or "''" => "\"", "-LRB-" => "(", "-RRB-" => ")", _ => stripped };
                var nxt = k + 1 < toks.Count ? toks[k + 1].Text.Trim() : "";
                if (t.Length == 0)
                {
                    spans[tid] = (sb.Length, sb.Length);
                    continue;
                }
                bool space = prev is not null && !url && !glueNext;
                if (space)
                {
                    if (NoSpaceBefore.Contains(stripped) || NoSpaceBefore.Contains(t)) space = false;
                    else if (t == "\"" && inDq) space = false;
                    else if (t.StartsWith('\'') && t.Length > 1 && AllLetters(t[1..]) && Clitics.Contains(t.ToLowerInvariant())) space = false;
                    else if (t == "-" && prev!.Length > 0 && nxt.Length > 0 && IsAsciiAlnum(prev[^1]) && IsAsciiAlnum(nxt[0])
                             && (char.IsDigit(prev[^1]) || char.IsLower(prev[^1]) || char.IsDigit(nxt[0]) || char.IsLower(nxt[0])))
                        space = false; // 55 - year → 55-year, worst - hit → worst-hit
                    else if (prev == "-" && glueHyphen) space = false;
                    else if (t == "/" && prev!.Length > 0 && nxt.Length > 0 && IsAsciiAlnum(prev[^1]) && IsAsciiAlnum(nxt[0])) space = false;
                    else if (prev == "/" && glueSlash) space = false;
                    else if (t is "." or ":" or ",") space = false;
                    else if (prev is "." or ":" && gluePunct) space = false; // 6 . 1 → 6.1; 5 : 46 → 5:46; B . C . → B.C.
                }
                if (space) sb.Append(' ');
                spans[tid] = (sb.Length, sb.Length + t.Length);
                sb.Append(t);
                // how the following token is glued
                glueHyphen = t == "-" && !space && prev is not null && !url;
                glueSlash = t == "/" && !space && prev is not null;
                gluePunct = false;
                if (t is "." or ":" && !string.IsNullOrEmpty(prev) && nxt.Length > 0)
                {
                    if (AllDigits(prev) && AllDigits(nxt)) gluePunct = true; // 6.1, 5:46
                    else if (t == "." && prev.Length == 1 && char.IsLetter(prev[0]) && nxt.Length == 1 && char.IsLetter(nxt[0])) gluePunct = true; // B.C.
                }
                if (t == "\"")
                {
                    inDq = !inDq;
                    glueNext = inDq;
                }
                else
                {
                    if (t.Count(c => c == '"') % 2 == 1) inDq = !inDq; // a quote glued to a word: "spiritual
                    glueNext = NoSpaceAfter.Contains(t);
                }
                prev = t;
            }
        }
        return (sb.ToString(), spans);
    }

    // ------------------------------------------------------------------------------------------
    // Head lemma for the baselines: the python's rule lemmatiser (used there when NLTK's WordNet is
    // not importable, as on this machine).
    // ------------------------------------------------------------------------------------------

    private static readonly Dictionary<string, string> Irregular = BuildIrregular(
        "was be were be been be is be are be am be being be had have has have having have did do does do done do doing do " +
        "went go gone go goes go took take taken take taking take made make making make said say says say saying say told tell " +
        "shot shoot shooting shoot fell fall fallen fall struck strike stricken strike striking strike hit hit hitting hit died die " +
        "dies die dying die killed kill found find gave give given give giving give came come coming come " +
        "began begin begun begin beginning begin left leave leaving leave led lead leading lead won win winning win lost lose losing lose " +
        "held hold holding hold broke break broken break breaking break brought bring bought buy sold sell sent send spent spend " +
        "built build caught catch fought fight thought think sought seek taught teach ran run running run saw see seen see seeing see " +
        "knew know known know grew grow grown grow threw throw thrown throw flew fly flown fly drove drive driven drive " +
        "driving drive rode ride ridden ride wrote write written write writing write spoke speak spoken speak stole steal stolen steal " +
        "chose choose chosen choose rose rise risen rise rising rise shook shake shaken shake shaking shake woke wake froze freeze " +
        "frozen freeze bore bear born bear tore tear torn tear wore wear swore swear sworn swear hid hide hidden hide bit bite bitten bite " +
        "ate eat eaten eat drew draw drawn draw fled flee fleeing flee met meet meeting meet paid pay laid lay lay lie lying lie " +
        "sat sit sitting sit stood stand standing stand understood understand felt feel kept keep slept sleep swept sweep heard hear meant mean " +
        "dealt deal fed feed bled bleed sped speed set set setting set put put putting put cut cut cutting cut quit quit let let " +
        "cast cast hurt hurt burst burst spread spread upset upset became become become become becoming become forgot forget " +
        "forgotten forget got get gotten get getting get stuck stick sank sink sunk sink sang sing sung sing " +
        "swam swim rang ring rung ring withdrew withdraw withdrawn withdraw overtook overtake undertook undertake arose arise " +
        "arisen arise beat beat beaten beat slew slay slain slay shut shut lit light lighting light wound wind split split bet bet bid bid " +
        "children child men man women woman people person lives life wives wife thieves thief crises crisis analyses analysis");

    private static Dictionary<string, string> BuildIrregular(string pairs)
    {
        var w = pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < w.Length; i += 2) map[w[i]] = w[i + 1];
        return map;
    }

    /// <summary>
    /// The python's rule lemmatiser: the irregular-form table, then -ies/-ied → y, -ing/-ed/-es/-s
    /// stripped, a doubled final consonant undone, a final silent e dropped (charge, charged, charges,
    /// charging → charg).
    /// </summary>
    internal static string RuleLemma(string word)
    {
        var w = word.ToLowerInvariant();
        if (Irregular.TryGetValue(w, out var irregular)) return irregular;
        if (!AllLetters(w) || w.Length <= 3) return w;
        foreach (var suffix in (string[])["ies", "ied"])
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length > 4) return w[..^3] + "y";
        var stem = w;
        foreach (var suffix in (string[])["ing", "ed", "es", "s"])
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= 3)
            {
                if (suffix == "s" && (w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal)))
                    break;
                stem = w[..^suffix.Length];
                break;
            }
        }
        if (stem.Length >= 4 && stem[^1] == stem[^2] && "aeiou".IndexOf(stem[^1], StringComparison.Ordinal) < 0 && "lsz".IndexOf(stem[^1], StringComparison.Ordinal) < 0)
            stem = stem[..^1]; // stopped → stopp → stop (but kill, pass, buzz keep theirs)
        if (stem.EndsWith('e') && stem.Length > 3) stem = stem[..^1];
        return stem;
    }

    private static readonly HashSet<string> StopHead = new(StringComparer.Ordinal)
    {
        "to", "with", "onto", "into", "for", "up", "over", "of", "in", "on", "off", "out", "down",
        "away", "back", "from", "by", "at", "about", "through", "after", "against",
    };

    private static readonly HashSet<string> SkipHead = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "be", "is", "was", "were", "been", "being", "has", "have", "had", "will",
        "would", "could", "should", "may", "might", "can", "not", "n't", "-", ".", ",", "'s",
    };

    /// <summary>
    /// The python's head of a mention without a parser: the last word before the first preposition or
    /// particle (come up with → come), else the last word (death toll → toll); words without a letter,
    /// articles and auxiliaries are skipped.
    /// </summary>
    internal static string HeadWord(IReadOnlyList<string> words)
    {
        var ws = words.Select(w => w.Trim()).Where(w => w.Length > 0 && w.Any(char.IsLetter)).ToList();
        if (ws.Count == 0) return (words.Count > 0 ? words[0] : "").ToLowerInvariant();
        int cut = ws.Count;
        for (int i = 1; i < ws.Count; i++)
            if (StopHead.Contains(ws[i].ToLowerInvariant())) { cut = i; break; }
        var before = ws.Take(cut).ToList();
        var candidates = before.Where(w => !SkipHead.Contains(w.ToLowerInvariant())).ToList();
        if (candidates.Count == 0) candidates = before.Count > 0 ? before : ws;
        return candidates[^1].ToLowerInvariant();
    }
}
