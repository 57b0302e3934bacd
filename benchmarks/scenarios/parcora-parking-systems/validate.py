"""Check the parcora-parking-systems scenario: structure, question counts, and that every answer fact
appears (case-insensitively) in the sources it names or in the quote.

Run:  PYTHONPATH=/tmp/rlpkgs /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf; pypdf can be installed with `pip install --target /tmp/rlpkgs pypdf`).

Quote facts may be figures derived from the line items by simple arithmetic (net unit prices, line totals, the
total before VAT, VAT, the total with VAT, the 40/50/10% payment instalments); these are computed here and added
to the quote text, each in the formats 1,234 / 1,234.00 / 1234 / 1234.00.
"""
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def money_forms(x):
    x = round(x, 2)
    forms = {f"{x:,.2f}", f"{x:.2f}"}
    if x == int(x):
        forms |= {f"{int(x):,}", f"{int(x)}"}
    return forms


def text_docx(p):
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)


def text_xlsx(p):
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(f"# {ws.title}")
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(" / ".join(sorted(money_forms(v))))
                else:
                    cells.append(str(v))
            parts.append(" | ".join(cells))
    return "\n".join(parts)


def text_html(p):
    raw = p.read_text(encoding="utf-8")
    raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def text_of(p):
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


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))

# ---- structure
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in sc:
        err(f"scenario.json: missing {k}")
users = sc["users"]
if not 2 <= len(users) <= 3:
    err(f"users: {len(users)} (want 2-3)")
emails = {u["email"] for u in users}
for u in users:
    if u.get("role") not in ("super_admin", "sales_rep"):
        err(f"user {u['email']}: bad role")
ho = sc["agent"]["handoff"]["assign_to"]
if ho != "quote_owner" and not (isinstance(ho, dict) and ho.get("teams")):
    err("agent.handoff.assign_to must be 'quote_owner' or {'teams': [...]}")
q = sc["quote"]
if q["owner"] not in emails:
    err("quote.owner is not a user")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(x, str) and "@" in x for x in q["buyer_contacts"])):
    err("quote.buyer_contacts must be a list of e-mail strings")
items = q["line_items"]
if not 5 <= len(items) <= 9:
    err(f"line_items: {len(items)} (want 5-9)")
if not any(i["discount_percent"] for i in items):
    err("no discounted line item")

# ---- sources
src_text = {}
types = Counter()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        err(f"source missing: {s['path']}")
        continue
    types[p.suffix.lower()] += 1
    if s["type"] == "kb_article" and not s.get("title"):
        err(f"kb_article without title: {s['path']}")
    t = text_of(p)
    if len(t) < 1500:
        err(f"source {p.name} looks too short ({len(t)} chars)")
    src_text[p.name] = norm(t)
for ext in (".docx", ".pdf", ".xlsx"):
    if types[ext] != 1:
        err(f"want exactly one {ext} source, have {types[ext]}")
if not (types[".md"] or types[".html"]):
    err("want a Markdown kb_article and/or an HTML url source")
wb = load_workbook(HERE / next(s["path"] for s in sc["sources"] if s["path"].endswith(".xlsx")))
if len(wb.worksheets) < 2:
    err("xlsx needs 2+ sheets")

# ---- quote text, with derived figures
derived = set()
subtotal = 0.0
for i in items:
    net = i["unit_price"] * (1 - i["discount_percent"] / 100)
    line = net * i["quantity"]
    subtotal += line
    derived |= money_forms(net) | money_forms(line) | money_forms(i["unit_price"])
vat = subtotal * 0.20
derived |= money_forms(subtotal) | money_forms(vat) | money_forms(subtotal + vat)
for share in (0.40, 0.50, 0.10):
    derived |= money_forms(subtotal * share)
quote_text = norm(json.dumps(q, ensure_ascii=False) + " " + " ".join(sorted(derived)))
print(f"quote total before VAT: {subtotal:,.2f}; VAT {vat:,.2f}; total {subtotal + vat:,.2f}")

# ---- questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    err("duplicate question ids")
cnt = Counter(x["expect"] for x in qs)
want = {"answer": 22, "clarify": 5, "handoff": 13}
if len(qs) != 40 or dict(cnt) != want:
    err(f"counts: {len(qs)} questions, {dict(cnt)} (want 40, {want})")
langs = Counter(x.get("language") for x in qs if x.get("language") and x.get("language") != "en")
if sum(langs.values()) != 10:
    err(f"non-English questions: {sum(langs.values())} (want 10)")
if not set(langs) <= {"fr", "de", "es", "pt", "it", "nl"}:
    err(f"unexpected languages {set(langs)}")
by_expect_lang = Counter(x["expect"] for x in qs if x.get("language"))
for e in want:
    if not by_expect_lang[e]:
        err(f"no non-English question with expect={e}")
for x in qs:
    if x["expect"] != "answer":
        if x.get("facts") or x.get("sources"):
            err(f"{x['id']}: only answer questions carry sources/facts")
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        err(f"{x['id']}: answer needs sources and 1-3 facts")
        continue
    for s in x["sources"]:
        if s != "quote" and s not in src_text:
            err(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        hay = [quote_text if s == "quote" else src_text.get(s, "") for s in x["sources"]]
        if not any(norm(f) in h for h in hay):
            err(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"{len(qs)} questions {dict(cnt)}; languages {dict(langs)}; sources {sorted(src_text)}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
