"""Check the brightkey-hotel-locks scenario: counts, languages, and that every answer fact appears
(case-insensitively) in one of the sources the question names, or in the quote.

"quote" text = the quote JSON plus its figures formatted as 1,234.56 plus derived quote arithmetic
(discounted unit prices, line totals, total before VAT, total with 23% VAT).
A few facts are per-year arithmetic on a source figure; they are listed in DERIVED with the source
figure they rest on, which must itself appear in that source.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (needs python-docx, openpyxl, pypdf)
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent


def money(x):
    return f"{x:,.2f}"


def text_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    if ext == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(path), data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if v is None:
                        continue
                    out.append(str(v))
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        out.append(money(v))
        return "\n".join(out)
    if ext in (".md", ".txt"):
        return path.read_text(encoding="utf-8")
    if ext in (".html", ".htm"):
        import re, html
        return html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8")))
    raise ValueError(f"unsupported source type: {path}")


def quote_text(q) -> str:
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"]
        disc_unit = round(unit * (1 - li["discount_percent"] / 100), 2)
        line = round(li["quantity"] * disc_unit, 2)
        total += line
        parts += [money(unit), money(disc_unit), money(line), money(li["quantity"] * unit)]
    total = round(total, 2)
    parts += [money(total), money(round(total * 1.23, 2))]
    return "\n".join(parts)


M = "frontdesk-mobile-key-faq.md"
# fact -> (computed value, source file, figure in that source it rests on)
DERIVED = {
    "2,592": (1.20 * 180 * 12, M, "EUR 1.20 per room per month"),
}


def main() -> int:
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    errors = []
    texts = {"quote": quote_text(sc["quote"]).lower()}
    types = []
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        t = text_of(p)
        if len(t) < 1500:
            errors.append(f"source too short ({len(t)} chars): {p.name}")
        texts[p.name] = t.lower()
        types.append(p.suffix.lower())
    if len(set(types)) != 4:
        errors.append(f"expected 4 source types, got {types}")

    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote must have 5-9 line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("2-3 users expected")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")

    for fact, (value, src, base) in DERIVED.items():
        if money(value).split(".")[0] != fact and money(value) != fact:
            errors.append(f"derived fact {fact} != computed {money(value)}")
        if base.lower() not in texts.get(src, ""):
            errors.append(f"derived fact {fact}: base figure {base!r} not in {src}")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    counts = Counter(x["expect"] for x in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(counts) != want:
        errors.append(f"counts {len(qs)} {dict(counts)} != 40 {want}")
    langs = Counter(x.get("language", "en") for x in qs)
    non_en = [x for x in qs if x.get("language", "en") != "en"]
    if len(non_en) != 10:
        errors.append(f"expected 10 non-English questions, got {len(non_en)}")
    if {x["expect"] for x in non_en} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions must span answer/clarify/handoff")

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
            hit = any(f.lower() in texts.get(s, "") for s in x["sources"])
            if not hit and f in DERIVED and DERIVED[f][1] in x["sources"]:
                hit = True
            if not hit:
                errors.append(f"{x['id']}: fact {f!r} not found in {x['sources']}")

    print(f"questions: {len(qs)} {dict(counts)}; languages: {dict(langs)}")
    print(f"quote total before VAT: {quote_text(q).splitlines()[-2]}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        return 1
    print("PASS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
