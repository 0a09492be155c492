#!/usr/bin/env python3
"""Check the gold.json of every case (or of the cases given) against FORMAT.md.

Checks: JSON valid; every report id has reports/<id>.txt; every evidence / also / conflict evidence /
optional-link / entity-mention / time-expression string occurs EXACTLY ONCE in its report (time
expressions and entity mentions: at least once); statuses valid; conflicting facts are explained by
a conflict; dates look like TIMEX3 values. It reads files only: it never runs Summit.

Usage: check-gold.py [CASE_DIR ...]   (default: every folder next to tools/ that has a gold.json)
"""
import json
import os
import re
import sys

STATUSES = {"corroborated", "single", "conflicting"}
D = r"[\dX]"   # a digit, or X where TIMEX3 leaves a unit unknown (XXXX-WXX-5 = a Friday of an unknown week)
TIMEX = re.compile(
    rf"^({D}{{4}}(-{D}{{2}}(-{D}{{2}}(T{D}{{2}}(:{D}{{2}}(:{D}{{2}})?)?|T(MO|AF|EV|NI))?)?)?"   # 2008, 2008-07, 2008-07-31, times, parts of days
    rf"|{D}{{4}}-W{D}{{2}}(-(WE|[1-7])(T{D}{{2}}(:{D}{{2}})?|T(MO|AF|EV|NI))?)?"               # 2019-W16, 2019-W16-WE, XXXX-WXX-5T20:45
    rf"|{D}{{4}}-(SP|SU|FA|WI|Q[1-4]|H[12])"                                                 # seasons, quarters, halves
    r"|\d{1,3}"                                                                            # 198 = the 1980s, 19 = 1900s
    r"|P(\d+(\.\d+)?[YMWD]|T(\d+(\.\d+)?[HMS])+|X[YMWD])+"                                 # durations
    r"|PAST_REF|PRESENT_REF|FUTURE_REF)$")


def count(text, s):
    n, i = 0, text.find(s)
    while i >= 0:
        n += 1
        i = text.find(s, i + 1)
    return n


def check_case(case_dir):
    errors = []
    warnings = []
    path = os.path.join(case_dir, "gold.json")
    try:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
    except Exception as e:  # noqa: BLE001
        return [f"{path}: not valid JSON: {e}"], {}
    texts = {}
    for r in gold.get("reports", []):
        rid = r.get("id")
        fp = os.path.join(case_dir, "reports", f"{rid}.txt")
        if not os.path.isfile(fp):
            errors.append(f"report {rid}: no file {fp}")
            continue
        with open(fp, encoding="utf-8-sig") as f:
            texts[rid] = f.read()
        if r.get("file") not in (None, f"reports/{rid}.txt"):
            errors.append(f"report {rid}: file should be reports/{rid}.txt, not {r.get('file')}")
        for key in ("source", "published", "publishedGiven"):
            if key not in r:
                errors.append(f"report {rid}: no '{key}'")
        if r.get("publishedGiven") is not False:
            errors.append(f"report {rid}: publishedGiven must be false")
        pub = r.get("published")
        if pub is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", pub):
            errors.append(f"report {rid}: published '{pub}' is not an ISO date")
    on_disk = {f[:-4] for f in os.listdir(os.path.join(case_dir, "reports")) if f.endswith(".txt")} \
        if os.path.isdir(os.path.join(case_dir, "reports")) else set()
    for extra in sorted(on_disk - set(texts)):
        errors.append(f"reports/{extra}.txt is not listed in gold.json reports[]")

    def once(rid, s, where):
        if rid not in texts:
            errors.append(f"{where}: unknown report '{rid}'")
            return
        if not isinstance(s, str) or not s:
            errors.append(f"{where}: empty or non-string passage {s!r}")
            return
        n = count(texts[rid], s)
        if n != 1:
            errors.append(f"{where}: '{s}' occurs {n} times in {rid}")

    def at_least_once(rid, s, where):
        if rid not in texts:
            errors.append(f"{where}: unknown report '{rid}'")
        elif count(texts[rid], s) < 1:
            errors.append(f"{where}: '{s}' does not occur in {rid}")

    stats = {"corroborated": 0, "single": 0, "conflicting": 0}
    ids = set()
    conflict_facts = set()
    for c in gold.get("conflicts", []):
        if "fact" in c:
            conflict_facts.add(c["fact"])
    for fact in gold.get("facts", []):
        fid = fact.get("id")
        where = f"fact {fid}"
        if fid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(fid)
        st = fact.get("status")
        if st not in STATUSES:
            errors.append(f"{where}: bad status {st!r}")
        else:
            stats[st] += 1
        ev = fact.get("evidence") or {}
        if not ev:
            errors.append(f"{where}: no evidence")
        for rid, passages in ev.items():
            for s in passages:
                once(rid, s, where)
        for rid, passages in (fact.get("also") or {}).items():
            for s in passages:
                once(rid, s, where + " (also)")
        if st == "single" and len(ev) != 1:
            errors.append(f"{where}: single fact with evidence in {len(ev)} reports")
        if st == "corroborated" and len(ev) < 2:
            errors.append(f"{where}: corroborated fact with evidence in {len(ev)} report(s)")
        if st == "conflicting" and len(ev) < 2:
            errors.append(f"{where}: conflicting fact with evidence in {len(ev)} report(s)")
        if st == "conflicting" and conflict_facts and fid not in conflict_facts:
            errors.append(f"{where}: conflicting but no conflicts[] entry names it")
        d = fact.get("date")
        if d is not None and not TIMEX.match(d):
            errors.append(f"{where}: date '{d}' is not a TIMEX3 value")
    # warn when evidence passages of two different facts overlap in one report (a claim there would
    # cover both); 'also' passages may lie inside another fact's passage on purpose (one sentence, two facts)
    spans = {}
    for fact in gold.get("facts", []):
        for group in ("evidence",):
            for rid, passages in (fact.get(group) or {}).items():
                for p in passages:
                    if rid in texts and count(texts[rid], p) == 1:
                        st0 = texts[rid].find(p)
                        spans.setdefault(rid, []).append((st0, st0 + len(p), fact.get("id")))
    for rid, lst in spans.items():
        lst.sort()
        for a in range(len(lst)):
            for b in range(a + 1, len(lst)):
                if lst[b][0] >= lst[a][1]:
                    break
                if lst[a][2] != lst[b][2]:
                    warnings.append(f"warning: {rid}: passages of facts {lst[a][2]} and {lst[b][2]} overlap")
    for i, c in enumerate(gold.get("conflicts", [])):
        where = f"conflict {i} ({c.get('slot')})"
        if not c.get("slot") or not c.get("values"):
            errors.append(f"{where}: needs slot and values")
        if c.get("fact") is not None and c["fact"] not in ids:
            errors.append(f"{where}: unknown fact {c['fact']}")
        for rid in c.get("values", {}):
            if rid not in texts:
                errors.append(f"{where}: unknown report '{rid}'")
        for rid, s in (c.get("evidence") or {}).items():
            for p in (s if isinstance(s, list) else [s]):
                once(rid, p, where)
    for i, link in enumerate(gold.get("optionalLinks", [])):
        for rid, s in link.items():
            if rid in ("why", "note"):
                continue
            for p in (s if isinstance(s, list) else [s]):
                once(rid, p, f"optionalLink {i}")
    for i, t in enumerate(gold.get("timeExpressions", [])):
        where = f"timeExpression {i} ({t.get('text')})"
        at_least_once(t.get("report"), t.get("text", ""), where)
        if not TIMEX.match(str(t.get("value"))):
            errors.append(f"{where}: value '{t.get('value')}' is not a TIMEX3 value")
    for e in gold.get("entities", []):
        for rid, ms in (e.get("mentions") or {}).items():
            for m in ms:
                at_least_once(rid, m, f"entity {e.get('canonical')}")
    if not isinstance(gold.get("conflictTraps", []), list):
        errors.append("conflictTraps must be a list")
    stats["conflicts"] = len(gold.get("conflicts", []))
    stats["warnings"] = warnings
    stats["reports"] = len(texts)
    return errors, stats


def main(argv):
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    cases = argv or sorted(os.path.join(here, d) for d in os.listdir(here)
                           if os.path.isfile(os.path.join(here, d, "gold.json")))
    bad = 0
    tot = {"corroborated": 0, "single": 0, "conflicting": 0, "conflicts": 0, "reports": 0}
    for c in cases:
        errors, stats = check_case(c)
        name = os.path.basename(os.path.normpath(c))
        if errors:
            bad += 1
            print(f"FAIL {name}")
            for e in errors:
                print(f"   {e}")
        else:
            print(f"ok   {name}: {stats['reports']} reports, {stats['corroborated']} corroborated, "
                  f"{stats['single']} single, {stats['conflicting']} conflicting, {stats['conflicts']} conflicts")
        for w in stats.get("warnings", []):
            print(f"   {w}")
        for k in tot:
            tot[k] += stats.get(k, 0)
    print(f"{len(cases)} case(s), {bad} failing; totals: " + ", ".join(f"{k} {v}" for k, v in tot.items()))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
