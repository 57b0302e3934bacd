"""Check the clarivox-lecture-capture scenario.

- every source file exists; text is extracted from docx/pdf/xlsx/md/html;
- every `answer` fact appears (case-insensitively) in at least one of the sources it names, or in the quote
  (quote text = scenario.json quote plus the figures derived from it: discounted unit prices, line totals,
  total before VAT, VAT, total incl. VAT, yearly and per-room-per-year subscription figures);
- counts: 40 questions, 22 answer / 5 clarify / 13 handoff, 10 non-English spread over all three kinds,
  5-9 line items, 2-3 users, unique ids.
Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (pypdf or reportlab-free pdftotext for PDFs)
"""
import html as htmlmod
import json
import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent


def pdf_text(p):
    try:
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(p)).pages)
    except ImportError:
        return subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True, check=True).stdout


def docx_text(p):
    xml = zipfile.ZipFile(p).read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>", "\n", xml)
    return htmlmod.unescape(re.sub(r"<[^>]+>", "", xml))


def xlsx_text(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, read_only=True)
    return "\n".join(" | ".join("" if v is None else str(v) for v in row)
                     for ws in wb.worksheets for row in ws.iter_rows(values_only=True))


def html_text(p):
    return htmlmod.unescape(re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8")))


def text_of(p):
    ext = p.suffix.lower()
    return {".pdf": pdf_text, ".docx": docx_text, ".xlsx": xlsx_text, ".html": html_text}.get(
        ext, lambda q: q.read_text(encoding="utf-8"))(p)


def money(x):
    return f"{x:,.2f}"


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False), q["terms"], q["notes"]]
    total = 0.0
    for li in q["line_items"]:
        unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit * li["quantity"], 2)
        total += line
        parts += [money(li["unit_price"]), money(unit), money(line)]
        if "subscription" in li["name"].lower():
            m = re.search(r"(\d+)-year", li["name"])
            years = int(m.group(1)) if m else 1
            parts += [money(line / years), money(unit / years)]   # per year, per room per year
    total = round(total, 2)
    parts += [money(total), money(round(total * 0.20, 2)), money(round(total * 1.20, 2))]
    return "\n".join(parts)


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    errors = []
    texts = {}
    types = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        texts[p.name] = norm(text_of(p))
        types.add(p.suffix.lower())
        if len(texts[p.name]) < 1500:
            errors.append(f"source {p.name} looks too short ({len(texts[p.name])} chars)")
    texts["quote"] = norm(quote_text(sc["quote"]))
    if not {".docx", ".pdf", ".xlsx"} <= types or not ({".md", ".html"} & types):
        errors.append(f"source types incomplete: {types}")

    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("2-3 users expected")
    emails = {u["email"] for u in sc["users"]}
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    kinds = Counter(x["expect"] for x in qs)
    if len(qs) != 40 or kinds != Counter(answer=22, clarify=5, handoff=13):
        errors.append(f"counts wrong: {len(qs)} {dict(kinds)}")
    if len({x['id'] for x in qs}) != len(qs):
        errors.append("duplicate ids")
    foreign = [x for x in qs if x.get("language", "en") != "en"]
    if len(foreign) != 10:
        errors.append(f"{len(foreign)} non-English questions, expected 10")
    if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions not spread across kinds")
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
    print(f"{len(qs)} questions {dict(kinds)}; {len(foreign)} non-English "
          f"{dict(Counter(x['language'] for x in foreign))}; sources {sorted(texts)}")
    if errors:
        print("FAIL"); print("\n".join(errors)); sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
