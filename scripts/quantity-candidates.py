#!/usr/bin/env python3
"""Lists candidate sentences (with figures) from the evaluation corpora, to annotate the quantity
test table tests/Summit.Tests/Quantities/quantities.tsv by hand. Reads ../shared/eval/raw at run
time; copies nothing into the repository by itself.

TimeML (.tml) sentences are located by character offset into the TEXT element with all tags
removed (see QuantityCorpus.cs); MEANTIME / ECB+ sentences are the detokenised tokens of one
sentence number.

usage: quantity-candidates.py EVAL_RAW SOURCE(tbaq|meantime-dev|meantime-stock|ecbplus) SEED COUNT
"""
import glob, html, os, random, re, sys, xml.etree.ElementTree as ET

NUMWORD = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|dozens|hundreds|thousands|millions)\b", re.I)
DIGIT = re.compile(r"\d")


def tml_text(path):
    raw = open(path, encoding="utf-8").read()
    m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    body = re.sub(r"<[^>]+>", "", m.group(1))
    return html.unescape(body) if False else body


def tml_sentences(text):
    # naive: split after . ! ? followed by whitespace and a capital/quote, or at blank lines
    start = 0
    for m in re.finditer(r"(?<=[.!?])[\"']?\s+(?=[\"'A-Z])|\n\s*\n", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def detok(tokens):
    out = ""
    for t in tokens:
        if not out:
            out = t
        elif t in {",", ".", ";", ":", "!", "?", "%", ")", "'s", "n't", "'", "''", "'re", "'ve", "'ll", "'d", "-"} or out.endswith(("$", "€", "£", "(", "``", "-")):
            out += t
        else:
            out += " " + t
    return out


def xml_sentences(path):
    root = ET.parse(path).getroot()
    sents = {}
    for tok in root.iter("token"):
        sents.setdefault(int(tok.get("sentence")), []).append(tok.text or "")
    for n in sorted(sents):
        yield n, detok(sents[n])


def main(raw, source, seed, count):
    cands = []
    if source == "tbaq":
        for path in sorted(glob.glob(os.path.join(raw, "tempeval3/TBAQ-cleaned/*/*.tml"))):
            text = tml_text(path)
            for s, e in tml_sentences(text):
                sent = text[s:e].strip()
                if (DIGIT.search(sent) or NUMWORD.search(sent)) and len(sent) < 400:
                    lead = len(text[s:e]) - len(text[s:e].lstrip())
                    cands.append((os.path.relpath(path, raw), f"@{s + lead}+{len(sent)}", sent))
    else:
        pattern = {"meantime-dev": "meantime/intra_cross-doc_annotation/corpus_{airbus,apple,gm}/*.xml",
                   "meantime-stock": "meantime/intra_cross-doc_annotation/corpus_stock/*.xml",
                   "ecbplus": "ecbplus/test/*/*.xml"}[source]
        paths = []
        for p in pattern.split(","):
            pass
        if source == "meantime-dev":
            for c in ("airbus", "apple", "gm"):
                paths += glob.glob(os.path.join(raw, f"meantime/intra_cross-doc_annotation/corpus_{c}/*.xml"))
        else:
            paths = glob.glob(os.path.join(raw, pattern))
        for path in sorted(paths):
            for n, sent in xml_sentences(path):
                if n == 0 or "http" in sent:
                    continue
                if (DIGIT.search(sent) or NUMWORD.search(sent)) and len(sent) < 400:
                    cands.append((os.path.relpath(path, raw), f"#{n}", sent))
    random.Random(int(seed)).shuffle(cands)
    for f, loc, sent in cands[: int(count)]:
        print(f"{f}\t{loc}\t{sent}")


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
