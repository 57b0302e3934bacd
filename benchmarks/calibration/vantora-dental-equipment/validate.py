"""Check the vantora-dental-equipment scenario: counts, languages, and that every answer fact appears verbatim
(case-insensitive, whitespace-normalised) in one of the named sources or in the quote. Facts that need quote
arithmetic are recomputed from the line items (see DERIVED).

Run: /work/main/.venv/bin/python validate.py
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

import docx
import openpyxl
import pypdfium2
from bs4 import BeautifulSoup

HERE = Path(__file__).resolve().parent


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        pdf = pypdfium2.PdfDocument(str(path))
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    if ext == ".xlsx":
        wb = openpyxl.load_workbook(str(path), data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                out.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(out)
    if ext == ".html":
        return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml").get_text(" ")
    return path.read_text(encoding="utf-8")


def fmt(x):
    x = round(x, 2)
    return f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"


def quote_text(q):
    lines, total = [], 0.0
    for li in q["line_items"]:
        net_unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line_total = net_unit * li["quantity"]
        total += line_total
        lines.append(f'{li["sku"]} {li["name"]} qty {li["quantity"]} unit {fmt(li["unit_price"])} '
                     f'discount {li["discount_percent"]}% net unit {fmt(net_unit)} line total {fmt(line_total)}')
    lines.append(f"total before tax {fmt(total)}")
    for k in ("number", "title", "buyer_company", "currency", "created_on", "expires_on", "terms", "notes"):
        lines.append(str(q[k]))
    return "\n".join(lines), total


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    qtext, total = quote_text(q)
    items = {li["sku"]: li for li in q["line_items"]}

    def line(sku):
        li = items[sku]
        return li["unit_price"] * (1 - li["discount_percent"] / 100) * li["quantity"]

    # question id -> {fact: recomputed value}
    DERIVED = {
        "a01": {"205,680": total},
        "a02": {"16,974": items["VDS-TC-740"]["unit_price"] * (1 - items["VDS-TC-740"]["discount_percent"] / 100)},
        "a03": {"882": items["VDS-SVC-3Y"]["unit_price"] * (1 - items["VDS-SVC-3Y"]["discount_percent"] / 100) / 3},
        "a04": {"35,397": line("VDS-AC-B23") + line("VDS-AC-B18")},
        "a06": {"1,287": items["VDS-XR-65"]["unit_price"] * items["VDS-XR-65"]["quantity"]
                * items["VDS-XR-65"]["discount_percent"] / 100},
    }

    texts = {"quote": norm(qtext)}
    for s in sc["sources"]:
        p = HERE / s["path"]
        assert p.exists(), f"missing source {p}"
        texts[p.name] = norm(text_of(p))
        assert len(texts[p.name]) > 1200, f"{p.name} looks too short ({len(texts[p.name])} chars)"
    types = {Path(s["path"]).suffix for s in sc["sources"]}
    assert {".docx", ".pdf", ".xlsx"} <= types and ({".md", ".html"} & types), types
    wb = openpyxl.load_workbook(str(HERE / "knowledge" / "Vantora_Price_and_Spec_Sheet_2025.xlsx"))
    assert len(wb.worksheets) >= 2

    assert 5 <= len(q["line_items"]) <= 9
    assert 2 <= len(sc["users"]) <= 3
    assert q["owner"] in {u["email"] for u in sc["users"]}
    assert all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])

    errors = []
    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [x["id"] for x in qs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    counts = Counter(x["expect"] for x in qs)
    langs = Counter(x["expect"] for x in qs if x.get("language"))
    if len(qs) != 40 or counts != Counter(answer=22, clarify=5, handoff=13):
        errors.append(f"counts: {len(qs)} {dict(counts)}")
    non_en = [x for x in qs if x.get("language")]
    if len(non_en) != 10 or any(x["language"] == "en" for x in non_en) or len(langs) != 3:
        errors.append(f"non-English: {len(non_en)} {dict(langs)}")

    for x in qs:
        if x["expect"] != "answer":
            continue
        if not x.get("sources") or not (1 <= len(x.get("facts", [])) <= 3):
            errors.append(f'{x["id"]}: needs sources and 1-3 facts')
            continue
        for s in x["sources"]:
            if s not in texts:
                errors.append(f'{x["id"]}: unknown source {s}')
        for fact in x["facts"]:
            derived = DERIVED.get(x["id"], {})
            if fact in derived:
                if fmt(derived[fact]) != fact:
                    errors.append(f'{x["id"]}: derived fact {fact!r} but computed {fmt(derived[fact])}')
                continue
            if not any(norm(fact) in texts.get(s, "") for s in x["sources"]):
                errors.append(f'{x["id"]}: fact {fact!r} not found in {x["sources"]}')
    missing_derived = [k for k in DERIVED if k not in ids]
    if missing_derived:
        errors.append(f"DERIVED ids not in questions: {missing_derived}")

    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print(f"OK: {len(qs)} questions {dict(counts)}, {len(non_en)} non-English "
          f"({dict(Counter(x['language'] for x in non_en))}), total before tax EUR {fmt(total)}")


if __name__ == "__main__":
    main()
