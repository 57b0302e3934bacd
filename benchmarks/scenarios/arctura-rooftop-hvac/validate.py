"""Check the arctura-rooftop-hvac scenario: counts, languages, sources, and that every answer fact appears
(case-insensitively) in one of the question's named sources. For `quote`, the text searched is the quote JSON plus
the figures derived from it (line totals, discounted unit prices, subtotal before VAT, VAT, total with VAT, the rooftop unit lines together, the 30%
deposit due on order and the per-year maintenance cost), formatted as 1,234.56 and 1,234.
Run: PYTHONPATH=/tmp/rl2 /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)"""
import json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))


def text_docx(p):
    import docx
    d = docx.Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)


def text_xlsx(p):
    import openpyxl
    wb = openpyxl.load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def text_plain(p):
    return open(p, encoding="utf-8").read()


EXTRACT = {".docx": text_docx, ".pdf": text_pdf, ".xlsx": text_xlsx, ".md": text_plain, ".html": text_plain}


def fmt(x):
    return [f"{x:,.2f}", f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.2f}"]


def quote_text(q):
    figs = []
    sub = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = round(unit * li["quantity"], 2)
        sub += line
        figs += fmt(unit) + fmt(line)
        if li["sku"] == "ARC-SVC-PM3":  # 10 units x 3 years: per-year cost
            figs += fmt(line / 3)
    sub = round(sub, 2)
    units = sum(li["unit_price"] * (1 - li["discount_percent"] / 100) * li["quantity"]
                for li in q["line_items"] if li["sku"].startswith("ARC-RT"))
    figs += fmt(round(units, 2))  # the rooftop unit lines together
    figs += fmt(sub) + fmt(round(sub * 0.2, 2)) + fmt(round(sub * 1.2, 2)) + fmt(round(sub * 0.3, 2))
    return json.dumps(q, ensure_ascii=False) + "\n" + " ".join(figs), sub


def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    errors = []
    texts = {}
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        ext = os.path.splitext(p)[1].lower()
        t = EXTRACT[ext](p)
        if len(t) < 800:
            errors.append(f"source {s['path']} has too little text ({len(t)} chars)")
        texts[os.path.basename(p)] = t
    types = Counter(os.path.splitext(k)[1] for k in texts)
    for ext in (".docx", ".pdf", ".xlsx"):
        if types[ext] != 1:
            errors.append(f"expected one {ext} source, got {types[ext]}")
    if types[".md"] + types[".html"] < 1:
        errors.append("expected a Markdown or HTML source")
    import openpyxl
    xl = [s for s in sc["sources"] if s["path"].endswith(".xlsx")][0]
    if len(openpyxl.load_workbook(os.path.join(HERE, xl["path"])).worksheets) < 2:
        errors.append("xlsx needs 2+ sheets")
    q = sc["quote"]
    qt, sub = quote_text(q)
    texts["quote"] = qt
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote needs 5-9 line items")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails or not 2 <= len(sc["users"]) <= 3:
        errors.append("users / owner mismatch")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    c = Counter(x["expect"] for x in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(c) != want:
        errors.append(f"counts {len(qs)} {dict(c)} != 40 {want}")
    non_en = [x for x in qs if x.get("language", "en") != "en"]
    if len(non_en) != 10:
        errors.append(f"{len(non_en)} non-English questions, want 10")
    if {x["expect"] for x in non_en} != set(want):
        errors.append("non-English questions must span answer/clarify/handoff")
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
            if not any(f.lower() in texts.get(s, "").lower() for s in x["sources"]):
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")
    print(f"subtotal before VAT: {sub:,.2f}")
    print(f"questions: {len(qs)} {dict(c)}; non-English: {len(non_en)} {dict(Counter(x['language'] for x in non_en))}")
    print("sources:", {k: len(v) for k, v in texts.items()})
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
