"""Check the kingpin-lane-systems-bowling scenario: counts, languages, and that every answer fact appears
(case-insensitively) in one of its named sources, in the quote, or among figures computed from the quote
(discounted unit prices, line totals, subtotal, VAT, total incl. VAT, per-year figures).

PDF text extraction needs pypdf; if it is not installed, point PYTHONPATH (or SCRATCH_PKGS) at a scratch folder:
    PYTHONPATH=/tmp/rlpkgs python validate.py
"""
import html
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.append(os.environ.get("SCRATCH_PKGS", "/tmp/rlpkgs"))
HERE = Path(__file__).resolve().parent


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).lower()


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if ext == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = []
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, float):
                        cells += [str(v), f"{v:,.2f}", f"{v:.2f}"] + ([str(int(v))] if v == int(v) else [])
                    else:
                        cells.append(str(v))
                out.append(" | ".join(cells))
        return "\n".join(out)
    if ext in (".html", ".htm"):
        raw = path.read_text(encoding="utf-8")
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return path.read_text(encoding="utf-8")


def money_forms(x):
    x = round(x + 1e-9, 2)
    forms = {f"{x:,.2f}", f"{x:.2f}"}
    if x == int(x):
        forms |= {f"{int(x):,}", str(int(x))}
    return forms


def quote_text_and_figures(q):
    text = json.dumps(q, ensure_ascii=False)
    figs = set()
    subtotal = 0.0
    for li in q["line_items"]:
        unit_net = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit_net * li["quantity"]
        subtotal += line
        for v in (li["unit_price"], unit_net, line, li["unit_price"] - unit_net, li["unit_price"] * li["quantity"] - line):
            figs |= money_forms(v)
    vat = subtotal * 0.20
    for v in (subtotal, vat, subtotal + vat):
        figs |= money_forms(v)
    return text + "\n" + " ".join(sorted(figs)), figs, subtotal


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    errors = []
    srcs = {}
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        srcs[p.name] = norm(text_of(p))
    types = Counter(Path(s["path"]).suffix.lower() for s in sc["sources"])
    for need in (".docx", ".pdf", ".xlsx"):
        if not types[need]:
            errors.append(f"no {need} source")
    if not (types[".md"] or types[".html"]):
        errors.append("no .md or .html source")
    from openpyxl import load_workbook
    for s in sc["sources"]:
        if s["path"].endswith(".xlsx") and len(load_workbook(HERE / s["path"]).sheetnames) < 2:
            errors.append("xlsx has fewer than 2 sheets")

    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")
    qtext, figs, subtotal = quote_text_and_figures(q)
    srcs["quote"] = norm(qtext)

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    kinds = Counter(x["expect"] for x in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(kinds) != want:
        errors.append(f"counts: {len(qs)} questions, {dict(kinds)}; want 40, {want}")
    if len({x["id"] for x in qs}) != len(qs):
        errors.append("duplicate ids")
    foreign = [x for x in qs if x.get("language", "en") != "en"]
    if len(foreign) != 10:
        errors.append(f"{len(foreign)} non-English questions; want 10")
    if len({x["expect"] for x in foreign}) != 3:
        errors.append("non-English questions must span answer/clarify/handoff")
    for x in qs:
        if x["expect"] != "answer":
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f"{x['id']}: needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in srcs:
                errors.append(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            if not any(norm(f) in srcs.get(s, "") for s in x["sources"]):
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")
    print(f"sources: {sorted(k for k in srcs if k != 'quote')}")
    print(f"quote subtotal ex VAT: {subtotal:,.2f} {q['currency']}; questions: {dict(kinds)}; "
          f"non-English: {dict(Counter(x['language'] for x in foreign))}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
