#!/usr/bin/env python3
"""Rebuild the plain text of an ECB+ document from its token XML.

ECB+ (Cybulska & Vossen 2014, CC BY 3.0) stores each document as tokens with a sentence
number. This script joins the tokens of each sentence into one line (sentences are separated
by a blank line, as news paragraphs usually are) and restores ordinary spacing around
punctuation. It is deterministic: the same XML always gives the same text.

Usage:
    ecbplus-to-text.py DOC.xml [OUT.txt]          one document (stdout when OUT is omitted)
    ecbplus-to-text.py --case CASE_DIR SPEC...    SPEC = report-id=path/to/doc.xml; writes
                                                  CASE_DIR/reports/<report-id>.txt
    ecbplus-to-text.py --verify [CASE_DIR ...]    rebuild the reports named in each gold.json's notes
                                                  ('ECB+ 20_1ecbplus') and compare (ECB+ train folder:
                                                  $ECBPLUS_TRAIN or ../shared/eval/raw/ecbplus/train)

Rules (heuristics, not a perfect detokenizer):
  * a first sentence that is a URL (ECB+ "ecbplus" documents start with one) is joined without spaces;
  * no space before , . ; : ! ? % ) ] } and clitics ('s n't 're ...); no space after ( [ { $;
  * `` and '' become straight double quotes; straight " and curly quotes attach to the word they open or close;
  * ':' '/' between digits and '-' between two word tokens are joined without spaces
    (in *ecb.xml documents hyphenated words are single tokens, so a lone '-' there is a dash and stays spaced).
"""
import re
import sys
import os
import xml.etree.ElementTree as ET

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "...", "n't", "'s", "'re", "'ve",
                   "'ll", "'d", "'m", "’s", "’re", "’ve", "’ll", "’d", "’m", "'S", "’"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "#"}
OPEN_QUOTES = {"“", "‘"}
CLOSE_QUOTES = {"”"}
WORDLIKE = re.compile(r"^[\w’'.&]+$", re.UNICODE)


def read_sentences(path):
    root = ET.parse(path).getroot()
    sents = {}
    for t in root.findall("token"):
        sents.setdefault(int(t.get("sentence")), []).append(t.text or "")
    return [sents[k] for k in sorted(sents)]


def normalise(tokens):
    split = []
    for t in tokens:                      # '"It' / 'building."' -> separate the straight quote
        if len(t) > 1 and t.startswith('"'):
            split += ['"', t[1:]]
        elif len(t) > 1 and t.endswith('"'):
            split += [t[:-1], '"']
        else:
            split.append(t)
    tokens = split
    out = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        # "' '" split closing quote (seen in ECB) -> one double quote
        if t == "'" and i + 1 < len(tokens) and tokens[i + 1] == "'":
            out.append("''")
            i += 2
            continue
        out.append(t)
        i += 1
    return out


def join_sentence(tokens, hyphen_split, state=None):
    state = state if state is not None else {"dq_open": False}
    tokens = [t for t in tokens if t != ""]
    if tokens and tokens[0].lower() == "http" or (tokens and tokens[0].lower().startswith("www")):
        return "".join(tokens)
    tokens = normalise(tokens)
    text = ""
    attach_next = False          # no space before the next token
    dq_open = state["dq_open"]   # straight double quotes: open at a sentence start, close after . ! ?,
                                 # otherwise alternate across the whole document
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i > 0 else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if tok in ("``",):
            piece, kind = '"', "open"
        elif tok in ("''",):
            piece, kind = '"', "close"
        elif tok == '"':
            if prev is None:
                kind = "open"
            elif prev in (".", "!", "?"):
                kind = "close"
            else:
                kind = "close" if dq_open else "open"
            piece = '"'
        elif tok in OPEN_QUOTES:
            piece, kind = tok, "open"
        elif tok in CLOSE_QUOTES:
            piece, kind = tok, "close"
        else:
            piece, kind = tok, "word"
        if kind == "open":
            dq_open = True if piece == '"' else dq_open
        elif kind == "close":
            dq_open = False if piece == '"' else dq_open

        space = bool(text) and not attach_next
        if kind == "close" or piece in NO_SPACE_BEFORE or piece.lower() in NO_SPACE_BEFORE:
            space = False
        # 4 : 59, 24 / 7
        if piece in (":", "/") and prev and nxt and prev[-1:].isdigit() and nxt[:1].isdigit():
            space = False
        if prev in (":", "/") and i >= 2 and tokens[i - 2][-1:].isdigit() and piece[:1].isdigit():
            space = False
        # word - word (only where the tokenizer splits hyphens)
        if hyphen_split and piece == "-" and prev and nxt and WORDLIKE.match(prev) and WORDLIKE.match(nxt):
            space = False
        if hyphen_split and prev == "-" and i >= 2 and WORDLIKE.match(tokens[i - 2]) and WORDLIKE.match(piece):
            space = False
        # '.' inside a number or abbreviation split as "2 . 5"
        if prev == "." and i >= 2 and tokens[i - 2].isdigit() and piece[:1].isdigit() and text.endswith("."):
            space = False
        if piece.lower() in ("s", "t", "re", "ve", "ll", "d", "m") and prev in ("’", "'") and text.endswith(prev):
            space = False
        if re.match(r"^\d{3}\b", piece) and re.search(r"\d,$", text):      # 120, 000 -> 120,000
            space = False
        if re.match(r"^[A-Za-z]\.$", piece) and re.search(r"(^|\s)([A-Za-z]\.)+$", text):   # U. S. -> U.S., a. m. -> a.m.
            space = False
        if (piece == "." and prev and re.match(r"^[A-Z]$", prev)) or \
           (re.match(r"^[A-Za-z]$", piece) and nxt == "." and re.search(r"(^|\s)([A-Za-z]\.)+$", text)):   # U . S . -> U.S.
            space = False
        if space:
            text += " "
        text += piece
        attach_next = kind == "open" or piece in NO_SPACE_AFTER
        if piece == "/" and prev and prev[-1:].isdigit() and nxt and nxt[:1].isdigit():
            attach_next = True
        if piece == ":" and prev and prev[-1:].isdigit() and nxt and nxt[:1].isdigit():
            attach_next = True
        if hyphen_split and piece == "-" and prev and nxt and WORDLIKE.match(prev) and WORDLIKE.match(nxt):
            attach_next = True
    state["dq_open"] = dq_open
    return text


def document_text(path):
    hyphen_split = path.endswith("ecbplus.xml")
    state = {"dq_open": False}
    lines = [join_sentence(s, hyphen_split, state) for s in read_sentences(path)]
    return "\n\n".join(l for l in lines if l.strip()) + "\n"


def verify(case_dirs, train_dir):
    """Rebuild every report named in a gold.json note ('ECB+ 20_1ecbplus') and compare with the stored text."""
    import json
    bad = 0
    for case in case_dirs:
        with open(os.path.join(case, "gold.json"), encoding="utf-8") as f:
            gold = json.load(f)
        for r in gold["reports"]:
            m = re.search(r"ECB\+ (\d+)_(\d+)(ecbplus|ecb)\b", r.get("note", ""))
            if not m:
                print(f"?    {case} {r['id']}: no ECB+ document named in its note")
                bad += 1
                continue
            doc = os.path.join(train_dir, m.group(1), f"{m.group(1)}_{m.group(2)}{m.group(3)}.xml")
            with open(os.path.join(case, "reports", r["id"] + ".txt"), encoding="utf-8") as f:
                stored = f.read()
            same = document_text(doc) == stored
            bad += 0 if same else 1
            print(f"{'same' if same else 'DIFF'} {os.path.basename(os.path.normpath(case))} {r['id']} <- {os.path.basename(doc)}")
    return 1 if bad else 0


def main(argv):
    if argv and argv[0] == "--verify":
        here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        train = os.environ.get("ECBPLUS_TRAIN", os.path.join(here, "..", "..", "..", "shared", "eval", "raw", "ecbplus", "train"))
        if not os.path.isdir(train):
            train = "/work/shared/eval/raw/ecbplus/train"
        cases = argv[1:] or sorted(os.path.join(here, d) for d in os.listdir(here)
                                   if os.path.isfile(os.path.join(here, d, "gold.json")))
        return verify(cases, train)
    if len(argv) >= 2 and argv[0] == "--case":
        case = argv[1]
        os.makedirs(os.path.join(case, "reports"), exist_ok=True)
        for spec in argv[2:]:
            rid, path = spec.split("=", 1)
            with open(os.path.join(case, "reports", rid + ".txt"), "w", encoding="utf-8", newline="\n") as f:
                f.write(document_text(path))
        return 0
    if not argv:
        print(__doc__)
        return 2
    text = document_text(argv[0])
    if len(argv) > 1:
        with open(argv[1], "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
