"""Validate the dockvelo-bikeshare-docks scenario.

Checks: scenario.json shape, 4+ source types present, 40 questions (22 answer / 5 clarify / 13 handoff),
10 non-English questions spread over all three expectations, and every answer fact appearing (case-insensitive,
whitespace-normalised) in at least one of the question's named sources or, for `quote`, in the quote
(including derived figures: discounted unit prices, line totals and the total before tax).
Run: /work/main/.venv/bin/python validate.py
"""
import html
import json
import os
import re
import sys
import zlib
from collections import Counter

sys.path.insert(0, "/tmp/rl2")
HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


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
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)
    except ImportError:
        # fallback: inflate content streams and collect string operands of Tj/TJ
        raw = open(p, "rb").read()
        out = []
        for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S):
            data = m.group(1)
            try:
                data = zlib.decompress(data)
            except Exception:
                pass
            for s in re.findall(rb"\((.*?)(?<!\\)\)", data, re.S):
                out.append(s.replace(rb"\(", b"(").replace(rb"\)", b")").decode("latin-1"))
        return " ".join(out)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def text_html(p):
    raw = open(p, encoding="utf-8").read()
    try:
        from bs4 import BeautifulSoup
        return BeautifulSoup(raw, "html.parser").get_text(" ")
    except ImportError:
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def text_of(p):
    ext = p.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return text_docx(p)
    if ext == "pdf":
        return text_pdf(p)
    if ext == "xlsx":
        return text_xlsx(p)
    if ext in ("html", "htm"):
        return text_html(p)
    return open(p, encoding="utf-8").read()


def fmt(x):
    forms = {f"{x:,.2f}", f"{x:.2f}"}
    if abs(x - round(x)) < 1e-9:
        forms |= {f"{int(round(x)):,}", str(int(round(x)))}
    return forms


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        total += line
        parts += list(fmt(unit)) + list(fmt(line))
    parts += list(fmt(total))
    return " ".join(parts)


def main():
    errors = []
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    q = sc["quote"]
    emails = {u["email"] for u in sc["users"]}
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("need 5-9 line items")

    texts = {"quote": norm(quote_text(q))}
    exts = set()
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}")
            continue
        t = text_of(p)
        if len(t) < 1200:
            errors.append(f"source too short: {s['path']} ({len(t)} chars)")
        texts[os.path.basename(p)] = norm(t)
        exts.add((s["type"], p.rsplit(".", 1)[-1]))
    if not {("file", "docx"), ("file", "pdf"), ("file", "xlsx")} <= exts:
        errors.append("need docx, pdf and xlsx file sources")
    if not any(t in ("kb_article", "url") for t, _ in exts):
        errors.append("need a kb_article or url source")
    from openpyxl import load_workbook
    for s in sc["sources"]:
        if s["path"].endswith(".xlsx"):
            if len(load_workbook(os.path.join(HERE, s["path"])).worksheets) < 2:
                errors.append("xlsx needs 2+ sheets")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    cnt = Counter(x["expect"] for x in qs)
    if len(qs) != 40 or cnt != Counter({"answer": 22, "clarify": 5, "handoff": 13}):
        errors.append(f"counts wrong: {len(qs)} {dict(cnt)}")
    non_en = [x for x in qs if x.get("language", "en") != "en"]
    if len(non_en) != 10:
        errors.append(f"need 10 non-English questions, got {len(non_en)}")
    if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions must be spread over answer/clarify/handoff")

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
            if not any(norm(f) in texts.get(src, "") for src in x["sources"]):
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print(f"OK: {len(qs)} questions {dict(cnt)}, {len(non_en)} non-English "
          f"({dict(Counter(x['language'] for x in non_en))}), {len(sc['sources'])} sources, "
          f"{len(q['line_items'])} line items")


if __name__ == "__main__":
    main()
