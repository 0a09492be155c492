#!/usr/bin/env python3
"""Where the wrong links of the own cases lie: for each case of tests/cases, the pairs of claims of different reports
that Summit puts in one fact, sorted as score-case.py judges them (its own functions, imported from
../shared/eval/tools/score-case.py, so the judgement is the scorer's):

  ok                           both claims lie in the passages of one gold fact
  bad_both_located_different   each lies in a gold fact, but not in the same one
  bad_one_unlocated            one lies in no gold fact's passages at all
  bad_both_unlocated           neither does (e.g. the same sentence word for word in two reports)

usage: scripts/case-wrong-pairs.py OUTPUT_DIR [EVAL_ROOT]
OUTPUT_DIR holds <case>.json, the sample console's `--format json` for each case's reports; EVAL_ROOT defaults to
../shared/eval beside the checkout. Optional links are left out, as the scorer does.
"""
import glob, importlib.util, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "..", "shared", "eval"))
spec = importlib.util.spec_from_file_location("score_case", os.path.join(root, "tools", "score-case.py"))
sc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sc)

totals = {"ok": 0, "bad_both_located_different": 0, "bad_one_unlocated": 0, "bad_both_unlocated": 0}
for case in sorted(glob.glob(os.path.join(here, "..", "tests", "cases", "*", "gold.json"))):
    case = os.path.dirname(case)
    out_path = os.path.join(sys.argv[1], os.path.basename(case) + ".json")
    if not os.path.exists(out_path):
        continue
    gold = json.load(open(os.path.join(case, "gold.json"), encoding="utf-8"))
    texts = {r["id"]: open(os.path.join(case, r["file"]), encoding="utf-8-sig", newline="").read() for r in gold["reports"]}
    out = json.load(open(out_path, encoding="utf-8"))
    maps = {rid: sc.utf16_to_cp(t) for rid, t in texts.items()}

    def cp(rid, i):
        m = maps[rid]
        return m[min(max(int(i), 0), len(m) - 1)]

    claims = {c["id"]: (c["report"], (cp(c["report"], c["start"]), cp(c["report"], c["end"])))
              for c in out.get("claims", []) if c.get("report") in texts}
    passages = []
    for f in gold["facts"]:
        allp = {}
        for key in ("evidence", "also"):
            for rid, ss in f.get(key, {}).items():
                allp.setdefault(rid, []).extend(sc.find_span(texts[rid], s) for s in ss)
        passages.append(allp)
    optional = [{rid: sc.find_span(texts[rid], s) for rid, s in o.items() if rid in texts} for o in gold.get("optionalLinks", [])]

    def located(rid, span):
        return {i for i, allp in enumerate(passages) for p in allp.get(rid, []) if sc.located(span, p)}

    def is_optional(a, b):
        return any(r1 in o and r2 in o and sc.overlap(s1, o[r1]) > 0 and sc.overlap(s2, o[r2]) > 0
                   for o in optional for (r1, s1), (r2, s2) in ((a, b), (b, a)))

    counts = dict.fromkeys(totals, 0)
    for f in out.get("facts", []):
        fc = [claims[c] for c in f.get("claims", []) if c in claims]
        for i in range(len(fc)):
            for j in range(i + 1, len(fc)):
                a, b = fc[i], fc[j]
                if a[0] == b[0] or is_optional(a, b):
                    continue
                la, lb = located(*a), located(*b)
                kind = "ok" if la & lb else "bad_both_located_different" if la and lb else "bad_one_unlocated" if la or lb else "bad_both_unlocated"
                counts[kind] += 1
    for k in totals:
        totals[k] += counts[k]
    print(os.path.basename(case), counts)
print("all", totals)
