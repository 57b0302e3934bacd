"""Check the liftara-forklift-leasing scenario: counts, shapes, and that every answer fact is present.

Facts are searched (case-insensitively) in the text of the named sources. For `quote`, the text is the quote
JSON plus figures derived from it: net unit prices, line totals, the monthly recurring total, that total x 12,
the one-off total and the grand total, each formatted like 1,234.50.
"""
import json
import sys
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

HERE = Path(__file__).resolve().parent


def money(x):
    return f"{x:,.2f}"


def docx_text(p):
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def pdf_text(p):
    try:
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)
    except ImportError:
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(str(p))
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))


def xlsx_text(p):
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                parts.append(str(v))
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    parts.append(money(v))
    return "\n".join(parts)


def html_text(p):
    import html
    import re
    raw = p.read_text(encoding="utf-8")
    return html.unescape(re.sub(r"<[^>]+>", " ", raw))


def source_text(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return docx_text(p)
    if ext == ".pdf":
        return pdf_text(p)
    if ext == ".xlsx":
        return xlsx_text(p)
    if ext in (".html", ".htm"):
        return html_text(p)
    return p.read_text(encoding="utf-8")


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False), q["terms"], q["notes"]]
    monthly = one_off = 0.0
    for li in q["line_items"]:
        net = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        total = round(net * li["quantity"], 2)
        parts += [money(li["unit_price"]), money(net), money(total)]
        if "(one-off)" in li["name"]:
            one_off += total
        else:
            monthly += total
    parts += [money(monthly), money(monthly * 12), money(one_off), money(monthly + one_off)]
    return "\n".join(parts), monthly, one_off


def main():
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("2-3 users expected")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")

    texts = {}
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {s['path']}")
            continue
        texts[p.name] = source_text(p).lower()
    exts = sorted(Path(s["path"]).suffix for s in sc["sources"])
    if len(sc["sources"]) != 4 or len(set(exts)) != 4:
        errors.append(f"expected four sources in four types, got {exts}")
    qt, monthly, one_off = quote_text(q)
    texts["quote"] = qt.lower()

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    counts = {"answer": 0, "clarify": 0, "handoff": 0}
    non_en = {"answer": 0, "clarify": 0, "handoff": 0}
    ids = set()
    for item in qs:
        if item["id"] in ids:
            errors.append(f"duplicate id {item['id']}")
        ids.add(item["id"])
        e = item["expect"]
        counts[e] += 1
        if item.get("language", "en") != "en":
            non_en[e] += 1
        if e == "answer":
            facts, srcs = item.get("facts", []), item.get("sources", [])
            if not 1 <= len(facts) <= 3 or not srcs:
                errors.append(f"{item['id']}: answer needs 1-3 facts and sources")
            for s in srcs:
                if s not in texts:
                    errors.append(f"{item['id']}: unknown source {s}")
            for f in facts:
                if not any(f.lower() in texts.get(s, "") for s in srcs):
                    errors.append(f"{item['id']}: fact {f!r} not found in {srcs}")
    if len(qs) != 40:
        errors.append(f"expected 40 questions, got {len(qs)}")
    if counts != {"answer": 22, "clarify": 5, "handoff": 13}:
        errors.append(f"wrong counts {counts}")
    if sum(non_en.values()) != 10 or not all(non_en.values()):
        errors.append(f"need 10 non-English questions spread over all types, got {non_en}")

    print(f"monthly recurring {money(monthly)}, per year {money(monthly * 12)}, one-off {money(one_off)}")
    print(f"counts {counts}, non-English {non_en}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
