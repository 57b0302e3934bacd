"""Check the aquaroll-carwash-tunnels scenario: counts, languages and that every answer fact is in its sources.

Run: /work/main/.venv/bin/python validate.py   (needs python-docx and openpyxl; pypdf is used when importable,
otherwise the PDF text is read from its content streams directly).
"""
import base64
import html
import json
import re
import sys
import zlib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def num_forms(v):
    """Text forms of a number as an answer would print it."""
    out = set()
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, int):
        out |= {str(v), f"{v:,}", f"{v:,}.00", f"{v:,}".replace(",", ".")}
    elif isinstance(v, float):
        out |= {f"{v:.2f}", f"{v:,.2f}"}
    return out


# ---------------------------------------------------------------- extractors
def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


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
                cells.append(" / ".join(sorted(num_forms(v))) if isinstance(v, (int, float)) else str(v))
            parts.append(" | ".join(cells))
    return "\n".join(parts)


def text_pdf(p):
    try:
        from pypdf import PdfReader
    except ImportError:
        sys.path.append("/tmp/rl")
        try:
            from pypdf import PdfReader
        except ImportError:
            PdfReader = None
    if PdfReader is not None:
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    # Fallback: decode reportlab content streams and collect the (...) Tj strings.
    raw = p.read_bytes()
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", raw, re.S):
        body = m.group(1).strip()
        data = None
        for dec in (
            lambda b: zlib.decompress(base64.a85decode(re.sub(rb"\s", b"", b).removesuffix(b"~>"), adobe=False)),
            zlib.decompress,
            lambda b: b,
        ):
            try:
                data = dec(body)
                break
            except Exception:
                continue
        for s in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", data):
            s = re.sub(rb"\\([()\\])", rb"\1", s)
            out.append(s.decode("latin-1"))
    return " ".join(out)


class _HTMLText(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, d):
        self.parts.append(d)


def text_html(p):
    h = _HTMLText()
    h.feed(p.read_text(encoding="utf-8"))
    return html.unescape(" ".join(h.parts))


EXTRACT = {".docx": text_docx, ".xlsx": text_xlsx, ".pdf": text_pdf, ".html": text_html, ".md": lambda p: p.read_text()}


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u2212", "-").replace("\u00a0", " ")).lower()


# ---------------------------------------------------------------- scenario
sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
quote = sc["quote"]
texts = {}
types = set()
for src in sc["sources"]:
    p = HERE / src["path"]
    if not p.exists():
        errors.append(f"missing source {p}")
        continue
    texts[p.name] = norm(EXTRACT[p.suffix](p))
    types.add(src["type"] if src["type"] != "file" else p.suffix)
    if len(texts[p.name]) < 1500:
        errors.append(f"{p.name}: only {len(texts[p.name])} characters of text")

for want in (".docx", ".pdf", ".xlsx"):
    if want not in types:
        errors.append(f"no {want} source")
if not ({"url", "kb_article"} & types):
    errors.append("no url or kb_article source")

users = {u["email"] for u in sc["users"]}
if not 2 <= len(users) <= 3:
    errors.append("need 2-3 users")
if quote["owner"] not in users:
    errors.append("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in quote["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
items = quote["line_items"]
if not 5 <= len(items) <= 9:
    errors.append("need 5-9 line items")

# Quote as displayed: every field, net unit prices, line totals and the total, plus figures derived from it.
q_parts = [quote["title"], quote["terms"], quote["notes"], quote["buyer_company"], quote["number"]]
total = 0
line_total = {}
for li in items:
    net = li["unit_price"] * (100 - li["discount_percent"]) / 100
    lt = net * li["quantity"]
    line_total[li["sku"]] = lt
    total += lt
    q_parts += [li["sku"], li["name"], str(li["quantity"]), f"{li['discount_percent']}%"]
    for v in (li["unit_price"], net, lt):
        q_parts += sorted(num_forms(v))
q_parts += sorted(num_forms(total))

svc = next(li for li in items if li["sku"] == "SVC-PRM-Y")
tunnels = next(li for li in items if li["sku"] == "AQT-T32-CB")["quantity"]
pay_qty = next(li for li in items if li["sku"] == "PAY-K2-LPR")["quantity"]
m = re.search(r"eur (\d+) per pay station per month", texts["paypoint-k2-payments.html"])
licence = int(m.group(1)) if m else None
if licence is None:
    errors.append("licence fee not found in the HTML page")
derived = {
    "service plan per year, both tunnels": tunnels * svc["unit_price"] * (100 - svc["discount_percent"]) / 100,
    "total without the service plan": total - line_total["SVC-PRM-Y"],
    "pay station licences per year": (licence or 0) * pay_qty * 12,
}
for what, v in derived.items():
    q_parts += sorted(num_forms(v))
texts["quote"] = norm(" \n ".join(q_parts))
print(f"quote total before VAT: {total:,.2f}; derived: " + "; ".join(f"{k} = {v:,.2f}" for k, v in derived.items()))

# ---------------------------------------------------------------- questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
cnt = Counter(q["expect"] for q in qs)
if len(qs) != 40 or cnt != Counter(answer=22, clarify=5, handoff=13):
    errors.append(f"counts wrong: {len(qs)} questions, {dict(cnt)}")
if len({q["id"] for q in qs}) != len(qs):
    errors.append("duplicate ids")
non_en = [q for q in qs if q.get("language", "en") != "en"]
if len(non_en) != 10:
    errors.append(f"{len(non_en)} non-English questions, expected 10")
if {q["expect"] for q in non_en} != {"answer", "clarify", "handoff"}:
    errors.append("non-English questions are not spread across all three kinds")
single = 0
for q in qs:
    if q["expect"] != "answer":
        if q.get("facts") or q.get("sources"):
            errors.append(f"{q['id']}: non-answer with sources/facts")
        continue
    if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
        errors.append(f"{q['id']}: needs sources and 1-3 facts")
        continue
    if len(q["sources"]) == 1:
        single += 1
    for s in q["sources"]:
        if s not in texts:
            errors.append(f"{q['id']}: unknown source {s}")
    for f in q["facts"]:
        if not any(norm(f) in texts.get(s, "") for s in q["sources"]):
            errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")

print(f"{len(qs)} questions: {dict(cnt)}; non-English: {len(non_en)} "
      f"({dict(Counter(q['language'] for q in non_en))}); single-source answers: {single}")
for name, t in texts.items():
    print(f"  {name}: {len(t)} chars")
if errors:
    print("FAILED")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
