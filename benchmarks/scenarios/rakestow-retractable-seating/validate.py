"""Check the rakestow-retractable-seating scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
Needs python-docx, openpyxl and pypdf.
Checks: the sources exist and yield text; questions.jsonl has 40 questions (22 answer / 5 clarify / 13 handoff),
10 non-English spread across the three kinds; every answer question names existing sources and has 1-3 facts, each
of which appears (case-insensitively, whitespace-normalised) in at least one named source. The quote's text includes
its JSON fields plus the derived figures (discounted unit prices, line totals, subtotal, VAT, total) so that
arithmetic facts can be checked.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
try:
    import pypdf
except ImportError:
    sys.path.insert(0, "/tmp/rl")
    import pypdf
import docx, openpyxl

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def fmt(v):
    return [f"{v:,.2f}", f"{v:.2f}", f"{v:,.0f}" if v == int(v) else f"{v:,.2f}"]

def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if ext == "pdf":
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
    if ext == "xlsx":
        wb = openpyxl.load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = []
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, (int, float)):
                        cells += [str(v)] + fmt(float(v))
                    else:
                        cells.append(str(v))
                parts.append(" | ".join(cells))
        return "\n".join(parts)
    if ext in ("md", "html", "htm", "txt"):
        t = open(path, encoding="utf-8").read()
        if ext in ("html", "htm"):
            t = re.sub(r"<[^>]+>", " ", t)
        return t
    raise ValueError(path)

def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    sub = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        sub += line
        parts += [li["sku"]] + fmt(li["unit_price"]) + fmt(unit) + fmt(line)
    vat = round(sub * 0.20, 2)
    parts += fmt(sub) + fmt(vat) + fmt(round(sub + vat, 2))
    return " ".join(parts), sub

def main():
    errors = []
    sc = json.load(open(os.path.join(HERE, "scenario.json")))
    texts = {}
    types = set()
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}")
            continue
        t = text_of(p)
        if len(t) < 1000:
            errors.append(f"source {s['path']} has little text ({len(t)} chars)")
        texts[os.path.basename(p)] = norm(t)
        types.add(p.rsplit(".", 1)[-1])
        print(f"source {os.path.basename(p):45s} {s['type']:10s} {len(t):6d} chars")
    if len(types) < 4:
        errors.append(f"need four source formats, got {sorted(types)}")
    qt, sub = quote_text(sc["quote"])
    texts["quote"] = norm(qt)
    n_items = len(sc["quote"]["line_items"])
    if not 5 <= n_items <= 9:
        errors.append(f"quote has {n_items} line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    print(f"quote: {n_items} line items, subtotal before VAT {sub:,.2f}")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    kinds = Counter(q["expect"] for q in qs)
    langs = Counter(q.get("language", "en") for q in qs)
    non_en = [q for q in qs if q.get("language", "en") != "en"]
    non_en_kinds = Counter(q["expect"] for q in non_en)
    ids = [q["id"] for q in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if len(qs) != 40:
        errors.append(f"{len(qs)} questions, expected 40")
    if (kinds["answer"], kinds["clarify"], kinds["handoff"]) != (22, 5, 13):
        errors.append(f"kinds {dict(kinds)} != answer 22 / clarify 5 / handoff 13")
    if len(non_en) != 10:
        errors.append(f"{len(non_en)} non-English questions, expected 10")
    if len(non_en_kinds) != 3:
        errors.append(f"non-English questions not spread over answer/clarify/handoff: {dict(non_en_kinds)}")
    if len(set(langs) - {"en"}) < 5:
        errors.append(f"too few languages: {dict(langs)}")

    for q in qs:
        if q["expect"] != "answer":
            continue
        srcs, facts = q.get("sources", []), q.get("facts", [])
        if not srcs:
            errors.append(f"{q['id']}: no sources")
        if not 1 <= len(facts) <= 3:
            errors.append(f"{q['id']}: {len(facts)} facts")
        for s in srcs:
            if s not in texts:
                errors.append(f"{q['id']}: unknown source {s}")
        for f in facts:
            if not any(norm(f) in texts.get(s, "") for s in srcs):
                errors.append(f"{q['id']}: fact {f!r} not found in {srcs}")

    by_src = Counter(s for q in qs for s in q.get("sources", []))
    print(f"questions: {len(qs)} {dict(kinds)}")
    print(f"languages: {dict(langs)}; non-English by kind: {dict(non_en_kinds)}")
    print(f"answer questions per source: {dict(by_src)}")
    if errors:
        print("FAIL")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")

if __name__ == "__main__":
    main()
