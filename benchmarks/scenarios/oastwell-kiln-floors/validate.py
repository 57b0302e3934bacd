"""Validate the oastwell-kiln-floors scenario.

Checks the counts required by the brief and that every `answer` fact appears (case-insensitively) in at least one of
the sources the question names. The `quote` source is the quote JSON plus the figures derivable from it by simple
arithmetic (discounted unit prices, line totals, subtotal before VAT, VAT at 20%, total with VAT, the 30% deposit
and the per-year price of the 3-year care plan), each in "1,234.56" and "1234.56" forms.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED_LANGS = {"fr", "de", "es", "pt", "it", "nl"}


def fmt(x):
    return [f"{x:,.2f}", f"{x:.2f}"]


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    parts.append(str(v))
                    if isinstance(v, float):
                        parts += fmt(v)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    sub = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = round(unit * li["quantity"], 2)
        sub += line
        parts += fmt(unit) + fmt(line)
        if li["sku"] == "OW-SVC-3Y":  # 3-year plan: per-year figure
            parts += fmt(line / 3)
    sub = round(sub, 2)
    parts += fmt(sub) + fmt(sub * 0.20) + fmt(sub * 1.20) + fmt(sub * 0.30)
    return "\n".join(parts)


def main():
    errors = []
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    q = sc["quote"]
    texts = {"quote": quote_text(q).lower()}
    types = []
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}")
            continue
        t = text_of(p)
        if len(t) < 800:
            errors.append(f"source {s['path']} too short ({len(t)} chars)")
        texts[os.path.basename(s["path"])] = t.lower()
        types.append(s["path"].rsplit(".", 1)[-1])
    if len(sc["sources"]) != 4 or len(set(types)) != 4:
        errors.append(f"need 4 sources of 4 types, got {types}")
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("line items must be 5-9")
    if not all(isinstance(c, str) for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be strings")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    ids = [x["id"] for x in qs]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    exp = Counter(x["expect"] for x in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(exp) != want:
        errors.append(f"counts: {len(qs)} questions, {dict(exp)}; want 40, {want}")
    foreign = [x for x in qs if x.get("language")]
    if len(foreign) != 10:
        errors.append(f"need 10 non-English questions, got {len(foreign)}")
    if any(x["language"] not in ALLOWED_LANGS for x in foreign):
        errors.append("unexpected language code")
    fexp = Counter(x["expect"] for x in foreign)
    if set(fexp) != {"answer", "clarify", "handoff"}:
        errors.append(f"non-English questions not spread: {dict(fexp)}")

    for x in qs:
        if x["expect"] != "answer":
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f"{x['id']}: needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            hits = [s for s in x["sources"] if f.lower() in texts.get(s, "")]
            if not hits:
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

    single = sum(1 for x in qs if x["expect"] == "answer" and len(x["sources"]) == 1 and x["sources"] != ["quote"])
    print(f"questions: {len(qs)} {dict(exp)}; non-English: {len(foreign)} {dict(fexp)} "
          f"{dict(Counter(x['language'] for x in foreign))}; single-source answers: {single}")
    print(f"sources: {', '.join(k for k in texts if k != 'quote')}; line items: {len(q['line_items'])}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all answer facts found in their named sources")


if __name__ == "__main__":
    main()
