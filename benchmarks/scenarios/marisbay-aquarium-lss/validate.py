"""Validate the marisbay-aquarium-lss scenario.
Checks counts (40 questions: 22 answer / 5 clarify / 13 handoff, 10 non-English), that every source file exists,
and that every answer fact appears (case-insensitive, whitespace-normalised) in at least one of the question's named
sources. For `quote`, the text is the quote JSON plus derived figures (discounted unit prices, line totals, total
before tax, per-year values), since arithmetic questions expect those figures.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)"""
import json, os, re, sys, html
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

def norm(s):
    return re.sub(r"\s+", " ", s).lower()

def fmt(x):
    s = f"{x:,.2f}"
    return [s, s[:-3]] if s.endswith(".00") else [s]

def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                out.append(" | ".join("" if v is None else (str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)) for v in row))
        return "\n".join(out)
    if ext in ("html", "htm"):
        raw = open(path, encoding="utf-8").read()
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return open(path, encoding="utf-8").read()

def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False), q["terms"], q["notes"]]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        total += line
        parts += fmt(unit) + fmt(line)
    parts += fmt(total)
    return "\n".join(parts), total

def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    errors = []
    texts = {}
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}")
            continue
        texts[os.path.basename(p)] = norm(text_of(p))
    qt, total = quote_text(sc["quote"])
    texts["quote"] = norm(qt)
    n_items = len(sc["quote"]["line_items"])
    if not 5 <= n_items <= 9:
        errors.append(f"{n_items} line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("users count")
    if len({os.path.splitext(s["path"])[1] for s in sc["sources"]}) < 4:
        errors.append("fewer than four source types")
    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    c = Counter(q["expect"] for q in qs)
    if len(qs) != 40 or c != Counter(answer=22, clarify=5, handoff=13):
        errors.append(f"counts {len(qs)} {dict(c)}")
    non_en = [q for q in qs if q.get("language") not in (None, "en")]
    if len(non_en) != 10:
        errors.append(f"{len(non_en)} non-English questions")
    if len({q['expect'] for q in non_en}) != 3:
        errors.append("non-English questions not spread over all three behaviours")
    if len({q["id"] for q in qs}) != len(qs):
        errors.append("duplicate ids")
    for q in qs:
        if q["expect"] != "answer":
            continue
        if not q.get("sources") or not q.get("facts") or len(q["facts"]) > 3:
            errors.append(f"{q['id']}: needs sources and 1-3 facts")
            continue
        for src in q["sources"]:
            if src not in texts:
                errors.append(f"{q['id']}: unknown source {src}")
        for f in q["facts"]:
            if not any(norm(f) in texts.get(src, "") for src in q["sources"]):
                errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")
    print(f"quote total before tax: {total:,.2f} {sc['quote']['currency']}")
    print(f"questions: {len(qs)} {dict(c)}; non-English: {len(non_en)} {dict(Counter(q['language'] for q in non_en))}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()
