"""Check the halyard-boat-lifts scenario: counts, languages, and that every answer fact appears
(case-insensitively, whitespace-normalised) in one of the named sources or in the quote.

The quote text includes what a quote page shows: line items, discounted unit prices, line totals,
the subtotal before tax, IVA at the rate stated in the terms, the total with IVA, and the per-year
figure of multi-year lines. Run: /work/main/.venv/bin/python validate.py
PDF text: pypdf / pdfminer / PyMuPDF when importable, else a built-in extractor for reportlab PDFs.
"""
import json
import re
import sys
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(p):
    import docx
    d = docx.Document(str(p))
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def xlsx_text(p):
    import openpyxl
    wb = openpyxl.load_workbook(str(p), data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f"{v:,}" if float(v).is_integer() and abs(v) >= 1000 else str(v))
                    cells.append(str(v))
                else:
                    cells.append(str(v))
            parts.append(" | ".join(cells))
    return "\n".join(parts)


def _pdf_fallback(p):
    raw = p.read_bytes()
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", raw, re.S):
        data = m.group(1).strip()
        try:
            data = zlib.decompress(data)
        except Exception:
            try:
                import base64
                data = zlib.decompress(base64.a85decode(data.strip(), adobe=True))
            except Exception:
                pass
        for s in re.findall(rb"\((.*?)(?<!\\)\)\s*Tj", data, re.S):
            s = re.sub(rb"\\([()\\])", rb"\1", s)
            out.append(s.decode("latin-1"))
        out.append("\n")
    return " ".join(out)


def pdf_text(p):
    try:
        import pypdf
        return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(str(p)).pages)
    except ImportError:
        pass
    try:
        from pdfminer.high_level import extract_text
        return extract_text(str(p))
    except ImportError:
        pass
    try:
        import fitz
        return "\n".join(pg.get_text() for pg in fitz.open(str(p)))
    except ImportError:
        pass
    return _pdf_fallback(p)


def html_text(p):
    import html
    t = p.read_text(encoding="utf-8")
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)


def source_text(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return docx_text(p)
    if ext == ".xlsx":
        return xlsx_text(p)
    if ext == ".pdf":
        return pdf_text(p)
    if ext in (".html", ".htm"):
        return html_text(p)
    return p.read_text(encoding="utf-8")


def money(x):
    return f"{x:,.2f}"


def quote_text(q):
    parts = [q["number"], q["title"], q["buyer_company"], q["currency"], q["terms"], q["notes"]]
    subtotal = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        total = round(unit * li["quantity"], 2)
        subtotal += total
        line = (f'{li["sku"]} {li["name"]} qty {li["quantity"]} unit {money(li["unit_price"])} '
                f'discount {li["discount_percent"]}% net unit {money(unit)} line total {money(total)}')
        m = re.search(r"(\d+) years?", li["name"])
        if m:
            line += f" per year {money(total / int(m.group(1)))}"
        parts.append(line)
    subtotal = round(subtotal, 2)
    parts.append(f"subtotal before tax {money(subtotal)}")
    m = re.search(r"(\d+(?:\.\d+)?)%\)", q["terms"])
    if m:
        rate = float(m.group(1)) / 100
        tax = round(subtotal * rate, 2)
        parts.append(f"tax {money(tax)} total including tax {money(round(subtotal + tax, 2))}")
    return "\n".join(parts)


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    texts = {"quote": norm(quote_text(q))}
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        texts[p.name] = norm(source_text(p))
    types = Counter(Path(s["path"]).suffix.lower() for s in sc["sources"])
    for ext in (".docx", ".pdf", ".xlsx"):
        if types[ext] != 1:
            errors.append(f"expected one {ext} source, found {types[ext]}")
    if not (types[".html"] or types[".md"]):
        errors.append("expected an .html or .md source")

    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("line items must be 5-9")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("users must be 2-3")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    c = Counter(x["expect"] for x in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(c) != want:
        errors.append(f"counts {len(qs)} {dict(c)} != 40 {want}")
    if len({x["id"] for x in qs}) != len(qs):
        errors.append("duplicate ids")
    non_en = [x for x in qs if x.get("language", "en") != "en"]
    if len(non_en) != 10:
        errors.append(f"{len(non_en)} non-English questions, want 10")
    spread = Counter(x["expect"] for x in non_en)
    if set(spread) != {"answer", "clarify", "handoff"}:
        errors.append(f"non-English not spread across expectations: {dict(spread)}")

    for x in qs:
        if x["expect"] != "answer":
            continue
        srcs = x.get("sources") or []
        facts = x.get("facts") or []
        if not srcs or not 1 <= len(facts) <= 3:
            errors.append(f'{x["id"]}: needs sources and 1-3 facts')
        for s in srcs:
            if s not in texts:
                errors.append(f'{x["id"]}: unknown source {s}')
        for f in facts:
            if not any(norm(f) in texts.get(s, "") for s in srcs):
                errors.append(f'{x["id"]}: fact {f!r} not found in {srcs}')

    print(f"questions: {len(qs)} {dict(c)}; non-English: {len(non_en)} {dict(Counter(x['language'] for x in non_en))}")
    print("quote:", [l for l in quote_text(q).splitlines() if l.startswith(("subtotal", "tax"))])
    if errors:
        print("FAILED")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
