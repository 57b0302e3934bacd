"""Validate the fairlyne-robotic-mowing scenario: structure, counts, and that every answer fact appears in a named
source (text extracted from docx/pdf/xlsx/md/html) or in the quote (including figures computed from it)."""
import datetime as dt
import json
import os
import re
import sys
import zlib

sys.path.append("/tmp/mowbot_pylib")
HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip().lower()


def text_docx(p):
    import docx
    d = docx.Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def text_pdf(p):
    try:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)
    except ImportError:  # fallback: read text operators from (possibly Flate-compressed) content streams
        raw = open(p, "rb").read()
        chunks = []
        for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S):
            data = m.group(1)
            try:
                data = zlib.decompress(data)
            except zlib.error:
                pass
            chunks += [x.decode("latin-1") for x in re.findall(rb"\((.*?)(?<!\\)\)\s*Tj", data, re.S)]
        return " ".join(c.replace("\\(", "(").replace("\\)", ")") for c in chunks)


def text_xlsx(p):
    import openpyxl
    wb = openpyxl.load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            parts.extend(str(v) for v in row if v is not None)
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


def money_forms(x):
    x = round(x + 1e-9, 2)
    forms = {f"{x:,.2f}", f"{x:.2f}"}
    if abs(x - round(x)) < 1e-9:
        forms |= {f"{int(round(x)):,}", str(int(round(x)))}
    return forms


def date_forms(iso):
    d = dt.date.fromisoformat(iso)
    return {iso, f"{d.day} {d:%B %Y}", f"{d:%B} {d.day}, {d.year}", f"{d:%d/%m/%Y}", f"{d.day} {d:%b %Y}"}


sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
q = sc["quote"]

# ---- structure
users = sc.get("users", [])
if not 2 <= len(users) <= 3:
    err(f"users: {len(users)} (want 2-3)")
emails = {u["email"] for u in users}
if q["owner"] not in emails:
    err("quote owner is not a user")
for u in users:
    if u["role"] not in ("super_admin", "sales_rep"):
        err(f"bad role {u['role']}")
h = sc["agent"]["handoff"]["assign_to"]
if not (h == "quote_owner" or (isinstance(h, dict) and h.get("teams"))):
    err("bad handoff.assign_to")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
    err("buyer_contacts must be a list of e-mail strings")
items = q["line_items"]
if not 5 <= len(items) <= 9:
    err(f"line items: {len(items)} (want 5-9)")
if not any(i.get("discount_percent") for i in items):
    err("no discounts in quote")
for k in ("terms", "notes", "currency", "created_on", "expires_on", "number", "title", "buyer_company"):
    if not q.get(k):
        err(f"quote.{k} missing")

src_text = {}
types = set()
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p):
        err(f"missing source {s['path']}")
        continue
    if s["type"] not in ("file", "url", "kb_article"):
        err(f"bad source type {s['type']}")
    if s["type"] == "kb_article" and not s.get("title"):
        err("kb_article without title")
    types.add(p.rsplit(".", 1)[-1].lower())
    src_text[os.path.basename(p)] = norm(extract(p))
    if len(src_text[os.path.basename(p)]) < 1500:
        err(f"source {s['path']} looks too short ({len(src_text[os.path.basename(p)])} chars)")
for need in ("docx", "pdf", "xlsx"):
    if need not in types:
        err(f"no .{need} source")
if not types & {"md", "html"}:
    err("no markdown or html source")

# ---- quote text and computed figures
qtext_parts = [json.dumps(q, ensure_ascii=False)]
figs = set()
subtotal = 0.0
for i in items:
    unit = i["unit_price"] * (1 - i["discount_percent"] / 100)
    line = unit * i["quantity"]
    subtotal += line
    for v in (i["unit_price"], unit, line, i["unit_price"] * i["quantity"], i["unit_price"] - unit,
              (i["unit_price"] - unit) * i["quantity"]):
        figs |= money_forms(v)
    if "36 months" in i["name"]:
        for v in (unit / 3, line / 3, unit / 36, line / 36):
            figs |= money_forms(v)
vat = subtotal * 0.20
for v in (subtotal, vat, subtotal + vat):
    figs |= money_forms(v)
for k in ("created_on", "expires_on"):
    figs |= date_forms(q[k])
for i in items:
    qtext_parts += [i["sku"], i["name"], str(i["quantity"]), f"{i['discount_percent']}%"]
qtext = norm(" ".join(qtext_parts) + " " + " ".join(figs))

# ---- questions
rows = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
if len(rows) != 40:
    err(f"questions: {len(rows)} (want 40)")
ids = [r["id"] for r in rows]
if len(set(ids)) != len(ids):
    err("duplicate ids")
count = {}
lang_by_expect = {}
for r in rows:
    e = r["expect"]
    count[e] = count.get(e, 0) + 1
    if r.get("language"):
        if r["language"] not in ("fr", "de", "es", "pt", "it", "nl"):
            err(f"{r['id']}: language {r['language']}")
        lang_by_expect.setdefault(e, []).append(r["language"])
    if e == "answer":
        if not r.get("sources"):
            err(f"{r['id']}: answer without sources")
        if not 1 <= len(r.get("facts", [])) <= 3:
            err(f"{r['id']}: want 1-3 facts")
        for s in r.get("sources", []):
            if s != "quote" and s not in src_text:
                err(f"{r['id']}: unknown source {s}")
        for f in r.get("facts", []):
            hay = [src_text.get(s, "") if s != "quote" else qtext for s in r["sources"]]
            if not any(norm(f) in h for h in hay):
                err(f"{r['id']}: fact {f!r} not found in {r['sources']}")
    elif e in ("clarify", "handoff"):
        if r.get("facts"):
            err(f"{r['id']}: {e} question with facts")
    else:
        err(f"{r['id']}: bad expect {e}")
want = {"answer": 22, "clarify": 5, "handoff": 13}
if count != want:
    err(f"expect counts {count} (want {want})")
n_lang = sum(len(v) for v in lang_by_expect.values())
if n_lang != 10:
    err(f"non-English questions: {n_lang} (want 10)")
if set(lang_by_expect) != {"answer", "clarify", "handoff"}:
    err(f"non-English questions not spread across all expectations: {lang_by_expect}")
if any(r["expect"] == "answer" and r["sources"] == ["quote"] for r in rows) is False:
    err("no quote-arithmetic question")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK: {len(rows)} questions {count}, {n_lang} non-English {dict((k, len(v)) for k, v in lang_by_expect.items())}, "
      f"{len(src_text)} sources, quote subtotal {subtotal:,.2f} {q['currency']}")
