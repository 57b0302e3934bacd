"""Validate the marivault-aquarium-lifesupport scenario.

Checks the structure of scenario.json and questions.jsonl (counts, expectations, languages) and that every fact of
every `answer` question appears, case-insensitively, in at least one of the sources it names: the text extracted
from the knowledge files (docx, pdf, xlsx, md, html) or, for `quote`, the quote itself plus figures computed from
it (discounted unit prices, line totals, total before and after VAT, per-year figures, payment milestones).

Run: PYTHONPATH=/tmp/aqls_rl /work/main/.venv/bin/python validate.py
(needs python-docx and openpyxl; for PDF text pypdf, else the pdftotext tool.)
"""
import html
import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_docx(p):
    from docx import Document
    d = Document(str(p))
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    try:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    except ImportError:
        return subprocess.run(["pdftotext", "-layout", str(p), "-"], capture_output=True, text=True, check=True).stdout


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(str(p), data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)):
                    cells.append(f"{v} {v:,}" if float(v).is_integer() else f"{v} {v:,.2f}")
                else:
                    cells.append(str(v))
            parts.append(" | ".join(cells))
    return "\n".join(parts)


def text_html(p):
    raw = p.read_text(encoding="utf-8")
    raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S | re.I)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def extract(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return text_docx(p)
    if ext == ".pdf":
        return text_pdf(p)
    if ext == ".xlsx":
        return text_xlsx(p)
    if ext in (".html", ".htm"):
        return text_html(p)
    return p.read_text(encoding="utf-8")


def money(x):
    return {f"{x:,.2f}", f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.2f}", f"{x:.2f}"}


def quote_text(q):
    figs = set()
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = round(unit * li["quantity"], 2)
        total += line
        for v in (li["unit_price"], unit, line, li["unit_price"] * li["quantity"], li["unit_price"] - unit,
                  (li["unit_price"] - unit) * li["quantity"]):
            figs |= money(round(v, 2))
    total = round(total, 2)
    vat = round(total * 0.20, 2)
    for v in (total, vat, total + vat):
        figs |= money(v)
    for pct in (30, 50, 20):  # payment milestones stated in the terms
        figs |= money(round(total * pct / 100, 2))
        figs |= money(round((total + vat) * pct / 100, 2))
    return json.dumps(q, ensure_ascii=False) + "\n" + "\n".join(sorted(figs)), total


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    for k in ("number", "title", "owner", "buyer_company", "buyer_contacts", "currency", "created_on", "expires_on",
              "line_items", "terms", "notes"):
        if k not in q:
            errors.append(f"quote.{k} missing")
    if not (5 <= len(q["line_items"]) <= 9):
        errors.append("quote must have 5-9 line items")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    if not (2 <= len(sc["users"]) <= 3):
        errors.append("2-3 users expected")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")
    assign = sc["agent"]["handoff"]["assign_to"]
    if assign != "quote_owner" and not (isinstance(assign, dict) and assign.get("teams")):
        errors.append("bad handoff.assign_to")

    texts = {}
    exts = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {s['path']}")
            continue
        if s["type"] not in ("file", "url", "kb_article"):
            errors.append(f"bad source type {s['type']}")
        if s["type"] == "kb_article" and not s.get("title"):
            errors.append("kb_article needs a title")
        exts.add(p.suffix.lower())
        texts[p.name] = norm(extract(p))
        if len(texts[p.name]) < 1200:
            errors.append(f"{p.name}: too little text ({len(texts[p.name])} chars)")
    for need in (".docx", ".pdf", ".xlsx"):
        if need not in exts:
            errors.append(f"no {need} source")
    if not ({".md", ".html"} & exts):
        errors.append("no Markdown or HTML source")
    qt, total = quote_text(q)
    texts["quote"] = norm(qt)

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    cnt = Counter(x["expect"] for x in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(cnt) != want:
        errors.append(f"counts {len(qs)} {dict(cnt)} != 40 {want}")
    foreign = [x for x in qs if x.get("language") and x["language"] != "en"]
    if len(foreign) != 10:
        errors.append(f"{len(foreign)} non-English questions, want 10")
    fl = Counter(x["expect"] for x in foreign)
    if len(fl) != 3:
        errors.append(f"non-English questions not spread over answer/clarify/handoff: {dict(fl)}")
    langs = {x["language"] for x in foreign}
    if not langs <= {"fr", "de", "es", "pt", "it", "nl"}:
        errors.append(f"unexpected languages {langs}")

    for x in qs:
        if x["expect"] != "answer":
            continue
        srcs, facts = x.get("sources") or [], x.get("facts") or []
        if not srcs or not (1 <= len(facts) <= 3):
            errors.append(f"{x['id']}: needs sources and 1-3 facts")
        for s in srcs:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        for f in facts:
            if not any(norm(f) in texts.get(s, "") for s in srcs):
                errors.append(f"{x['id']}: fact {f!r} not found in {srcs}")

    print(f"questions: {len(qs)} {dict(cnt)}; non-English: {len(foreign)} {dict(fl)} {sorted(langs)}")
    print(f"sources: {sorted(texts)}; quote total before VAT: {total:,.2f} {q['currency']}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
