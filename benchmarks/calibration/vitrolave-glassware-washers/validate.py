"""Check the vitrolave-glassware-washers scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
Checks: scenario.json shape, sources exist, 40 questions with 22 answer / 5 clarify / 13 handoff, 10 non-English,
5-9 line items, and every answer fact appears (case-insensitively, whitespace-normalised) in one of the question's
named sources, or - for `quote` - in the quote text or in a figure derived from the quote (discounted unit
prices, line totals, subtotal before VAT, per-year figures of the 36-month service line).
"""
import json
import os
import re
import sys
from collections import Counter

sys.path.append("/tmp/rl")
HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                out.extend(str(v) for v in row if v is not None)
        return "\n".join(out)
    if ext in ("html", "htm"):
        raw = open(path, encoding="utf-8").read()
        raw = re.sub(r"(?is)<(script|style).*?</\1>", " ", raw)
        import html
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return open(path, encoding="utf-8").read()


def money(x):
    return [f"{x:,.2f}", f"{x:.2f}"] + ([f"{x:,.0f}", f"{x:.0f}"] if abs(x - round(x)) < 1e-9 else [])


def quote_text(q):
    figs = []
    subtotal = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        subtotal += line
        figs += money(li["unit_price"]) + money(unit) + money(line)
        if "36 months" in li["name"]:
            figs += money(round(line / 3, 2)) + money(round(unit / 3, 2))
    subtotal = round(subtotal, 2)
    figs += money(subtotal) + money(round(subtotal * 1.2, 2))
    return json.dumps(q, ensure_ascii=False) + "\n" + " | ".join(figs), subtotal


def main():
    errors = []
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append(f"line items: {len(q['line_items'])}")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("users must be 2-3")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    texts = {}
    types = Counter()
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {p}")
            continue
        types[s["type"]] += 1
        texts[os.path.basename(p)] = norm(text_of(p))
    qt, subtotal = quote_text(q)
    texts["quote"] = norm(qt)
    print("sources:", {k: len(v) for k, v in texts.items()})
    print(f"quote subtotal before VAT: {subtotal:,.2f} {q['currency']}")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    kinds = Counter(x["expect"] for x in qs)
    langs = Counter(x.get("language", "en") for x in qs)
    nonen = {k: Counter(x["expect"] for x in qs if x.get("language", "en") != "en") for k in [0]}[0]
    ids = [x["id"] for x in qs]
    if len(qs) != 40: errors.append(f"{len(qs)} questions, want 40")
    if len(set(ids)) != len(ids): errors.append("duplicate ids")
    if kinds != Counter(answer=22, clarify=5, handoff=13): errors.append(f"kinds {dict(kinds)}")
    if sum(v for k, v in langs.items() if k != "en") != 10: errors.append(f"languages {dict(langs)}")
    if len(nonen) != 3: errors.append(f"non-English not spread over the three kinds: {dict(nonen)}")
    checked = 0
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
            checked += 1
            if not any(norm(f) in texts.get(s, "") for s in x["sources"]):
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")
    print(f"questions: {len(qs)} {dict(kinds)}; languages {dict(langs)}; non-English by kind {dict(nonen)}")
    print(f"source types: {dict(types)}; facts checked: {checked}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
