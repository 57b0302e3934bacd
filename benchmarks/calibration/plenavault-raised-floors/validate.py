"""Check the plenavault-raised-floors scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
Needs python-docx, openpyxl and pypdf. Checks the scenario shape, the question counts and that every fact of an
`answer` question appears (case-insensitively) in at least one of its named sources. The text of `quote` is the
quote's JSON plus figures derived from it (line totals, discounted unit prices, subtotal, VAT, total incl. VAT,
per-year price of plans sold by the month), because some questions need quote arithmetic.
"""
import json
import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def money(x):
    return [f"{x:,.2f}", f"{x:.2f}", f"{x:,.3f}".rstrip("0")]


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    subtotal = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = round(unit * li["quantity"], 2)
        subtotal += line
        parts += money(unit) + money(line) + money(li["unit_price"])
        m = re.search(r"(\d+) months", li["name"])
        if m:
            parts += money(line / (int(m.group(1)) / 12))
    vat = re.search(r"VAT at (\d+)%", q["terms"])
    parts += money(subtotal)
    if vat:
        rate = int(vat.group(1)) / 100
        parts += money(subtotal * rate) + money(subtotal * (1 + rate))
    return "\n".join(parts)


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, data):
        self.out.append(data)


def source_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        bits = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                bits.append(" | ".join(c.text for c in row.cells))
        return "\n".join(bits)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(path), data_only=True)
        bits = []
        for ws in wb.worksheets:
            bits.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                bits.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(bits)
    if ext in (".md", ".txt"):
        return path.read_text(encoding="utf-8")
    if ext in (".html", ".htm"):
        s = _Strip()
        s.feed(path.read_text(encoding="utf-8"))
        return " ".join(s.out)
    raise ValueError(f"unsupported source type {path}")


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]

# --- scenario shape
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in sc:
        err(f"scenario.json: missing {k}")
ho = sc["agent"]["handoff"]["assign_to"]
if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
    err("handoff.assign_to must be 'quote_owner' or {'teams': [...]}")
if not 2 <= len(sc["users"]) <= 3:
    err("need 2-3 users")
emails = {u["email"] for u in sc["users"]}
if q["owner"] not in emails:
    err("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    err("buyer_contacts must be e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    err("quote needs 5-9 line items")
for li in q["line_items"]:
    for k in ("sku", "name", "quantity", "unit_price", "discount_percent"):
        if k not in li:
            err(f"line item missing {k}: {li}")
if not any(li["discount_percent"] for li in q["line_items"]):
    err("no discounted line item")

texts = {"quote": norm(quote_text(q))}
types = set()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        err(f"missing source {p}")
        continue
    if s["type"] == "kb_article" and not s.get("title"):
        err(f"kb_article without title: {s['path']}")
    types.add(p.suffix.lower())
    texts[p.name] = norm(source_text(p))
    if len(texts[p.name]) < 1500:
        err(f"source {p.name} looks too short ({len(texts[p.name])} chars)")
if len(sc["sources"]) != 4 or len(types) != 4:
    err(f"need four sources in four types, got {sorted(types)}")

# --- questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
kinds = Counter(x["expect"] for x in qs)
langs = Counter(x.get("language", "en") for x in qs)
non_en = [x for x in qs if x.get("language", "en") != "en"]
ids = [x["id"] for x in qs]
if len(qs) != 40:
    err(f"need 40 questions, got {len(qs)}")
if len(set(ids)) != len(ids):
    err("duplicate ids")
if kinds != Counter(answer=22, clarify=5, handoff=13):
    err(f"wrong mix {dict(kinds)}")
if len(non_en) != 10:
    err(f"need 10 non-English questions, got {len(non_en)}")
if not set(langs) - {"en"} <= {"fr", "de", "es", "pt", "it", "nl"}:
    err(f"unexpected languages {dict(langs)}")
if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
    err("non-English questions must be spread over answer/clarify/handoff")

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

single = sum(1 for x in qs if x["expect"] == "answer" and len(x["sources"]) == 1 and x["sources"] != ["quote"])
arith = sum(1 for x in qs if x["expect"] == "answer" and x["sources"] == ["quote"])
print(f"questions: {len(qs)} {dict(kinds)}; languages: {dict(langs)}; non-English by expect: "
      f"{dict(Counter(x['expect'] for x in non_en))}")
print(f"answer questions from one knowledge source only: {single}; quote-arithmetic questions: {arith}")
print(f"sources: {', '.join(f'{k} ({len(v)} chars)' for k, v in texts.items())}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
