"""Validate the fellcroft-biomass-heating scenario.

Checks the scenario shape, the question counts, and that every answer fact appears (case-insensitively) in one of
the sources the question names, or in the quote (its text, or a figure computed from it: discounted unit prices,
line totals, subtotal, VAT, total including VAT).

Run: /work/main/.venv/bin/python validate.py   (PDF text needs pypdf; add it with PYTHONPATH if it is not installed,
a fallback reads uncompressed text from the PDF content streams.)
"""
import base64
import json
import re
import sys
import zlib
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ text extraction
def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def text_pdf(p):
    try:
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)
    except ImportError:
        raw = p.read_bytes()
        out = []
        for m in re.finditer(rb"stream\r?\n(.*?)\s*endstream", raw, re.S):
            data = m.group(1).strip()
            if data.endswith(b"~>"):  # reportlab: /ASCII85Decode then /FlateDecode
                try:
                    data = base64.a85decode(data[:-2].lstrip(b"<~"))
                except ValueError:
                    continue
            try:
                data = zlib.decompress(data)
            except zlib.error:
                pass
            out += [s.decode("latin-1") for s in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", data)]
        return " ".join(out).replace("\\(", "(").replace("\\)", ")")


class _H(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def text_html(p):
    h = _H()
    h.feed(p.read_text(encoding="utf-8"))
    return " ".join(h.parts)


def text_of(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return text_docx(p)
    if ext == ".xlsx":
        return text_xlsx(p)
    if ext == ".pdf":
        return text_pdf(p)
    if ext in (".html", ".htm"):
        return text_html(p)
    return p.read_text(encoding="utf-8")


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


# ------------------------------------------------------------------ scenario
sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]
users = sc["users"]
if not 2 <= len(users) <= 3:
    err(f"users: {len(users)}, expected 2-3")
if q["owner"] not in {u["email"] for u in users}:
    err("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    err("buyer_contacts must be e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    err(f"line items: {len(q['line_items'])}, expected 5-9")
if not any(li.get("discount_percent") for li in q["line_items"]):
    err("no discounts in the quote")
ha = sc["agent"]["handoff"]["assign_to"]
if not (ha == "quote_owner" or (isinstance(ha, dict) and ha.get("teams"))):
    err("handoff.assign_to invalid")

sources = {}
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        err(f"missing source {s['path']}")
        continue
    if s["type"] == "kb_article" and not s.get("title"):
        err(f"kb_article without title: {s['path']}")
    sources[p.name] = norm(text_of(p))
exts = {Path(s["path"]).suffix.lower() for s in sc["sources"]}
if len(exts) < 4:
    err(f"sources use {len(exts)} formats, expected 4")
for name, t in sources.items():
    if len(t) < 1500:
        err(f"source {name} looks too short ({len(t)} chars)")

# quote text and figures computed from it
quote_text = norm(json.dumps(q, ensure_ascii=False))


def fmts(x):
    x = round(x + 1e-9, 2)
    out = {f"{x:,.2f}", f"{x:.2f}"}
    if x == int(x):
        out |= {f"{int(x):,}", str(int(x))}
    return out


figures = set()
subtotal = 0.0
for li in q["line_items"]:
    unit = li["unit_price"] * (1 - li.get("discount_percent", 0) / 100)
    line = unit * li["quantity"]
    subtotal += line
    figures |= fmts(unit) | fmts(line) | fmts(li["unit_price"] * li["quantity"])
vat = subtotal * 0.20
figures |= fmts(subtotal) | fmts(vat) | fmts(subtotal + vat)


def in_quote(fact):
    f = fact.lower()
    return f in quote_text or any(f in g for g in figures)


# ------------------------------------------------------------------ questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
if len(qs) != 40:
    err(f"{len(qs)} questions, expected 40")
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    err("duplicate ids")
counts = {k: sum(1 for x in qs if x["expect"] == k) for k in ("answer", "clarify", "handoff")}
if counts != {"answer": 22, "clarify": 5, "handoff": 13}:
    err(f"counts {counts}, expected answer 22, clarify 5, handoff 13")
non_en = [x for x in qs if x.get("language") and x["language"] != "en"]
if len(non_en) != 10:
    err(f"{len(non_en)} non-English questions, expected 10")
if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
    err("non-English questions not spread over answer/clarify/handoff")
if len({x["language"] for x in non_en}) < 5:
    err("fewer than 5 non-English languages")

for x in qs:
    if x["expect"] != "answer":
        if x.get("facts") or x.get("sources"):
            err(f"{x['id']}: non-answer question with facts/sources")
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        err(f"{x['id']}: answer needs sources and 1-3 facts")
        continue
    for s in x["sources"]:
        if s != "quote" and s not in sources:
            err(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        ok = False
        for s in x["sources"]:
            if s == "quote":
                ok = ok or in_quote(f)
            elif s in sources:
                ok = ok or norm(f) in sources[s]
        if not ok:
            err(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"{len(qs)} questions {counts}, {len(non_en)} non-English, {len(sources)} sources, "
      f"subtotal {subtotal:,.2f}, total incl. VAT {subtotal + vat:,.2f}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
