"""Validate the stayvane-mast-maintenance scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
Checks counts (40 questions: 22 answer / 5 clarify / 13 handoff, 10 non-English), that every source file exists,
and that every answer fact appears (case-insensitive, whitespace-normalised) in one of the named sources or in the
quote. The quote text includes the computed figures a buyer may ask for: line totals, discounted unit prices and
the total before tax.
"""
import html, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.extend(c.text for c in r.cells)
        return "\n".join(parts)
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(path, data_only=True)
        return "\n".join(" | ".join("" if v is None else str(v) for v in row)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    text = open(path, encoding="utf-8").read()
    if ext in ("html", "htm"):
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return text


def money(x):
    return [f"{x:,.2f}", f"{x:.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"]


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    for k in ("terms", "notes", "title", "number", "buyer_company"):
        parts.append(str(q.get(k, "")))
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = round(unit * li["quantity"], 2)
        total += line
        parts += money(round(unit, 2)) + money(line) + money(li["unit_price"])
    parts += money(round(total, 2))
    return "\n".join(parts), round(total, 2)


def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    errors = []
    texts = {}
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}")
            continue
        texts[os.path.basename(p)] = norm(extract(p))
    qt, total = quote_text(sc["quote"])
    texts["quote"] = norm(qt)
    types = Counter(os.path.splitext(n)[1] for n in texts if n != "quote")
    print("sources:", dict(types), "| quote total before tax:", f"{total:,.2f}")

    n_items = len(sc["quote"]["line_items"])
    if not 5 <= n_items <= 9:
        errors.append(f"{n_items} line items, expected 5-9")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("expected 2-3 users")
    if not all(isinstance(c, str) for c in sc["quote"]["buyer_contacts"]):
        errors.append("buyer_contacts must be strings")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    ids = [q["id"] for q in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    kinds = Counter(q["expect"] for q in qs)
    langs = Counter(q.get("language", "en") for q in qs)
    non_en = [q for q in qs if q.get("language", "en") != "en"]
    print("questions:", len(qs), dict(kinds), "| languages:", dict(langs))
    if len(qs) != 40: errors.append(f"{len(qs)} questions, expected 40")
    if kinds != Counter({"answer": 22, "clarify": 5, "handoff": 13}):
        errors.append(f"wrong mix {dict(kinds)}")
    if len(non_en) != 10: errors.append(f"{len(non_en)} non-English questions, expected 10")
    if len({q['expect'] for q in non_en}) != 3: errors.append("non-English questions not spread over all three kinds")

    for q in qs:
        if q["expect"] != "answer":
            if q.get("facts") or q.get("sources"):
                errors.append(f"{q['id']}: facts/sources on a {q['expect']} question")
            continue
        if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
            errors.append(f"{q['id']}: needs sources and 1-3 facts")
            continue
        for src in q["sources"]:
            if src not in texts:
                errors.append(f"{q['id']}: unknown source {src}")
        for fact in q["facts"]:
            where = [s for s in q["sources"] if norm(fact) in texts.get(s, "")]
            if not where:
                errors.append(f"{q['id']}: fact {fact!r} not found in {q['sources']}")
            else:
                print(f"  {q['id']}: {fact!r} found in {', '.join(where)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
