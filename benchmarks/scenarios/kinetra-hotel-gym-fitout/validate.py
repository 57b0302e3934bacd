"""Validate the kinetra-hotel-gym-fitout scenario.

Checks the structure of scenario.json, the counts of questions.jsonl, and that every `facts` string of an
`answer` question appears (case-insensitively, whitespace-normalised) in at least one of the sources it names.
`quote` is the quote as written plus the figures a reader derives from it by plain arithmetic: discounted unit
prices, line totals, the total before VAT, the VAT at 20%, the total including VAT, and the per-year figure of a
multi-year line. Run: /work/main/.venv/bin/python validate.py  (needs python-docx and openpyxl; no reportlab).
"""
import base64
import json
import re
import sys
import zlib
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ").replace("\u202f", " ")).strip().lower()


# ------------------------------------------------------------------ extractors
def text_docx(p):
    import docx
    d = docx.Document(str(p))
    parts = [para.text for para in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def fmt_num(v):
    out = [str(v)]
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        dv = Decimal(str(v))
        out.append(f"{dv:,.2f}")
        if dv == dv.to_integral_value():
            out.append(f"{int(dv):,}")
    return " | ".join(out)


def text_xlsx(p):
    import openpyxl
    wb = openpyxl.load_workbook(str(p), data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join(fmt_num(v) for v in row if v is not None))
    return "\n".join(parts)


def _pdf_string(raw):
    """Decode a PDF literal string body (without the outer parentheses)."""
    out = bytearray()
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == 0x5C and i + 1 < len(raw):  # backslash
            n = raw[i + 1]
            if 0x30 <= n <= 0x37:
                m = re.match(rb"[0-7]{1,3}", raw[i + 1:i + 4])
                out.append(int(m.group(0), 8) & 0xFF)
                i += 1 + len(m.group(0))
                continue
            out += {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
                    ord("f"): b"\f"}.get(n, bytes([n]))
            i += 2
            continue
        out.append(ch)
        i += 1
    return out.decode("cp1252", errors="replace")


def text_pdf(p):
    data = p.read_bytes()
    chunks = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n", data, re.S):
        head = m.group(1)
        start = m.end()
        end = data.find(b"endstream", start)
        body = data[start:end].strip()
        filters = re.findall(rb"/(ASCII85Decode|FlateDecode|A85|Fl)\b", head)
        try:
            for f in filters:
                if f in (b"ASCII85Decode", b"A85"):
                    b = re.sub(rb"\s", b"", body)
                    if b.startswith(b"<~"):
                        b = b[2:]
                    if b.endswith(b"~>"):
                        b = b[:-2]
                    body = base64.a85decode(b)
                else:
                    body = zlib.decompress(body)
        except Exception:
            continue
        if b"Tj" not in body and b"TJ" not in body:
            continue
        str_re = rb"\(((?:\\.|[^\\)])*)\)"
        for tm in re.finditer(rb"\[((?:" + str_re + rb"|[^\]])*)\]\s*TJ|" + str_re + rb"\s*(?:Tj|'|\")", body, re.S):
            if tm.group(1) is not None:
                chunks.append("".join(_pdf_string(s) for s in re.findall(str_re, tm.group(1), re.S)))
            else:
                chunks.append(_pdf_string(tm.group(3)))
    return "\n".join(chunks)


def text_html(p):
    from bs4 import BeautifulSoup
    return BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser").get_text(" ")


def extract(p):
    ext = p.suffix.lower()
    if ext == ".docx":
        return text_docx(p)
    if ext == ".xlsx":
        return text_xlsx(p)
    if ext == ".pdf":
        return text_pdf(p)
    if ext in (".html", ".htm"):
        return text_html(p)
    return p.read_text(encoding="utf-8")


def money(d):
    d = d.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    s = f"{d:,.2f}"
    out = [s, s.replace(",", "")]
    if s.endswith(".00"):
        out += [s[:-3], s[:-3].replace(",", "")]
    return out


def quote_text(q):
    parts = [json.dumps(q, ensure_ascii=False, indent=1)]
    subtotal = Decimal(0)
    for li in q["line_items"]:
        unit = Decimal(str(li["unit_price"])) * (100 - Decimal(str(li["discount_percent"]))) / 100
        line = unit * li["quantity"]
        subtotal += line
        parts.append(f"{li['sku']}: discounted unit {' / '.join(money(unit))}; line total {' / '.join(money(line))}")
        ym = re.search(r"(\d+)-year", li["name"])
        if ym:
            parts.append(f"{li['sku']}: per year {' / '.join(money(line / int(ym.group(1))))}")
    vat = subtotal * Decimal("0.20")
    parts.append("total before VAT " + " / ".join(money(subtotal)))
    parts.append("VAT 20% " + " / ".join(money(vat)))
    parts.append("total including VAT " + " / ".join(money(subtotal + vat)))
    return "\n".join(parts)


# ------------------------------------------------------------------ scenario.json
sc = json.loads((HERE / "scenario.json").read_text(encoding="utf-8"))
for k in ("name", "description", "agent", "users", "quote", "sources"):
    if k not in sc:
        err(f"scenario.json: missing {k}")
ag = sc["agent"]
for k in ("name", "welcome_message", "first_action_message", "quick_replies", "handoff"):
    if k not in ag:
        err(f"agent: missing {k}")
ho = ag["handoff"]
if not (ho.get("assign_to") == "quote_owner" or isinstance(ho.get("assign_to"), dict) and ho["assign_to"].get("teams")):
    err("agent.handoff.assign_to must be 'quote_owner' or {'teams': [...]}")
for k in ("owner_unavailable_message", "all_unavailable_message"):
    if not ho.get(k):
        err(f"agent.handoff: missing {k}")
users = sc["users"]
if not 2 <= len(users) <= 3:
    err(f"users: {len(users)}, expected 2-3")
for u in users:
    if u.get("role") not in ("super_admin", "sales_rep") or "@" not in u.get("email", ""):
        err(f"bad user {u}")
team_names = {t for u in users for t in u.get("teams", [])}
if isinstance(ho.get("assign_to"), dict):
    for t in ho["assign_to"]["teams"]:
        if t not in team_names:
            err(f"handoff team {t!r} has no member")
q = sc["quote"]
for k in ("number", "title", "owner", "buyer_company", "buyer_contacts", "currency", "created_on", "expires_on",
          "line_items", "terms", "notes"):
    if k not in q:
        err(f"quote: missing {k}")
if q["owner"] not in {u["email"] for u in users}:
    err("quote.owner is not a user")
if not all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"]):
    err("buyer_contacts must be e-mail strings")
if not 5 <= len(q["line_items"]) <= 9:
    err(f"line_items: {len(q['line_items'])}, expected 5-9")
for li in q["line_items"]:
    for k in ("sku", "name", "quantity", "unit_price", "discount_percent"):
        if k not in li:
            err(f"line item missing {k}: {li}")
if q["created_on"] >= q["expires_on"]:
    err("quote expires before it is created")

texts = {"quote": norm(quote_text(q))}
types = Counter()
for s in sc["sources"]:
    p = HERE / s["path"]
    if not p.exists():
        err(f"source missing: {s['path']}")
        continue
    if s["type"] not in ("file", "url", "kb_article"):
        err(f"bad source type {s['type']}")
    if s["type"] == "kb_article" and not s.get("title"):
        err("kb_article without title")
    types[p.suffix.lower()] += 1
    t = extract(p)
    if len(t) < 1500:
        err(f"{p.name}: only {len(t)} characters of text extracted")
    texts[p.name] = norm(t)
for ext in (".docx", ".pdf", ".xlsx"):
    if types[ext] != 1:
        err(f"expected exactly one {ext} source, found {types[ext]}")
if types[".md"] + types[".html"] < 1:
    err("expected a Markdown kb_article and/or an HTML page")
if len(sc["sources"]) < 4 or len(types) < 4:
    err("expected four sources in four types")

# ------------------------------------------------------------------ questions.jsonl
qs = [json.loads(l) for l in (HERE / "questions.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
ids = [x["id"] for x in qs]
if len(set(ids)) != len(ids):
    err("duplicate question ids")
counts = Counter(x["expect"] for x in qs)
want = {"answer": 22, "clarify": 5, "handoff": 13}
if len(qs) != 40 or dict(counts) != want:
    err(f"counts: {len(qs)} questions, {dict(counts)}; expected 40 with {want}")
langs = Counter(x.get("language") for x in qs if x.get("language") and x.get("language") != "en")
if sum(langs.values()) != 10:
    err(f"non-English questions: {sum(langs.values())}, expected 10")
if not set(langs) <= {"fr", "de", "es", "pt", "it", "nl"}:
    err(f"unexpected languages {set(langs)}")
for kind in want:
    if not any(x.get("language") for x in qs if x["expect"] == kind):
        err(f"no non-English {kind} question")
for x in qs:
    if not x.get("question"):
        err(f"{x['id']}: empty question")
    if x["expect"] != "answer":
        continue
    src, facts = x.get("sources") or [], x.get("facts") or []
    if not src or not 1 <= len(facts) <= 3:
        err(f"{x['id']}: needs sources and 1-3 facts")
    for s in src:
        if s not in texts:
            err(f"{x['id']}: unknown source {s}")
    for f in facts:
        hits = [s for s in src if norm(f) in texts.get(s, "")]
        if not hits:
            err(f"{x['id']}: fact {f!r} not found in {src}")

for e in errors:
    print("FAIL:", e)
if errors:
    sys.exit(1)
print(f"OK: {len(qs)} questions {dict(counts)}, {sum(langs.values())} non-English {dict(langs)}; "
      f"sources {', '.join(f'{k}={len(v)} chars' for k, v in texts.items())}")
