"""Validate the melliflow-honey-extraction scenario.

Checks: scenario.json structure, sources exist, 4 source types, 5-9 line items; questions.jsonl has 40 questions
(22 answer / 5 clarify / 13 handoff, 10 non-English spread over all three kinds, unique ids); every answer question
names sources that exist, has 1-3 facts, and every fact appears (case-insensitive) in at least one named source.
The "quote" text is the quote as a quote page shows it: the JSON fields plus, per line, the net unit price and the
line total, and the gross total, total discount and total before tax, formatted as 1,234.56.
Run: PYTHONPATH=<dir with pypdf> /work/main/.venv/bin/python validate.py
"""
import json, os, sys, zipfile, re

HERE = os.path.dirname(os.path.abspath(__file__))


def money(x):
    return f"{x:,.2f}"


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False), q["terms"], q["notes"]]
    gross = net_total = 0.0
    for li in q["line_items"]:
        net_unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(net_unit * li["quantity"], 2)
        gross += li["unit_price"] * li["quantity"]
        net_total += line
        parts.append(f'{li["sku"]} {li["name"]} qty {li["quantity"]} unit {money(li["unit_price"])} '
                     f'discount {li["discount_percent"]}% net unit {money(net_unit)} line total {money(line)}')
    parts.append(f"gross total {money(gross)} total discount {money(gross - net_total)} "
                 f"total before tax {money(net_total)}")
    return "\n".join(parts)


def docx_text(p):
    from docx import Document
    d = Document(p)
    out = [para.text for para in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(" | ".join(c.text for c in r.cells))
    return "\n".join(out)


def pdf_text(p):
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(p).pages)


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def html_text(p):
    return re.sub(r"<[^>]+>", " ", open(p, encoding="utf-8").read())


def text_of(p):
    ext = p.rsplit(".", 1)[-1].lower()
    return {"docx": docx_text, "pdf": pdf_text, "xlsx": xlsx_text, "html": html_text,
            "htm": html_text}.get(ext, lambda x: open(x, encoding="utf-8").read())(p)


def main():
    errors = []
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    q = sc["quote"]
    users = {u["email"] for u in sc["users"]}
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    if q["owner"] not in users:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("need 5-9 line items")
    if not any(li["discount_percent"] for li in q["line_items"]):
        errors.append("need some discounts")
    ah = sc["agent"]["handoff"]["assign_to"]
    if ah != "quote_owner" and not (isinstance(ah, dict) and ah.get("teams")):
        errors.append("bad handoff assign_to")

    texts = {"quote": quote_text(q)}
    exts = set()
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        if not os.path.exists(p):
            errors.append(f"missing source {s['path']}")
            continue
        if s["type"] == "kb_article" and not s.get("title"):
            errors.append("kb_article without title")
        exts.add(p.rsplit(".", 1)[-1].lower())
        texts[os.path.basename(p)] = text_of(p)
    if len(sc["sources"]) != 4 or len(exts) != 4:
        errors.append(f"need four sources in four types, got {sorted(exts)}")
    if not {"docx", "pdf", "xlsx"} <= exts or not exts & {"md", "html"}:
        errors.append("need docx, pdf, xlsx and md/html")
    try:
        from openpyxl import load_workbook
        xl = [s for s in sc["sources"] if s["path"].endswith(".xlsx")][0]
        if len(load_workbook(os.path.join(HERE, xl["path"])).worksheets) < 2:
            errors.append("xlsx needs 2+ sheets")
    except Exception as e:  # noqa
        errors.append(f"xlsx check failed: {e}")

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    counts = {"answer": 0, "clarify": 0, "handoff": 0}
    foreign = {"answer": 0, "clarify": 0, "handoff": 0}
    ids = set()
    for item in qs:
        if item["id"] in ids:
            errors.append(f"duplicate id {item['id']}")
        ids.add(item["id"])
        kind = item["expect"]
        counts[kind] += 1
        if item.get("language") and item["language"] != "en":
            foreign[kind] += 1
        if kind == "answer":
            srcs, facts = item.get("sources") or [], item.get("facts") or []
            if not srcs or not 1 <= len(facts) <= 3:
                errors.append(f"{item['id']}: needs sources and 1-3 facts")
            for s in srcs:
                if s not in texts:
                    errors.append(f"{item['id']}: unknown source {s}")
            for f in facts:
                found = [s for s in srcs if s in texts and f.lower() in texts[s].lower()]
                if not found:
                    errors.append(f"{item['id']}: fact {f!r} not found in {srcs}")
    if len(qs) != 40 or counts != {"answer": 22, "clarify": 5, "handoff": 13}:
        errors.append(f"counts wrong: {len(qs)} {counts}")
    if sum(foreign.values()) != 10 or not all(foreign.values()):
        errors.append(f"need 10 non-English spread over kinds, got {foreign}")
    langs = {item["language"] for item in qs if item.get("language")}
    print(f"questions: {len(qs)} {counts}; non-English: {foreign} languages {sorted(langs)}")
    print(f"sources: {sorted(k for k in texts if k != 'quote')}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed, every answer fact found in its named sources")


if __name__ == "__main__":
    main()
