"""Validate the partivo-divider-curtains scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(python-docx and openpyxl from the venv, pypdf from the scratch folder)
Checks: scenario.json shape, sources exist, 40 questions (22 answer / 5 clarify / 13 handoff, 10 non-English),
every answer fact appears (case-insensitive, whitespace-normalised) in at least one of its named sources or the
quote (quote text includes computed net unit prices, line totals and the subtotal).
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent


def norm(s):
    return re.sub(r"\s+", " ", s).lower()


def text_docx(p):
    from docx import Document
    d = Document(p)
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def text_pdf(p):
    from pypdf import PdfReader
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(p)).pages)


def text_xlsx(p):
    from openpyxl import load_workbook
    wb = load_workbook(p, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            vals = []
            for v in row:
                if v is None:
                    continue
                vals.append(str(v))
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    vals.append(f"{v:,.2f}")
                    vals.append(f"{v:,}")
            parts.append(" | ".join(vals))
    return "\n".join(parts)


def text_any(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return text_docx(p)
    if ext == ".pdf":
        return text_pdf(p)
    if ext == ".xlsx":
        return text_xlsx(p)
    if ext in (".md", ".html", ".htm", ".txt"):
        raw = p.read_text(encoding="utf-8")
        return re.sub(r"<[^>]+>", " ", raw) if ext in (".html", ".htm") else raw
    raise ValueError(f"unsupported source type {p}")


def money(x):
    return [f"{x:,.2f}", f"{x:.2f}", f"{x:,.0f}" if x == int(x) else f"{x:,.2f}"]


def text_quote(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    subtotal = 0.0
    for li in q["line_items"]:
        net_unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(net_unit * li["quantity"], 2)
        subtotal += line
        parts.append(f"{li['sku']} net unit {' '.join(money(net_unit))} line total {' '.join(money(line))}")
    subtotal = round(subtotal, 2)
    parts.append(f"subtotal before tax {' '.join(money(subtotal))}")
    return "\n".join(parts), subtotal


def main():
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    for k in ("name", "description", "agent", "users", "quote", "sources"):
        if k not in sc:
            errors.append(f"scenario.json missing {k}")
    q = sc["quote"]
    emails = {u["email"] for u in sc["users"]}
    if not 2 <= len(sc["users"]) <= 3:
        errors.append("need 2-3 users")
    if q["owner"] not in emails:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("need 5-9 line items")
    ho = sc["agent"]["handoff"]["assign_to"]
    if not (ho == "quote_owner" or (isinstance(ho, dict) and ho.get("teams"))):
        errors.append("bad handoff.assign_to")

    texts = {}
    types = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        if s["type"] == "kb_article" and not s.get("title"):
            errors.append(f"kb_article without title: {p.name}")
        types.add(p.suffix.lower())
        texts[p.name] = norm(text_any(p))
        if len(texts[p.name]) < 1500:
            errors.append(f"source {p.name} looks too short ({len(texts[p.name])} chars)")
    if len(types) < 4:
        errors.append(f"need four source types, got {sorted(types)}")
    qtext, subtotal = text_quote(q)
    texts["quote"] = norm(qtext)

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    counts = {"answer": 0, "clarify": 0, "handoff": 0}
    nonen = {"answer": 0, "clarify": 0, "handoff": 0}
    ids = set()
    for r in qs:
        if r["id"] in ids:
            errors.append(f"duplicate id {r['id']}")
        ids.add(r["id"])
        e = r["expect"]
        counts[e] += 1
        if r.get("language") and r["language"] != "en":
            nonen[e] += 1
        if e != "answer":
            continue
        if not r.get("sources") or not 1 <= len(r.get("facts", [])) <= 3:
            errors.append(f"{r['id']}: answer needs sources and 1-3 facts")
            continue
        for src in r["sources"]:
            if src not in texts:
                errors.append(f"{r['id']}: unknown source {src}")
        for f in r["facts"]:
            if not any(norm(f) in texts.get(src, "") for src in r["sources"]):
                errors.append(f"{r['id']}: fact {f!r} not found in {r['sources']}")
    if len(qs) != 40:
        errors.append(f"expected 40 questions, got {len(qs)}")
    if counts != {"answer": 22, "clarify": 5, "handoff": 13}:
        errors.append(f"bad counts {counts}")
    if sum(nonen.values()) != 10 or 0 in nonen.values():
        errors.append(f"need 10 non-English questions spread over all kinds, got {nonen}")

    print(f"sources: {', '.join(f'{k} ({len(v)} chars)' for k, v in texts.items())}")
    print(f"quote subtotal before tax: {subtotal:,.2f} {q['currency']}")
    print(f"questions: {len(qs)} {counts}; non-English {sum(nonen.values())} {nonen}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
