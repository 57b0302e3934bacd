"""Validate the lernwerk-clinical-lms scenario.

Checks the structure of scenario.json, that every source exists and has text, the question counts
(40 = 22 answer / 5 clarify / 13 handoff, 10 non-English spread across the three kinds), and that every fact of
every `answer` question appears (case-insensitively) in at least one of its named sources, where `quote` means
the quote's text plus figures computed from it (discounted unit prices, line totals, grand total, recurring and
one-off totals, 3-year totals), rendered in several number formats.

Run:  python validate.py   (needs python-docx and openpyxl; PDF text comes from pypdf or pdfminer when installed,
otherwise from a built-in parser of reportlab's ASCII85/Flate content streams).
"""
import html
import json
import re
import sys
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


# ------------------------------------------------------------------ text extraction
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
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    except ImportError:
        pass
    try:
        from pdfminer.high_level import extract_text
        return extract_text(str(p))
    except ImportError:
        pass
    # Fallback: decode content streams (reportlab writes ASCII85 + Flate) and collect Tj/TJ strings.
    import base64
    data = Path(p).read_bytes()
    out = []
    for m in re.finditer(rb"<<((?:(?!>>).)*?)>>\s*stream\r?\n(.*?)\r?\n?endstream", data, re.S):
        head, s = m.group(1), m.group(2)
        try:
            if b"ASCII85Decode" in head:
                s = s.strip()
                s = base64.a85decode(s[2:] if s.startswith(b"<~") else s, adobe=False) if not s.endswith(b"~>") \
                    else base64.a85decode((s if s.startswith(b"<~") else b"<~" + s), adobe=True)
            if b"FlateDecode" in head:
                s = zlib.decompress(s)
        except Exception:
            continue
        for line in re.findall(rb"\((.*?)(?<!\\)\)\s*Tj", s, re.S):
            out.append(line.decode("latin-1"))
        for arr in re.findall(rb"\[(.*?)\]\s*TJ", s, re.S):
            out.append("".join(x.decode("latin-1") for x in re.findall(rb"\((.*?)(?<!\\)\)", arr)))
    txt = "\n".join(out)
    return txt.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")


def fmt_variants(v):
    """Render a number the ways it may appear in a document or answer."""
    out = {str(v)}
    if isinstance(v, float) and v.is_integer():
        out.add(str(int(v)))
    if isinstance(v, (int, float)):
        en = f"{v:,.2f}"
        out |= {en, en.replace(",", ""), en.replace(",", "X").replace(".", ",").replace("X", "."),
                en.replace(",", " ").replace(".", ",")}
        if float(v).is_integer():
            i = f"{int(v):,}"
            out |= {i, i.replace(",", "."), i.replace(",", " ")}
    return out


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(f"[sheet] {ws.title}")
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                cells.append(" / ".join(sorted(fmt_variants(v))) if isinstance(v, (int, float)) else str(v))
            if cells:
                parts.append(" | ".join(cells))
    return "\n".join(parts)


def text_html(p):
    raw = Path(p).read_text(encoding="utf-8")
    raw = re.sub(r"<(script|style).*?</\1>", " ", raw, flags=re.S | re.I)
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
    parts = [q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"],
             q["terms"], q["notes"]]
    total = recurring = one_off = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        total += line
        if "per year" in li["name"].lower():
            recurring += line
        else:
            one_off += line
        nums = [li["quantity"], li["unit_price"], li["discount_percent"], unit, line,
                round(li["unit_price"] - unit, 2), round(li["unit_price"] * li["quantity"] - line, 2)]
        parts.append(f"{li['sku']} {li['name']} {li['discount_percent']}% " +
                     " ".join(" ".join(sorted(fmt_variants(float(n)))) for n in nums))
    years = 3
    figures = {"total": total, "recurring_per_year": recurring, "one_off": one_off,
               "recurring_term": recurring * years, "contract_term_total": recurring * years + one_off}
    for k, v in figures.items():
        parts.append(f"{k}: " + " ".join(sorted(fmt_variants(round(v, 2)))))
    return "\n".join(parts), figures


# ------------------------------------------------------------------ scenario.json
sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in sc:
        err(f"scenario.json: missing {k}")
ag = sc["agent"]
for k in ("name", "welcome_message", "first_action_message", "quick_replies", "handoff"):
    if k not in ag:
        err(f"agent: missing {k}")
ho = ag["handoff"]
if not (ho.get("assign_to") == "quote_owner" or isinstance(ho.get("assign_to"), dict) and ho["assign_to"].get("teams")):
    err("agent.handoff.assign_to must be 'quote_owner' or {'teams': [...]}")
for k in ("owner_unavailable_message", "all_unavailable_message"):
    if not ho.get(k):
        err(f"agent.handoff: missing {k}")
users = sc["users"]
if not 2 <= len(users) <= 3:
    err(f"users: {len(users)} (expected 2-3)")
for u in users:
    if u.get("role") not in ("super_admin", "sales_rep") or "@" not in u.get("email", ""):
        err(f"bad user {u}")
q = sc["quote"]
if q["owner"] not in {u["email"] for u in users}:
    err("quote.owner is not a user")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
    err("quote.buyer_contacts must be a list of e-mail strings")
if q["currency"] != "EUR":
    err("currency must be EUR")
if not 5 <= len(q["line_items"]) <= 9:
    err(f"line_items: {len(q['line_items'])} (expected 5-9)")
for li in q["line_items"]:
    for k in ("sku", "name", "quantity", "unit_price", "discount_percent"):
        if k not in li:
            err(f"line item missing {k}: {li}")
if not any(li["discount_percent"] for li in q["line_items"]):
    err("no discounts in the quote")

texts = {}
types = Counter()
for s in sc["sources"]:
    p = HERE / s["path"]
    if s["type"] not in ("file", "url", "kb_article"):
        err(f"bad source type {s}")
    if s["type"] == "kb_article" and not s.get("title"):
        err(f"kb_article without title: {s}")
    if not p.exists():
        err(f"missing source {p}")
        continue
    types[p.suffix.lower()] += 1
    t = extract(p)
    if len(t) < 1000:
        err(f"source {p.name} has only {len(t)} characters of text")
    texts[p.name] = t
for ext in (".docx", ".pdf", ".xlsx"):
    if not types[ext]:
        err(f"no {ext} source")
if not (types[".md"] or types[".html"]):
    err("no Markdown or HTML source")
from openpyxl import load_workbook
for p in HERE.glob("knowledge/*.xlsx"):
    if len(load_workbook(p).worksheets) < 2:
        err(f"{p.name}: fewer than 2 sheets")

qtext, figures = quote_text(q)
texts["quote"] = qtext

# ------------------------------------------------------------------ questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
kinds = Counter(x["expect"] for x in qs)
if len(qs) != 40:
    err(f"{len(qs)} questions (expected 40)")
if kinds != Counter(answer=22, clarify=5, handoff=13):
    err(f"question mix {dict(kinds)} (expected 22/5/13)")
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    err("duplicate ids")
foreign = [x for x in qs if x.get("language") and x["language"] != "en"]
if len(foreign) != 10:
    err(f"{len(foreign)} non-English questions (expected 10)")
if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
    err("non-English questions not spread across answer/clarify/handoff")
if not {x["language"] for x in foreign} <= {"fr", "de", "es", "pt", "it", "nl"}:
    err(f"unexpected languages {sorted({x['language'] for x in foreign})}")
for x in qs:
    if x["expect"] != "answer":
        if x.get("sources") or x.get("facts"):
            err(f"{x['id']}: non-answer question with sources/facts")
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        err(f"{x['id']}: answer needs sources and 1-3 facts")
        continue
    for s in x["sources"]:
        if s not in texts:
            err(f"{x['id']}: unknown source {s}")
    hay = "\n".join(texts.get(s, "") for s in x["sources"]).lower()
    for f in x["facts"]:
        if f.lower() not in hay:
            err(f"{x['id']}: fact {f!r} not found in {x['sources']}")

single = sum(1 for x in qs if x["expect"] == "answer" and len(x["sources"]) == 1 and x["sources"] != ["quote"])
print(f"questions: {len(qs)} {dict(kinds)}; non-English: {len(foreign)} "
      f"{dict(Counter(x['language'] for x in foreign))}; single-source answers: {single}")
print("sources:", {k: len(v) for k, v in texts.items()})
print("quote figures:", {k: round(v, 2) for k, v in figures.items()})
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
