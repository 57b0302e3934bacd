"""Validate the trayquill-sterile-tracking scenario.

Checks: the sources exist and are of four types; the quote has 5-9 line items; questions.jsonl has exactly
40 questions (22 answer, 5 clarify, 13 handoff, 10 non-English spread over the three kinds); every answer fact
appears (case-insensitively) in the text of at least one of its named sources (quote = quote text plus computed
line and grand totals).

Run with a Python that has python-docx and openpyxl, plus pypdf (or pdftotext on PATH), e.g.
PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
"""
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent


def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" | ".join(c.text for c in r.cells))
    return "\n".join(parts)


def text_pdf(p):
    try:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    except ImportError:
        return subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True, check=True).stdout


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def text_html(p):
    import html
    import re
    return html.unescape(re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8")))


def extract(p):
    ext = p.suffix.lower()
    return {".docx": text_docx, ".pdf": text_pdf, ".xlsx": text_xlsx, ".html": text_html, ".htm": text_html}.get(
        ext, lambda x: x.read_text(encoding="utf-8"))(p)


def quote_text(q):
    parts = [q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"],
             q["terms"], q["notes"]]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        total += line
        parts.append(f'{li["sku"]} {li["name"]} qty {li["quantity"]:,} unit {li["unit_price"]:,.2f} '
                     f'discount {li["discount_percent"]}% net unit {unit:,.2f} line total {line:,.2f}')
    parts.append(f"total before tax {total:,.2f}")
    # derived figures the questions rely on
    lic = next(li for li in q["line_items"] if li["sku"] == "TQ-CORE-LIC-5Y")
    parts.append(f'licence per year {lic["unit_price"] * (1 - lic["discount_percent"] / 100) / 5:,.2f}')
    hw = sum(li["unit_price"] * (1 - li["discount_percent"] / 100) * li["quantity"]
             for li in q["line_items"] if li["sku"] in ("TQ-WS-STN", "TQ-THR-SCAN"))
    parts.append(f"hardware workstations plus theatre scanners {hw:,.2f}")
    return "\n".join(parts)


def main():
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
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
    texts = {"quote": quote_text(q)}
    exts = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        exts.add(p.suffix.lower())
        texts[p.name] = extract(p)
        if len(texts[p.name]) < 800:
            errors.append(f"source too thin: {p.name} ({len(texts[p.name])} chars)")
    if len(exts) < 4:
        errors.append(f"need four source types, have {sorted(exts)}")
    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    kinds = Counter(x["expect"] for x in qs)
    if len(qs) != 40 or kinds != Counter({"answer": 22, "clarify": 5, "handoff": 13}):
        errors.append(f"counts: {len(qs)} {dict(kinds)}")
    if len({x["id"] for x in qs}) != len(qs):
        errors.append("duplicate ids")
    foreign = [x for x in qs if x.get("language", "en") != "en"]
    if len(foreign) != 10:
        errors.append(f"non-English: {len(foreign)}")
    if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions not spread over all kinds")
    for x in qs:
        if x["expect"] != "answer":
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f"{x['id']}: needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        blob = "\n".join(texts.get(s, "") for s in x["sources"]).lower()
        for f in x["facts"]:
            if f.lower() not in blob:
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print(f"OK: {len(qs)} questions {dict(kinds)}, {len(foreign)} non-English, "
          f"{len(q['line_items'])} line items, sources {sorted(exts)}")


if __name__ == "__main__":
    main()
