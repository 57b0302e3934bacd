"""Validate the scrivana-managed-print scenario.

Checks that scenario.json and questions.jsonl are well formed, that the question counts match the brief
(40 questions: 22 answer, 5 clarify, 13 handoff; 10 non-English spread over all three kinds), and that every
answer fact appears (case-insensitively, whitespace-normalised) in at least one of the sources it names.

"quote" as a source means the quote as a buyer sees it: its fields plus the figures a quote page shows or a
reader derives by simple arithmetic: discounted unit prices, line totals, the total before VAT, the
per-year line totals over the 48-month minimum term (x4), and the estimated monthly click charges
(sum of the SCR-CLK-* line totals / 12).

Run: /work/main/.venv/bin/python validate.py   (pypdf is loaded from /tmp/rl if not installed)
"""
import json
import os
import re
import sys
from collections import Counter

sys.path.insert(0, "/tmp/rl")

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def money(x):
    return f"{x:,.2f}"


def text_docx(path):
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def text_pdf(path):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def text_xlsx(path):
    from openpyxl import load_workbook
    wb = load_workbook(path, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                parts.append(str(v))
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    parts.append(f"{v:,}")
    return "\n".join(parts)


def text_plain(path):
    with open(path, encoding="utf-8") as f:
        t = f.read()
    if path.endswith((".html", ".htm")):
        t = re.sub(r"<[^>]+>", " ", t)
    return t


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    return {"docx": text_docx, "pdf": text_pdf, "xlsx": text_xlsx}.get(ext, text_plain)(path)


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    clicks = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        total += line
        if li["sku"].startswith("SCR-CLK"):
            clicks += line
        parts += [money(li["unit_price"]), money(unit), money(line), f"{li['quantity']:,}"]
        if "per year" in li["name"] or "annual" in li["name"]:
            parts.append(money(line * 4))
    parts += [money(round(total, 2)), money(round(clicks / 12, 2))]
    return "\n".join(parts)


def main():
    errors = []
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    q = sc["quote"]
    texts = {"quote": norm(quote_text(q))}
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}")
            continue
        texts[os.path.basename(s["path"])] = norm(extract(p))
    types = Counter(os.path.splitext(s["path"])[1] for s in sc["sources"])
    if len(types) < 4:
        errors.append(f"expected four source formats, got {dict(types)}")

    # scenario shape
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if not all(isinstance(e, str) and "@" in e for e in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("2-3 users expected")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    kinds = Counter(x["expect"] for x in qs)
    if len(qs) != 40:
        errors.append(f"expected 40 questions, got {len(qs)}")
    for k, n in (("answer", 22), ("clarify", 5), ("handoff", 13)):
        if kinds[k] != n:
            errors.append(f"expected {n} {k}, got {kinds[k]}")
    if len({x["id"] for x in qs}) != len(qs):
        errors.append("duplicate ids")
    foreign = [x for x in qs if x.get("language") and x["language"] != "en"]
    if len(foreign) != 10:
        errors.append(f"expected 10 non-English questions, got {len(foreign)}")
    if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions must be spread over answer, clarify and handoff")
    langs = {x["language"] for x in foreign}
    if not langs >= {"fr", "de", "es", "pt", "it", "nl"}:
        errors.append(f"languages missing: {sorted({'fr', 'de', 'es', 'pt', 'it', 'nl'} - langs)}")

    for x in qs:
        if x["expect"] != "answer":
            if x.get("facts") or x.get("sources"):
                errors.append(f"{x['id']}: only answer questions carry sources/facts")
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f"{x['id']}: answer needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            if not any(norm(f) in texts.get(s, "") for s in x["sources"]):
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

    print(f"{len(qs)} questions: {dict(kinds)}; non-English {len(foreign)} ({sorted(langs)}); sources {list(texts)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
