"""Validate the skylanza-helipad-lighting scenario: structure, counts, and that every answer fact appears
verbatim (case-insensitive) in at least one of the sources it names (or in the quote, including derived
line figures: discounted unit price, line total and grand total before VAT).

Run: /work/main/.venv/bin/python validate.py   (pypdf may live in /tmp/rl)
"""
import html as htmlmod
import json
import os
import re
import sys

sys.path.insert(0, "/tmp/rl")
HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def num_variants(v):
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        out = {str(v), f"{v:.2f}", f"{v:,.2f}"}
        if float(v).is_integer():
            out |= {str(int(v)), f"{int(v):,}"}
        return " ".join(out)
    return str(v)


def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def text_pdf(p):
    try:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)
    except ImportError:
        import subprocess
        return subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True, check=True).stdout


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join(num_variants(c) for c in row if c is not None))
    return "\n".join(parts)


def text_html(p):
    raw = open(p, encoding="utf-8").read()
    raw = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S)
    return htmlmod.unescape(re.sub(r"<[^>]+>", " ", raw))


def text_md(p):
    return open(p, encoding="utf-8").read()


EXTRACT = {".docx": text_docx, ".pdf": text_pdf, ".xlsx": text_xlsx, ".html": text_html, ".htm": text_html, ".md": text_md}

sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
q = sc["quote"]

# ---- structure
users = sc.get("users", [])
if not 2 <= len(users) <= 3:
    err(f"users: {len(users)} (want 2-3)")
emails = {u["email"] for u in users}
if q["owner"] not in emails:
    err("quote owner is not a user")
ho = sc["agent"]["handoff"]["assign_to"]
if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
    err("handoff.assign_to invalid")
if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
    err("buyer_contacts must be a list of e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    err(f"line items: {len(q['line_items'])} (want 5-9)")
for k in ("number", "title", "buyer_company", "currency", "created_on", "expires_on", "terms", "notes"):
    if not q.get(k):
        err(f"quote.{k} missing")

# ---- quote text with derived figures
lines, subtotal = [], 0.0
for li in q["line_items"]:
    net = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
    tot = round(net * li["quantity"], 2)
    subtotal += tot
    lines.append(f"{li['sku']} {li['name']} qty {li['quantity']} unit {num_variants(li['unit_price'])} "
                 f"discount {li['discount_percent']}% net unit {num_variants(net)} line total {num_variants(tot)}")
subtotal = round(subtotal, 2)
quote_text = json.dumps(q, ensure_ascii=False) + "\n" + "\n".join(lines) + f"\nTotal before tax {num_variants(subtotal)}"
texts = {"quote": norm(quote_text)}

# ---- sources
exts = set()
for s in sc["sources"]:
    p = os.path.join(HERE, s["path"])
    if not os.path.exists(p):
        err(f"missing source {s['path']}")
        continue
    ext = os.path.splitext(p)[1].lower()
    exts.add(ext)
    if s["type"] == "kb_article" and not s.get("title"):
        err(f"kb_article {s['path']} needs a title")
    t = EXTRACT[ext](p)
    if len(t) < 1500:
        err(f"source {s['path']} looks too short ({len(t)} chars)")
    texts[os.path.basename(s["path"])] = norm(t)
if len(sc["sources"]) < 4 or len(exts) < 4:
    err(f"need four sources in four types, got {sorted(exts)}")

# ---- questions
qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
counts = {"answer": 0, "clarify": 0, "handoff": 0}
ids = set()
non_en = {"answer": 0, "clarify": 0, "handoff": 0}
langs = set()
for x in qs:
    if x["id"] in ids:
        err(f"duplicate id {x['id']}")
    ids.add(x["id"])
    counts[x["expect"]] += 1
    if x.get("language"):
        if x["language"] not in {"fr", "de", "es", "pt", "it", "nl"}:
            err(f"{x['id']}: unexpected language {x['language']}")
        non_en[x["expect"]] += 1
        langs.add(x["language"])
    if x["expect"] == "answer":
        if not x.get("sources"):
            err(f"{x['id']}: no sources")
        if not 1 <= len(x.get("facts", [])) <= 3:
            err(f"{x['id']}: want 1-3 facts")
        for src in x.get("sources", []):
            if src not in texts:
                err(f"{x['id']}: unknown source {src}")
        for f in x.get("facts", []):
            if not any(norm(f) in texts.get(src, "") for src in x["sources"]):
                err(f"{x['id']}: fact {f!r} not found in {x['sources']}")
if len(qs) != 40:
    err(f"{len(qs)} questions (want 40)")
if counts != {"answer": 22, "clarify": 5, "handoff": 13}:
    err(f"counts {counts}")
if sum(non_en.values()) != 10 or not all(non_en.values()):
    err(f"non-English spread {non_en}")

print(f"questions: {len(qs)} {counts}; non-English {sum(non_en.values())} {non_en} languages {sorted(langs)}")
print(f"sources: {sorted(k for k in texts if k != 'quote')}; quote total before tax {subtotal:,.2f}")
if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
