"""Check the rampavel-funicular-maintenance scenario.

Every `answer` fact must appear (case-insensitively) in at least one of its named sources, where `quote` is the
quote as text plus derived figures (discounted unit prices, line totals, per-year figures, total before tax).
Also checks the counts required by the brief. Run with a Python that has python-docx, openpyxl and pypdf, e.g.
PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(p).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                out.append(str(v))
                if isinstance(v, (int, float)):
                    out.append(f"{v:,}")
                    out.append(f"{v:,.2f}")
    return "\n".join(out)


def text_plain(p):
    return Path(p).read_text(encoding="utf-8")


def money(x):
    return [f"{x:,.2f}", f"{x:.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"]


def text_quote(q):
    out = [json.dumps(q, ensure_ascii=False)]
    subtotal = 0.0
    for li in q["line_items"]:
        net = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        tot = round(net * li["quantity"], 2)
        subtotal += tot
        out += money(li["unit_price"]) + money(net) + money(tot)
    out += money(round(subtotal, 2))
    return "\n".join(out), round(subtotal, 2)


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    errors = []
    texts = {}
    kinds = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        ext = p.suffix.lower()
        kinds.add(s["type"] + ext)
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        fn = {".docx": text_docx, ".pdf": text_pdf, ".xlsx": text_xlsx, ".md": text_plain, ".html": text_plain}[ext]
        texts[p.name] = fn(p)
        if len(texts[p.name]) < 1200:
            errors.append(f"source {p.name} looks too short ({len(texts[p.name])} chars)")
    qtext, subtotal = text_quote(sc["quote"])
    texts["quote"] = qtext

    from openpyxl import load_workbook
    if len(load_workbook(HERE / "knowledge/price-list-2025.xlsx").worksheets) < 2:
        errors.append("xlsx needs 2+ sheets")
    if len({k.split(".")[-1] for k in kinds}) < 4:
        errors.append(f"need four source formats, got {kinds}")

    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote needs 5-9 line items")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("2-3 users")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    counts = {}
    for item in qs:
        counts[item["expect"]] = counts.get(item["expect"], 0) + 1
    non_en = [x for x in qs if x.get("language") and x["language"] != "en"]
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40:
        errors.append(f"expected 40 questions, got {len(qs)}")
    if counts != want:
        errors.append(f"counts {counts} != {want}")
    if len(non_en) != 10:
        errors.append(f"expected 10 non-English questions, got {len(non_en)}")
    if {x["expect"] for x in non_en} != set(want):
        errors.append("non-English questions must span answer/clarify/handoff")
    if len({x["id"] for x in qs}) != len(qs):
        errors.append("duplicate ids")

    for item in qs:
        if item["expect"] != "answer":
            if item.get("facts") or item.get("sources"):
                errors.append(f"{item['id']}: non-answer with facts/sources")
            continue
        if not item.get("sources") or not 1 <= len(item.get("facts", [])) <= 3:
            errors.append(f"{item['id']}: answer needs sources and 1-3 facts")
            continue
        for s in item["sources"]:
            if s not in texts:
                errors.append(f"{item['id']}: unknown source {s}")
        for f in item["facts"]:
            hits = [s for s in item["sources"] if f.lower() in texts.get(s, "").lower()]
            if not hits:
                errors.append(f"{item['id']}: fact {f!r} not found in {item['sources']}")

    print(f"sources: {', '.join(f'{k} ({len(v)} chars)' for k, v in texts.items())}")
    print(f"quote total before tax: {subtotal:,.2f} {q['currency']}")
    print(f"questions: {len(qs)} {counts}; non-English: {len(non_en)} "
          f"{sorted({x['language'] for x in non_en})}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all answer facts found in their named sources")


if __name__ == "__main__":
    main()
