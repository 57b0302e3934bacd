"""Check the kestrel-medtec-ambulance-stretchers scenario: structure, counts, and that every answer fact
appears (case-insensitively, whitespace-normalised) in at least one of the sources the question names, or in
the quote (including figures computed from it: discounted unit prices, line totals, total, per-year amounts).

    PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
pypdf is needed for the PDF (pip install --target /tmp/rl pypdf).
"""
import html.parser
import json
import os
import re
import sys
from collections import Counter

for extra in ("/tmp/rl",):
    if os.path.isdir(extra) and extra not in sys.path:
        sys.path.append(extra)

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def fmt_numbers(x):
    out = {str(x)}
    if isinstance(x, (int, float)):
        out |= {f"{x:,.2f}", f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}", f"{x:.2f}",
                f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
                f"{x:,.0f}".replace(",", ".") if float(x).is_integer() else ""}
        if float(x).is_integer():
            out.add(str(int(x)))
    return out


def text_docx(p):
    import docx
    d = docx.Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(p).pages)


def text_xlsx(p):
    import openpyxl
    wb = openpyxl.load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is not None:
                    parts.extend(sorted(fmt_numbers(v)) if isinstance(v, (int, float)) else [str(v)])
    return "\n".join(parts)


class _Strip(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def text_html(p):
    s = _Strip()
    s.feed(open(p, encoding="utf-8").read())
    return " ".join(s.parts)


def text_of(p):
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


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        total += line
        parts += list(fmt_numbers(unit)) + list(fmt_numbers(line)) + list(fmt_numbers(li["unit_price"]))
        m = re.search(r"(\d+)-year|x (\d+) years", li["sku"] + " " + li["name"], re.I)
        if m:  # multi-year plan: per-year figure
            years = int(m.group(1) or m.group(2))
            parts += list(fmt_numbers(round(line / years, 2)))
        if "5Y" in li["sku"]:
            parts += list(fmt_numbers(round(line / 5, 2)))
    parts += list(fmt_numbers(round(total, 2)))
    return "\n".join(parts), round(total, 2)


sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
quote = sc["quote"]

# ---- structure
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in sc:
        err(f"scenario.json lacks {k}")
if not 2 <= len(sc["users"]) <= 3:
    err("need 2-3 users")
emails = {u["email"] for u in sc["users"]}
if quote["owner"] not in emails:
    err("quote owner is not a user")
ho = sc["agent"]["handoff"]["assign_to"]
if ho != "quote_owner":
    teams = {t for u in sc["users"] for t in u["teams"]}
    for t in ho["teams"]:
        if t not in teams:
            err(f"handoff team {t} has no member")
if not (isinstance(quote["buyer_contacts"], list) and all(isinstance(x, str) and "@" in x for x in quote["buyer_contacts"])):
    err("buyer_contacts must be a list of e-mail strings")
if not 5 <= len(quote["line_items"]) <= 9:
    err("quote needs 5-9 line items")
if quote["currency"] != "EUR":
    err("currency must be EUR")
if quote["created_on"] >= quote["expires_on"]:
    err("expires_on must follow created_on")

texts = {}
types = Counter()
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p):
        err(f"missing source {s['path']}")
        continue
    texts[os.path.basename(p)] = norm(text_of(p))
    types[s["path"].rsplit(".", 1)[-1]] += 1
for ext in ("docx", "pdf", "xlsx"):
    if not types[ext]:
        err(f"no .{ext} source")
if not (types["md"] or types["html"]):
    err("no markdown or html source")
qt, total = quote_text(quote)
texts["quote"] = norm(qt)

# ---- questions
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
c = Counter(q["expect"] for q in qs)
if len(qs) != 40:
    err(f"{len(qs)} questions, need 40")
for kind, n in (("answer", 22), ("clarify", 5), ("handoff", 13)):
    if c[kind] != n:
        err(f"{c[kind]} {kind} questions, need {n}")
non_en = [q for q in qs if q.get("language") and q["language"] != "en"]
if len(non_en) != 10:
    err(f"{len(non_en)} non-English questions, need 10")
if {q["expect"] for q in non_en} != {"answer", "clarify", "handoff"}:
    err("non-English questions must be spread across answer/clarify/handoff")
ids = [q["id"] for q in qs]
if len(set(ids)) != len(ids):
    err("duplicate ids")
for q in qs:
    if q["expect"] != "answer":
        continue
    srcs = q.get("sources") or []
    facts = q.get("facts") or []
    if not srcs or not 1 <= len(facts) <= 3:
        err(f"{q['id']}: needs sources and 1-3 facts")
    for s in srcs:
        if s not in texts:
            err(f"{q['id']}: unknown source {s}")
    for f in facts:
        hits = [s for s in srcs if s in texts and norm(f) in texts[s]]
        if not hits:
            err(f"{q['id']}: fact {f!r} not found in {srcs}")

print(f"questions: {len(qs)} {dict(c)}; non-English: {len(non_en)} {dict(Counter(q['language'] for q in non_en))}")
print(f"sources: {dict(types)}; quote total before VAT: {total:,.2f} {quote['currency']}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
