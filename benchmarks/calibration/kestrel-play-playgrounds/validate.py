"""Check the kestrel-play-playgrounds scenario: counts, shapes, and that every answer fact appears
(case-insensitively) in one of the sources the question names, or in the quote.

The quote's text is its JSON fields plus the figures a quote page shows or a buyer can derive by simple
arithmetic: discounted unit prices, line totals, the total before tax, and sums of consecutive line items
(e.g. "equipment only"), each in the formats 1,234.50 / 1234.50 / 1,234.5 / 1,234.

Run: /work/main/.venv/bin/python validate.py
"""
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def text_pdf(p):
    try:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    except ImportError:
        pass
    try:
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(str(p))
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    except ImportError:
        pass
    return subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True, check=True).stdout


def fmt_num(v):
    out = {str(v)}
    if isinstance(v, float):
        out |= {f"{v:.2f}", f"{v:,.2f}", f"{v:g}"}
        if v == int(v):
            out |= {str(int(v)), f"{int(v):,}"}
    elif isinstance(v, int):
        out |= {f"{v:,}"}
    return out


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                parts += sorted(fmt_num(v)) if isinstance(v, (int, float)) else [str(v)]
    return "\n".join(parts)


def text_html(p):
    raw = p.read_text(encoding="utf-8")
    raw = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S | re.I)
    return re.sub(r"<[^>]+>", " ", raw)


def source_text(p):
    ext = p.suffix.lower()
    return {".docx": text_docx, ".pdf": text_pdf, ".xlsx": text_xlsx, ".html": text_html, ".htm": text_html}.get(
        ext, lambda x: x.read_text(encoding="utf-8"))(p)


def money_forms(x):
    x = round(x + 1e-9, 2)
    forms = {f"{x:,.2f}", f"{x:.2f}", f"{x:,.1f}" if round(x, 1) == x else f"{x:,.2f}"}
    if x == int(x):
        forms |= {f"{int(x):,}", str(int(x))}
    return forms


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    totals = []
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        totals.append(line)
        parts += list(money_forms(li["unit_price"]) | money_forms(unit) | money_forms(line))
    for i in range(len(totals)):
        for j in range(i + 1, len(totals) + 1):
            parts += list(money_forms(sum(totals[i:j])))
    return "\n".join(parts)


def main():
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("2-3 users expected")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")

    texts = {}
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        texts[p.name] = source_text(p)
        if len(texts[p.name]) < 1500:
            errors.append(f"source {p.name} looks too short ({len(texts[p.name])} chars)")
    kinds = {Path(s["path"]).suffix.lower() for s in sc["sources"]}
    if len(kinds) < 4:
        errors.append(f"four source types expected, got {kinds}")
    texts["quote"] = quote_text(q)

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    counts = {}
    for x in qs:
        counts[x["expect"]] = counts.get(x["expect"], 0) + 1
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or counts != want:
        errors.append(f"counts {len(qs)} {counts}, want 40 {want}")
    if len({x['id'] for x in qs}) != len(qs):
        errors.append("duplicate ids")
    non_en = [x for x in qs if x.get("language", "en") != "en"]
    if len(non_en) != 10:
        errors.append(f"{len(non_en)} non-English questions, want 10")
    if not {x["language"] for x in non_en} <= {"fr", "de", "es", "pt", "it", "nl"}:
        errors.append("unexpected language code")
    if {x["expect"] for x in non_en} != set(want):
        errors.append("non-English questions must span answer/clarify/handoff")

    for x in qs:
        if x["expect"] != "answer":
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        hay = "\n".join(texts.get(s, "") for s in x["sources"]).lower()
        for f in x["facts"]:
            if f.lower() not in hay:
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print(f"OK: {len(qs)} questions {counts}, {len(non_en)} non-English, {len(q['line_items'])} line items, "
          f"sources: {', '.join(f'{k} ({len(v)} chars)' for k, v in texts.items() if k != 'quote')}")


if __name__ == "__main__":
    main()
