"""Validate the vitrinor-museum-showcases scenario.

Checks counts (40 questions: 22 answer / 5 clarify / 13 handoff, 10 non-English spread over the three kinds),
the shape of scenario.json, and that every fact of every `answer` question appears (case-insensitively) in at least
one of the sources it names. The quote is rendered as a buyer sees it (unit price, discounted unit price, line
total, subtotal, VAT, total, terms, notes) so that quote-arithmetic facts can be checked.
PDF text is extracted with pypdf (looked up in /tmp/rl_scratch2 if not installed).
"""
import html
import json
import os
import re
import sys
from collections import Counter

sys.path.append("/tmp/rl_scratch2")
HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def money(x):
    return f"{x:,.2f}"


def docx_text(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def pdf_text(p):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(p).pages)


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(p)
    parts = []
    for ws in wb.worksheets:
        parts.append(f"## {ws.title}")
        for row in ws.iter_rows():
            cells = []
            for c in row:
                if c.value is None:
                    continue
                v = c.value
                if isinstance(v, (int, float)) and "#,##0" in (c.number_format or ""):
                    cells.append(f"{money(v)} ({v})")
                else:
                    cells.append(str(v))
            if cells:
                parts.append(" | ".join(cells))
    return "\n".join(parts)


def html_text(p):
    raw = open(p, encoding="utf-8").read()
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def source_text(path):
    full = os.path.join(HERE, path)
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return docx_text(full)
    if ext == "pdf":
        return pdf_text(full)
    if ext == "xlsx":
        return xlsx_text(full)
    if ext in ("html", "htm"):
        return html_text(full)
    return open(full, encoding="utf-8").read()


def quote_text(q):
    lines = [q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"]]
    sub = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        total = round(unit * li["quantity"], 2)
        sub += total
        lines.append(f'{li["sku"]} {li["name"]} qty {li["quantity"]} unit {money(li["unit_price"])} '
                     f'discount {li["discount_percent"]}% discounted unit {money(unit)} line total {money(total)}')
    vat = round(sub * 0.20, 2)
    lines += [f"Subtotal before VAT {money(sub)}", f"VAT 20% {money(vat)}", f"Total incl. VAT {money(sub + vat)}",
              q["terms"], q["notes"]]
    return "\n".join(lines), sub


sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
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

texts = {}
for s in sc["sources"]:
    if not os.path.exists(os.path.join(HERE, s["path"])):
        errors.append(f"missing source {s['path']}")
        continue
    texts[os.path.basename(s["path"])] = source_text(s["path"]).lower()
exts = {os.path.basename(s["path"]).rsplit(".", 1)[-1] for s in sc["sources"]}
for need in ("docx", "pdf", "xlsx"):
    if need not in exts:
        errors.append(f"no .{need} source")
if not ({"md", "html"} & exts):
    errors.append("no Markdown or HTML source")
qt, subtotal = quote_text(q)
texts["quote"] = qt.lower()
print(f"quote subtotal before VAT: {money(subtotal)}")

qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
kinds = Counter(x["expect"] for x in qs)
if len(qs) != 40:
    errors.append(f"{len(qs)} questions, expected 40")
if (kinds["answer"], kinds["clarify"], kinds["handoff"]) != (22, 5, 13):
    errors.append(f"kinds {dict(kinds)}, expected 22/5/13")
if len({x["id"] for x in qs}) != len(qs):
    errors.append("duplicate ids")
foreign = [x for x in qs if x.get("language") and x["language"] != "en"]
if len(foreign) != 10:
    errors.append(f"{len(foreign)} non-English questions, expected 10")
if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions are not spread over answer/clarify/handoff")
if not {x["language"] for x in foreign} <= {"fr", "de", "es", "pt", "it", "nl"}:
    errors.append("unexpected language code")

for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: needs sources and 1-3 facts")
        continue
    for s in x["sources"]:
        if s not in texts:
            errors.append(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        where = [s for s in x["sources"] if f.lower() in texts.get(s, "")]
        if not where:
            errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"questions: {len(qs)} {dict(kinds)}; non-English: {len(foreign)} "
      f"{dict(Counter(x['language'] for x in foreign))} over {dict(Counter(x['expect'] for x in foreign))}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
