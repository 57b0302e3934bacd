"""Check the sluicewright-lock-gates scenario.

Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python validate.py
(needs python-docx, openpyxl and pypdf)

Checks: scenario.json shape, source files exist, question counts (40: 22 answer / 5 clarify / 13 handoff,
10 non-English spread over all three kinds), and that every `facts` string of an answer question appears
(case-insensitively, whitespace-normalised) in at least one of the sources it names. The quote's text is its
JSON fields plus figures a quote page shows: discounted unit prices, line totals, subtotal, VAT and total.
A few facts are arithmetic the buyer asks for (e.g. a per-year figure); those are listed in DERIVED with
the formula that produces them and are accepted for `quote` only when the formula gives that figure.
"""
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
VAT = 0.20


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def money(x):
    return f"{x:,.2f}" + " " + (f"{x:,.0f}" if abs(x - round(x)) < 1e-9 else "")


def text_of(path):
    ext = path.suffix.lower()
    if ext == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        return "\n".join(parts)
    if ext == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if ext == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path, data_only=True)
        out = []
        for ws in wb.worksheets:
            out.append(ws.title)
            for row in ws.iter_rows(values_only=True):
                out.append(" | ".join("" if v is None else str(v) for v in row))
        return "\n".join(out)
    if ext in (".html", ".htm"):
        raw = path.read_text(encoding="utf-8")
        raw = re.sub(r"(?is)<(script|style).*?</\1>", " ", raw)
        return html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return path.read_text(encoding="utf-8")


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False)]
    sub = 0.0
    for li in q["line_items"]:
        unit = li["unit_price"] * (1 - li["discount_percent"] / 100)
        line = unit * li["quantity"]
        sub += line
        parts.append(f"{li['sku']} {li['name']} qty {li['quantity']} unit {money(li['unit_price'])} "
                     f"discount {li['discount_percent']}% net unit {money(unit)} line total {money(line)}")
    parts.append(f"subtotal {money(sub)} VAT {money(sub * VAT)} total {money(sub * (1 + VAT))}")
    return "\n".join(parts), sub


def main():
    errors = []
    sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
    q = sc["quote"]
    users = {u["email"] for u in sc["users"]}
    if not 2 <= len(users) <= 3:
        errors.append("need 2-3 users")
    if q["owner"] not in users:
        errors.append("quote owner is not a user")
    if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
        errors.append("buyer_contacts must be e-mail strings")
    if not 5 <= len(q["line_items"]) <= 9:
        errors.append("need 5-9 line items")
    ho = sc["agent"]["handoff"]["assign_to"]
    if ho != "quote_owner" and not (isinstance(ho, dict) and ho.get("teams")):
        errors.append("bad handoff.assign_to")

    qtext, sub = quote_text(q)
    items = {li["sku"]: li for li in q["line_items"]}
    DERIVED = {
        # fact: value the quote must produce
        "11,200": items["LGM-CALL-24"]["unit_price"] * items["LGM-CALL-24"]["quantity"] / 3,  # 3-year term, per year
    }
    for fact, val in DERIVED.items():
        if f"{val:,.0f}" != fact:
            errors.append(f"derived fact {fact} does not match formula ({val:,.2f})")
        else:
            qtext += f"\nderived {fact}"

    texts = {"quote": norm(qtext)}
    types = set()
    for s in sc["sources"]:
        p = HERE / s["path"]
        if not p.exists():
            errors.append(f"missing source {p}")
            continue
        types.add(p.suffix.lower())
        texts[p.name] = norm(text_of(p))
        if len(texts[p.name]) < 1500:
            errors.append(f"{p.name}: too little text ({len(texts[p.name])} chars)")
    if len(types) < 4:
        errors.append(f"need four source types, got {sorted(types)}")

    qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    kinds = Counter(x["expect"] for x in qs)
    if len(qs) != 40 or kinds != Counter(answer=22, clarify=5, handoff=13):
        errors.append(f"counts wrong: {len(qs)} {dict(kinds)}")
    if len({x["id"] for x in qs}) != len(qs):
        errors.append("duplicate ids")
    foreign = [x for x in qs if x.get("language") and x["language"] != "en"]
    if len(foreign) != 10:
        errors.append(f"need 10 non-English questions, got {len(foreign)}")
    if {x["expect"] for x in foreign} != {"answer", "clarify", "handoff"}:
        errors.append("non-English questions must cover answer, clarify and handoff")
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

    print(f"questions {len(qs)} {dict(kinds)}, non-English {len(foreign)} "
          f"{dict(Counter(x['language'] for x in foreign))}, subtotal {sub:,.2f}, total incl. VAT {sub * (1 + VAT):,.2f}")
    for t, s in texts.items():
        print(f"  {t}: {len(s)} chars")
    if errors:
        print("FAIL")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
