"""Check the hatchmere-incubator-servicing scenario: counts, languages, sources, and that every answer fact
appears (case-insensitively) in at least one of the sources it names, or in the quote (including derived
figures: discounted unit prices, line totals, total before VAT, VAT, total with VAT, per-visit and per-month).

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (pypdf from the scratch folder)
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/tmp/rl")


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if ext == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(str(path), data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                out.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(out)
    if ext in (".md", ".txt"):
        return path.read_text(encoding="utf-8")
    if ext in (".html", ".htm"):
        return re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))
    raise ValueError(f"unsupported source type: {path}")


def money(x):
    return f"{x:,.2f}"


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        total += line
        parts.append(f"{li['sku']} net unit {money(unit)} line total {money(line)}")
        if "2 visits per year" in li["name"]:
            parts.append(f"{li['sku']} per visit {money(unit / 2)}")
        if li["sku"] == "HM-SLA-GOLD":
            parts.append(f"gold plan per month {money(line / 12)}")
    total = round(total, 2)
    parts.append(f"total before VAT {money(total)}; VAT 20% {money(total * 0.2)}; "
                 f"total with VAT {money(round(total * 1.2, 2))}")
    return "\n".join(parts), total


def main():
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    texts = {}
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        texts[p.name] = norm(text_of(p))
    qt, total = quote_text(q)
    texts["quote"] = norm(qt)

    types = {Path(s["path"]).suffix for s in sc["sources"]}
    if not {".docx", ".pdf", ".xlsx"} <= types or not ({".md", ".html"} & types):
        errors.append(f"source types incomplete: {types}")
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("2-3 users expected")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    counts = {"answer": 0, "clarify": 0, "handoff": 0}
    ids = set()
    non_en = {"answer": 0, "clarify": 0, "handoff": 0}
    for x in qs:
        if x["id"] in ids:
            errors.append(f"duplicate id {x['id']}")
        ids.add(x["id"])
        counts[x["expect"]] += 1
        if x.get("language", "en") != "en":
            non_en[x["expect"]] += 1
        if x["expect"] == "answer":
            if not x.get("sources"):
                errors.append(f"{x['id']}: no sources")
            if not 1 <= len(x.get("facts", [])) <= 3:
                errors.append(f"{x['id']}: 1-3 facts expected")
            for s in x.get("sources", []):
                if s not in texts:
                    errors.append(f"{x['id']}: unknown source {s}")
            for f in x.get("facts", []):
                if not any(norm(f) in texts.get(s, "") for s in x.get("sources", [])):
                    errors.append(f"{x['id']}: fact {f!r} not found in {x.get('sources')}")
    if len(qs) != 40:
        errors.append(f"{len(qs)} questions, 40 expected")
    if counts != {"answer": 22, "clarify": 5, "handoff": 13}:
        errors.append(f"counts {counts}, expected 22/5/13")
    if sum(non_en.values()) != 10 or not all(non_en.values()):
        errors.append(f"non-English questions {non_en}: 10 expected, spread over all three kinds")
    langs = {x["language"] for x in qs if "language" in x}

    print(f"sources: {', '.join(sorted(k for k in texts if k != 'quote'))}")
    print(f"quote {q['number']}: {len(q['line_items'])} line items, total before VAT {q['currency']} {money(total)}")
    print(f"questions: {len(qs)} {counts}; non-English {sum(non_en.values())} {non_en} languages {sorted(langs)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all answer facts found in their named sources")


if __name__ == "__main__":
    main()
