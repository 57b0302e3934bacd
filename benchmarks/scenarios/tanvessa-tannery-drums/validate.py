"""Check the tanvessa-tannery-drums scenario: structure, counts, and that every answer fact appears
(case-insensitively, whitespace-normalised) in one of the sources it names or in the quote.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (pypdf may also be on the default path)
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
for extra in ("/tmp/rl",):
    if Path(extra).is_dir() and extra not in sys.path:
        sys.path.append(extra)

from docx import Document  # noqa: E402
from openpyxl import load_workbook  # noqa: E402
from pypdf import PdfReader  # noqa: E402

errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == ".xlsx":
        wb = load_workbook(path, data_only=True)
        if len(wb.sheetnames) < 2:
            errors.append(f"{path.name}: needs 2+ sheets")
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, float) and v.is_integer():
                        v = int(v)
                    parts.append(str(v))
                    if isinstance(v, (int, float)) and abs(v) >= 1000:
                        parts.append(f"{v:,}")
        return "\n".join(parts)
    if ext in (".md", ".html", ".htm", ".txt"):
        t = path.read_text(encoding="utf-8")
        return re.sub(r"<[^>]+>", " ", t) if ext.startswith(".htm") else t
    errors.append(f"unsupported source type {path}")
    return ""


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        gross = li["quantity"] * li["unit_price"]
        unit_net = li["unit_price"] * (1 - li["discount_percent"] / 100)
        net = round(unit_net * li["quantity"], 2)
        total += net
        parts += [f"{li['unit_price']:,.2f}", f"{gross:,.2f}", f"{unit_net:,.2f}", f"{net:,.2f}"]
        if li["quantity"]:
            parts.append(f"{net / li['quantity']:,.2f}")
    parts.append(f"{total:,.2f}")
    return "\n".join(parts), total


scn = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = scn["quote"]
texts = {}
types = Counter()
for s in scn["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        errors.append(f"missing source {p}")
        continue
    texts[p.name] = norm(text_of(p))
    types[p.suffix.lower() if s["type"] != "kb_article" else "kb_article"] += 1
    if s["type"] == "kb_article" and not s.get("title"):
        errors.append(f"kb_article {p.name} without title")
qt, total = quote_text(q)
texts["quote"] = norm(qt)

# structure
if not 5 <= len(q["line_items"]) <= 9:
    errors.append("quote needs 5-9 line items")
if not 2 <= len(scn["users"]) <= 3:
    errors.append("need 2-3 users")
if q["owner"] not in {u["email"] for u in scn["users"]}:
    errors.append("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    errors.append("buyer_contacts must be e-mail strings")
for need in (".docx", ".pdf", ".xlsx"):
    if not types[need]:
        errors.append(f"no {need} source")
if not (types["kb_article"] or types[".html"]):
    errors.append("no kb_article or html source")

# questions
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
kinds = Counter(x["expect"] for x in qs)
langs = Counter(x.get("language") for x in qs if x.get("language") not in (None, "en"))
non_en_kinds = Counter(x["expect"] for x in qs if x.get("language") not in (None, "en"))
if len(qs) != 40:
    errors.append(f"{len(qs)} questions, expected 40")
if kinds != Counter(answer=22, clarify=5, handoff=13):
    errors.append(f"kinds {dict(kinds)}, expected answer 22 / clarify 5 / handoff 13")
if sum(langs.values()) != 10:
    errors.append(f"{sum(langs.values())} non-English questions, expected 10")
if set(langs) - {"fr", "de", "es", "pt", "it", "nl"}:
    errors.append(f"unexpected languages {set(langs)}")
if len(non_en_kinds) != 3:
    errors.append(f"non-English questions not spread over all kinds: {dict(non_en_kinds)}")
if len({x["id"] for x in qs}) != len(qs):
    errors.append("duplicate ids")
for x in qs:
    if x["expect"] != "answer":
        continue
    if not 1 <= len(x.get("facts", [])) <= 3:
        errors.append(f"{x['id']}: needs 1-3 facts")
    srcs = x.get("sources", [])
    for s in srcs:
        if s not in texts:
            errors.append(f"{x['id']}: unknown source {s}")
    for f in x.get("facts", []):
        if not any(norm(f) in texts.get(s, "") for s in srcs):
            errors.append(f"{x['id']}: fact {f!r} not found in {srcs}")

print(f"sources: {', '.join(sorted(k for k in texts if k != 'quote'))}")
print(f"quote total before tax: {total:,.2f} {q['currency']}; line items: {len(q['line_items'])}")
print(f"questions: {len(qs)} {dict(kinds)}; non-English: {sum(langs.values())} {dict(langs)} over {dict(non_en_kinds)}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
