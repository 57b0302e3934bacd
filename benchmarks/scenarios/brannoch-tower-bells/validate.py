"""Validate the brannoch-tower-bells scenario.

Checks: every answer fact appears (case-insensitively) in at least one of the question's named sources
(text extracted from docx/pdf/xlsx/md/html, or a rendering of the quote with line totals, net unit prices,
discount amounts and subtotal); counts (40 questions: 22 answer, 5 clarify, 13 handoff; 10 non-English);
the scenario's structure (sources exist, 5-9 line items, 2-3 users, owner is a user).

Run with:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py   (pypdf is needed for the PDF)
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def text_of(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    if ext == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(str(path), data_only=True)
        parts = []
        for ws in wb.worksheets:
            parts.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                parts.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(parts)
    if ext in (".md", ".txt"):
        return path.read_text(encoding="utf-8")
    if ext in (".html", ".htm"):
        import re, html
        raw = path.read_text(encoding="utf-8")
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    raise ValueError(f"unsupported source type: {path}")


def money(v: float) -> list:
    return [f"{v:,.2f}", f"{v:.2f}", f"{v:,.0f}" if v == int(v) else f"{v:,.2f}"]


def quote_text(q: dict) -> str:
    lines = [q["number"], q["title"], q["buyer_company"], q["currency"], q["created_on"], q["expires_on"]]
    subtotal = 0.0
    for li in q["line_items"]:
        gross = li["quantity"] * li["unit_price"]
        disc = gross * li["discount_percent"] / 100
        net = gross - disc
        net_unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        subtotal += net
        lines.append(" | ".join([li["sku"], li["name"], str(li["quantity"]), *money(li["unit_price"]),
                                 f"{li['discount_percent']}%", "net unit", *money(net_unit),
                                 "discount", *money(disc), "line total", *money(net)]))
    lines.append("subtotal " + " ".join(money(subtotal)))
    lines += [q["terms"], q["notes"]]
    return "\n".join(lines)


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
    types = {Path(s["path"]).suffix for s in sc["sources"]}
    if len(sc["sources"]) < 4 or len(types) < 4:
        errors.append("need four sources in four types")

    q = sc["quote"]
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("quote needs 5-9 line items")
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    counts = {"answer": 0, "clarify": 0, "handoff": 0}
    non_en = {"answer": 0, "clarify": 0, "handoff": 0}
    ids = set()
    for item in qs:
        if item["id"] in ids:
            errors.append(f"duplicate id {item['id']}")
        ids.add(item["id"])
        counts[item["expect"]] += 1
        if item.get("language") and item["language"] != "en":
            non_en[item["expect"]] += 1
        if item["expect"] == "answer":
            if not item.get("sources") or not 1 <= len(item.get("facts", [])) <= 3:
                errors.append(f"{item['id']}: answer needs sources and 1-3 facts")
            for src in item["sources"]:
                if src not in texts:
                    errors.append(f"{item['id']}: unknown source {src}")
            for fact in item["facts"]:
                if not any(fact.lower() in texts.get(src, "") for src in item["sources"]):
                    errors.append(f"{item['id']}: fact {fact!r} not found in {item['sources']}")
    if len(qs) != 40:
        errors.append(f"expected 40 questions, got {len(qs)}")
    if counts != {"answer": 22, "clarify": 5, "handoff": 13}:
        errors.append(f"wrong counts {counts}")
    if sum(non_en.values()) != 10 or min(non_en.values()) == 0:
        errors.append(f"need 10 non-English questions spread over all types, got {non_en}")

    print("counts:", counts, "non-English:", non_en)
    print("subtotal line:", texts["quote"].splitlines()[-3])
    if errors:
        print("FAILED")
        for e in errors:
            print(" -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
