"""Check the tribuna-council-conferencing scenario: structure, counts, and that every answer fact appears
(case-insensitively) in the sources it names or in the quote (including figures computed from the quote).

Run: /work/main/.venv/bin/python validate.py   (needs python-docx and openpyxl; for the PDF it uses pypdf or
pdfminer if importable, else a built-in reader for the uncompressed/Flate text streams reportlab writes)
"""
import html
import json
import os
import re
import sys
import zlib
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ text extraction
def text_docx(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_xlsx(path):
    from openpyxl import load_workbook
    wb = load_workbook(path, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def _pdf_fallback(path):
    data = open(path, "rb").read()
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\n?endstream", data, re.S):
        head = data[:m.start()].rsplit(b" obj", 1)[-1]
        body = m.group(1)
        if b"FlateDecode" in head:
            if b"ASCII85Decode" in head:
                import base64
                body = base64.a85decode(body.strip(), adobe=True)
            try:
                body = zlib.decompress(body)
            except zlib.error:
                continue
        for line in re.findall(rb"\((.*?)(?<!\\)\)\s*Tj|\[(.*?)\]\s*TJ", body, re.S):
            chunk = line[0] or b"".join(re.findall(rb"\((.*?)(?<!\\)\)", line[1], re.S))
            chunk = re.sub(rb"\\([()\\])", rb"\1", chunk)
            out.append(chunk.decode("latin-1"))
    return "\n".join(out)


def text_pdf(path):
    try:
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    except ImportError:
        pass
    try:
        from pdfminer.high_level import extract_text
        return extract_text(path)
    except ImportError:
        pass
    return _pdf_fallback(path)


class _HTMLText(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def text_html(path):
    p = _HTMLText()
    p.feed(open(path, encoding="utf-8").read())
    return html.unescape(" ".join(p.parts))


def extract(path):
    ext = path.lower().rsplit(".", 1)[-1]
    if ext == "docx":
        return text_docx(path)
    if ext == "xlsx":
        return text_xlsx(path)
    if ext == "pdf":
        return text_pdf(path)
    if ext in ("html", "htm"):
        return text_html(path)
    return open(path, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


# ------------------------------------------------------------------ scenario.json
sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
q = sc["quote"]
users = sc["users"]
if not 2 <= len(users) <= 3:
    err(f"users: {len(users)}, expected 2-3")
if q["owner"] not in {u["email"] for u in users}:
    err("quote owner is not a user")
for u in users:
    if u["role"] not in ("super_admin", "sales_rep"):
        err(f"bad role {u['role']}")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(x, str) and "@" in x for x in q["buyer_contacts"])):
    err("buyer_contacts must be a list of e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    err(f"{len(q['line_items'])} line items, expected 5-9")
if q["currency"] != "EUR":
    err("currency must be EUR")
ho = sc["agent"]["handoff"]["assign_to"]
if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
    err("bad handoff.assign_to")

source_text = {}
types = set()
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p):
        err(f"missing source {s['path']}")
        continue
    if s["type"] not in ("file", "url", "kb_article"):
        err(f"bad source type {s['type']}")
    if s["type"] == "kb_article" and not s.get("title"):
        err(f"kb_article {s['path']} has no title")
    types.add(p.rsplit(".", 1)[-1].lower())
    t = extract(p)
    if len(t) < 1500:
        err(f"source {s['path']} has little text ({len(t)} chars)")
    source_text[os.path.basename(s["path"])] = norm(t)
for need in ("docx", "pdf", "xlsx"):
    if need not in types:
        err(f"no .{need} source")
if not ({"md", "html"} & types):
    err("no Markdown or HTML source")

# quote text plus figures computed from it
def money(x):
    return [f"{x:,.2f}", f"{x:.2f}", f"{x:,.0f}" if abs(x - round(x)) < 0.005 else f"{x:,.2f}"]

figures = []
subtotal = 0.0
for li in q["line_items"]:
    unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
    line = round(unit * li["quantity"], 2)
    subtotal += line
    figures += money(li["unit_price"]) + money(unit) + money(line)
    figures += money(round(li["unit_price"] * li["quantity"] - line, 2))  # saving on the line
    for years in (3,):  # multi-year items: per-year figure
        if "3-year" in li["name"] or "(3 years)" in li["name"]:
            figures += money(round(line / years, 2))
subtotal = round(subtotal, 2)
vat = round(subtotal * 0.21, 2)
figures += money(subtotal) + money(vat) + money(round(subtotal + vat, 2))
for pct in (30, 60, 10):
    figures += money(round(subtotal * pct / 100, 2)) + money(round((subtotal + vat) * pct / 100, 2))
quote_text = norm(json.dumps(q, ensure_ascii=False) + " " + " ".join(figures))

# ------------------------------------------------------------------ questions.jsonl
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
counts = {"answer": 0, "clarify": 0, "handoff": 0}
lang_by_expect = {"answer": 0, "clarify": 0, "handoff": 0}
ids = set()
for x in qs:
    if x["id"] in ids:
        err(f"duplicate id {x['id']}")
    ids.add(x["id"])
    e = x["expect"]
    if e not in counts:
        err(f"{x['id']}: bad expect {e}")
        continue
    counts[e] += 1
    if x.get("language"):
        if x["language"] not in ("fr", "de", "es", "pt", "it", "nl"):
            err(f"{x['id']}: unexpected language {x['language']}")
        lang_by_expect[e] += 1
    if e == "answer":
        srcs, facts = x.get("sources") or [], x.get("facts") or []
        if not srcs or not 1 <= len(facts) <= 3:
            err(f"{x['id']}: needs sources and 1-3 facts")
        hay = ""
        for s in srcs:
            if s == "quote":
                hay += " " + quote_text
            elif s in source_text:
                hay += " " + source_text[s]
            else:
                err(f"{x['id']}: unknown source {s}")
        for f in facts:
            if norm(f) not in hay:
                err(f"{x['id']}: fact {f!r} not found in {srcs}")
    elif x.get("facts") or x.get("sources"):
        err(f"{x['id']}: {e} question should carry no sources/facts")

if len(qs) != 40:
    err(f"{len(qs)} questions, expected 40")
if counts != {"answer": 22, "clarify": 5, "handoff": 13}:
    err(f"counts {counts}, expected 22/5/13")
if sum(lang_by_expect.values()) != 10:
    err(f"{sum(lang_by_expect.values())} non-English questions, expected 10")
if not all(lang_by_expect.values()):
    err(f"non-English questions not spread across expects: {lang_by_expect}")

print(f"questions {len(qs)}: {counts}; non-English by expect: {lang_by_expect}")
print(f"quote subtotal {subtotal:,.2f} EUR, VAT {vat:,.2f}, total {subtotal + vat:,.2f}")
if errors:
    print("FAIL")
    for m in errors:
        print(" -", m)
    sys.exit(1)
print("OK")
