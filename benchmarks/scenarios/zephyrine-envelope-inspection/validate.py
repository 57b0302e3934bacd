"""Validate the zephyrine-envelope-inspection scenario.

Checks counts (40 questions: 22 answer, 5 clarify, 13 handoff; 10 non-English), that every source file exists,
that every answer names sources that exist, and that each answer fact appears (case-insensitively, whitespace
normalised) in at least one named source or, when `quote` is named, in the quote. The quote text is the JSON of
the quote plus the figures a rendered quote shows: discounted unit price, line total, total before tax, and
per-year / per-month figures of items with a term in months.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    return re.sub(r"\s+", " ", s).lower()

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
                    if isinstance(v, (int, float)):
                        parts.append(f"{v:,.2f}")
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()

def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = round(unit * li["quantity"], 2)
        total += line
        parts.append(f"{li['sku']} unit {unit:,.2f} line {line:,.2f} list {li['unit_price']:,.2f}")
        m = re.search(r"(\d+) months", li["name"])
        if m:
            months = int(m.group(1))
            parts.append(f"per year {line / (months / 12):,.2f} per month {line / months:,.2f}")
    parts.append(f"total before tax {total:,.2f}")
    return "\n".join(parts)

def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    errors = []
    texts = {}
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}")
            continue
        texts[os.path.basename(s["path"])] = norm(text_of(p))
    types = Counter(os.path.splitext(n)[1] for n in texts)
    texts["quote"] = norm(quote_text(sc["quote"]))
    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if not all(isinstance(c, str) for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be strings")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails or not 2 <= len(sc["users"]) <= 3:
        errors.append("owner must be one of 2-3 users")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    kinds = Counter(x["expect"] for x in qs)
    langs = Counter(x.get("language", "en") for x in qs)
    nonen_by_kind = Counter(x["expect"] for x in qs if x.get("language", "en") != "en")
    if len(qs) != 40: errors.append(f"{len(qs)} questions, want 40")
    if kinds != Counter(answer=22, clarify=5, handoff=13): errors.append(f"kinds {dict(kinds)}")
    if sum(v for k, v in langs.items() if k != "en") != 10: errors.append(f"languages {dict(langs)}")
    if len(nonen_by_kind) != 3: errors.append(f"non-English not spread: {dict(nonen_by_kind)}")
    for x in qs:
        if x["expect"] != "answer":
            continue
        srcs = x.get("sources") or []
        facts = x.get("facts") or []
        if not srcs or not 1 <= len(facts) <= 3:
            errors.append(f"{x['id']}: needs sources and 1-3 facts")
        for s in srcs:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        for f in facts:
            if not any(norm(f) in texts.get(s, "") for s in srcs):
                errors.append(f"{x['id']}: fact {f!r} not found in {srcs}")
    print(f"sources: {sorted(n for n in texts if n != 'quote')} types {dict(types)}")
    print(f"questions: {len(qs)} {dict(kinds)}; languages {dict(langs)}; non-English by kind {dict(nonen_by_kind)}")
    print("quote: " + texts["quote"].split("total before tax ")[-1] + " total before tax")
    if errors:
        print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
    print("OK: all checks passed")

if __name__ == "__main__":
    main()
