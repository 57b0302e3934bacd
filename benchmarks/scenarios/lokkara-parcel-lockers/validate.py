"""Validate the lokkara-parcel-lockers scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
Needs pypdf for the PDF; DOCX and XLSX are read from their XML with the standard library.
"""
import html
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()


def xml_text(data):
    data = re.sub(r"</w:p>|</w:tc>|</row>|</c>|</si>", " \n", data)
    return html.unescape(re.sub(r"<[^>]+>", "", data))


def extract(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        with zipfile.ZipFile(path) as z:
            return xml_text(z.read("word/document.xml").decode("utf-8"))
    if ext == ".xlsx":
        with zipfile.ZipFile(path) as z:
            parts = [xml_text(z.read(n).decode("utf-8")) for n in z.namelist()
                     if n == "xl/sharedStrings.xml" or n.startswith("xl/worksheets/sheet")]
            # also give number cells formatted with thousands separators
            nums = []
            for n in z.namelist():
                if n.startswith("xl/worksheets/sheet"):
                    for v in re.findall(r"<v>([0-9.]+)</v>", z.read(n).decode("utf-8")):
                        f = float(v)
                        nums.append(f"{f:,.0f} {f:,.2f}" if f == int(f) else f"{f:,.2f}")
            return " \n".join(parts + nums)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if ext in (".html", ".htm"):
        t = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", path.read_text(encoding="utf-8"), flags=re.S)
        return html.unescape(re.sub(r"<[^>]+>", " ", t))
    return path.read_text(encoding="utf-8")


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
quote = sc["quote"]

# ---- scenario structure
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in sc:
        errors.append(f"scenario.json: missing {k}")
emails = {u["email"] for u in sc["users"]}
if not 2 <= len(sc["users"]) <= 3:
    errors.append("users: expected 2-3")
if quote["owner"] not in emails:
    errors.append("quote.owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in quote["buyer_contacts"]):
    errors.append("buyer_contacts must be a list of e-mail strings")
assign = sc["agent"]["handoff"]["assign_to"]
if assign != "quote_owner":
    teams = {t for u in sc["users"] for t in u["teams"]}
    for t in assign["teams"]:
        if t not in teams:
            errors.append(f"handoff team {t!r} has no user")
items = quote["line_items"]
if not 5 <= len(items) <= 9:
    errors.append("line_items: expected 5-9")
if not any(i["discount_percent"] for i in items):
    errors.append("line_items: no discount")

# ---- quote text plus derived figures (line totals, discounted unit prices, subtotal, recurring)
def money(x):
    return [f"{x:,.2f}", f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.2f}"]

derived = []
subtotal = 0.0
recurring = 0.0
for i in items:
    unit = i["unit_price"] * (1 - i["discount_percent"] / 100)
    line = round(unit * i["quantity"], 2)
    subtotal += line
    derived += money(unit) + money(line)
    if "per year" in i["name"]:
        recurring += line
derived += money(subtotal) + money(recurring) + money(recurring * 3)
print(f"quote subtotal before VAT: {subtotal:,.2f} {quote['currency']}; recurring per year: {recurring:,.2f}; "
      f"over 36 months: {recurring * 3:,.2f}")
texts = {"quote": norm(json.dumps(quote, ensure_ascii=False) + " " + " ".join(derived))}

# ---- sources
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"source missing: {s['path']}")
        continue
    t = extract(p)
    texts[p.name] = norm(t)
    print(f"source {p.name:42s} type={s['type']:10s} chars={len(t)}")
types = {Path(s["path"]).suffix for s in sc["sources"]}
for need in (".docx", ".pdf", ".xlsx"):
    if need not in types:
        errors.append(f"no {need} source")
if not ({".md", ".html"} & types):
    errors.append("no Markdown or HTML source")

# ---- questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ids = [q["id"] for q in qs]
if len(set(ids)) != len(ids):
    errors.append("duplicate question ids")
cnt = Counter(q["expect"] for q in qs)
want = {"answer": 22, "clarify": 5, "handoff": 13}
if len(qs) != 40 or dict(cnt) != want:
    errors.append(f"counts: {len(qs)} questions, {dict(cnt)}; want 40, {want}")
foreign = [q for q in qs if q.get("language")]
if len(foreign) != 10:
    errors.append(f"non-English questions: {len(foreign)}, want 10")
if {q["expect"] for q in foreign} != set(want):
    errors.append("non-English questions are not spread across answer/clarify/handoff")
bad_lang = {q["language"] for q in foreign} - {"fr", "de", "es", "pt", "it", "nl"}
if bad_lang:
    errors.append(f"unexpected languages {bad_lang}")

for q in qs:
    if q["expect"] != "answer":
        if q.get("facts") or q.get("sources"):
            errors.append(f"{q['id']}: non-answer with facts/sources")
        continue
    if not q.get("sources") or not 1 <= len(q.get("facts", [])) <= 3:
        errors.append(f"{q['id']}: answer needs sources and 1-3 facts")
        continue
    for s in q["sources"]:
        if s not in texts:
            errors.append(f"{q['id']}: unknown source {s}")
    hay = " ".join(texts.get(s, "") for s in q["sources"])
    for f in q["facts"]:
        if norm(f) not in hay:
            errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")

print(f"questions: {len(qs)} {dict(cnt)}; non-English: {len(foreign)} "
      f"{dict(Counter(q['language'] for q in foreign))} across {dict(Counter(q['expect'] for q in foreign))}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
