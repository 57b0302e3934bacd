"""Check the stratalith-additive-printers scenario: counts, languages, and that every answer fact
appears (case-insensitively) in one of the sources the question names, or in the quote.

The quote's text is its JSON fields plus what the quote page shows: each line's net unit price and line
total and the subtotal before VAT. Facts that need further arithmetic are listed in ARITHMETIC with the
computation, which is checked against the quote.

Run: /work/main/.venv/bin/python validate.py   (PDF text needs pypdf, e.g. PYTHONPATH=/tmp/rl-print;
without it a minimal built-in extractor for reportlab's output is used)
"""
import json
import re
import sys
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
scn = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def docx_text(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def pdf_text(p):
    try:
        import pypdf
        return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(str(p)).pages)
    except ImportError:
        pass
    import base64
    raw = Path(p).read_bytes()
    out = []
    for m in re.finditer(rb"<<((?:(?!<<).)*?)>>\s*stream\r?\n(.*?)\s*endstream", raw, re.S):
        head, data = m.group(1), m.group(2)
        try:
            if b"ASCII85Decode" in head:
                data = data.strip()
                data = data[2:] if data.startswith(b"<~") else data
                data = data[:-2] if data.endswith(b"~>") else data
                data = base64.a85decode(re.sub(rb"\s", b"", data))
            if b"FlateDecode" in head:
                data = zlib.decompress(data)
        except Exception:
            continue
        for s in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", data, re.S):
            s = re.sub(rb"\\([0-7]{3})", lambda g: bytes([int(g.group(1), 8)]), s)
            s = re.sub(rb"\\(.)", rb"\1", s)
            out.append(s.decode("cp1252", "replace"))
    return " ".join(out)


def source_text(path):
    p = HERE / path
    ext = p.suffix.lower()
    if ext == ".docx":
        return docx_text(p)
    if ext == ".xlsx":
        return xlsx_text(p)
    if ext == ".pdf":
        return pdf_text(p)
    if ext in (".md", ".html", ".htm", ".txt"):
        t = p.read_text(encoding="utf-8")
        if ext in (".html", ".htm"):
            t = re.sub(r"<[^>]+>", " ", t)
        return t
    raise SystemExit(f"unknown source type {path}")


# ---- quote text, as the quote page shows it
q = scn["quote"]
lines, subtotal = [], 0.0
for li in q["line_items"]:
    net = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
    total = round(net * li["quantity"], 2)
    subtotal += total
    lines.append(f'{li["sku"]} {li["name"]} qty {li["quantity"]} unit {li["unit_price"]:,.2f} '
                 f'discount {li["discount_percent"]}% net unit {net:,.2f} line total {total:,.2f}')
quote_text = json.dumps(q, ensure_ascii=False) + "\n" + "\n".join(lines) + f"\nSubtotal before VAT {subtotal:,.2f}"
by_sku = {li["sku"]: li for li in q["line_items"]}


def net_unit(sku):
    li = by_sku[sku]
    return li["unit_price"] * (1 - li["discount_percent"] / 100)


# fact -> (value computed from the quote, formatted the way the fact is written)
ARITHMETIC = {
    "200": f'{by_sku["MAT-316L-1545-20"]["quantity"] * 20:d}',            # 10 bottles x 20 kg
    "75.44": f'{net_unit("MAT-316L-1545-20") / 20:.2f}',                  # net price per 20 kg bottle / 20
}
for fact, computed in ARITHMETIC.items():
    if fact != computed:
        errors.append(f"arithmetic fact {fact!r} does not match the quote ({computed})")
quote_text += "\n" + " ".join(ARITHMETIC)

texts = {"quote": norm(quote_text)}
for s in scn["sources"]:
    texts[Path(s["path"]).name] = norm(source_text(s["path"]))
    if len(texts[Path(s["path"]).name]) < 1500:
        errors.append(f'{s["path"]}: suspiciously little text ({len(texts[Path(s["path"]).name])} chars)')

# ---- structure and counts
types = {Path(s["path"]).suffix.lower() for s in scn["sources"]}
if not {".docx", ".pdf", ".xlsx"} <= types or not (types & {".md", ".html"}):
    errors.append(f"source types incomplete: {types}")
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("quote must have 5-9 line items")
user_emails = {u["email"] for u in scn["users"]}
if q["owner"] not in user_emails:
    errors.append("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")

counts = {}
for x in qs:
    counts[x["expect"]] = counts.get(x["expect"], 0) + 1
want = {"answer": 22, "clarify": 5, "handoff": 13}
if len(qs) != 40 or counts != want:
    errors.append(f"counts {len(qs)} {counts}, want 40 {want}")
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
non_en = [x for x in qs if x.get("language", "en") != "en"]
if len(non_en) != 10:
    errors.append(f"{len(non_en)} non-English questions, want 10")
for kind in want:
    if not any(x["expect"] == kind for x in non_en):
        errors.append(f"no non-English {kind} question")

# ---- facts
for x in qs:
    if x["expect"] != "answer":
        if x.get("sources") or x.get("facts"):
            errors.append(f'{x["id"]}: only answer questions carry sources/facts')
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f'{x["id"]}: needs sources and 1-3 facts')
        continue
    for src in x["sources"]:
        if src not in texts:
            errors.append(f'{x["id"]}: unknown source {src}')
    for f in x["facts"]:
        if not any(norm(f) in texts.get(src, "") for src in x["sources"]):
            errors.append(f'{x["id"]}: fact {f!r} not found in {x["sources"]}')

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(qs)} questions {counts}, {len(non_en)} non-English, {len(scn['sources'])} sources, "
      f"quote subtotal {subtotal:,.2f} {q['currency']}")
