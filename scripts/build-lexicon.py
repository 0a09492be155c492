#!/usr/bin/env python3
"""Builds src/Summit/Resources/lexicon.tsv.gz from Open English WordNet (CC BY 4.0).

usage: scripts/build-lexicon.py PATH_TO_english-wordnet_CHECKOUT_OR_GIT_DIR

Open English WordNet: https://github.com/globalwordnet/english-wordnet (derived from Princeton
WordNet, WordNet licence; developed under CC BY 4.0). Give the repository's work tree or its git
directory (a bare snapshot is read with `git show`).

One line per lower-case lemma (single words and phrasal verbs such as "break down"):

    lemma <TAB> parts of speech (n v a r) <TAB> irregular forms (comma-separated; a form of only some of the
          lemma's parts of speech carries them after a colon: "leaves:n" of "leave", "left:v")
          <TAB> concepts: synset numbers of its first senses (verbs 3, nouns 2, adjectives 2), base 36
          <TAB> derivations: lemmas derivationally related to its first senses

The parts of speech carry an "e" when one of the noun's first two senses names an event: its synset
is in WordNet's noun.event, noun.act, noun.phenomenon or noun.process lexicographer file
("earthquake", "election", "attack", "fire").

The library reads it for part-of-speech hints, lemmas, and predicate synonyms and derivations.
"""
import gzip
import os
import subprocess
import sys

import yaml

SENSES = {"v": 3, "n": 2, "a": 2, "s": 2, "r": 1}
EVENT_FILES = ["noun.event", "noun.act", "noun.phenomenon", "noun.process"]


def read(repo, path):
    if os.path.isdir(os.path.join(repo, "src")):
        with open(os.path.join(repo, path), encoding="utf-8") as f:
            return f.read()
    return subprocess.run(["git", "--git-dir", repo, "show", "HEAD:" + path], check=True, capture_output=True, text=True).stdout


def b36(n):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


def main():
    repo = sys.argv[1]
    out = os.path.join(os.path.dirname(__file__), "..", "src", "Summit", "Resources", "lexicon.tsv.gz")
    lex = {}
    events = set()
    for name in EVENT_FILES:
        events.update(yaml.load(read(repo, f"src/yaml/{name}.yaml"), Loader=yaml.CLoader).keys())
    for letter in "0abcdefghijklmnopqrstuvwxyz":
        entries = yaml.load(read(repo, f"src/yaml/entries-{letter}.yaml"), Loader=yaml.CLoader)
        for lemma, poses in entries.items():
            word = str(lemma).lower()
            if any(c in word for c in "\t\n"):
                continue
            parts = word.split(" ")
            if len(parts) > 1 and not ("v" in poses and len(parts) == 2):
                continue  # multiword: only two-word verbs ("break down", "give up")
            item = lex.setdefault(word, {"pos": set(), "forms": {}, "concepts": [], "der": [], "event": False})
            for key, body in poses.items():
                pos = key.split("-")[0]  # a homograph's part of speech is numbered: "poll" n-1, n-2 ("lead", "row", "wind")
                p = "a" if pos == "s" else pos
                item["pos"].add(p)
                for form in body.get("form", []) or []:
                    item["forms"].setdefault(str(form).lower(), set()).add(p)
                for sense in (body.get("sense") or [])[: SENSES.get(pos, 1)]:
                    sid = sense["synset"]
                    if pos == "n" and sid in events and str(lemma) == word:  # "Mass" (the rite) is not "mass"
                        item["event"] = True
                    number = int(sid.split("-")[0])
                    key = b36(number) + sid.split("-")[1][0].replace("s", "a")
                    if key not in item["concepts"]:
                        item["concepts"].append(key)
                    for d in sense.get("derivation", []) or []:
                        other = d.split("%")[0].replace("_", " ").lower()
                        if other != word and other not in item["der"] and " " not in other:
                            item["der"].append(other)
    lines = []
    for word in sorted(lex):
        item = lex[word]
        pos = "".join(p for p in "nvar" if p in item["pos"]) + ("e" if item["event"] else "")
        if not pos:
            continue
        forms = []
        for form in sorted(item["forms"]):
            parts = item["forms"][form]
            forms.append(form if parts == item["pos"] else form + ":" + "".join(p for p in "nvar" if p in parts))
        lines.append("\t".join([word, pos, ",".join(forms), ",".join(item["concepts"]), ",".join(item["der"][:6])]))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(out, "wb") as f:
        # mtime=0: the same input gives a byte-identical resource
        with gzip.GzipFile(fileobj=f, mode="wb", mtime=0, compresslevel=9) as gz:
            gz.write(data)
    print(f"{len(lines)} lemmas, {len(data)} bytes -> {os.path.getsize(out)} bytes gzip: {out}")


if __name__ == "__main__":
    main()
