"""Check the hillvaro-skijump-maintenance scenario.

- every `answer` fact appears (case-insensitively, whitespace-normalised) in one of its named sources, or, for
  `quote`, in the quote text or in a figure derived from the quote by the arithmetic the question asks for;
- counts: 40 questions, 22 answer / 5 clarify / 13 handoff, 10 non-English spread over all three kinds;
- every source file exists and is of the type the brief asks for.

Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            for v in row:
                if v is None:
                    continue
                parts.append(f"{v:,.2f}" if isinstance(v, float) else str(v))
                if isinstance(v, float):
                    parts.append(f"{v:.2f}")
    return "\n".join(parts)


def text_any(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return text_docx(p)
    if ext == ".pdf":
        return text_pdf(p)
    if ext == ".xlsx":
        return text_xlsx(p)
    return p.read_text(encoding="utf-8")


def money(x):
    return [f"{x:,.2f}", f"{x:.2f}"] + ([f"{x:,.0f}", f"{x:.0f}"] if abs(x - round(x)) < 1e-9 else [])


def quote_text(q):
    parts = [str(v) for k, v in q.items() if k != "line_items"]
    derived = []
    sub = 0.0
    lines = {}
    for li in q["line_items"]:
        parts += [li["sku"], li["name"], str(li["quantity"]), *money(li["unit_price"]), f"{li['discount_percent']}%"]
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        net = round(unit * li["quantity"], 2)
        lines[li["sku"]] = (li, unit, net)
        derived += money(unit) + money(net)
        sub += net
    sub = round(sub, 2)
    derived += money(sub)                                   # total before VAT
    derived += money(round(sub * 1.20, 2))                  # total incl. 20% VAT (terms)
    derived += money(round(sub * 0.20, 2))                  # VAT amount
    # 40% on order for matting and ceramic elements (terms)
    derived += money(round(0.40 * (lines["HVX-MAT-S8"][2] + lines["HVX-CER-EL"][2]), 2))
    # matting cost per year over the 8-year warranty (PDF data sheet)
    derived += money(round(lines["HVX-MAT-S8"][2] / 8, 2))
    # recycling of the old matting: quoted m2 x EUR 2.10 (price list HVX-MAT-RCY, data sheet)
    derived += money(round(lines["HVX-MAT-S8"][0]["quantity"] * 2.10, 2))
    return "\n".join(parts + derived)


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    errors = []
    texts = {}
    types = Counter()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        texts[p.name] = norm(text_any(p))
        types[(s["type"], p.suffix.lower())] += 1
    texts["quote"] = norm(quote_text(sc["quote"]))
    need = {("file", ".docx"), ("file", ".pdf"), ("file", ".xlsx"), ("kb_article", ".md")}
    if set(types) != need:
        errors.append(f"source types {sorted(types)} != {sorted(need)}")

    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("2-3 users expected")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    kinds = Counter(x["expect"] for x in qs)
    foreign = Counter(x["expect"] for x in qs if x.get("language"))
    ids = [x["id"] for x in qs]
    if len(qs) != 40 or len(set(ids)) != 40:
        errors.append(f"expected 40 unique questions, got {len(qs)} ({len(set(ids))} unique ids)")
    if kinds != Counter(answer=22, clarify=5, handoff=13):
        errors.append(f"kind counts {dict(kinds)}")
    if sum(foreign.values()) != 10 or len(foreign) != 3:
        errors.append(f"non-English questions {dict(foreign)}: need 10 across all three kinds")
    langs = Counter(x["language"] for x in qs if x.get("language"))
    if not set(langs) <= {"fr", "de", "es", "pt", "it", "nl"}:
        errors.append(f"unexpected languages {dict(langs)}")

    for x in qs:
        if x["expect"] != "answer":
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

    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print(f"OK: {len(qs)} questions {dict(kinds)}, non-English {dict(foreign)} {dict(langs)}, "
          f"{len(sc['sources'])} sources, {len(q['line_items'])} line items")


if __name__ == "__main__":
    main()
