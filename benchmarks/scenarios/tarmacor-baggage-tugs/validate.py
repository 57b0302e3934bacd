"""Validate the tarmacor-baggage-tugs scenario: structure, counts, and that every answer fact is in its sources.

Run: /work/main/.venv/bin/python validate.py   (pypdf is loaded from /tmp/rl or /tmp/rl3 if not installed)
"""
import json
import os
import re
import sys
from html.parser import HTMLParser

for extra in ("/tmp/rl", "/tmp/rl3"):
    if os.path.isdir(extra):
        sys.path.append(extra)

from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def check(cond, msg):
    if not cond:
        errors.append(msg)


def text_docx(p):
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def text_pdf(p):
    return "\n".join(page.extract_text() or "" for page in PdfReader(p).pages)


def text_xlsx(p):
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    parts.append(f"{v:,}" if float(v).is_integer() else f"{v:,.2f}")
                parts.append(str(v))
    return "\n".join(parts)


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out = []

    def handle_data(self, data):
        self.out.append(data)


def text_html(p):
    s = _Strip()
    s.feed(open(p, encoding="utf-8").read())
    return " ".join(s.out)


def text_md(p):
    return open(p, encoding="utf-8").read().replace("**", "")


def fmt(x):
    out = {f"{x:,.2f}"}
    if abs(x - round(x)) < 1e-9:
        out.add(f"{round(x):,}")
    return out


def quote_text(quote):
    """The quote as text plus the figures a correct answer derives from it."""
    parts = [json.dumps(quote, ensure_ascii=False), quote["terms"], quote["notes"]]
    derived = set()
    total = 0.0
    for li in quote["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        total += line
        derived |= fmt(unit) | fmt(line) | fmt(li["unit_price"] * li["quantity"])
        name = li["name"].lower()
        if "36-month" in name or "3 years" in name:  # per-year and per-month figures of multi-year lines
            derived |= fmt(line / 3) | fmt(unit / 3) | fmt(line / 36) | fmt(unit / 36)
    total = round(total, 2)
    derived |= fmt(total)
    for pct in (30, 60, 10):  # payment milestones in the terms
        derived |= fmt(round(total * pct / 100, 2))
    parts.extend(sorted(derived))
    return "\n".join(parts), total


def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    q = sc["quote"]
    users = {u["email"] for u in sc["users"]}
    check(2 <= len(sc["users"]) <= 3, "2-3 users expected")
    check(q["owner"] in users, "quote owner must be a user")
    check(isinstance(q["buyer_contacts"], list) and all(isinstance(x, str) and "@" in x for x in q["buyer_contacts"]),
          "buyer_contacts must be a list of e-mail strings")
    check(5 <= len(q["line_items"]) <= 9, "quote must have 5-9 line items")
    check(any(li["discount_percent"] > 0 for li in q["line_items"]), "some discounts expected")
    ho = sc["agent"]["handoff"]["assign_to"]
    check(ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams")), "handoff.assign_to invalid")

    extractors = {".docx": text_docx, ".pdf": text_pdf, ".xlsx": text_xlsx, ".html": text_html, ".md": text_md}
    texts = {}
    kinds = set()
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        check(os.path.exists(p), f"missing source {s['path']}")
        ext = os.path.splitext(p)[1].lower()
        kinds.add(ext)
        if s["type"] == "kb_article":
            check(ext == ".md" and s.get("title"), "kb_article must be a .md with a title")
        if s["type"] == "url":
            check(ext == ".html", "url source must be an .html file")
        texts[os.path.basename(p)] = extractors[ext](p)
    check({".docx", ".pdf", ".xlsx"} <= kinds and (".md" in kinds or ".html" in kinds), "source types missing")
    wb = load_workbook(os.path.join(HERE, "knowledge", "Tarmacor-PriceList-EU-2026.xlsx"))
    check(len(wb.worksheets) >= 2, "xlsx needs 2+ sheets")
    qtext, total = quote_text(q)
    texts["quote"] = qtext

    rows = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    check(len(rows) == 40, f"40 questions expected, got {len(rows)}")
    ids = [r["id"] for r in rows]
    check(len(set(ids)) == len(ids), "duplicate ids")
    counts = {"answer": 0, "clarify": 0, "handoff": 0}
    non_en = {"answer": 0, "clarify": 0, "handoff": 0}
    langs = set()
    for r in rows:
        e = r["expect"]
        check(e in counts, f"{r['id']}: bad expect {e}")
        counts[e] = counts.get(e, 0) + 1
        if r.get("language"):
            check(r["language"] != "en", f"{r['id']}: language en should be omitted")
            non_en[e] += 1
            langs.add(r["language"])
        if e == "answer":
            srcs, facts = r.get("sources") or [], r.get("facts") or []
            check(srcs and 1 <= len(facts) <= 3, f"{r['id']}: answer needs sources and 1-3 facts")
            for s in srcs:
                check(s in texts, f"{r['id']}: unknown source {s}")
            hay = "\n".join(texts.get(s, "") for s in srcs).lower()
            for f in facts:
                check(f.lower() in hay, f"{r['id']}: fact {f!r} not found in {srcs}")
        else:
            check(not r.get("facts"), f"{r['id']}: only answers carry facts")
    check(counts == {"answer": 22, "clarify": 5, "handoff": 13}, f"counts {counts}")
    check(sum(non_en.values()) == 10, f"10 non-English questions expected, got {sum(non_en.values())}")
    check(all(v > 0 for v in non_en.values()), f"non-English spread {non_en}")
    check(langs <= {"fr", "de", "es", "pt", "it", "nl"} and len(langs) >= 5, f"languages {langs}")
    check(sum(1 for r in rows if r["expect"] == "answer" and len(r["sources"]) == 1 and r["sources"] != ["quote"]) >= 3,
          "some answers should rely on a single source")

    print(f"quote total before VAT: {total:,.2f} {q['currency']}")
    print(f"counts: {counts}; non-English: {non_en}; languages: {sorted(langs)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
