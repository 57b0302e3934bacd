"""Check the parrowden-starting-stalls scenario.

Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
Needs python-docx, openpyxl and pypdf (or pdfminer.six, or the pdftotext tool) for PDF text.
Checks: scenario.json shape, 5-9 line items, 4 sources of 4 types that exist, exactly 40 questions with
22 answer / 5 clarify / 13 handoff, 10 non-English spread over all three kinds, and every answer fact
present (case-insensitively) in one of the named sources or in the quote (including figures derived from it).
"""
import html
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def fmt_num(v):
    out = {str(v)}
    if isinstance(v, (int, float)):
        if float(v).is_integer():
            out |= {str(int(v)), f"{int(v):,}"}
        out |= {f"{v:,.2f}", f"{v:.2f}", f"{v:,}"}
    return out


def pdf_text(p):
    try:
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)
    except ImportError:
        pass
    try:
        from pdfminer.high_level import extract_text
        return extract_text(str(p))
    except ImportError:
        pass
    try:
        return subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True, check=True).stdout
    except Exception as e:  # noqa: BLE001
        sys.exit(f"cannot extract PDF text (install pypdf): {e}")


def docx_text(p):
    from docx import Document
    d = Document(str(p))
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(str(p), data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is not None:
                    parts.extend(sorted(fmt_num(v)) if isinstance(v, (int, float)) else [str(v)])
    return "\n".join(parts)


def html_text(p):
    raw = p.read_text(encoding="utf-8")
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def source_text(p):
    ext = p.suffix.lower()
    if ext == ".pdf":
        return pdf_text(p)
    if ext == ".docx":
        return docx_text(p)
    if ext == ".xlsx":
        return xlsx_text(p)
    if ext in (".html", ".htm"):
        return html_text(p)
    return p.read_text(encoding="utf-8")


def quote_text(q):
    parts = [str(q.get(k, "")) for k in ("number", "title", "buyer_company", "currency", "created_on",
                                           "expires_on", "terms", "notes")]
    subtotal = 0.0
    for li in q["line_items"]:
        qty, price, disc = li["quantity"], li["unit_price"], li.get("discount_percent", 0)
        unit_net = round(price * (1 - disc / 100), 2)
        line = round(unit_net * qty, 2)
        subtotal += line
        parts += [li["sku"], li["name"], f"{disc}%"]
        for v in (qty, price, unit_net, line):
            parts += sorted(fmt_num(v))
    vat = round(subtotal * 0.20, 2)
    for v in (subtotal, vat, round(subtotal + vat, 2)):
        parts += sorted(fmt_num(round(v, 2)))
    return "\n".join(parts)


# ---- scenario.json
sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in sc:
        err(f"scenario.json: missing {k}")
q = sc["quote"]
if not 5 <= len(q["line_items"]) <= 9:
    err(f"quote has {len(q['line_items'])} line items, want 5-9")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    err("buyer_contacts must be e-mail strings")
emails = {u["email"] for u in sc["users"]}
if not 2 <= len(sc["users"]) <= 3:
    err("want 2-3 users")
if q["owner"] not in emails:
    err("quote owner is not a user")
assign = sc["agent"]["handoff"]["assign_to"]
if assign != "quote_owner" and not (isinstance(assign, dict) and assign.get("teams")):
    err("handoff.assign_to must be 'quote_owner' or {'teams': [...]}")

texts = {"quote": norm(quote_text(q))}
types = Counter()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        err(f"missing source {s['path']}")
        continue
    types[p.suffix.lower()] += 1
    t = source_text(p)
    if len(t) < 1500:
        err(f"{p.name}: only {len(t)} characters of text")
    texts[p.name] = norm(t)
if len(sc["sources"]) != 4 or len(types) != 4:
    err(f"want 4 sources of 4 types, got {dict(types)}")
for need in (".docx", ".pdf", ".xlsx"):
    if need not in types:
        err(f"no {need} source")
if not ({".md", ".html"} & set(types)):
    err("need a Markdown article or an HTML page")

# ---- questions.jsonl
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
kinds = Counter(x["expect"] for x in qs)
if len(qs) != 40:
    err(f"{len(qs)} questions, want 40")
if kinds != Counter(answer=22, clarify=5, handoff=13):
    err(f"kinds {dict(kinds)}, want answer 22 / clarify 5 / handoff 13")
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    err("duplicate ids")
foreign = [x for x in qs if x.get("language")]
if len(foreign) != 10:
    err(f"{len(foreign)} non-English questions, want 10")
if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
    err("non-English questions must cover answer, clarify and handoff")
langs = Counter(x["language"] for x in foreign)
if not set(langs) <= {"fr", "de", "es", "pt", "it", "nl"}:
    err(f"unexpected languages {dict(langs)}")

for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        err(f"{x['id']}: answer needs sources and 1-3 facts")
        continue
    for s in x["sources"]:
        if s not in texts:
            err(f"{x['id']}: unknown source {s}")
    for f in x["facts"]:
        if not any(norm(f) in texts.get(s, "") for s in x["sources"]):
            err(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"questions: {len(qs)} {dict(kinds)}; non-English: {len(foreign)} {dict(langs)}; "
      f"by kind {dict(Counter(x['expect'] for x in foreign))}")
print(f"sources: {', '.join(k for k in texts if k != 'quote')} ({dict(types)})")
print(f"quote: {len(q['line_items'])} line items")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
