"""Check the pyravale-cremators scenario: counts, sources, and that every answer fact is in a named source.

    PYTHONPATH=/tmp/pyravale_deps /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf)
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent


def text_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)
    if ext == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                cells = []
                for v in row:
                    if v is None:
                        continue
                    if isinstance(v, (int, float)) and not isinstance(v, bool):
                        cells.append(f"{v:,}" if float(v).is_integer() else f"{v:,.2f}")
                        cells.append(str(v))
                    else:
                        cells.append(str(v))
                out.append(" | ".join(cells))
        return "\n".join(out)
    if ext in (".md", ".html", ".htm", ".txt"):
        return path.read_text(encoding="utf-8")
    raise ValueError(f"unsupported source type: {path}")


def quote_text(q: dict) -> str:
    """The quote as text plus the figures a reader can derive from it (line totals, discounted unit prices,
    total before and after VAT, per-year service cost, payment on order)."""
    parts = [json.dumps(q, ensure_ascii=False)]
    total = 0.0
    service = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        total += line
        if li["sku"] == "PYR-SVC-GOLD":
            service = line
        parts += [f"{unit:,.2f}", f"{line:,.2f}", f"{li['unit_price']:,.2f}"]
    vat = 0.23
    years = 5
    parts += [f"{total:,.2f}", f"{total * (1 + vat):,.2f}", f"{total * vat:,.2f}",
              f"{service / years:,.2f}", f"{(total - service) * 0.30:,.2f}",
              f"{(total - service) * 0.50:,.2f}", f"{(total - service) * 0.20:,.2f}"]
    return "\n".join(parts)


def main() -> int:
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    errors = []
    texts = {}
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        texts[p.name] = text_of(p).lower()
    texts["quote"] = quote_text(sc["quote"]).lower()
    types = {Path(s["path"]).suffix.lower() for s in sc["sources"]}
    if len(sc["sources"]) < 4 or len(types) < 4:
        errors.append(f"need four sources in four types, got {types}")
    n_items = len(sc["quote"]["line_items"])
    if not 5 <= n_items <= 9:
        errors.append(f"quote has {n_items} line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    emails = {u["email"] for u in sc["users"]}
    if sc["quote"]["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not all(isinstance(e, str) and "@" in e for e in sc["quote"]["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    ids = [q["id"] for q in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    counts = Counter(q["expect"] for q in qs)
    want = {"answer": 22, "clarify": 5, "handoff": 13}
    if len(qs) != 40 or dict(counts) != want:
        errors.append(f"counts {len(qs)} {dict(counts)} != 40 {want}")
    foreign = [q for q in qs if q.get("language") and q["language"] != "en"]
    if len(foreign) != 10:
        errors.append(f"{len(foreign)} non-English questions, want 10")
    if not {"fr", "de", "es", "pt", "it", "nl"} >= {q["language"] for q in foreign}:
        errors.append("unexpected language code")
    if {q["expect"] for q in foreign} != set(want):
        errors.append("non-English questions are not spread across answer/clarify/handoff")

    for q in qs:
        if q["expect"] != "answer":
            if q.get("facts"):
                errors.append(f"{q['id']}: {q['expect']} question has facts")
            continue
        if not q.get("sources") or not q.get("facts") or not 1 <= len(q["facts"]) <= 3:
            errors.append(f"{q['id']}: answer needs sources and 1-3 facts")
            continue
        for s in q["sources"]:
            if s not in texts:
                errors.append(f"{q['id']}: unknown source {s}")
        for f in q["facts"]:
            where = [s for s in q["sources"] if f.lower() in texts.get(s, "")]
            if not where:
                errors.append(f"{q['id']}: fact {f!r} not found in {q['sources']}")
    single = sum(1 for q in qs if q["expect"] == "answer" and len(q["sources"]) == 1 and q["sources"] != ["quote"])
    print(f"{len(qs)} questions {dict(counts)}; {len(foreign)} non-English; "
          f"{single} answers from a single document source; {n_items} line items")
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
