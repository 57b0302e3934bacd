"""Check the aseptra-washer-disinfectors scenario: counts, languages, sources, and that every answer fact
appears (case-insensitively) in at least one of the sources it names, or in the rendered quote.

Needs python-docx, openpyxl and pypdf (e.g. PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py).
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
for extra in ("/tmp/rl",):
    if Path(extra).is_dir() and extra not in sys.path:
        sys.path.append(extra)

from docx import Document  # noqa: E402
from openpyxl import load_workbook  # noqa: E402
from pypdf import PdfReader  # noqa: E402


def text_docx(p):
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    return "\n".join(page.extract_text() or "" for page in PdfReader(p).pages)


def text_xlsx(p):
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def text_file(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return text_docx(p)
    if ext == ".pdf":
        return text_pdf(p)
    if ext == ".xlsx":
        return text_xlsx(p)
    if ext in (".md", ".html", ".htm", ".txt"):
        return p.read_text(encoding="utf-8")
    raise ValueError(f"unsupported source type: {p}")


def money(x):
    return f"{x:,.2f}"


def text_quote(q):
    """The quote as a buyer sees it: fields, lines with net unit price and line total, subtotal and discounts."""
    parts = [q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"]]
    gross = net = 0.0
    for li in q["line_items"]:
        unit_net = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(unit_net * li["quantity"], 2)
        gross += li["unit_price"] * li["quantity"]
        net += line
        parts.append(f'{li["sku"]} | {li["name"]} | qty {li["quantity"]} | unit {money(li["unit_price"])} | '
                     f'discount {li["discount_percent"]}% | net unit {money(unit_net)} | line total {money(line)}')
    parts.append(f"Subtotal before VAT {money(net)}")
    parts.append(f"Total discount {money(gross - net)}")
    parts.append(f"VAT 20% {money(net * 0.2)}")
    parts.append(f"Total including VAT {money(net * 1.2)}")
    parts += [q["terms"], q["notes"]]
    return "\n".join(parts)


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    errors = []
    q = sc["quote"]
    users = {u["email"] for u in sc["users"]}
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    if q["owner"] not in users:
        errors.append("quote owner is not a user")
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("need 5-9 line items")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    ho = sc["agent"]["handoff"]["assign_to"]
    if ho != "quote_owner":
        teams = {t for u in sc["users"] for t in u["teams"]}
        missing = set(ho["teams"]) - teams
        if missing:
            errors.append(f"handoff teams without users: {missing}")

    texts = {"quote": text_quote(q)}
    types = Counter()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.is_file():
            errors.append(f"missing source {p}")
            continue
        texts[p.name] = text_file(p)
        types[p.suffix.lower()] += 1
        if s["type"] == "kb_article" and not s.get("title"):
            errors.append(f"kb_article without title: {p.name}")
    for ext in (".docx", ".pdf", ".xlsx"):
        if types[ext] != 1:
            errors.append(f"need exactly one {ext} source, have {types[ext]}")
    if types[".md"] + types[".html"] < 1:
        errors.append("need a Markdown kb_article or an HTML page")
    wb = load_workbook(HERE / next(s["path"] for s in sc["sources"] if s["path"].endswith(".xlsx")))
    if len(wb.worksheets) < 2:
        errors.append("xlsx needs 2+ sheets")

    rows = [json.loads(line) for line in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    counts = Counter(r["expect"] for r in rows)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(rows) != 40 or dict(counts) != want:
        errors.append(f"counts {len(rows)} {dict(counts)} != 40 {want}")
    non_en = [r for r in rows if r.get("language", "en") != "en"]
    if len(non_en) != 10:
        errors.append(f"{len(non_en)} non-English questions, need 10")
    if {r["expect"] for r in non_en} != set(want):
        errors.append("non-English questions must span answer, clarify and handoff")
    if not {r["language"] for r in non_en} <= {"fr", "de", "es", "pt", "it", "nl"}:
        errors.append("unexpected language code")

    for r in rows:
        if r["expect"] != "answer":
            if r.get("sources") or r.get("facts"):
                errors.append(f"{r['id']}: only answer questions carry sources/facts")
            continue
        if not r.get("sources") or not 1 <= len(r.get("facts", [])) <= 3:
            errors.append(f"{r['id']}: needs sources and 1-3 facts")
            continue
        for s in r["sources"]:
            if s not in texts:
                errors.append(f"{r['id']}: unknown source {s}")
        pool = [texts[s].lower() for s in r["sources"] if s in texts]
        for f in r["facts"]:
            if not any(f.lower() in t for t in pool):
                errors.append(f"{r['id']}: fact {f!r} not found in {r['sources']}")

    print(f"questions: {len(rows)} {dict(counts)}; non-English: {len(non_en)} "
          f"{dict(Counter(r['language'] for r in non_en))}; sources: {sorted(texts)}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
