"""Validate the pavilmoor-bandstand-ironwork scenario.

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
Checks counts (40 questions: 22 answer / 5 clarify / 13 handoff, 10 non-English), the quote shape, the four source
types, and that every answer fact appears (case-insensitively) in at least one of the sources the question names.
For `quote`, the searchable text is the quote JSON plus the figures derived from it (line totals, discounted unit
prices, subtotal before VAT, VAT at 20%, total including VAT), so arithmetic answers are checked by computation.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def text_of(path: Path) -> str:
    suf = path.suffix.lower()
    if suf == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        return "\n".join(parts)
    if suf == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if suf == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(path), data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                out.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(out)
    if suf in (".md", ".html", ".htm", ".txt"):
        raw = path.read_text(encoding="utf-8")
        if suf in (".html", ".htm"):
            raw = re.sub(r"<[^>]+>", " ", raw)
        return raw
    raise ValueError(f"unsupported source type: {path}")


def money(x: float) -> list:
    return [f"{x:,.2f}", f"{x:.2f}", f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else f"{x:,.2f}"]


def quote_text(q: dict) -> str:
    parts = [json.dumps(q, ensure_ascii=False)]
    subtotal = 0.0
    for li in q["line_items"]:
        net_unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 2)
        line = round(net_unit * li["quantity"], 2)
        subtotal += line
        parts += money(net_unit) + money(line)
    subtotal = round(subtotal, 2)
    vat = round(subtotal * 0.20, 2)
    parts += money(subtotal) + money(vat) + money(round(subtotal + vat, 2))
    print(f"quote: subtotal {subtotal:,.2f}, VAT {vat:,.2f}, total {subtotal + vat:,.2f}")
    return "\n".join(parts)


def main():
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    # quote shape
    if not 5 <= len(q["line_items"]) <= 9:
        err(f"line items: {len(q['line_items'])}, expected 5-9")
    if not any(li["discount_percent"] for li in q["line_items"]):
        err("no discounted line item")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        err("buyer_contacts must be e-mail strings")
    if not 2 <= len(sc["users"]) <= 3:
        err("expected 2-3 users")
    if q["owner"] not in {u["email"] for u in sc["users"]}:
        err("quote owner is not a user")
    # sources
    texts = {}
    kinds = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            err(f"missing source {p}")
            continue
        kinds.add(p.suffix.lower())
        t = text_of(p)
        if len(t) < 1200:
            err(f"source too thin: {p.name} ({len(t)} chars)")
        texts[p.name] = t
        print(f"source {p.name}: {len(t)} chars")
    if len(kinds) < 4:
        err(f"expected four source types, got {sorted(kinds)}")
    texts["quote"] = quote_text(q)
    # questions
    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    if len(qs) != 40:
        err(f"{len(qs)} questions, expected 40")
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    kinds_q = Counter(x["expect"] for x in qs)
    if kinds_q != Counter(answer=22, clarify=5, handoff=13):
        err(f"expect counts {dict(kinds_q)}, expected answer 22 / clarify 5 / handoff 13")
    non_en = [x for x in qs if x.get("language", "en") != "en"]
    if len(non_en) != 10:
        err(f"{len(non_en)} non-English questions, expected 10")
    for kind in ("answer", "clarify", "handoff"):
        if not any(x["expect"] == kind for x in non_en):
            err(f"no non-English {kind} question")
    langs = Counter(x["language"] for x in non_en)
    for x in qs:
        if x["expect"] != "answer":
            continue
        srcs, facts = x.get("sources") or [], x.get("facts") or []
        if not srcs:
            err(f"{x['id']}: answer without sources")
        if not 1 <= len(facts) <= 3:
            err(f"{x['id']}: {len(facts)} facts, expected 1-3")
        for s in srcs:
            if s not in texts:
                err(f"{x['id']}: unknown source {s}")
        for f in facts:
            if not any(f.lower() in texts.get(s, "").lower() for s in srcs):
                err(f"{x['id']}: fact {f!r} not found in {srcs}")
    single = sum(1 for x in qs if x["expect"] == "answer" and len(x["sources"]) == 1 and x["sources"][0] != "quote")
    arith = sum(1 for x in qs if x["expect"] == "answer" and "quote" in x["sources"])
    print(f"questions: {len(qs)} {dict(kinds_q)}; non-English {len(non_en)} {dict(langs)}; "
          f"single-source answers {single}; quote-based answers {arith}")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
