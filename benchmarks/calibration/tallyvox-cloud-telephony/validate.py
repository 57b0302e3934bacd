"""Check the tallyvox-cloud-telephony scenario: structure, counts, and that every answer fact is in its sources.

Run: /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl and pypdf; pypdf is looked for in
/tmp/rl too, where make_sources.py's scratch install puts it). Exit code 0 when everything passes.
"""
import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


# ---------------------------------------------------------------- text extraction
def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    try:
        import pypdf
    except ImportError:
        sys.path.append("/tmp/rl")
        try:
            import pypdf
        except ImportError:
            import subprocess
            return subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True, check=True).stdout
    return "\n".join(pg.extract_text() or "" for pg in pypdf.PdfReader(str(p)).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, float):
                    cells.append(f"{v:,.2f}")
                    cells.append(f"{v:.2f}")
                else:
                    cells.append(str(v))
            parts.append(" | ".join(cells))
    return "\n".join(parts)


def text_html(p):
    raw = p.read_text(encoding="utf-8")
    raw = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S | re.I)
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


# ---------------------------------------------------------------- scenario.json
sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in sc:
        err(f"scenario.json lacks {k}")
users = sc["users"]
if not 2 <= len(users) <= 3:
    err(f"{len(users)} users, want 2-3")
emails = {u["email"] for u in users}
for u in users:
    if u.get("role") not in ("super_admin", "sales_rep"):
        err(f"bad role for {u.get('email')}")
ho = sc["agent"]["handoff"]["assign_to"]
if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
    err("handoff.assign_to must be 'quote_owner' or {'teams': [...]}")
q = sc["quote"]
if q["owner"] not in emails:
    err("quote owner is not a user")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
    err("buyer_contacts must be a list of e-mail strings")
items = q["line_items"]
if not 5 <= len(items) <= 9:
    err(f"{len(items)} line items, want 5-9")
if not any(i.get("discount_percent") for i in items):
    err("no discounts in the quote")
if q["currency"] != "GBP":
    err("currency is not GBP")

src_text = {}
types = set()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        err(f"missing source {s['path']}")
        continue
    if s["type"] not in ("file", "url", "kb_article"):
        err(f"bad source type {s['type']}")
    if s["type"] == "kb_article" and not s.get("title"):
        err("kb_article without title")
    types.add(p.suffix.lower())
    src_text[p.name] = norm(extract(p))
    if len(src_text[p.name]) < 1500:
        err(f"{p.name} looks too short ({len(src_text[p.name])} chars)")
for ext in (".docx", ".pdf", ".xlsx"):
    if ext not in types:
        err(f"no {ext} source")
if ".md" not in types and ".html" not in types:
    err("no Markdown or HTML source")

# ---------------------------------------------------------------- quote text + figures computed from it
def money(x):
    return {f"{x:,.2f}", f"{x:.2f}"}


figures = set()
subtotal = 0.0
groups = {}
for it in items:
    net = round(it["unit_price"] * (1 - it["discount_percent"] / 100), 2)
    line = round(net * it["quantity"], 2)
    subtotal += line
    figures |= money(it["unit_price"]) | money(net) | money(line) | money(round(net / 12, 2))
    figures |= money(round(line / 12, 2)) | money(round(line * 3, 2))
    prefix = it["sku"].split("-")[1]  # HW, LIC, ADD, PORT, SVC
    groups[prefix] = groups.get(prefix, 0.0) + line
subtotal = round(subtotal, 2)
vat = round(subtotal * 0.20, 2)
recurring = round(groups.get("LIC", 0) + groups.get("ADD", 0), 2)
one_off = round(subtotal - recurring, 2)
for x in (subtotal, vat, subtotal + vat, recurring, recurring / 12, recurring * 3, one_off,
          groups.get("HW", 0), groups.get("LIC", 0), one_off + recurring * 3):
    figures |= money(round(x, 2))
quote_text = norm(json.dumps(q, ensure_ascii=False) + " " + " ".join(sorted(figures)))
print(f"quote: subtotal {subtotal:,.2f}, VAT {vat:,.2f}, total {subtotal + vat:,.2f}, "
      f"licences per year {recurring:,.2f}, over 36 months {recurring * 3:,.2f}")

# ---------------------------------------------------------------- questions.jsonl
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
want = {"answer": 22, "clarify": 5, "handoff": 13}
count = {k: 0 for k in want}
langs = {}
ids = set()
for x in qs:
    if x["id"] in ids:
        err(f"duplicate id {x['id']}")
    ids.add(x["id"])
    e = x["expect"]
    if e not in want:
        err(f"{x['id']}: bad expect {e}")
        continue
    count[e] += 1
    if "language" in x:
        if x["language"] not in ("fr", "de", "es", "pt", "it", "nl"):
            err(f"{x['id']}: unexpected language {x['language']}")
        langs.setdefault(e, []).append(x["language"])
    if e != "answer":
        continue
    facts, srcs = x.get("facts", []), x.get("sources", [])
    if not 1 <= len(facts) <= 3:
        err(f"{x['id']}: {len(facts)} facts, want 1-3")
    if not srcs:
        err(f"{x['id']}: no sources")
    for s in srcs:
        if s != "quote" and s not in src_text:
            err(f"{x['id']}: unknown source {s}")
    for f in facts:
        hay = [quote_text if s == "quote" else src_text.get(s, "") for s in srcs]
        if not any(norm(f) in h for h in hay):
            err(f"{x['id']}: fact {f!r} not found in {srcs}")

if len(qs) != 40:
    err(f"{len(qs)} questions, want 40")
for k, n in want.items():
    if count[k] != n:
        err(f"{count[k]} {k} questions, want {n}")
n_foreign = sum(len(v) for v in langs.values())
if n_foreign != 10:
    err(f"{n_foreign} non-English questions, want 10")
for k in want:
    if not langs.get(k):
        err(f"no non-English {k} question")
if len({l for v in langs.values() for l in v}) < 5:
    err("non-English questions use fewer than 5 languages")

print(f"questions: {count}, non-English: {langs}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
