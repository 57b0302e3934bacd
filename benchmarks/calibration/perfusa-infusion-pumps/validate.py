"""Validate the perfusa-infusion-pumps scenario.

Checks the counts the brief asks for, that every named source exists, and that every fact of every `answer`
question appears (case-insensitively, whitespace-normalised) in at least one of the sources it names; `quote`
means the quote's fields plus the figures a quote page shows or a buyer derives by simple arithmetic (line totals
before and after discount, discounted unit prices, total before tax, per-year figures of multi-year lines).

    PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
"""
import html
import json
import os
import re
import sys
from collections import Counter

sys.path.append("/tmp/rl")

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def money(x):
    return f"{x:,.2f}"


def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, float):
                    cells.append(money(v))
                else:
                    cells.append(str(v))
            parts.append(" | ".join(cells))
    return "\n".join(parts)


def text_html(p):
    raw = open(p, encoding="utf-8").read()
    raw = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", raw, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def text_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return text_docx(path)
    if ext == "pdf":
        return text_pdf(path)
    if ext == "xlsx":
        return text_xlsx(path)
    if ext in ("html", "htm"):
        return text_html(path)
    return open(path, encoding="utf-8").read()


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        gross = li["quantity"] * li["unit_price"]
        net_unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        net = round(gross * (1 - li["discount_percent"] / 100), 2)
        total += net
        parts += [money(li["unit_price"]), money(gross), money(net_unit), money(net)]
        if "3-year" in li["name"] or li["sku"].endswith("3Y"):
            parts += [money(round(net_unit / 3, 2)), money(round(net / 3, 2))]
    parts.append(money(round(total, 2)))
    return "\n".join(parts), round(total, 2)


def main():
    errors = []
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("scenario must have 2-3 users")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")

    texts = {}
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}")
            continue
        texts[os.path.basename(s["path"])] = norm(text_of(p))
    kinds = {os.path.basename(s["path"]).rsplit(".", 1)[-1] for s in sc["sources"]}
    for need in ("docx", "pdf", "xlsx"):
        if need not in kinds:
            errors.append(f"no .{need} source")
    if not ({"md", "html"} & kinds):
        errors.append("no Markdown or HTML source")
    qt, total = quote_text(q)
    texts["quote"] = norm(qt)

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    exp = Counter(x["expect"] for x in qs)
    if len(qs) != 40 or exp != Counter(answer=22, clarify=5, handoff=13):
        errors.append(f"counts wrong: {len(qs)} {dict(exp)}")
    if len({x["id"] for x in qs}) != len(qs):
        errors.append("duplicate ids")
    langs = [x for x in qs if x.get("language") and x["language"] != "en"]
    if len(langs) != 10:
        errors.append(f"{len(langs)} non-English questions, need 10")
    if {x["expect"] for x in langs} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions not spread across answer/clarify/handoff")
    if not {x["language"] for x in langs} <= {"fr", "de", "es", "pt", "it", "nl"}:
        errors.append("unexpected language code")
    for x in qs:
        if x["expect"] != "answer":
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f"{x['id']}: needs sources and 1-3 facts")
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            if not any(norm(f) in texts.get(s, "") for s in x["sources"]):
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

    print(f"questions: {len(qs)} {dict(exp)}; non-English: {len(langs)}; quote total before tax: {money(total)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
