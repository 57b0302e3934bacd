"""Re-check the scrubtek-floor-cleaning scenario.
Run: nice -n 19 /work/main/.venv/bin/python validate.py
Checks: question mix, every `facts` value against the sources it names (or quote arithmetic),
unanswerable handoffs really absent from the knowledge, must_not sanity, source word counts.
"""
import html
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def num_variants(v):
    out = {str(v)}
    if isinstance(v, float) and v.is_integer():
        v = int(v)
        out.add(str(v))
    if isinstance(v, int):
        out |= {f"{v:,}", f"{v:,}.00", f"{v}.00"}
    elif isinstance(v, float):
        out |= {f"{v:,.2f}", f"{v:.2f}"}
    return out


def text_xlsx(p):
    wb = load_workbook(p, data_only=True)
    parts, sheets = [], wb.sheetnames
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                parts.extend(sorted(num_variants(v)) if isinstance(v, (int, float)) else [str(v)])
    return "\n".join(parts), sheets


def text_docx(p):
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" | ".join(c.text for c in r.cells))
    return "\n".join(parts), len(d.tables)


def text_html(p):
    s = p.read_text(encoding="utf-8")
    s = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", s, flags=re.S)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


scen = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
quote = scen["quote"]

# ---------- scenario.json shape ----------
for k in ["number", "title", "owner", "buyer_company", "buyer_contacts", "currency", "created_on", "expires_on", "line_items", "terms", "notes"]:
    if k not in quote:
        err(f"quote missing {k}")
if not (isinstance(quote["buyer_contacts"], list) and all(isinstance(x, str) and "@" in x for x in quote["buyer_contacts"])):
    err("buyer_contacts must be a list of e-mail strings")
if not quote["created_on"].startswith("2026-11-2"):
    err("created_on must be 2026-11-2x")
if not quote["expires_on"] > quote["created_on"]:
    err("expires_on must follow created_on")
if not 8 <= len(quote["line_items"]) <= 12:
    err("quote needs 8-12 line items")
if not any(li["discount_percent"] for li in quote["line_items"]):
    err("no discounted line")
emails = {u["email"] for u in scen["users"]}
if quote["owner"] not in emails:
    err("quote owner is not a user")
teams = {t for u in scen["users"] for t in u["teams"]}
for t in scen["agent"]["handoff"]["assign_to"]["teams"]:
    if t not in teams:
        err(f"handoff team {t} has no users")

# ---------- quote arithmetic ----------
line_totals = []
for li in quote["line_items"]:
    lt = round(li["quantity"] * li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
    line_totals.append((li["sku"], lt))
total = round(sum(v for _, v in line_totals), 2)
computed = set()
for _, v in line_totals:
    computed |= num_variants(float(v))
for (_, a), (_, b) in itertools.combinations(line_totals, 2):
    computed |= num_variants(float(round(a + b, 2)))
computed |= num_variants(float(total))
quote_text = json.dumps(quote, ensure_ascii=False) + "\n" + "\n".join(sorted(computed))
for li in quote["line_items"]:
    quote_text += "\n" + "\n".join(num_variants(float(li["unit_price"])))

# ---------- sources ----------
types = Counter(s["type"] for s in scen["sources"])
if len(scen["sources"]) != 4 or types != Counter({"file": 2, "url": 1, "kb_article": 1}):
    err(f"sources must be 2 files + url + kb_article, got {types}")
texts = {"quote": quote_text}
words = 0
for s in scen["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        err(f"missing source {p}")
        continue
    if p.suffix == ".xlsx":
        t, sheets = text_xlsx(p)
        if len(sheets) < 3 or not any("commercial" in n.lower() for n in sheets):
            err("xlsx needs several sheets incl. commercial notes")
    elif p.suffix == ".docx":
        t, ntables = text_docx(p)
        if ntables < 2:
            err("docx needs a few tables")
    elif p.suffix == ".html":
        t = text_html(p)
    else:
        t = p.read_text(encoding="utf-8")
    texts[p.name] = t
    w = len(re.findall(r"\S+", t if p.suffix != ".xlsx" else "\n".join(
        str(v) for ws in load_workbook(p).worksheets for row in ws.iter_rows(values_only=True) for v in row if v is not None)))
    words += w
    print(f"  source {p.name:45s} {w:5d} words")
print(f"  sources total {words} words")
if not 1500 <= words <= 3000:
    err(f"sources total {words} words, expected 1,500-3,000")
if set(p.name for p in (HERE / "knowledge").iterdir()) != {Path(s["path"]).name for s in scen["sources"]}:
    err("knowledge/ must hold exactly the four sources")

# ---------- questions ----------
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
kinds = Counter(q["expect"] for q in qs)
langs = Counter(q.get("language", "en") for q in qs)
lang_kinds = Counter(q["expect"] for q in qs if q.get("language"))
ids = [q["id"] for q in qs]
if len(qs) != 40:
    err(f"{len(qs)} questions, expected 40")
if len(set(ids)) != len(ids):
    err("duplicate ids")
if kinds != Counter({"answer": 22, "clarify": 5, "handoff": 13}):
    err(f"mix {dict(kinds)}")
if sum(v for k, v in langs.items() if k != "en") != 10:
    err(f"non-English count {langs}")
if not {"fr", "de", "es", "it", "nl", "pt"} <= set(langs):
    err(f"languages {langs}")
if set(lang_kinds) != {"answer", "clarify", "handoff"}:
    err(f"non-English kinds {lang_kinds}")

for q in qs:
    if q["expect"] == "answer":
        if not q.get("facts") or not q.get("sources"):
            err(f"{q['id']}: answer without facts/sources")
            continue
        for s in q["sources"]:
            if s not in texts:
                err(f"{q['id']}: unknown source {s}")
        corpus = norm("\n".join(texts.get(s, "") for s in q["sources"]))
        for f in q["facts"]:
            # numbers must match as whole numbers ("64" must not match inside "21,650")
            pat = re.escape(norm(f))
            if f[0].isdigit():
                pat = r"(?<![\d.,])" + pat
            if f[-1].isdigit():
                pat = pat + r"(?![\d]|[.,]\d)"
            if not re.search(pat, corpus):
                err(f"{q['id']}: fact {f!r} not found in {q['sources']}")
    else:
        if q.get("facts") or q.get("sources"):
            err(f"{q['id']}: {q['expect']} should carry no facts/sources")
    for m in q.get("must_not", []):
        if any(norm(m) in norm(f) for f in q.get("facts", [])):
            err(f"{q['id']}: must_not {m!r} clashes with a fact")

# unanswerable handoffs: the topic must really be absent from all knowledge sources
UNANSWERABLE = {
    "ATEX": ["atex", "explosion"],
    "SAP PM": ["sap", "api"],
    "buy-back": ["buy-back", "buyback", "residual value"],
    "48 maanden": ["per month", "monthly", "rate of"],
    "VDA 5050": ["vda 5050", "fleet manager", "agv"],
    "spare parts availability": ["spare parts availab", "parts availability", "years after purchase"],
    "dust class M": ["dust class", "class m", "hepa"],
}
know = norm("\n".join(v for k, v in texts.items() if k != "quote") + quote_text)
unans = 0
for q in qs:
    for key, absent in UNANSWERABLE.items():
        if key.lower() in q["question"].lower():
            unans += 1
            if q["expect"] != "handoff":
                err(f"{q['id']}: unanswerable but expect={q['expect']}")
            for a in absent:
                if re.search(r"\b" + re.escape(a), know):
                    err(f"{q['id']}: term {a!r} appears in the knowledge, question may be answerable")
if unans != 7:
    err(f"{unans} unanswerable handoffs matched, expected 7")

print("  line totals:", ", ".join(f"{k} {v:,.2f}" for k, v in line_totals))
print(f"  quote total {quote['currency']} {total:,.2f} net")
print(f"  mix {dict(kinds)}; languages {dict(langs)}; non-English by kind {dict(lang_kinds)}; unanswerable {unans}")
print(f"  must_not on {sum(1 for q in qs if q.get('must_not'))} questions")
if errors:
    print("FAIL")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("OK")
