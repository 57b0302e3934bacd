"""Check the corvane-workwear scenario: counts, languages, and that every answer fact is in its named sources.

Facts for the `quote` source must appear in the quote's text or be a figure derived from it by plain arithmetic
(discounted unit price, line total, subtotal before VAT, VAT at 20%, total with VAT, per-quarter / per-month
figures of the annual service), formatted with thousands separators and two decimals (or without decimals when
they are .00). PDF text needs pypdf (or the pdftotext tool): run with PYTHONPATH pointing at a scratch folder that
holds it if the main environment lacks it.
"""
import json
import re
import subprocess
import sys
import zipfile
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
NON_EN = {"fr", "de", "es", "pt", "it", "nl"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


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
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)
    except ImportError:
        return subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True, check=True).stdout


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
                if isinstance(v, float):
                    out.append(f"{v:,.2f}")
                    out.append(f"{v:.2f}")
                else:
                    out.append(str(v))
    return "\n".join(out)


def text_html(p):
    return re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8"))


def source_text(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return text_docx(p)
    if ext == ".pdf":
        return text_pdf(p)
    if ext == ".xlsx":
        return text_xlsx(p)
    if ext in (".html", ".htm"):
        return text_html(p)
    return p.read_text(encoding="utf-8")


def money(x):
    x = Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    s = f"{x:,.2f}"
    return [s, s.replace(",", "")] + ([s[:-3], s[:-3].replace(",", "")] if s.endswith(".00") else [])


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    subtotal = Decimal(0)
    for li in q["line_items"]:
        unit = Decimal(str(li["unit_price"])) * (1 - Decimal(str(li["discount_percent"])) / 100)
        line = unit * li["quantity"]
        subtotal += line.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        parts += money(li["unit_price"]) + money(unit) + money(line)
        if "annual" in li["name"].lower() or "12 months" in li["name"].lower():
            parts += money(line / 4) + money(line / 12)
    vat = subtotal * Decimal("0.20")
    parts += money(subtotal) + money(vat) + money(subtotal + vat)
    return "\n".join(parts), subtotal


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    errors = []
    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append(f"{len(q['line_items'])} line items (want 5-9)")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("want 2-3 users")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")

    texts = {}
    types = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {s['path']}")
            continue
        texts[p.name] = norm(source_text(p))
        types.add(p.suffix.lower())
        if len(texts[p.name]) < 800:
            errors.append(f"{p.name}: too little text ({len(texts[p.name])} chars)")
    for need in (".docx", ".pdf", ".xlsx"):
        if need not in types:
            errors.append(f"no {need} source")
    if not ({".md", ".html"} & types):
        errors.append("no Markdown or HTML source")
    qt, subtotal = quote_text(q)
    texts["quote"] = norm(qt)

    rows = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    counts = {"answer": 0, "clarify": 0, "handoff": 0}
    non_en = {"answer": 0, "clarify": 0, "handoff": 0}
    langs = set()
    ids = set()
    for r in rows:
        if r["id"] in ids:
            errors.append(f"duplicate id {r['id']}")
        ids.add(r["id"])
        e = r["expect"]
        counts[e] += 1
        lang = r.get("language")
        if lang:
            if lang not in NON_EN:
                errors.append(f"{r['id']}: unexpected language {lang}")
            non_en[e] += 1
            langs.add(lang)
        if e == "answer":
            if not r.get("sources") or not 1 <= len(r.get("facts", [])) <= 3:
                errors.append(f"{r['id']}: answer needs sources and 1-3 facts")
            for src in r.get("sources", []):
                if src not in texts:
                    errors.append(f"{r['id']}: unknown source {src}")
            for f in r.get("facts", []):
                if not any(norm(f) in texts.get(src, "") for src in r.get("sources", [])):
                    errors.append(f"{r['id']}: fact {f!r} not found in {r['sources']}")
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if counts != want:
        errors.append(f"counts {counts} != {want}")
    if len(rows) != 40:
        errors.append(f"{len(rows)} questions (want 40)")
    if sum(non_en.values()) != 10:
        errors.append(f"{sum(non_en.values())} non-English questions (want 10)")
    if not all(non_en.values()):
        errors.append(f"non-English questions not spread over all expectations: {non_en}")

    print(f"questions: {counts}, non-English: {non_en} in {sorted(langs)}")
    print(f"sources: {sorted(k for k in texts if k != 'quote')}; quote subtotal before VAT {subtotal:,.2f}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
