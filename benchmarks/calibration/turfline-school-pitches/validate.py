"""Validate the turfline-school-pitches scenario.

Checks: scenario.json shape, the four source files and types, 40 questions with 22 answer / 5 clarify / 13 handoff,
10 non-English questions spread over the three behaviours, and that every `facts` string of an `answer` question
appears (case-insensitively) in at least one of the sources it names. The `quote` source is the quote JSON plus the
figures a quote page shows: net unit prices, discount amounts, line totals and the total before tax.

Run: /work/main/.venv/bin/python validate.py   (PDF text needs pypdf; falls back to /tmp/rl if it is installed there)
"""
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)


def money(x):
    s = f"{x:,.2f}"
    return [s, s[:-3]] if s.endswith(".00") else [s]


def docx_text(p):
    from docx import Document
    d = Document(str(p))
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def pdf_text(p):
    try:
        import pypdf
    except ImportError:
        sys.path.insert(0, "/tmp/rl")
        import pypdf
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(str(p)).pages)


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(str(p), data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                parts.append(str(v))
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    parts += money(float(v))
    return "\n".join(parts)


def html_text(p):
    raw = p.read_text(encoding="utf-8")
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def md_text(p):
    return p.read_text(encoding="utf-8")


EXTRACT = {".docx": docx_text, ".pdf": pdf_text, ".xlsx": xlsx_text, ".html": html_text, ".htm": html_text, ".md": md_text}

sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
for k in ["name", "description", "agent", "users", "quote", "sources"]:
    check(k in sc, f"scenario.json lacks {k}")
ho = sc["agent"]["handoff"]
check(ho["assign_to"] == "quote_owner" or isinstance(ho["assign_to"], dict), "bad handoff.assign_to")
check(2 <= len(sc["users"]) <= 3, "need 2-3 users")
q = sc["quote"]
check(q["owner"] in {u["email"] for u in sc["users"]}, "quote owner is not a user")
check(isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]),
      "buyer_contacts must be a list of e-mail strings")
items = q["line_items"]
check(5 <= len(items) <= 9, "need 5-9 line items")
check(any(i["discount_percent"] for i in items), "need some discounts")

# quote text: the JSON plus rendered figures
quote_parts = [json.dumps(q, ensure_ascii=False)]
total = 0.0
for i in items:
    net = round(i["unit_price"] * (1 - i["discount_percent"] / 100), 4)
    line = round(net * i["quantity"], 2)
    disc = round(i["unit_price"] * i["quantity"] - line, 2)
    total += line
    quote_parts += money(i["unit_price"]) + money(net) + money(line) + money(disc)
quote_parts += money(round(total, 2))
quote_text = "\n".join(quote_parts).lower()
print(f"quote total before tax: {total:,.2f}")

texts, types = {}, set()
for s in sc["sources"]:
    p = HERE / s["path"]
    check(p.exists(), f"missing source {s['path']}")
    if not p.exists():
        continue
    types.add(p.suffix.lower())
    texts[p.name] = EXTRACT[p.suffix.lower()](p).lower()
    check(len(texts[p.name]) > 1500, f"{p.name}: too little text ({len(texts[p.name])} chars)")
    if s["type"] == "kb_article":
        check("title" in s, f"{p.name}: kb_article needs a title")
check(len(sc["sources"]) >= 4 and len(types) >= 4, "need four sources in four types")
check({".docx", ".pdf", ".xlsx"} <= types, "need a docx, a pdf and an xlsx")
texts["quote"] = quote_text

from openpyxl import load_workbook
for s in sc["sources"]:
    if s["path"].endswith(".xlsx"):
        check(len(load_workbook(str(HERE / s["path"])).worksheets) >= 2, "xlsx needs 2+ sheets")

qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
check(len(qs) == 40, f"need 40 questions, have {len(qs)}")
check(len({x["id"] for x in qs}) == len(qs), "duplicate ids")
counts = {e: sum(1 for x in qs if x["expect"] == e) for e in ("answer", "clarify", "handoff")}
check(counts == {"answer": 22, "clarify": 5, "handoff": 13}, f"bad counts {counts}")
foreign = [x for x in qs if x.get("language") and x["language"] != "en"]
check(len(foreign) == 10, f"need 10 non-English questions, have {len(foreign)}")
check({x["expect"] for x in foreign} == {"answer", "clarify", "handoff"}, "non-English must span all behaviours")
check(len({x["language"] for x in foreign}) >= 5, "mix at least five languages")
used = set()
for x in qs:
    if x["expect"] != "answer":
        check("facts" not in x and "sources" not in x, f"{x['id']}: only answers carry facts/sources")
        continue
    check(1 <= len(x["facts"]) <= 3, f"{x['id']}: need 1-3 facts")
    for s in x["sources"]:
        check(s in texts, f"{x['id']}: unknown source {s}")
        used.add(s)
    for f in x["facts"]:
        hit = [s for s in x["sources"] if f.lower() in texts.get(s, "")]
        check(bool(hit), f"{x['id']}: fact {f!r} not found in {x['sources']}")
for name in texts:
    check(name in used, f"source {name} is never the answer source of a question")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(qs)} questions {counts}, {len(foreign)} non-English, {len(texts) - 1} sources, {len(items)} line items")
