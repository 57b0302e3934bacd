"""Check the zenithra-dome-drives scenario: structure, counts, and that every answer fact is in its named sources.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf; pypdf is looked up in /tmp/rl if not importable)
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
try:
    import pypdf
except ImportError:  # scratch install used when the scenario was written
    sys.path.insert(0, "/tmp/rl")
    import pypdf
from docx import Document
from openpyxl import load_workbook

errors = []


def err(msg):
    errors.append(msg)


def text_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(str(path)).pages)
    if ext == ".xlsx":
        wb = load_workbook(str(path), data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                out.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(out)
    if ext in (".md", ".html", ".htm", ".txt"):
        return path.read_text(encoding="utf-8")
    raise ValueError(f"unsupported source type: {path}")


def money(x):
    return [f"{x:,.2f}", f"{x:.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"]


def quote_text(q) -> str:
    parts = [q["number"], q["title"], q["buyer_company"], q["terms"], q["notes"], q["currency"],
             q["created_on"], q["expires_on"]]
    total = 0.0
    for li in q["line_items"]:
        net_unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line_total = round(net_unit * li["quantity"], 2)
        total += line_total
        parts += [li["sku"], li["name"], str(li["quantity"]), *money(li["unit_price"]),
                  f"{li['discount_percent']}%", *money(net_unit), *money(line_total)]
    parts += money(round(total, 2))
    return "\n".join(parts), round(total, 2)


sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
q = sc["quote"]
for key in ("name", "description", "agent", "users", "quote", "sources"):
    if key not in sc:
        err(f"scenario.json lacks {key}")
if not 2 <= len(sc["users"]) <= 3:
    err("need 2-3 users")
emails = {u["email"] for u in sc["users"]}
if q["owner"] not in emails:
    err("quote owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    err("buyer_contacts must be e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    err("quote needs 5-9 line items")
if not any(li["discount_percent"] for li in q["line_items"]):
    err("quote needs some discounts")
ha = sc["agent"]["handoff"]["assign_to"]
if not (ha == "quote_owner" or (isinstance(ha, dict) and ha.get("teams"))):
    err("bad handoff.assign_to")

texts = {}
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        err(f"missing source {p}")
        continue
    if s["type"] == "kb_article" and not s.get("title"):
        err(f"kb_article {p.name} lacks a title")
    texts[p.name] = text_of(p).lower()
exts = Counter(Path(s["path"]).suffix.lower() for s in sc["sources"])
if len(sc["sources"]) < 4 or len(exts) < 4:
    err(f"need four sources in four types, got {dict(exts)}")
for need in (".docx", ".pdf", ".xlsx"):
    if need not in exts:
        err(f"no {need} source")
wb = load_workbook(str(next(HERE / s["path"] for s in sc["sources"] if s["path"].endswith(".xlsx"))))
if len(wb.worksheets) < 2:
    err("xlsx needs 2+ sheets")
qt, total = quote_text(q)
texts["quote"] = qt.lower()

qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
kinds = Counter(x["expect"] for x in qs)
langs = Counter(x.get("language", "en") for x in qs)
non_en = [x for x in qs if x.get("language", "en") != "en"]
if len(qs) != 40:
    err(f"{len(qs)} questions, need 40")
if (kinds["answer"], kinds["clarify"], kinds["handoff"]) != (22, 5, 13):
    err(f"counts answer/clarify/handoff = {kinds['answer']}/{kinds['clarify']}/{kinds['handoff']}, need 22/5/13")
if len(non_en) != 10:
    err(f"{len(non_en)} non-English questions, need 10")
if len({x['expect'] for x in non_en}) < 3:
    err("non-English questions must be spread over answer/clarify/handoff")
if len({x["id"] for x in qs}) != len(qs):
    err("duplicate ids")
checked = 0
for x in qs:
    if x["expect"] != "answer":
        if x.get("facts") or x.get("sources"):
            err(f"{x['id']}: only answer questions carry sources/facts")
        continue
    if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
        err(f"{x['id']}: answer needs sources and 1-3 facts")
        continue
    for s in x["sources"]:
        if s not in texts:
            err(f"{x['id']}: unknown source {s}")
    pool = "\n".join(texts.get(s, "") for s in x["sources"])
    for f in x["facts"]:
        checked += 1
        if f.lower() not in pool:
            err(f"{x['id']}: fact {f!r} not found in {x['sources']}")

print(f"quote total before tax: {q['currency']} {total:,.2f}")
print(f"questions: {len(qs)}  answer={kinds['answer']} clarify={kinds['clarify']} handoff={kinds['handoff']}")
print(f"languages: {dict(sorted(langs.items()))}  non-English={len(non_en)} "
      f"({dict(Counter(x['expect'] for x in non_en))})")
print(f"sources: {', '.join(f'{k} ({len(v)} chars)' for k, v in texts.items())}")
print(f"facts checked: {checked}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
