"""Validate the plumeguard-station-exhaust scenario.
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)."""
import html, json, os, re, sys
from collections import Counter
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
def err(m): errors.append(m)
def norm(t): return re.sub(r"\s+", " ", t).strip().casefold()

def nums(v):
    if isinstance(v, bool) or not isinstance(v, (int, float)): return [str(v)]
    out = [str(v), f"{v:,.2f}", f"{v:.2f}"]
    if float(v).is_integer(): out += [str(int(v)), f"{int(v):,}"]
    return out

def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows: parts += [c.text for c in r.cells]
        return "\n".join(parts)
    if ext == "pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == "xlsx":
        wb = load_workbook(path, data_only=True); parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join(" ".join(nums(v)) for v in row if v is not None))
        return "\n".join(parts)
    if ext in ("html", "htm"):
        raw = open(path, encoding="utf-8").read()
        raw = re.sub(r"(?is)<(script|style).*?</\1>", " ", raw)
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return open(path, encoding="utf-8").read()

sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
q = sc["quote"]

# --- scenario shape ---
users = sc.get("users", [])
if not 2 <= len(users) <= 3: err(f"users: {len(users)} (want 2-3)")
if q["owner"] not in {u["email"] for u in users}: err("quote owner is not a user")
a2 = sc["agent"]["handoff"]["assign_to"]
if not (a2 == "quote_owner" or (isinstance(a2, dict) and a2.get("teams"))): err("bad handoff.assign_to")
if isinstance(a2, dict):
    teams = {t for u in users for t in u.get("teams", [])}
    for t in a2["teams"]:
        if t not in teams: err(f"handoff team {t} has no user")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
    err("buyer_contacts must be a list of e-mail strings")
if not 5 <= len(q["line_items"]) <= 9: err(f"line items: {len(q['line_items'])} (want 5-9)")
for k in ("terms", "notes"):
    if len(q.get(k, "")) < 80: err(f"quote.{k} too short")

# --- sources ---
texts = {}
exts = Counter()
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.isfile(p): err(f"missing source {s['path']}"); continue
    name = os.path.basename(p)
    texts[name] = norm(text_of(p))
    exts[(s["type"], name.rsplit(".", 1)[-1])] += 1
    if len(texts[name]) < 800: err(f"source {name} has little text ({len(texts[name])} chars)")
for need in [("file", "docx"), ("file", "pdf"), ("file", "xlsx")]:
    if not exts[need]: err(f"no {need} source")
if not (exts[("kb_article", "md")] or exts[("url", "html")]): err("no kb_article .md or url .html source")
wb = load_workbook(os.path.join(HERE, "knowledge/plumeguard-price-list-2025.xlsx"))
if len(wb.worksheets) < 2: err("xlsx needs 2+ sheets")

# --- quote text, including the figures a quote page shows (line totals, subtotal, VAT) ---
parts = [json.dumps(q, ensure_ascii=False), q["terms"], q["notes"]]
derived = {}
sub = 0.0
for li in q["line_items"]:
    unit_net = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
    line = round(unit_net * li["quantity"], 2)
    sub += line
    derived[f"{li['sku']} discounted unit price"] = unit_net
    derived[f"{li['sku']} line total"] = line
    m = re.search(r"(\d+)-year", li["name"])
    if m:
        yrs = int(m.group(1))
        derived[f"{li['sku']} per unit per year"] = round(unit_net / yrs, 2)
        derived[f"{li['sku']} line per year"] = round(line / yrs, 2)
derived["subtotal before VAT"] = round(sub, 2)
derived["VAT 20%"] = round(sub * 0.2, 2)
derived["total incl. VAT"] = round(sub * 1.2, 2)
for k, v in derived.items(): parts.append(k + " " + " ".join(nums(v)))
texts["quote"] = norm("\n".join(parts))

# --- questions ---
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
cnt = Counter(x["expect"] for x in qs)
if len(qs) != 40: err(f"{len(qs)} questions (want 40)")
for e, n in (("answer", 22), ("clarify", 5), ("handoff", 13)):
    if cnt[e] != n: err(f"{cnt[e]} {e} (want {n})")
if len({x["id"] for x in qs}) != len(qs): err("duplicate ids")
non_en = [x for x in qs if x.get("language", "en") != "en"]
if len(non_en) != 10: err(f"{len(non_en)} non-English questions (want 10)")
ne_by = Counter(x["expect"] for x in non_en)
for e in ("answer", "clarify", "handoff"):
    if not ne_by[e]: err(f"no non-English {e} question")
langs = Counter(x["language"] for x in non_en)
if not set(langs) <= {"fr", "de", "es", "pt", "it", "nl"}: err(f"unexpected languages {set(langs)}")
single = 0
for x in qs:
    if x["expect"] != "answer":
        if x.get("facts") or x.get("sources"): err(f"{x['id']}: non-answer with facts/sources")
        continue
    srcs, facts = x.get("sources", []), x.get("facts", [])
    if not srcs: err(f"{x['id']}: no sources")
    if not 1 <= len(facts) <= 3: err(f"{x['id']}: {len(facts)} facts (want 1-3)")
    if len(srcs) == 1: single += 1
    for s in srcs:
        if s not in texts: err(f"{x['id']}: unknown source {s}")
    for f in facts:
        hits = [s for s in srcs if s in texts and norm(f) in texts[s]]
        if not hits: err(f"{x['id']}: fact {f!r} not found in {srcs}")

print(f"questions: {len(qs)} {dict(cnt)}; non-English: {len(non_en)} {dict(ne_by)} languages {dict(langs)}")
print(f"answer questions with a single source: {single}; sources: {sorted(k for k in texts if k != 'quote')}")
print(f"quote subtotal before VAT: {derived['subtotal before VAT']:,.2f} {q['currency']}")
if errors:
    print("FAIL"); [print(" -", e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
