"""Check the glaciem-ice-rink-systems scenario: structure, counts, and that every answer fact appears in the
named sources (text extracted from pdf/docx/xlsx/md/html) or in the quote, including figures computed from the
quote (discounted unit prices, line totals, subtotal, VAT, total incl. VAT, per-year figures).

Run: PYTHONPATH=/tmp/glaciem_pylib /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf; pdftotext is used as a fallback for PDFs)
"""
import json
import re
import subprocess
import sys
from collections import Counter
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def text_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        try:
            from pypdf import PdfReader
            return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
        except ImportError:
            return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if ext == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(str(path), data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(parts)
    if ext in (".html", ".htm"):
        raw = path.read_text(encoding="utf-8")
        raw = re.sub(r"(?is)<(script|style).*?</\1>", " ", raw)
        import html
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return path.read_text(encoding="utf-8")


def money_variants(x: Decimal):
    x = x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    s = f"{x:,.2f}"                       # 1,041,721.80
    out = {s, s.replace(",", ""),
           s.replace(",", "X").replace(".", ",").replace("X", "."),   # 1.041.721,80
           s.replace(",", " ").replace(".", ","),                     # 1 041 721,80
           s.replace(",", "\u202f").replace(".", ",")}
    if s.endswith(".00"):
        out |= {v[:-3] for v in list(out)}
    return out


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]

# ---- structure
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in sc:
        err(f"scenario.json lacks {k}")
if not 2 <= len(sc["users"]) <= 3:
    err("need 2-3 users")
emails = {u["email"] for u in sc["users"]}
if q["owner"] not in emails:
    err("quote owner is not a user")
ho = sc["agent"]["handoff"]["assign_to"]
if ho != "quote_owner":
    user_teams = {t for u in sc["users"] for t in u["teams"]}
    for t in ho["teams"]:
        if t not in user_teams:
            err(f"handoff team {t} has no user")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(e, str) and "@" in e for e in q["buyer_contacts"])):
    err("buyer_contacts must be a list of e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    err("need 5-9 line items")
if not any(li["discount_percent"] for li in q["line_items"]):
    err("no discounts")
if q["created_on"] >= q["expires_on"]:
    err("quote expires before it is created")

# ---- sources
src_text = {}
types = Counter()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        err(f"missing source {p}")
        continue
    if s["type"] == "kb_article" and not s.get("title"):
        err(f"kb_article {p.name} lacks title")
    types[p.suffix.lower() if s["type"] != "url" else "url"] += 1
    src_text[p.name] = text_of(p)
for ext in (".docx", ".pdf", ".xlsx"):
    if types[ext] != 1:
        err(f"need exactly one {ext} source, have {types[ext]}")
if types[".md"] + types["url"] < 1:
    err("need a Markdown kb_article and/or an html url source")
if len(sc["sources"]) < 4:
    err("need at least four sources")
from openpyxl import load_workbook
for s in sc["sources"]:
    if s["path"].endswith(".xlsx"):
        if len(load_workbook(str(HERE / s["path"])).worksheets) < 2:
            err("xlsx needs 2+ sheets")

# ---- quote text and computed figures
lines = []
sub = Decimal(0)
computed = set()
for li in q["line_items"]:
    unit = Decimal(str(li["unit_price"]))
    qty = Decimal(str(li["quantity"]))
    disc = Decimal(str(li["discount_percent"]))
    net_unit = unit * (1 - disc / 100)
    tot = net_unit * qty
    sub += tot
    for v in (unit, net_unit, tot, unit * qty - tot, unit * qty):
        computed |= money_variants(v)
    lines.append(" ".join(str(li[k]) for k in ("sku", "name", "quantity", "unit_price", "discount_percent")))
vat_rate = Decimal("0.21")
vat = (sub * vat_rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
for v in (sub, vat, sub + vat):
    computed |= money_variants(v)
quote_text = "\n".join([q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"],
                        *lines, q["terms"], q["notes"]])
print(f"subtotal {sub:,.2f}  VAT {vat:,.2f}  total incl. VAT {sub + vat:,.2f} {q['currency']}")

# ---- questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
if len(qs) != 40:
    err(f"need 40 questions, have {len(qs)}")
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    err("duplicate ids")
cnt = Counter(x["expect"] for x in qs)
if cnt != Counter(answer=22, clarify=5, handoff=13):
    err(f"expect counts wrong: {dict(cnt)}")
non_en = [x for x in qs if x.get("language") and x["language"] != "en"]
if len(non_en) != 10:
    err(f"need 10 non-English questions, have {len(non_en)}")
if not {"fr", "de", "es", "pt", "it", "nl"} <= {x["language"] for x in non_en}:
    err("non-English questions must mix fr, de, es, pt, it, nl")
if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
    err("non-English questions must be spread across answer/clarify/handoff")
quote_fact_ok = 0
for x in qs:
    if x["expect"] != "answer":
        if x.get("sources") or x.get("facts"):
            err(f"{x['id']}: only answer questions carry sources/facts")
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        err(f"{x['id']}: answer needs sources and 1-3 facts")
        continue
    hay = ""
    for s in x["sources"]:
        if s == "quote":
            hay += "\n" + quote_text
        elif s in src_text:
            hay += "\n" + src_text[s]
        else:
            err(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        in_text = f.lower() in hay.lower()
        in_computed = "quote" in x["sources"] and f in computed
        if not (in_text or in_computed):
            err(f"{x['id']}: fact {f!r} not found in {x['sources']}")
        elif in_computed and not in_text:
            quote_fact_ok += 1
print(f"{len(qs)} questions {dict(cnt)}; {len(non_en)} non-English; {quote_fact_ok} facts matched as computed quote figures")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
