"""Check the glacivo-winter-service scenario: counts, and that every answer fact appears in a named source.

Quote arithmetic (totals, discounted unit prices, per-season figures) is recomputed from the quote line items
and checked against the facts of the questions listed in ARITHMETIC.
    /work/main/.venv/bin/python validate.py   (pypdf is taken from the environment or from /tmp/rl)
"""
import html
import json
import os
import re
import sys
from collections import Counter

sys.path.append(os.environ.get("REPORTLAB_PATH", "/tmp/rl"))
HERE = os.path.dirname(os.path.abspath(__file__))


def docx_text(p):
    from docx import Document
    d = Document(p)
    parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            parts.append(" | ".join(c.text for c in r.cells))
    return "\n".join(parts)


def pdf_text(p):
    try:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)
    except ImportError:
        import subprocess
        return subprocess.run(["pdftotext", "-layout", p, "-"], capture_output=True, text=True, check=True).stdout


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(p)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f"{v} ({v:,})")  # raw value and its displayed '#,##0' form
                else:
                    cells.append(str(v))
            out.append(" | ".join(cells))
    return "\n".join(out)


def html_text(p):
    raw = open(p, encoding="utf-8").read()
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def money(x):
    return f"{x:,.2f}"


def quote_text(q):
    lines = [json.dumps(q, ensure_ascii=False)]
    for li in q["line_items"]:
        lines.append(f"{li['sku']} {li['name']} qty {li['quantity']} unit {money(li['unit_price'])} "
                     f"discount {li['discount_percent']}%")
    return "\n".join(lines)


def net_unit(li):
    return round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)


def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    q = sc["quote"]
    items = {li["sku"]: li for li in q["line_items"]}
    texts = {"quote": quote_text(q).lower()}
    kinds = Counter()
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        ext = p.rsplit(".", 1)[-1].lower()
        kinds[ext] += 1
        t = {"docx": docx_text, "pdf": pdf_text, "xlsx": xlsx_text, "md": lambda x: open(x, encoding="utf-8").read(),
             "html": html_text}[ext](p)
        texts[os.path.basename(p)] = t.lower()
    errors = []
    for ext in ("docx", "pdf", "xlsx"):
        if kinds[ext] != 1:
            errors.append(f"expected one .{ext} source, found {kinds[ext]}")
    if not (kinds["md"] or kinds["html"]):
        errors.append("need a Markdown kb_article and/or an HTML url source")
    from openpyxl import load_workbook
    if len(load_workbook(os.path.join(HERE, [s["path"] for s in sc["sources"] if s["path"].endswith(".xlsx")][0])).worksheets) < 2:
        errors.append("xlsx needs 2+ sheets")
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote needs 5-9 line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")

    subtotal = round(sum(net_unit(li) * li["quantity"] for li in q["line_items"]), 2)
    ARITHMETIC = {
        "q01": subtotal,                                                     # total before VAT
        "q03": net_unit(items["GLV-PE32-R"]),                                # discounted unit price
        "q06": round(net_unit(items["GLV-SLOG-3S"]) / 3, 2),                 # per vehicle per season
        "q08": round(net_unit(items["GLV-SVC-3S"]) * items["GLV-SVC-3S"]["quantity"] / 3, 2),  # per year, fleet
    }

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    cnt = Counter(x["expect"] for x in qs)
    if len(qs) != 40 or cnt != Counter(answer=22, clarify=5, handoff=13):
        errors.append(f"counts wrong: {len(qs)} {dict(cnt)}")
    nonen = [x for x in qs if x.get("language") and x["language"] != "en"]
    if len(nonen) != 10:
        errors.append(f"expected 10 non-English questions, found {len(nonen)}")
    if {x["expect"] for x in nonen} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions must be spread over answer/clarify/handoff")
    if len({x["id"] for x in qs}) != len(qs):
        errors.append("duplicate ids")
    for x in qs:
        if x["expect"] != "answer":
            if x.get("facts") or x.get("sources"):
                errors.append(f"{x['id']}: non-answer question with facts/sources")
            continue
        if not x.get("sources") or not 1 <= len(x.get("facts", [])) <= 3:
            errors.append(f"{x['id']}: needs sources and 1-3 facts")
        for s in x["sources"]:
            if s not in texts:
                errors.append(f"{x['id']}: unknown source {s}")
        for f in x["facts"]:
            ok = any(f.lower() in texts.get(s, "") for s in x["sources"])
            if x["id"] in ARITHMETIC and "quote" in x["sources"]:
                val = ARITHMETIC[x["id"]]
                if f.replace(",", "") in (f"{val:.2f}", f"{val:.0f}") or f in (money(val), f"{val:,.0f}"):
                    ok = True
            if not ok:
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")
    for i, v in ARITHMETIC.items():
        x = next(y for y in qs if y["id"] == i)
        if not any(f.replace(",", "") in (f"{v:.2f}", f"{v:.0f}") for f in x["facts"]):
            errors.append(f"{i}: no fact equals the computed figure {money(v)}")
    print(f"subtotal before VAT: {money(subtotal)}; questions: {dict(cnt)}; non-English: {len(nonen)} "
          f"{dict(Counter(x['language'] for x in nonen))}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
