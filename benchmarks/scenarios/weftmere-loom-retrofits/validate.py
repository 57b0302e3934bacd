"""Validate the weftmere-loom-retrofits scenario.

Checks: counts (40 questions; 22 answer / 5 clarify / 13 handoff; 10 non-English spread over all three kinds),
4 sources in 4 types, 5-9 line items, and that every fact of every `answer` question appears (case-insensitive) in
at least one of its named sources or, for `quote`, in the quote (including figures derived from it: discounted
unit prices, line totals, grand total, per-year amounts of monthly subscriptions).

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def text_docx(p):
    import docx
    d = docx.Document(str(p))
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join((pg.extract_text() or "") for pg in PdfReader(str(p)).pages)


def text_xlsx(p):
    import openpyxl
    wb = openpyxl.load_workbook(str(p), data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f"{v:,.2f}")
                else:
                    cells.append(str(v))
            out.append(" | ".join(cells))
    return "\n".join(out)


def text_plain(p):
    return p.read_text(encoding="utf-8")


def text_html(p):
    import html
    import re
    return html.unescape(re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8")))


READERS = {".docx": text_docx, ".pdf": text_pdf, ".xlsx": text_xlsx, ".md": text_plain, ".html": text_html, ".htm": text_html}


def money(x):
    return [f"{x:,.2f}", f"{x:.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"]


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = li["quantity"] * unit
        total += line
        parts += money(unit) + money(line) + money(li["unit_price"])
        parts.append(f"{li['discount_percent']}%")
        if "month" in li["name"].lower() and li["quantity"] % 12 == 0:
            parts += money(li["unit_price"] * 12 * (1 - li["discount_percent"] / 100))
    parts += money(round(total, 2))
    return "\n".join(parts)


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    errors = []
    texts = {}
    types = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        types.add(p.suffix.lower())
        texts[p.name] = READERS[p.suffix.lower()](p).lower()
        print(f"source {p.name}: {len(texts[p.name])} chars")
    if len(sc["sources"]) != 4 or len(types) != 4:
        errors.append(f"expected 4 sources in 4 types, got {len(sc['sources'])} / {sorted(types)}")
    n_items = len(sc["quote"]["line_items"])
    if not 5 <= n_items <= 9:
        errors.append(f"quote has {n_items} line items (want 5-9)")
    texts["quote"] = quote_text(sc["quote"]).lower()

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    kinds = Counter(q["expect"] for q in qs)
    foreign = [q for q in qs if q.get("language")]
    fk = Counter(q["expect"] for q in foreign)
    ids = [q["id"] for q in qs]
    if len(qs) != 40:
        errors.append(f"{len(qs)} questions (want 40)")
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    for k, v in want.items():
        if kinds[k] != v:
            errors.append(f"{kinds[k]} {k} questions (want {v})")
    if len(foreign) != 10:
        errors.append(f"{len(foreign)} non-English questions (want 10)")
    if set(fk) != set(want):
        errors.append(f"non-English questions not spread over all kinds: {dict(fk)}")

    for q in qs:
        if q["expect"] != "answer":
            continue
        if not q.get("sources") or not q.get("facts"):
            errors.append(f"{q['id']}: answer without sources/facts")
            continue
        for src in q["sources"]:
            if src not in texts:
                errors.append(f"{q['id']}: unknown source {src}")
        for fact in q["facts"]:
            where = [s for s in q["sources"] if s in texts and fact.lower() in texts[s]]
            if not where:
                errors.append(f"{q['id']}: fact {fact!r} not found in {q['sources']}")

    print(f"questions: {len(qs)} {dict(kinds)}; non-English: {len(foreign)} {dict(fk)} "
          f"languages {dict(Counter(q['language'] for q in foreign))}; line items: {n_items}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all answer facts found in their named sources")


if __name__ == "__main__":
    main()
