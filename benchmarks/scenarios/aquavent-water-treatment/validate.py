"""Re-check the aquavent-water-treatment scenario.

Run: nice -n 19 /work/main/.venv/bin/python validate.py
Checks: scenario.json shape, the four sources exist with four distinct types/formats, every `facts` value of an
`answer` question appears in at least one of its listed sources (the quote counts as a source, including its
computed line totals, pairwise subtotals and grand total), the question mix, and that topics of the
"sources cannot answer" hand-offs are really absent from the sources.
"""
import datetime as dt
import html
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

import docx
from openpyxl import load_workbook

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def fmt_num(v):
    if isinstance(v, float) and not v.is_integer():
        return f"{v:,.2f}"
    return f"{int(v):,}"


def xlsx_text(p):
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                parts.append(fmt_num(v) if isinstance(v, (int, float)) else str(v))
    return "\n".join(parts), wb.sheetnames


def docx_text(p):
    d = docx.Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts), len(d.tables)


def html_text(p):
    raw = p.read_text(encoding="utf-8")
    raw = re.sub(r"<[^>]+>", " ", raw)
    return html.unescape(raw)


def money(x):
    return f"{x:,.2f}"


scn = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
quote = scn["quote"]

# ---- scenario shape
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in scn:
        err(f"scenario.json missing {k}")
if not isinstance(quote.get("buyer_contacts"), list) or not all(isinstance(x, str) and "@" in x for x in quote["buyer_contacts"]):
    err("buyer_contacts must be a list of e-mail strings")
emails = {u["email"] for u in scn["users"]}
if quote["owner"] not in emails:
    err("quote owner is not a user")
teams = {t for u in scn["users"] for t in u["teams"]}
for t in scn["agent"]["handoff"]["assign_to"]["teams"]:
    if t not in teams:
        err(f"handoff team {t} has no member")
created = dt.date.fromisoformat(quote["created_on"])
expires = dt.date.fromisoformat(quote["expires_on"])
if not (created.year == 2026 and created.month == 11 and 20 <= created.day <= 29):
    err("created_on must be 2026-11-2x")
if expires <= created:
    err("expires_on must follow created_on")
items = quote["line_items"]
if not 8 <= len(items) <= 12:
    err("need 8-12 line items")
if sum(1 for li in items if li["discount_percent"]) < 3:
    err("need several discounted lines")

# ---- quote arithmetic
line_totals = []
for li in items:
    lt = round(li["quantity"] * li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
    line_totals.append(lt)
grand = round(sum(line_totals), 2)
quote_parts = [json.dumps(quote, ensure_ascii=False), money(grand)]
quote_parts += [money(x) for x in line_totals]
quote_parts += [money(round(a + b, 2)) for a, b in itertools.combinations(line_totals, 2)]
quote_parts += [money(li["quantity"] * li["unit_price"]) for li in items]
quote_parts += [expires.strftime("%d %B %Y"), expires.strftime("%B %d, %Y")]
quote_text = "\n".join(quote_parts)

# ---- sources
texts = {"quote": quote_text}
types = Counter()
words = 0
for s in scn["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        err(f"missing source {p}")
        continue
    types[s["type"]] += 1
    name = p.name
    if p.suffix == ".xlsx":
        t, sheets = xlsx_text(p)
        if len(sheets) < 4 or not any("commercial" in n.lower() for n in sheets):
            err("xlsx needs several sheets incl. commercial notes")
    elif p.suffix == ".docx":
        t, ntables = docx_text(p)
        if ntables < 2:
            err("docx needs a few tables")
    elif p.suffix == ".html":
        t = html_text(p)
        if s["type"] != "url":
            err("html must be a url source")
    elif p.suffix == ".md":
        t = p.read_text(encoding="utf-8")
        if s["type"] != "kb_article" or not s.get("title"):
            err("md must be a kb_article with title")
    else:
        err(f"unexpected source type {p}")
        continue
    texts[name] = t
    words += len(t.split())
if len(scn["sources"]) != 4 or len({Path(s["path"]).suffix for s in scn["sources"]}) != 4:
    err("need exactly four sources of four formats")
if not 1500 <= words <= 3000:
    err(f"source word count {words} outside 1,500-3,000")
all_source_text = "\n".join(v for k, v in texts.items() if k != "quote").lower()

# ---- questions
qs = [json.loads(line) for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
mix = Counter(q["expect"] for q in qs)
langs = Counter(q.get("language") for q in qs if q.get("language"))
lang_kinds = Counter(q["expect"] for q in qs if q.get("language"))
ids = [q["id"] for q in qs]
if len(set(ids)) != len(ids):
    err("duplicate ids")
if len(qs) != 40 or mix != Counter(answer=22, clarify=5, handoff=13):
    err(f"mix is {dict(mix)} over {len(qs)} questions")
if sum(langs.values()) != 10 or set(langs) != {"fr", "de", "es", "it", "nl", "pt"}:
    err(f"languages {dict(langs)}")
if set(lang_kinds) != {"answer", "clarify", "handoff"}:
    err(f"non-English questions span only {dict(lang_kinds)}")

for q in qs:
    if q["expect"] == "answer":
        if not q.get("facts") or not q.get("sources"):
            err(f"{q['id']}: answer needs facts and sources")
            continue
        for s in q["sources"]:
            if s not in texts:
                err(f"{q['id']}: unknown source {s}")
        for f in q["facts"]:
            hit = [s for s in q["sources"] if s in texts and f.lower() in texts[s].lower()]
            if not hit:
                err(f"{q['id']}: fact {f!r} not found in {q['sources']}")
    else:
        if q.get("facts") or q.get("sources"):
            err(f"{q['id']}: only answer questions carry facts/sources")
    for m in q.get("must_not", []):
        if q["expect"] == "answer" and any(m.lower() in texts.get(s, "").lower() for s in q["sources"]):
            err(f"{q['id']}: must_not {m!r} is in a cited source")

# topics the unanswerable hand-offs ask about must not be in the sources
ABSENT = {
    "aq28": ["db(a)", " db ", "decibel", "noise", "sound"],
    "aq29": ["nsf", "dvgw", "certif"],
    "aq30": ["bacnet", "building management", "bms"],
    "aq31": ["resin life", "resin replacement", "replace the resin"],
    "aq32": ["leasing", "lease", "financ", "monthly payment"],
    "aq33": ["recycl", "take back", "take-back", "mercury", "disposal"],
    "aq34": ["legionella", "risk assessment"],
}
for qid, terms in ABSENT.items():
    q = next(q for q in qs if q["id"] == qid)
    if q["expect"] != "handoff":
        err(f"{qid} should be a handoff")
    for t in terms:
        if t in all_source_text:
            err(f"{qid}: term {t!r} appears in the sources, so the question may be answerable")

print(f"line totals: {[money(x) for x in line_totals]}")
print(f"grand total (excl. VAT): {money(grand)} {quote['currency']}")
print(f"source words: {words}; source types: {dict(types)}")
print(f"mix: {dict(mix)}; non-English: {dict(langs)} over {dict(lang_kinds)}; must_not on {sum(1 for q in qs if q.get('must_not'))}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
