"""Check the balnevo-hydrotherapy-pools scenario: counts, languages, sources, and that every answer fact appears
(case-insensitively) in at least one of the sources the question names, or in the quote.

"quote" text = scenario.json quote fields plus the figures a quote page shows: each line's discounted unit price and
line total, and the total before VAT (so arithmetic answers such as a discounted unit price can be checked).

Run: /work/main/.venv/bin/python validate.py   (PDF text via pypdf if importable, else a built-in stream decoder;
set PYTHONPATH to a folder holding pypdf to use it).
"""
import json
import re
import sys
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def docx_text(p):
    from docx import Document
    d = Document(p)
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                parts.append(str(v))
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    parts.append(f"{v:,}")  # as displayed with the #,##0 format
    return "\n".join(parts)


def _pdf_fallback(p):
    """Minimal text extraction for simple (e.g. reportlab) PDFs: decode content streams, collect Tj/TJ strings."""
    import base64
    data = Path(p).read_bytes()
    out = []
    for m in re.finditer(rb"<<([^<>]*?)>>\s*stream\r?\n(.*?)\s*endstream", data, re.S):
        head, raw = m.group(1), m.group(2)
        try:
            if b"ASCII85Decode" in head:
                raw = raw.strip()
                raw = raw[2:] if raw.startswith(b"<~") else raw
                raw = base64.a85decode(raw[:-2] if raw.endswith(b"~>") else raw)
            if b"FlateDecode" in head:
                raw = zlib.decompress(raw)
        except (ValueError, zlib.error):
            continue
        for s in re.findall(rb"\(((?:[^()\\]|\\.)*)\)", raw, re.S):
            s = re.sub(rb"\\(\d{3})", lambda mm: bytes([int(mm.group(1), 8)]), s)
            s = re.sub(rb"\\(.)", rb"\1", s)
            out.append(s.decode("cp1252", errors="replace"))
    return " ".join(out)


def pdf_text(p):
    try:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)
    except ImportError:
        return _pdf_fallback(p)


def html_text(p):
    return re.sub(r"<[^>]+>", " ", Path(p).read_text(encoding="utf-8"))


def source_text(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        return docx_text(path)
    if ext == ".xlsx":
        return xlsx_text(path)
    if ext == ".pdf":
        return pdf_text(path)
    if ext in (".html", ".htm"):
        return html_text(path)
    return path.read_text(encoding="utf-8")


def quote_text(q):
    parts = [q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"], q["terms"], q["notes"]]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        total += line
        parts += [li["sku"], li["name"], str(li["quantity"]), f"{li['unit_price']:,}", f"{li['discount_percent']}%",
                  f"{unit:,.2f}", f"{unit:,.0f}", f"{line:,.2f}", f"{line:,.0f}"]
    # sums of lines of one product family (same SKU prefix, e.g. BNV-TRN-*), as a buyer would add them up
    fam = {}
    for li in q["line_items"]:
        key = "-".join(li["sku"].split("-")[:2])
        fam[key] = fam.get(key, 0) + li["unit_price"] * (1 - li["discount_percent"] / 100) * li["quantity"]
    for v in fam.values():
        parts += [f"{v:,.2f}", f"{v:,.0f}"]
    parts += [f"{total:,.2f}", f"{total:,.0f}"]
    return "\n".join(parts), total


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def main():
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append(f"quote has {len(q['line_items'])} line items (want 5-9)")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("want 2-3 users")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")

    texts = {}
    types = Counter()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {s['path']}")
            continue
        texts[p.name] = norm(source_text(p))
        types[p.suffix.lower() if s["type"] != "kb_article" else "kb_article"] += 1
        if len(texts[p.name]) < 1500:
            errors.append(f"{p.name}: only {len(texts[p.name])} characters of text extracted")
    for need in (".docx", ".pdf", ".xlsx"):
        if types[need] != 1:
            errors.append(f"want exactly one {need} source")
    if types["kb_article"] + types[".html"] < 1:
        errors.append("want a kb_article and/or an html source")
    qt, total = quote_text(q)
    texts["quote"] = norm(qt)

    from openpyxl import load_workbook
    if len(load_workbook(HERE / "knowledge" / "Balnevo_Price_List_2025.xlsx").worksheets) < 2:
        errors.append("xlsx needs 2+ sheets")

    rows = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    cnt = Counter(r["expect"] for r in rows)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(rows) != 40 or dict(cnt) != want:
        errors.append(f"counts {dict(cnt)} / {len(rows)} (want {want} / 40)")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    langs = Counter(r.get("language", "en") for r in rows)
    non_en = [r for r in rows if r.get("language", "en") != "en"]
    if len(non_en) != 10:
        errors.append(f"{len(non_en)} non-English questions (want 10)")
    if not set(langs) - {"en"} <= {"fr", "de", "es", "pt", "it", "nl"}:
        errors.append(f"unexpected languages {langs}")
    for kind in want:
        if not any(r["expect"] == kind for r in non_en):
            errors.append(f"no non-English {kind} question")

    for r in rows:
        if r["expect"] != "answer":
            if r.get("sources") or r.get("facts"):
                errors.append(f"{r['id']}: only answer questions carry sources/facts")
            continue
        if not r.get("sources") or not 1 <= len(r.get("facts", [])) <= 3:
            errors.append(f"{r['id']}: needs sources and 1-3 facts")
            continue
        for s in r["sources"]:
            if s not in texts:
                errors.append(f"{r['id']}: unknown source {s}")
        for f in r["facts"]:
            if not any(norm(f) in texts.get(s, "") for s in r["sources"]):
                errors.append(f"{r['id']}: fact {f!r} not found in {r['sources']}")

    print(f"quote total before VAT: {total:,.2f} {q['currency']}")
    print(f"questions: {dict(cnt)}, languages: {dict(langs)}")
    print("source text sizes:", {k: len(v) for k, v in texts.items()})
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
