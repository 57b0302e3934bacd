"""Check the hearthline-bakery-ovens scenario: counts, and that every answer fact appears in a named source.

Run:  PYTHONPATH=/tmp/rl-bakery /work/main/.venv/bin/python validate.py
PDF text needs pypdf (pip install --target /tmp/rl-bakery pypdf); without it a small built-in
extractor for the uncompressed/Flate text streams reportlab writes is used.

The "quote" source is the quote as a buyer sees it: scenario.json's quote fields plus the figures a quote page
derives from them (discounted unit price, line totals, subtotal before tax, total discount, and the derived
per-store and per-year figures the questions ask for), each written with thousands separators and 2 decimals.
"""
import json
import re
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def docx_text(p):
    from docx import Document
    d = Document(p)
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.extend(c.text for c in r.cells)
    return "\n".join(parts)


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def pdf_text(p):
    try:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    except ImportError:
        import base64
        raw = Path(p).read_bytes()
        out = []
        for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", raw, re.S):
            head, data = m.group(1), m.group(2)
            try:
                if b"ASCII85Decode" in head:
                    data = data.strip()
                    data = data[2:] if data.startswith(b"<~") else data
                    data = data[:-2] if data.endswith(b"~>") else data
                    data = base64.a85decode(data)
                if b"FlateDecode" in head:
                    data = zlib.decompress(data)
            except Exception:
                continue
            for t in re.findall(rb"\(((?:\\.|[^\\)])*)\)", data):
                out.append(re.sub(rb"\\(.)", rb"\1", t).decode("latin-1"))
        return " ".join(out)


def html_text(p):
    return re.sub(r"<[^>]+>", " ", Path(p).read_text(encoding="utf-8"))


def source_text(path):
    p = HERE / path
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
    parts = [json.dumps(q, ensure_ascii=False)]
    subtotal = saved = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        total = unit * li["quantity"]
        subtotal += total
        saved += (li["unit_price"] - unit) * li["quantity"]
        parts.append(f"{li['sku']} {li['name']} qty {li['quantity']} unit {money(li['unit_price'])} "
                     f"discount {li['discount_percent']}% net unit {money(unit)} line total {money(total)}")
        if li["sku"].endswith("-3Y"):
            parts.append(f"{li['sku']} per year all units {money(total / 3)} per unit per year {money(unit / 3)}")
    stores = next(li["quantity"] for li in q["line_items"] if li["sku"] == "INST-STORE")
    parts.append(f"Subtotal before tax {money(subtotal)}; total discount {money(saved)}; "
                 f"per store {money(subtotal / stores)}")
    return "\n".join(parts)


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append(f"line items: {len(q['line_items'])}, expected 5-9")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("users: expected 2-3")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")

    texts = {"quote": norm(quote_text(q))}
    exts = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {s['path']}")
            continue
        exts.add(p.suffix.lower())
        texts[p.name] = norm(source_text(s["path"]))
        if len(texts[p.name]) < 1500:
            errors.append(f"{p.name}: only {len(texts[p.name])} characters of text")
    if len(sc["sources"]) != 4 or len(exts) != 4:
        errors.append(f"expected four sources in four formats, got {sorted(exts)}")

    rows = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    counts = {"answer": 0, "clarify": 0, "handoff": 0}
    langs = {}
    ids = set()
    for r in rows:
        counts[r["expect"]] += 1
        if r["id"] in ids:
            errors.append(f"duplicate id {r['id']}")
        ids.add(r["id"])
        if r.get("language"):
            langs.setdefault(r["expect"], []).append(r["language"])
        if r["expect"] != "answer":
            continue
        if not r.get("sources") or not 1 <= len(r.get("facts", [])) <= 3:
            errors.append(f"{r['id']}: needs sources and 1-3 facts")
            continue
        for s in r["sources"]:
            if s not in texts:
                errors.append(f"{r['id']}: unknown source {s}")
        for f in r["facts"]:
            hits = [s for s in r["sources"] if s in texts and norm(f) in texts[s]]
            if not hits:
                errors.append(f"{r['id']}: fact {f!r} not found in {r['sources']}")
    n_lang = sum(len(v) for v in langs.values())
    if len(rows) != 40 or counts != {"answer": 22, "clarify": 5, "handoff": 13}:
        errors.append(f"counts {len(rows)} {counts}, expected 40 = 22/5/13")
    if n_lang != 10 or len(langs) != 3:
        errors.append(f"non-English: {n_lang} spread over {sorted(langs)}, expected 10 across all three kinds")
    all_langs = {l for v in langs.values() for l in v}
    if not {"fr", "de", "es", "pt", "it", "nl"} <= all_langs:
        errors.append(f"languages used: {sorted(all_langs)}")

    print(f"questions: {len(rows)} {counts}; non-English {n_lang}: {langs}")
    print(f"sources: {sorted(texts)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
