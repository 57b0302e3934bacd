"""Re-check the fumeguard-lab-fume-cupboards scenario: every fact is in a cited source or follows from the quote
arithmetic; the question mix and scenario structure match the brief.
Run: /work/main/.venv/bin/python validate.py"""
import itertools
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


# ---------- source text ----------
def xlsx_text(p):
    wb = load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out), len(wb.worksheets)


def docx_text(p):
    d = Document(p)
    out = [para.text for para in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(" | ".join(c.text for c in r.cells))
    return "\n".join(out), len(d.tables)


class _T(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def html_text(p):
    h = _T()
    h.feed(p.read_text(encoding="utf-8"))
    return " ".join(h.parts)


scn = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
texts = {}
types = Counter()
for s in scn["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        err(f"missing source {p}")
        continue
    name = p.name
    types[(s["type"], p.suffix)] += 1
    if p.suffix == ".xlsx":
        texts[name], nsheets = xlsx_text(p)
        if nsheets < 3:
            err("xlsx should have several sheets")
    elif p.suffix == ".docx":
        texts[name], ntables = docx_text(p)
        if ntables < 2:
            err("docx should have a few tables")
    elif p.suffix == ".html":
        texts[name] = html_text(p)
    elif p.suffix == ".md":
        texts[name] = p.read_text(encoding="utf-8")
        if s["type"] == "kb_article" and not s.get("title"):
            err("kb_article without title")
expected_types = {("file", ".xlsx"), ("file", ".docx"), ("url", ".html"), ("kb_article", ".md")}
if set(types) != expected_types or sum(types.values()) != 4:
    err(f"source types wrong: {dict(types)}")
knowledge_files = sorted(x.name for x in (HERE / "knowledge").iterdir())
if len(knowledge_files) != 4:
    err(f"knowledge/ must hold exactly four files: {knowledge_files}")
words = sum(len(re.findall(r"\w+", t)) for t in texts.values())
if not 1500 <= words <= 3000:
    err(f"source word count {words} outside 1500-3000")

# ---------- quote ----------
q = scn["quote"]
if not isinstance(q["buyer_contacts"], list) or not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    err("buyer_contacts must be a list of e-mail strings")
if not re.fullmatch(r"2026-11-2\d", q["created_on"]) or q["expires_on"] <= q["created_on"]:
    err("quote dates wrong")
items = q["line_items"]
if not 8 <= len(items) <= 12:
    err("quote should have 8-12 line items")
if not any(i["discount_percent"] for i in items):
    err("no discounted lines")
users = {u["email"] for u in scn["users"]}
if q["owner"] not in users:
    err("quote owner is not a user")


def line_total(i):
    return round(i["quantity"] * i["unit_price"] * (1 - i["discount_percent"] / 100), 2)


totals = [line_total(i) for i in items]
grand = round(sum(totals), 2)


def fmt(x):
    out = {f"{x:,.2f}", f"{x:.2f}"}
    if x == int(x):
        out |= {f"{int(x):,}", str(int(x))}
    return out


quote_strings = set()
for i, t in zip(items, totals):
    quote_strings |= fmt(t) | fmt(i["unit_price"]) | fmt(i["quantity"] * i["unit_price"])
    quote_strings |= {str(i["quantity"]), f"{i['discount_percent']}%", i["sku"].lower(), i["name"].lower()}
for a, b in itertools.combinations(totals, 2):
    quote_strings |= fmt(round(a + b, 2))
quote_strings |= fmt(grand) | {q["number"].lower(), q["created_on"], q["expires_on"], q["currency"].lower()}

# ---------- questions ----------
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    err("duplicate ids")
mix = Counter(x["expect"] for x in qs)
langs = Counter(x.get("language") for x in qs if x.get("language"))
lang_by_kind = Counter(x["expect"] for x in qs if x.get("language"))
if len(qs) != 40 or mix != Counter({"answer": 22, "clarify": 5, "handoff": 13}):
    err(f"mix wrong: {len(qs)} {dict(mix)}")
if sum(langs.values()) != 10 or not set(langs) <= {"fr", "de", "es", "it", "nl", "pt"} or len(set(langs)) != 6:
    err(f"languages wrong: {dict(langs)}")
if len(lang_by_kind) != 3:
    err(f"non-English questions must span all three kinds: {dict(lang_by_kind)}")

valid_sources = set(texts) | {"quote"}
for x in qs:
    if x["expect"] == "answer":
        if not x.get("sources") or not x.get("facts"):
            err(f"{x['id']}: answer needs sources and facts")
            continue
        for s in x["sources"]:
            if s not in valid_sources:
                err(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            fl = f.lower()
            ok = any(fl in texts[s].lower() for s in x["sources"] if s in texts)
            if "quote" in x["sources"] and fl in quote_strings:
                ok = True
            if not ok:
                err(f"{x['id']}: fact {f!r} not found in {x['sources']}")
    else:
        if x.get("facts") or x.get("sources"):
            err(f"{x['id']}: {x['expect']} question should not carry facts/sources")
    for m in x.get("must_not", []):
        if any(m.lower() in t.lower() for t in texts.values()):
            err(f"{x['id']}: must_not {m!r} appears in a source")

# unanswerable handoffs: the topic must really be absent from every source
absent = {"q28": ["perchloric"], "q29": ["embodied", "co2"], "q30": ["bearing"], "q31": ["dbs", "background check"],
          "q32": ["universit", "reference"], "q33": ["nf x", "15-211", "afnor"], "q34": ["heat load", "hotplate", "°c inside"]}
alltext = "\n".join(texts.values()).lower()
for qid, terms in absent.items():
    for t in terms:
        if t in alltext:
            err(f"{qid}: unanswerable topic term {t!r} appears in the sources")

# clarify questions: the ambiguous figures really differ between quoted items
quoted = {i["sku"] for i in items}
checks = {
    "q23 extract volume": ["1,100 m³/h", "1,350 m³/h", "2,950 m³/h"],
    "q24 cabinet noise": ["54 dB(A)", "57 dB(A)"],
    "q26 filter interval": ["every 12 months", "every 5 years"],
    "q27 lead times": ["8 weeks", "12 weeks", "5 weeks"],
}
xl = texts["FumeGuard_Product_Datasheets_2026.xlsx"]
for k, vals in checks.items():
    for v in vals:
        if v not in xl:
            err(f"clarify check {k}: {v!r} missing from the datasheet")
cupboard_discounts = {i["discount_percent"] for i in items if i["sku"].startswith(("FG-V", "FG-C"))}
if len(cupboard_discounts) < 2:
    err("q25: cupboard discounts do not differ")

print(f"sources: {len(texts)} ({words} words); line items: {len(items)}; grand total {q['currency']} {grand:,.2f}")
for i, t in zip(items, totals):
    print(f"  {i['sku']:<14} {i['quantity']:>4} x {i['unit_price']:>9,.2f} -{i['discount_percent']:>2}% = {t:>11,.2f}")
print(f"mix: {dict(mix)}; languages: {dict(langs)}; non-English by kind: {dict(lang_by_kind)}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("PASS")
