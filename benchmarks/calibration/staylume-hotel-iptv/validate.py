"""Check the staylume-hotel-iptv scenario: counts, languages, sources, and that every answer fact appears
(case-insensitively, whitespace-normalised) in the named sources or the quote.

Quote facts may be literal quote text or one of the derived figures computed below (quote arithmetic).
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)
"""
import html, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []

def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()

def fmt(v):
    return f"{v:,.2f}"

def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts)
    if ext == "pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    parts.append(str(v))
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        parts.append(fmt(v))  # as displayed with format #,##0.00
        return "\n".join(parts)
    if ext in ("md", "txt"):
        return open(path, encoding="utf-8").read()
    if ext in ("html", "htm"):
        raw = open(path, encoding="utf-8").read()
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    raise ValueError(path)

scn = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
q = scn["quote"]

# ---- structure
items = q["line_items"]
if not 5 <= len(items) <= 9:
    errors.append(f"{len(items)} line items, want 5-9")
if not 2 <= len(scn["users"]) <= 3:
    errors.append("want 2-3 users")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
if q["owner"] not in [u["email"] for u in scn["users"]]:
    errors.append("quote owner is not a user")

texts = {}
types = Counter()
for s in scn["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p):
        errors.append(f"missing source {s['path']}")
        continue
    texts[os.path.basename(p)] = norm(text_of(p))
    types[s["path"].rsplit(".", 1)[-1]] += 1
for ext in ("docx", "pdf", "xlsx"):
    if types[ext] != 1:
        errors.append(f"want one .{ext} source")
if not any(s["type"] == "kb_article" for s in scn["sources"]) and not any(s["type"] == "url" for s in scn["sources"]):
    errors.append("want a kb_article and/or a url source")

# ---- quote text + derived figures
def net_unit(sku):
    it = next(i for i in items if i["sku"] == sku)
    return round(it["unit_price"] * (1 - it["discount_percent"] / 100), 2)

line_totals = {i["sku"]: round(net_unit(i["sku"]) * i["quantity"], 2) for i in items}
subtotal = round(sum(line_totals.values()), 2)
recurring = ("SLM-CB-LIC12", "SLM-CL-E45-12", "SLM-SUP-PL12")
derived = {
    "total before VAT": subtotal,
    "net unit 43in TV": net_unit("SLM-TV43-H4"),
    "licences + support per year": round(sum(line_totals[s] for s in recurring), 2),
    "content licence per room per month": round(net_unit("SLM-CL-E45-12") / 12, 2),
    "installation Porto 84 rooms": round(84 * net_unit("SLM-INST-RM"), 2),
}
assert subtotal == 149944.72, subtotal
quote_text = norm(json.dumps(q, ensure_ascii=False) + " " + q["terms"] + " " + q["notes"] + " " +
                  " ".join(fmt(v) for v in list(derived.values()) + list(line_totals.values())))
texts["quote"] = quote_text

# ---- questions
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
cnt = Counter(x["expect"] for x in qs)
want = {"answer": 22, "clarify": 5, "handoff": 13}
if len(qs) != 40 or dict(cnt) != want:
    errors.append(f"counts {dict(cnt)} / {len(qs)}, want {want} / 40")
if len({x["id"] for x in qs}) != len(qs):
    errors.append("duplicate ids")
non_en = [x for x in qs if x.get("language", "en") != "en"]
if len(non_en) != 10:
    errors.append(f"{len(non_en)} non-English questions, want 10")
if len({x["expect"] for x in non_en}) != 3:
    errors.append("non-English questions must span answer/clarify/handoff")
for x in qs:
    if x["expect"] != "answer":
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: needs sources and 1-3 facts")
        continue
    for src in x["sources"]:
        if src not in texts:
            errors.append(f"{x['id']}: unknown source {src}")
    for f in x["facts"]:
        hits = [s for s in x["sources"] if norm(f) in texts.get(s, "")]
        if not hits:
            errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print("derived quote figures:", {k: fmt(v) for k, v in derived.items()})
print("question counts:", dict(cnt), "non-English:", Counter(x["language"] for x in non_en))
single = sum(1 for x in qs if x["expect"] == "answer" and len(x["sources"]) == 1 and x["sources"] != ["quote"])
print("answer questions with a single (non-quote) source:", single)
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
