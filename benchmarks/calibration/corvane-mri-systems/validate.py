"""Check the corvane-mri-systems scenario: structure, counts, and that every answer fact is in its sources.

Usage: python validate.py   (needs python-docx, openpyxl, bs4 optional; pypdf or the pdftotext CLI for the PDF)
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter

sys.path.append("/tmp/rl")  # scratch install of pypdf/reportlab, if present
HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def text_docx(p):
    import docx
    d = docx.Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    try:
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(p).pages)
    except ImportError:
        return subprocess.run(["pdftotext", "-layout", p, "-"], capture_output=True, text=True, check=True).stdout


def fmt_cell(v):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}"
    return "" if v is None else str(v)


def text_xlsx(p):
    import openpyxl
    wb = openpyxl.load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join(fmt_cell(v) for v in row) + " | " + " | ".join(str(v) for v in row if v is not None))
    return "\n".join(parts)


def text_html(p):
    raw = open(p, encoding="utf-8").read()
    try:
        from bs4 import BeautifulSoup
        return BeautifulSoup(raw, "html.parser").get_text(" ")
    except ImportError:
        return re.sub(r"<[^>]+>", " ", raw)


def extract(p):
    ext = p.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return text_docx(p)
    if ext == "pdf":
        return text_pdf(p)
    if ext == "xlsx":
        return text_xlsx(p)
    if ext in ("html", "htm"):
        return text_html(p)
    return open(p, encoding="utf-8").read()


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def money(x):
    return [f"{x:,.2f}", f"{x:,.0f}", f"{x:.2f}", f"{x:.0f}"]


def quote_text(q):
    """The quote as JSON plus figures computed from it (discounted unit prices, line totals, totals)."""
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li.get("discount_percent", 0) / 100)
        line = unit * li["quantity"]
        total += line
        parts += money(li["unit_price"]) + money(unit) + money(line) + money(li["unit_price"] * li["quantity"])
    parts += money(total) + money(total * 1.2) + money(total * 0.2)
    return "\n".join(parts)


sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
q = sc["quote"]
users = sc.get("users", [])
if not 2 <= len(users) <= 3:
    err(f"users: {len(users)} (want 2-3)")
if q["owner"] not in {u["email"] for u in users}:
    err("quote owner is not a user")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
    err("buyer_contacts must be a list of e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    err(f"line items: {len(q['line_items'])} (want 5-9)")
if not any(li.get("discount_percent") for li in q["line_items"]):
    err("no discounts on the quote")
for k in ("number", "title", "currency", "created_on", "expires_on", "terms", "notes", "buyer_company"):
    if not q.get(k):
        err(f"quote.{k} missing")
ho = sc["agent"]["handoff"]["assign_to"]
if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
    err("handoff.assign_to invalid")

texts = {"quote": quote_text(q)}
exts = set()
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p):
        err(f"missing source {s['path']}")
        continue
    if s["type"] == "kb_article" and not s.get("title"):
        err(f"kb_article without title: {s['path']}")
    exts.add(p.rsplit(".", 1)[-1].lower())
    t = extract(p)
    if len(t) < 800:
        err(f"source too short ({len(t)} chars): {s['path']}")
    texts[os.path.basename(p)] = t
for need in ("docx", "pdf", "xlsx"):
    if need not in exts:
        err(f"no .{need} source")
if not ({"md", "html"} & exts):
    err("no Markdown or HTML source")

qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
if len(qs) != 40:
    err(f"{len(qs)} questions (want 40)")
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    err("duplicate ids")
cnt = Counter(x["expect"] for x in qs)
if cnt != Counter({"answer": 22, "clarify": 5, "handoff": 13}):
    err(f"expect counts {dict(cnt)} (want answer 22, clarify 5, handoff 13)")
non_en = [x for x in qs if x.get("language", "en") != "en"]
if len(non_en) != 10:
    err(f"{len(non_en)} non-English questions (want 10)")
if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
    err("non-English questions not spread across answer/clarify/handoff")
langs = Counter(x["language"] for x in non_en)

n_facts = 0
for x in qs:
    if x["expect"] != "answer":
        if x.get("facts"):
            err(f"{x['id']}: facts on a non-answer question")
        continue
    if not x.get("sources"):
        err(f"{x['id']}: no sources")
    if not 1 <= len(x.get("facts", [])) <= 3:
        err(f"{x['id']}: {len(x.get('facts', []))} facts (want 1-3)")
    for s in x["sources"]:
        if s not in texts:
            err(f"{x['id']}: unknown source {s}")
    hay = norm(" ".join(texts.get(s, "") for s in x["sources"]))
    for f in x["facts"]:
        n_facts += 1
        if norm(f) not in hay:
            err(f"{x['id']}: fact {f!r} not found in {x['sources']}")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(qs)} questions {dict(cnt)}; non-English {len(non_en)} {dict(langs)}; "
      f"{n_facts} facts verified; sources {sorted(texts)}")
