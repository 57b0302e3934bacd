"""Check the rivelto-smart-water-meters scenario: counts, languages, sources, and that every answer fact appears
(case-insensitively) in the named sources, or, for `quote`, in the quote or a figure derived from it by plain
arithmetic (discounted unit prices, line totals, total before VAT, multi-year subscription total).

PDF text extraction needs pypdf; if it is not installed, pip install --target /tmp/rl pypdf (the folder is added
to sys.path below).
"""
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, "/tmp/rl")

HERE = Path(__file__).resolve().parent


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, data_only=True)
        parts = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                parts += [str(v) for v in row if v is not None]
        return "\n".join(parts)
    if ext == ".html":
        raw = path.read_text(encoding="utf-8")
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return path.read_text(encoding="utf-8")


def money(x):
    return f"{x:,.2f}"


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False), q["terms"], q["notes"]]
    total = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        total += line
        parts += [money(li["unit_price"]), money(unit), money(line)]
        if li["sku"] == "RV-MS-SUB-EP":
            parts.append(money(line * 5))  # 5-year term at the year-1 price
    parts.append(money(round(total, 2)))
    return "\n".join(parts), round(total, 2)


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    errors = []

    srcs = {}
    types = Counter()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {s['path']}")
            continue
        srcs[p.name] = norm(text_of(p))
        types[p.suffix.lower()] += 1
        if len(srcs[p.name]) < 1500:
            errors.append(f"source {p.name} looks too short ({len(srcs[p.name])} chars)")
    for ext in (".docx", ".pdf", ".xlsx"):
        if types[ext] != 1:
            errors.append(f"expected one {ext} source, got {types[ext]}")
    if not (types[".md"] or types[".html"]):
        errors.append("need a Markdown kb_article and/or an HTML url source")
    from openpyxl import load_workbook
    if len(load_workbook(HERE / "knowledge/Rivelto_Price_and_Spec_List_2026.xlsx").worksheets) < 2:
        errors.append("xlsx needs 2+ sheets")

    q = sc["quote"]
    qtext, total = quote_text(q)
    srcs["quote"] = norm(qtext)
    n_items = len(q["line_items"])
    if not 5 <= n_items <= 9:
        errors.append(f"quote has {n_items} line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")

    rows = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    exp = Counter(r["expect"] for r in rows)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(rows) != 40 or dict(exp) != want:
        errors.append(f"counts {len(rows)} {dict(exp)} != 40 {want}")
    non_en = [r for r in rows if r.get("language", "en") != "en"]
    if len(non_en) != 10:
        errors.append(f"{len(non_en)} non-English questions, want 10")
    if {r["expect"] for r in non_en} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions must span answer/clarify/handoff")
    langs = Counter(r["language"] for r in non_en)

    for r in rows:
        if r["expect"] != "answer":
            continue
        if not r.get("sources") or not 1 <= len(r.get("facts", [])) <= 3:
            errors.append(f"{r['id']}: needs sources and 1-3 facts")
            continue
        for s in r["sources"]:
            if s not in srcs:
                errors.append(f"{r['id']}: unknown source {s}")
        for f in r["facts"]:
            if not any(norm(f) in srcs.get(s, "") for s in r["sources"]):
                errors.append(f"{r['id']}: fact {f!r} not found in {r['sources']}")

    print(f"sources: {sorted(srcs)}")
    print(f"quote: {n_items} line items, total before VAT {money(total)} {q['currency']}")
    print(f"questions: {len(rows)} {dict(exp)}; non-English {len(non_en)} {dict(langs)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
