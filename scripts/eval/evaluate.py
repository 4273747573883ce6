#!/usr/bin/env python3
"""Score an xborder SARIF report against a labelled corpus.

    python3 scripts/eval/evaluate.py --labels CORPUS/labels.tsv --sarif REPORTS/xborder.sarif \
        [--min-confidence medium] [--examples 8] [--strict] [--json OUT.json]

Matching: a prediction is (path, startLine, properties.entity) of a SARIF result; a label is
(path, line, entity) from labels.tsv. Both sides are multisets: for each key, TP = min(#pred, #label),
FP = #pred - TP, FN = #label - TP. Paths are the SARIF URIs percent-decoded and taken relative to the scan
root (%SRCROOT%).

Prints a Markdown table per entity (labels, predictions, TP, FP, FN, precision, recall, F1, verdict against
P >= 0.97 and R >= 0.95), the micro average, and up to --examples false positives and false negatives per
entity as `path:line` (never the values). When labels-detail.tsv / negatives.tsv sit next to labels.tsv, the
examples also name the written shape of a missed value and the hard-negative kinds on a false-positive line.

Exit status: 0 (the evaluation is a report), 2 when an input is missing or malformed, 1 with --strict when
any entity that has labels misses a target.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import sys
import urllib.parse

TARGET_P = 0.97
TARGET_R = 0.95
CONFIDENCE_ORDER = {"low": 0, "medium": 1, "high": 2}
# Entity order of the taxonomy (Sources/XBorderCore/Entity.swift).
TAXONOMY = ["cn_resident_id", "cn_mobile", "phone", "email", "payment_card", "iban", "passport", "cn_travel_permit",
            "hk_id", "tw_id", "us_ssn", "ip_address", "device_id", "geo_location", "cn_address", "person_name",
            "vehicle_plate", "cn_uscc", "foreign_destination"]
META_FILES = {"labels.tsv", "labels-detail.tsv", "negatives.tsv", ".xborderignore"}


class InputError(Exception):
    pass


def read_tsv(path: str, columns: int) -> list[list[str]]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if n == 1 and cells[:2] == ["path", "line"]:
                continue  # header
            if len(cells) < columns:
                raise InputError(f"{path}:{n}: expected {columns} tab-separated columns, got {len(cells)}")
            try:
                int(cells[1])
            except ValueError:
                raise InputError(f"{path}:{n}: line number {cells[1]!r} is not an integer") from None
            rows.append(cells)
    return rows


def load_labels(path: str) -> collections.Counter:
    labels: collections.Counter = collections.Counter()
    for cells in read_tsv(path, 3):
        labels[(norm_path(cells[0]), int(cells[1]), cells[2].strip())] += 1
    return labels


def norm_path(p: str) -> str:
    p = p.replace("\\", "/")
    while p.startswith("./"):
        p = p[2:]
    return p


def uri_to_path(uri: str, base_uri: str | None) -> str:
    if uri.startswith("file:"):
        full = urllib.parse.unquote(urllib.parse.urlparse(uri).path)
        if base_uri:
            base = urllib.parse.unquote(urllib.parse.urlparse(base_uri).path)
            if full.startswith(base):
                return norm_path(full[len(base):])
        return norm_path(full)
    return norm_path(urllib.parse.unquote(uri))


def load_sarif(path: str, min_conf: str):
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        raise InputError(f"cannot read SARIF {path}: {e}") from None
    runs = doc.get("runs")
    if not isinstance(runs, list) or not runs:
        raise InputError(f"{path}: no runs[]")
    preds: collections.Counter = collections.Counter()
    rule_by_key: dict = collections.defaultdict(collections.Counter)
    rules_by_entity: dict[str, set] = collections.defaultdict(set)
    notes = []
    dropped_low = 0
    for run in runs:
        driver = run.get("tool", {}).get("driver", {})
        rules = driver.get("rules", []) or []
        rule_entity = {}
        for rule in rules:
            ent = (rule.get("properties") or {}).get("entity")
            if ent:
                rules_by_entity[ent].add(rule.get("id"))
                rule_entity[rule.get("id")] = ent
        bases = run.get("originalUriBaseIds") or {}
        src = (bases.get("%SRCROOT%") or {}).get("uri")
        cov = (run.get("properties") or {}).get("coverage") or {}
        if cov.get("resultsOmitted"):
            notes.append(f"WARNING: the SARIF run omitted {cov['resultsOmitted']} results (25,000 cap): "
                         "counts are incomplete")
        for res in run.get("results", []) or []:
            props = res.get("properties") or {}
            ent = props.get("entity") or rule_entity.get(res.get("ruleId"))
            conf = props.get("confidence", "medium")
            if CONFIDENCE_ORDER.get(conf, 1) < CONFIDENCE_ORDER[min_conf]:
                dropped_low += 1
                continue
            locs = res.get("locations") or []
            if not ent or not locs:
                raise InputError(f"{path}: a result without entity or location (ruleId {res.get('ruleId')})")
            phys = locs[0].get("physicalLocation") or {}
            uri = (phys.get("artifactLocation") or {}).get("uri")
            line = (phys.get("region") or {}).get("startLine")
            if uri is None or line is None:
                raise InputError(f"{path}: a result without uri or startLine (ruleId {res.get('ruleId')})")
            key = (uri_to_path(uri, src), int(line), ent)
            if os.path.basename(key[0]) in META_FILES:
                continue
            preds[key] += 1
            col = (phys.get("region") or {}).get("startColumn")
            rule_by_key[key][(res.get("ruleId"), col)] += 1
    return preds, rule_by_key, rules_by_entity, notes, dropped_low


def load_side(path: str) -> dict:
    """(path, line) -> list of kinds/variants from labels-detail.tsv or negatives.tsv (optional)."""
    out: dict = collections.defaultdict(list)
    if not os.path.exists(path):
        return out
    for cells in read_tsv(path, 3):
        out[(norm_path(cells[0]), int(cells[1]))].append(cells[2:])
    return out


def ratio(a: int, b: int):
    return a / b if b else None


def fmt(x) -> str:
    return "—" if x is None else f"{x:.3f}"


def f1(p, r):
    if p is None or r is None or p + r == 0:
        return None if (p is None or r is None) else 0.0
    return 2 * p * r / (p + r)


def verdict(labels: int, preds: int, has_rule: bool, p, r) -> str:
    if not has_rule:
        return "no rule yet" if labels else "no rule, no labels"
    if labels == 0:
        return "no labels (all FP)" if preds else "no labels"
    if preds == 0:
        return "miss R (nothing fired)"
    misses = []
    if p < TARGET_P:
        misses.append("P")
    if r < TARGET_R:
        misses.append("R")
    return "ok" if not misses else "miss " + "+".join(misses)


def evaluate(labels, preds, rules_by_entity):
    entities = [e for e in TAXONOMY if e in {k[2] for k in labels} | {k[2] for k in preds} | set(rules_by_entity)]
    entities += sorted(({k[2] for k in labels} | {k[2] for k in preds}) - set(TAXONOMY))
    per: dict = {}
    fps: dict = collections.defaultdict(list)
    fns: dict = collections.defaultdict(list)
    for key in sorted(set(labels) | set(preds), key=lambda k: (k[2], k[0], k[1])):
        nl, npred = labels.get(key, 0), preds.get(key, 0)
        tp = min(nl, npred)
        if npred > tp:
            fps[key[2]].append((key, npred - tp))
        if nl > tp:
            fns[key[2]].append((key, nl - tp))
    for e in entities:
        nl = sum(v for k, v in labels.items() if k[2] == e)
        npred = sum(v for k, v in preds.items() if k[2] == e)
        tp = sum(min(v, preds.get(k, 0)) for k, v in labels.items() if k[2] == e)
        per[e] = {"labels": nl, "predictions": npred, "tp": tp, "fp": npred - tp, "fn": nl - tp}
    return entities, per, fps, fns


def table(entities, per, rules_by_entity) -> tuple[str, dict]:
    out = ["| entity | rules | labels | pred | TP | FP | FN | precision | recall | F1 | verdict |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
    summary = {}
    for e in entities:
        s = per[e]
        has_rule = bool(rules_by_entity.get(e))
        p, r = ratio(s["tp"], s["predictions"]), ratio(s["tp"], s["labels"])
        if has_rule and s["predictions"] == 0 and s["labels"]:
            p = None
        v = verdict(s["labels"], s["predictions"], has_rule, p, r if r is not None else 0.0)
        summary[e] = dict(s, precision=p, recall=r, f1=f1(p, r), verdict=v, rules=len(rules_by_entity.get(e, ())))
        out.append(f"| {e} | {len(rules_by_entity.get(e, ()))} | {s['labels']} | {s['predictions']} | {s['tp']} | "
                   f"{s['fp']} | {s['fn']} | {fmt(p)} | {fmt(r) if s['labels'] else '—'} | {fmt(f1(p, r))} | {v} |")

    def micro(ents, title):
        tp = sum(per[e]["tp"] for e in ents)
        npred = sum(per[e]["predictions"] for e in ents)
        nl = sum(per[e]["labels"] for e in ents)
        p, r = ratio(tp, npred), ratio(tp, nl)
        out.append(f"| **{title}** | | {nl} | {npred} | {tp} | {npred - tp} | {nl - tp} | {fmt(p)} | {fmt(r)} | "
                   f"{fmt(f1(p, r))} | |")
        return {"labels": nl, "predictions": npred, "tp": tp, "precision": p, "recall": r, "f1": f1(p, r)}

    summary["_micro_all"] = micro(entities, "micro, all entities")
    with_rules = [e for e in entities if rules_by_entity.get(e)]
    if len(with_rules) != len(entities):
        summary["_micro_with_rules"] = micro(with_rules, "micro, entities with a rule")
    return "\n".join(out), summary


def examples(entities, per, fps, fns, rule_by_key, detail, negs, limit: int) -> str:
    out = []
    for e in entities:
        if not fps.get(e) and not fns.get(e):
            continue
        out.append(f"\n### {e}  (FP {per[e]['fp']}, FN {per[e]['fn']})")
        if fps.get(e):
            out.append(f"False positives (first {min(limit, len(fps[e]))} of {len(fps[e])} lines):")
            for (path, line, _), extra in fps[e][:limit]:
                rules = ", ".join(f"{rid} col {col}" for (rid, col) in sorted(rule_by_key[(path, line, e)],
                                                                              key=lambda x: (x[1] or 0)))
                labelled = sorted({d[0] for d in detail.get((path, line), [])})
                kinds = sorted({n[0] for n in negs.get((path, line), [])})
                hint = []
                if labelled:
                    hint.append("line has labels: " + ", ".join(labelled))
                if kinds:
                    hint.append("planted negatives: " + "; ".join(kinds))
                out.append(f"- `{path}:{line}`{' ×' + str(extra) if extra > 1 else ''} [{rules}]"
                           + (f" — {' | '.join(hint)}" if hint else ""))
        if fns.get(e):
            out.append(f"False negatives (first {min(limit, len(fns[e]))} of {len(fns[e])} lines):")
            for (path, line, _), extra in fns[e][:limit]:
                shapes = sorted({d[1] for d in detail.get((path, line), []) if d[0] == e and len(d) > 1})
                out.append(f"- `{path}:{line}`{' ×' + str(extra) if extra > 1 else ''}"
                           + (f" — shape: {', '.join(shapes)}" if shapes else ""))
    return "\n".join(out)


def by_variant(entities, labels, preds, detail) -> str:
    """Recall per written shape (variant) of the labelled values, from labels-detail.tsv; shapes with a miss only.

    A line whose labels of one entity all share one shape is attributed exactly; a line mixing shapes is
    counted under "(mixed shapes on one line)"."""
    rows = []
    for e in entities:
        acc: dict = collections.defaultdict(lambda: [0, 0])
        for key, n in labels.items():
            if key[2] != e:
                continue
            shapes = {d[1] for d in detail.get((key[0], key[1]), []) if d[0] == e and len(d) > 1}
            shape = shapes.pop() if len(shapes) == 1 else ("(no detail)" if not shapes else "(mixed shapes on one line)")
            acc[shape][0] += n
            acc[shape][1] += min(n, preds.get(key, 0))
        for shape, (n, tp) in sorted(acc.items(), key=lambda kv: (kv[1][1] / kv[1][0], -kv[1][0])):
            if tp < n:
                rows.append(f"| {e} | {shape} | {n} | {tp} | {tp / n:.3f} |")
    if not rows:
        return ""
    return "\n".join(["| entity | written shape | labels | TP | recall |", "|---|---|---:|---:|---:|"] + rows)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Per-entity precision/recall/F1 of an xborder SARIF report against labels.tsv")
    ap.add_argument("--labels", required=True, help="labels.tsv (path, line, entity)")
    ap.add_argument("--sarif", required=True, help="xborder.sarif of a scan of the labelled corpus")
    ap.add_argument("--min-confidence", choices=sorted(CONFIDENCE_ORDER, key=CONFIDENCE_ORDER.get), default="medium",
                    help="count results at or above this confidence (default medium, the scanner's default)")
    ap.add_argument("--examples", type=int, default=8, help="example FP/FN lines per entity (default 8, 0 = none)")
    ap.add_argument("--by-shape", action="store_true",
                    help="also print recall per written shape of the values (needs labels-detail.tsv)")
    ap.add_argument("--strict", action="store_true", help="exit 1 when an entity with labels misses a target")
    ap.add_argument("--json", metavar="FILE", help="also write the numbers as JSON")
    args = ap.parse_args(argv)
    try:
        if not os.path.exists(args.labels):
            raise InputError(f"labels file not found: {args.labels}")
        if not os.path.exists(args.sarif):
            raise InputError(f"SARIF file not found: {args.sarif}")
        labels = load_labels(args.labels)
        preds, rule_by_key, rules_by_entity, notes, dropped = load_sarif(args.sarif, args.min_confidence)
        base = os.path.dirname(os.path.abspath(args.labels))
        detail = load_side(os.path.join(base, "labels-detail.tsv"))
        negs = load_side(os.path.join(base, "negatives.tsv"))
    except InputError as e:
        print(f"evaluate: {e}", file=sys.stderr)
        return 2
    entities, per, fps, fns = evaluate(labels, preds, rules_by_entity)
    tbl, summary = table(entities, per, rules_by_entity)
    print(f"## xborder evaluation (targets: precision ≥ {TARGET_P}, recall ≥ {TARGET_R}; "
          f"results at confidence ≥ {args.min_confidence})\n")
    for n in notes:
        print(n)
    print(f"{sum(labels.values())} labels, {sum(preds.values())} counted predictions"
          + (f", {dropped} below --min-confidence ignored" if dropped else "") + ".\n")
    print(tbl)
    missing = [e for e in entities if per[e]["labels"] and not rules_by_entity.get(e)]
    if missing:
        print(f"\nNo rule yet for: {', '.join(missing)} (recall 0 by construction).")
    if args.by_shape and detail:
        bv = by_variant(entities, labels, preds, detail)
        if bv:
            print("\n## Recall by written shape (only shapes with a miss)\n")
            print(bv)
    if args.examples > 0:
        ex = examples(entities, per, fps, fns, rule_by_key, detail, negs, args.examples)
        if ex:
            print("\n## Examples (path:line only; values are never printed)")
            print(ex)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"targets": {"precision": TARGET_P, "recall": TARGET_R}, "minConfidence": args.min_confidence,
                       "entities": summary}, f, indent=2, sort_keys=True)
    if args.strict:
        failed = [e for e in entities if per[e]["labels"] and summary[e]["verdict"] != "ok"]
        if failed:
            print(f"\nstrict: targets missed for {', '.join(failed)}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
