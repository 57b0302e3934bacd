"""Validate the lumenvale-street-lighting scenario.

Checks counts (40 questions: 22 answer, 5 clarify, 13 handoff; 10 not in English, spread over all three kinds),
the quote shape, that every source exists, and that every answer fact appears (case-insensitively) in one of the
sources it names, or in the quote (including figures derived from it: discounted unit prices, line totals,
subtotal, VAT, total, per-year licence figures).

Run: /work/main/.venv/bin/python validate.py   (pypdf is taken from /tmp/rl or PYPDF_PATH if not installed)
"""
import json, os, sys, zipfile, re
sys.path.append(os.environ.get("PYPDF_PATH", "/tmp/rl"))
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts)
    if ext == "pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xlsx":
        wb = load_workbook(path)
        return "\n".join(" ".join("" if v is None else str(v) for v in row)
                         for ws in wb.worksheets for row in ws.iter_rows(values_only=True))
    if ext in ("md", "html", "htm", "txt"):
        return open(path, encoding="utf-8").read()
    raise ValueError(path)


def money(x):
    return [f"{x:,.2f}", f"{x:.2f}"] + ([f"{x:,.0f}", f"{x:.0f}"] if abs(x - round(x)) < 1e-9 else [])


sc = json.load(open(os.path.join(HERE, "scenario.json")))
q = sc["quote"]
check(2 <= len(sc["users"]) <= 3, "2-3 users")
check(q["owner"] in [u["email"] for u in sc["users"]], "quote owner is a user")
check(all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]), "buyer_contacts are e-mails")
check(5 <= len(q["line_items"]) <= 9, "5-9 line items")
check(any(li["discount_percent"] for li in q["line_items"]), "some discounts")
ho = sc["agent"]["handoff"]["assign_to"]
check(ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams")), "handoff assign_to")
teams = {t for u in sc["users"] for t in u["teams"]}
if isinstance(ho, dict):
    check(set(ho["teams"]) <= teams, "handoff teams have members")

# quote text + derived arithmetic
derived = []
sub = 0.0
for li in q["line_items"]:
    unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
    line = round(li["unit_price"] * li["quantity"] * (1 - li["discount_percent"] / 100), 2)
    sub += line
    derived += money(unit) + money(line)
    if "5 years" in li["name"]:  # multi-year licence: per-year figures
        derived += money(li["unit_price"] / 5) + money(line / 5)
vat = round(sub * 0.20, 2)
derived += money(sub) + money(vat) + money(sub + vat)
quote_text = json.dumps(q, ensure_ascii=False) + "\n" + "\n".join(derived)

texts = {"quote": quote_text}
types = set()
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    check(os.path.exists(p), f"missing source {s['path']}")
    if os.path.exists(p):
        texts[os.path.basename(p)] = text_of(p)
        types.add(p.rsplit(".", 1)[-1].lower())
check({"docx", "pdf", "xlsx"} <= types and ({"md", "html"} & types), "source formats docx/pdf/xlsx/md-or-html")
xl = [s for s in sc["sources"] if s["path"].endswith(".xlsx")]
if xl:
    check(len(load_workbook(os.path.join(HERE, xl[0]["path"])).worksheets) >= 2, "xlsx has 2+ sheets")

qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
kinds = {k: [x for x in qs if x["expect"] == k] for k in ("answer", "clarify", "handoff")}
check(len(qs) == 40, f"40 questions, got {len(qs)}")
check(len(kinds["answer"]) == 22, f"22 answer, got {len(kinds['answer'])}")
check(len(kinds["clarify"]) == 5, f"5 clarify, got {len(kinds['clarify'])}")
check(len(kinds["handoff"]) == 13, f"13 handoff, got {len(kinds['handoff'])}")
check(len({x["id"] for x in qs}) == len(qs), "unique ids")
foreign = [x for x in qs if x.get("language") and x["language"] != "en"]
check(len(foreign) == 10, f"10 non-English, got {len(foreign)}")
check({x["expect"] for x in foreign} == {"answer", "clarify", "handoff"}, "non-English spread over kinds")
check({x["language"] for x in foreign} == {"fr", "de", "es", "pt", "it", "nl"}, "all six languages used")
for x in kinds["answer"]:
    check(x.get("sources") and 1 <= len(x.get("facts", [])) <= 3, f"{x['id']}: sources and 1-3 facts")
    for s in x.get("sources", []):
        check(s in texts, f"{x['id']}: unknown source {s}")
    for f in x.get("facts", []):
        hit = [s for s in x.get("sources", []) if f.lower() in texts.get(s, "").lower()]
        check(hit, f"{x['id']}: fact {f!r} not found in {x.get('sources')}")
only_one = sum(1 for x in kinds["answer"] if len(x["sources"]) == 1 and x["sources"] != ["quote"])
check(only_one >= 3, "some answers from a single source")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(qs)} questions ({len(kinds['answer'])} answer, {len(kinds['clarify'])} clarify, "
      f"{len(kinds['handoff'])} handoff; {len(foreign)} non-English), {len(sc['sources'])} sources, "
      f"{len(q['line_items'])} line items, subtotal {sub:,.2f} + VAT {vat:,.2f} = {sub + vat:,.2f} {q['currency']}")
