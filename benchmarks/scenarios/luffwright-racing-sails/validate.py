"""Check the luffwright-racing-sails scenario.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf).
Checks: every source file exists and yields text; 40 questions with 22 answer / 5 clarify / 13 handoff and
10 non-English; every answer fact appears (case-insensitively) in at least one of the sources the question names,
where `quote` means the quote JSON plus the figures derived from it (line totals, discounted unit prices,
subtotal, VAT-inclusive total, 40% deposit, care plan per month of the 8-month season)."""
import json, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def num_forms(v):
    out = {str(v)}
    if isinstance(v, (int, float)):
        out |= {f"{v:,.2f}", f"{v:.2f}", f"{v:,.0f}" if float(v).is_integer() else f"{v:,}",
                f"{int(v)}" if float(v).is_integer() else str(v)}
    return out


def text_docx(p):
    from docx import Document
    d = Document(str(p))
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(str(p), data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is not None:
                    parts += sorted(num_forms(v))
    return "\n".join(parts)


def text_of(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return text_docx(p)
    if ext == ".pdf":
        return text_pdf(p)
    if ext == ".xlsx":
        return text_xlsx(p)
    return p.read_text(encoding="utf-8")  # .md, .html


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    subtotal = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        subtotal += line
        parts += sorted(num_forms(li["unit_price"]) | num_forms(round(unit, 2)) | num_forms(round(line, 2)))
        if li["sku"] == "LW-CARE-SEASON":
            parts += sorted(num_forms(round(line / 8, 2)))  # season 1 March - 31 October = 8 months
    for v in (subtotal, subtotal * 1.2, subtotal * 0.2, subtotal * 0.4, subtotal * 0.6):
        parts += sorted(num_forms(round(v, 2)))
    return "\n".join(parts)


def main():
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    texts = {"quote": quote_text(sc["quote"]).lower()}
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        t = text_of(p)
        if len(t) < 800:
            errors.append(f"source {p.name} has too little text ({len(t)} chars)")
        texts[p.name] = t.lower()
    types = {Path(s["path"]).suffix for s in sc["sources"]}
    if not {".docx", ".pdf", ".xlsx"} <= types or not (types & {".md", ".html"}):
        errors.append(f"source types incomplete: {types}")
    li = sc["quote"]["line_items"]
    if not 5 <= len(li) <= 9:
        errors.append(f"{len(li)} line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("users count")
    owners = {u["email"] for u in sc["users"]}
    if sc["quote"]["owner"] not in owners:
        errors.append("quote owner is not a user")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    counts = {}
    for q in qs:
        counts[q["expect"]] = counts.get(q["expect"], 0) + 1
    non_en = [q for q in qs if q.get("language", "en") != "en"]
    if len(qs) != 40:
        errors.append(f"{len(qs)} questions, expected 40")
    if counts != {"answer": 22, "clarify": 5, "handoff": 13}:
        errors.append(f"counts {counts}")
    if len(non_en) != 10:
        errors.append(f"{len(non_en)} non-English questions, expected 10")
    if {q["expect"] for q in non_en} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions not spread over answer/clarify/handoff")
    if len({q["id"] for q in qs}) != len(qs):
        errors.append("duplicate ids")
    for q in qs:
        if q["expect"] != "answer":
            continue
        if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
            errors.append(f"{q['id']}: needs sources and 1-3 facts")
            continue
        for s in q["sources"]:
            if s not in texts:
                errors.append(f"{q['id']}: unknown source {s}")
        pool = "\n".join(texts.get(s, "") for s in q["sources"])
        for f in q["facts"]:
            if f.lower() not in pool:
                errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")
    single = [q["id"] for q in qs if q["expect"] == "answer" and len(q["sources"]) == 1 and q["sources"][0] != "quote"]
    print(f"questions: {len(qs)} {counts}; non-English: {len(non_en)}; single-source answers: {len(single)}")
    print(f"sources: {', '.join(f'{k} ({len(v)} chars)' for k, v in texts.items())}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
