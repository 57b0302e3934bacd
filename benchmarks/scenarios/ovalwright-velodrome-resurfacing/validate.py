"""Check the ovalwright-velodrome-resurfacing scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf). Exits non-zero on any failure.

Answer facts must appear (case-insensitive, whitespace-normalised) in one of the sources the question names. For the
`quote` source the searchable text is the quote rendered as text plus the figures a buyer gets by quote arithmetic:
discounted unit prices, line totals, per-year figures and the total before tax.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_docx(p):
    import docx
    d = docx.Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
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
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def text_plain(p):
    t = Path(p).read_text(encoding="utf-8")
    if str(p).endswith((".html", ".htm")):
        t = re.sub(r"<[^>]+>", " ", t)
    return t


EXTRACT = {".docx": text_docx, ".pdf": text_pdf, ".xlsx": text_xlsx, ".md": text_plain, ".html": text_plain}


def fmt(x):
    """Amount formats a buyer-facing answer may use."""
    out = {f"{x:,.2f}", f"{x:.2f}"}
    if abs(x - round(x)) < 1e-9:
        out |= {f"{x:,.0f}", f"{x:.0f}"}
    return out


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    subtotal = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = round(unit * li["quantity"], 2)
        subtotal += line
        figs = fmt(li["unit_price"]) | fmt(round(unit, 2)) | fmt(line) | fmt(li["quantity"])
        if "per year" in li["name"].lower():
            figs |= fmt(round(unit, 2))
        parts.append(f"{li['sku']} {li['name']} " + " ".join(sorted(figs)))
    parts.append("total before tax " + " ".join(sorted(fmt(round(subtotal, 2)))))
    return "\n".join(parts), round(subtotal, 2)


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]

# structure
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in sc:
        errors.append(f"scenario.json: missing {k}")
a = sc["agent"]["handoff"]["assign_to"]
if not (a == "quote_owner" or (isinstance(a, dict) and a.get("teams"))):
    errors.append("handoff.assign_to invalid")
if not 2 <= len(sc["users"]) <= 3:
    errors.append("users: need 2-3")
emails = {u["email"] for u in sc["users"]}
if q["owner"] not in emails:
    errors.append("quote owner is not a user")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
    errors.append("buyer_contacts must be a list of e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("line_items: need 5-9")
for li in q["line_items"]:
    for k in ("sku", "name", "quantity", "unit_price", "discount_percent"):
        if k not in li:
            errors.append(f"line item missing {k}")

# sources
texts = {}
types = set()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {s['path']}")
        continue
    types.add(p.suffix)
    if s["type"] == "kb_article" and not s.get("title"):
        errors.append("kb_article needs a title")
    texts[p.name] = norm(EXTRACT[p.suffix](p))
    if len(texts[p.name]) < 1500:
        errors.append(f"{p.name}: too little text ({len(texts[p.name])} chars)")
if not {".docx", ".pdf", ".xlsx"} <= types or not ({".md", ".html"} & types):
    errors.append(f"source types incomplete: {types}")
qt, subtotal = quote_text(q)
texts["quote"] = norm(qt)

# questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
counts = {e: sum(1 for x in qs if x["expect"] == e) for e in ("answer", "clarify", "handoff")}
want = {"answer": 22, "clarify": 5, "handoff": 13}
if len(qs) != 40 or counts != want:
    errors.append(f"counts {len(qs)} {counts}, want 40 {want}")
non_en = [x for x in qs if x.get("language", "en") != "en"]
if len(non_en) != 10:
    errors.append(f"non-English questions: {len(non_en)}, want 10")
for e in want:
    if not any(x["expect"] == e for x in non_en):
        errors.append(f"no non-English {e} question")
langs = {x["language"] for x in non_en}
if not langs <= {"fr", "de", "es", "pt", "it", "nl"}:
    errors.append(f"unexpected languages {langs}")

for x in qs:
    if x["expect"] != "answer":
        if x.get("facts") or x.get("sources"):
            errors.append(f"{x['id']}: non-answer question with facts/sources")
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: needs sources and 1-3 facts")
        continue
    for src in x["sources"]:
        if src not in texts:
            errors.append(f"{x['id']}: unknown source {src}")
    for f in x["facts"]:
        if not any(norm(f) in texts.get(src, "") for src in x["sources"]):
            errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

single = sum(1 for x in qs if x["expect"] == "answer" and len(x["sources"]) == 1)
print(f"questions: {len(qs)} {counts}; non-English: {len(non_en)} {sorted(langs)}; single-source answers: {single}")
print(f"quote total before tax: {subtotal:,.2f} {q['currency']}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
