#!/usr/bin/env python3
"""What re-clustering Summit's own claims could score on ECB+: ceilings for the next plan, not a system.

Reads the work folder that ../shared/eval/tools/ecbplus-conll.py leaves (WORK/<split>/<topic>/summit.json, from a run with
--work WORK) and scores, with that script's own functions, the gold mentions clustered in other ways over the SAME claims
(each mention in the shortest claim containing its first token, as the scorer does):

  base   Summit's facts (what the scorer reports)
  A      further-event claims (predicate, nominal) clustered by their predicate's lemma per topic, clause claims as base
  B      as A, and each mention inside a clause claim that is not the clause's own predicate given its own event claim
         (as if every gold mention had one), clustered by its head lemma
  H      every covered mention by its head lemma per topic (the head-lemma baseline restricted to covered mentions)
  *sub   the same within the gold sub-topic (*ecb vs *ecbplus documents: an oracle on document clustering)

usage: scripts/ecbplus-ceiling.py WORK SPLIT SPLIT_DIR [EVAL_ROOT]
  e.g. scripts/ecbplus-ceiling.py /tmp/ecb train ../shared/eval/raw/ecbplus/train
Measured at 5eb69cf on train: base 52.9, A 55.8 (sub 57.5), B 64.9 (66.9), H 70.2 (74.0); the head-lemma baseline over all
mentions is 72.3 (76.5 with oracle sub-topics).
"""
import collections, importlib.util, json, os, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
work, split, split_dir = sys.argv[1:4]
root = os.path.abspath(sys.argv[4] if len(sys.argv) > 4 else os.path.join(here, "..", "..", "shared", "eval"))
spec = importlib.util.spec_from_file_location("conll", os.path.join(root, "tools", "ecbplus-conll.py"))
C = importlib.util.module_from_spec(spec)
spec.loader.exec_module(C)

topics = C.prepare_split(split, split_dir, C.find_csv(split_dir, None), tempfile.mkdtemp())
lemma = C.make_lemmatiser()[0]
gold, runs = {}, collections.defaultdict(dict)
for t in topics:
    js = json.load(open(os.path.join(work, split, t["topic"], "summit.json"), encoding="utf-8"))
    claim_of = {}
    base = C.system_clusters(t, js, collections.Counter(), claim_of)
    gold.update(C.gold_labels(t))
    claims = {c["id"]: c for c in js["claims"]}
    for d in t["docs"]:
        sub = "ecbplus" if d["id"].endswith("ecbplus") else "ecb"
        for m in d["mentions"]:
            key = (t["topic"], d["id"], m["m_id"])
            runs["base"][key] = base[key]
            found = claim_of[key]
            if found is None:
                for name in ("A", "Asub", "B", "Bsub", "H", "Hsub"):
                    runs[name][key] = ("single", key)
                continue
            c = claims[found[1]]
            head = lemma(C.head_word(m["words"]))
            predicate = lemma((c.get("predicate") or "").split(" ")[0])
            event = c.get("kind") != "clause"
            runs["A"][key] = ("lemma", t["topic"], predicate) if event else base[key]
            runs["Asub"][key] = ("lemma", t["topic"], sub, predicate) if event else base[key]
            own = event or head != predicate
            runs["B"][key] = ("lemma", t["topic"], head) if own else base[key]
            runs["Bsub"][key] = ("lemma", t["topic"], sub, head) if own else base[key]
            runs["H"][key] = ("lemma", t["topic"], head)
            runs["Hsub"][key] = ("lemma", t["topic"], sub, head)
for name in ("base", "A", "Asub", "B", "Bsub", "H", "Hsub"):
    s = C.score_all(C.group(gold), C.group(runs[name]))
    print(f"{name:5} CoNLL F1 {s['with']['conll'] * 100:5.1f} (without singletons {s['without']['conll'] * 100:5.1f})")
