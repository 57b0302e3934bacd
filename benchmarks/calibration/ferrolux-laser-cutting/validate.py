"""Validate the ferrolux-laser-cutting scenario.

Checks the structure of scenario.json and questions.jsonl, the expected counts, and that every `facts`
string of an `answer` question appears (case-insensitively) in one of the sources it names, where `quote`
means the quote's text plus figures computed from it (discounted unit prices, line totals, total before tax,
per-year prices of multi-year lines, totals per SKU family).

Run: PYTHONPATH=/tmp/rlpkgs /work/main/.venv/bin/python validate.py   (pypdf is needed for the PDF)
"""
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
errors = []


def err(msg):
    errors.append(msg)


def fmt(x):
    x = round(x, 2)
    return f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.2f}"


def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                parts.append(fmt(v) if isinstance(v, (int, float)) else str(v))
                if isinstance(v, (int, float)):
                    parts.append(str(v))
    return "\n".join(parts)


def text_html(p):
    raw = p.read_text(encoding="utf-8")
    raw = re.sub(r"(?is)<(script|style).*?</\1>", " ", raw)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def extract(p):
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


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False), q["terms"], q["notes"]]
    total = 0.0
    families = Counter()
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        total += line
        families[li["sku"].rsplit("-", 1)[0]] += line
        parts += [fmt(li["unit_price"]), fmt(unit), fmt(line)]
        m = re.search(r"(\d+)\s*years?|-(\d+)Y\b", li["name"] + " " + li["sku"])
        if m:
            years = int(m.group(1) or m.group(2))
            parts += [fmt(unit / years), fmt(line / years)]
    parts += [fmt(v) for v in families.values()]
    parts.append(fmt(total))
    return "\n".join(parts)


scn = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = scn["quote"]

# --- scenario structure
users = scn["users"]
if not 2 <= len(users) <= 3:
    err(f"users: {len(users)} (want 2-3)")
if q["owner"] not in {u["email"] for u in users}:
    err("quote owner is not a user")
for u in users:
    if u["role"] not in ("super_admin", "sales_rep"):
        err(f"bad role {u['role']}")
ho = scn["agent"]["handoff"]["assign_to"]
if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
    err("bad handoff assign_to")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
    err("buyer_contacts must be a list of e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    err(f"line items: {len(q['line_items'])} (want 5-9)")
if not any(li["discount_percent"] for li in q["line_items"]):
    err("no discounts in quote")
for k in ("number", "title", "buyer_company", "currency", "created_on", "expires_on", "terms", "notes"):
    if not q.get(k):
        err(f"quote.{k} missing")

texts = {"quote": quote_text(q)}
types = Counter()
for s in scn["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        err(f"missing source {s['path']}")
        continue
    types[p.suffix.lower() if s["type"] != "kb_article" else "kb_article"] += 1
    if s["type"] == "kb_article" and not s.get("title"):
        err("kb_article without title")
    t = extract(p)
    if len(t) < 1500:
        err(f"{p.name}: only {len(t)} characters of text")
    texts[p.name] = t
for need in (".docx", ".pdf", ".xlsx"):
    if types[need] != 1:
        err(f"want exactly one {need} source, have {types[need]}")
if types["kb_article"] + types[".html"] < 1:
    err("need a kb_article and/or an html source")
xl = [s for s in scn["sources"] if s["path"].endswith(".xlsx")]
if xl:
    from openpyxl import load_workbook
    if len(load_workbook(HERE / xl[0]["path"]).worksheets) < 2:
        err("xlsx needs 2+ sheets")

# --- questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
exp = Counter(x["expect"] for x in qs)
if len(qs) != 40:
    err(f"{len(qs)} questions (want 40)")
for k, n in (("answer", 22), ("clarify", 5), ("handoff", 13)):
    if exp[k] != n:
        err(f"{k}: {exp[k]} (want {n})")
if len({x["id"] for x in qs}) != len(qs):
    err("duplicate ids")
non_en = [x for x in qs if x.get("language") and x["language"] != "en"]
if len(non_en) != 10:
    err(f"{len(non_en)} non-English questions (want 10)")
if len({x["expect"] for x in non_en}) != 3:
    err("non-English questions not spread over answer/clarify/handoff")
if len({x["language"] for x in non_en}) < 4:
    err("too few languages")
for x in qs:
    if x["expect"] not in ("answer", "clarify", "handoff"):
        err(f"{x['id']}: bad expect")
    if x["expect"] != "answer":
        continue
    srcs, facts = x.get("sources") or [], x.get("facts") or []
    if not srcs or not 1 <= len(facts) <= 3:
        err(f"{x['id']}: needs sources and 1-3 facts")
    for s in srcs:
        if s not in texts:
            err(f"{x['id']}: unknown source {s}")
    for f in facts:
        if not any(f.lower() in texts.get(s, "").lower() for s in srcs):
            err(f"{x['id']}: fact {f!r} not found in {srcs}")

print(f"questions: {len(qs)} {dict(exp)}; non-English: {len(non_en)} "
      f"{dict(Counter(x['language'] for x in non_en))}; sources: {dict(types)}")
print(f"quote total before tax: {q['currency']} {quote_text(q).splitlines()[-1]}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
