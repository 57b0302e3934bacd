"""Validate the cryvanta-blast-freezers scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
Checks counts (40 questions: 22 answer / 5 clarify / 13 handoff, 10 non-English), that every source file exists,
and that every answer fact appears (case-insensitively) in one of the named sources or in the quote
(quote text includes computed figures: discounted unit prices, line totals, the total before tax).
"""
import json
import re
import sys
from collections import Counter
from html import unescape
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fmt(x):
    out = {f"{x:,.0f}", f"{x:,.2f}", f"{x:.0f}", f"{x:.2f}"} if float(x).is_integer() else {f"{x:,.2f}", f"{x:.2f}"}
    return " ".join(sorted(out))


def text_of(path: Path) -> str:
    s = path.suffix.lower()
    if s == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if s == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if s == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(path), data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = []
                for v in row:
                    if v is None:
                        continue
                    cells.append(fmt(v) if isinstance(v, (int, float)) else str(v))
                parts.append(" | ".join(cells))
        return "\n".join(parts)
    if s in (".html", ".htm"):
        return unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))
    return path.read_text(encoding="utf-8")


def quote_text(q) -> str:
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        total += line
        parts.append(f"{li['sku']} unit {fmt(li['unit_price'])} discounted unit {fmt(round(unit, 2))} "
                     f"line total {fmt(round(line, 2))}")
    parts.append(f"total before tax {fmt(round(total, 2))}")
    return "\n".join(parts)


def main():
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    texts = {}
    for src in sc["sources"]:
        p = HERE / src["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        texts[p.name] = text_of(p).lower()
    texts["quote"] = quote_text(sc["quote"]).lower()
    types = sorted(Path(s["path"]).suffix for s in sc["sources"])
    print("sources:", ", ".join(f"{n} ({len(t)} chars)" for n, t in texts.items()))

    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("2-3 users expected")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be strings")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    kinds = Counter(x["expect"] for x in qs)
    langs = Counter(x.get("language", "en") for x in qs)
    nonen = [x for x in qs if x.get("language", "en") != "en"]
    ids = [x["id"] for x in qs]
    if len(qs) != 40:
        errors.append(f"{len(qs)} questions, expected 40")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if (kinds["answer"], kinds["clarify"], kinds["handoff"]) != (22, 5, 13):
        errors.append(f"expect counts {dict(kinds)}, expected 22/5/13")
    if len(nonen) != 10:
        errors.append(f"{len(nonen)} non-English questions, expected 10")
    if {x["expect"] for x in nonen} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions must be spread across answer/clarify/handoff")

    for x in qs:
        if x["expect"] != "answer":
            if x.get("facts") or x.get("sources"):
                errors.append(f"{x['id']}: non-answer question with facts/sources")
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f"{x['id']}: needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            where = [s for s in x["sources"] if f.lower() in texts.get(s, "")]
            if not where:
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

    print(f"questions: {len(qs)}  expect: {dict(kinds)}  languages: {dict(langs)}")
    print(f"source types: {types}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all answer facts found in their named sources; counts match")


if __name__ == "__main__":
    main()
