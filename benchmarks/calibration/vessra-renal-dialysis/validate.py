"""Check the vessra-renal-dialysis scenario for internal consistency.

- scenario.json: required keys, 2-3 users, owner is a user, buyer_contacts are e-mail strings, 5-9 line items,
  every source file exists, the four required source types are present (.docx, .pdf, .xlsx with a title row and
  2+ sheets, and a Markdown kb_article and/or an .html url source).
- questions.jsonl: 40 questions, 22 answer / 5 clarify / 13 handoff, unique ids, 10 non-English with `language`,
  non-English spread over all three kinds; every answer names sources that exist and has 1-3 facts, and every fact
  appears (case-insensitive, whitespace-normalised) in at least one named source. For `quote` the text searched is
  the quote JSON plus figures computed from it: discounted unit prices, line totals, the total before VAT and the
  per-year figure of the multi-year service line.
- handoff honesty: words that would make a handoff question answerable do not appear in any source.

Run: python validate.py  (uses pypdf when importable, e.g. PYTHONPATH=/tmp/rlpkg; otherwise a built-in
fallback reads the text operators of the reportlab PDF).
"""
import html
import json
import os
import re
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()


# ------------------------------------------------------------------ text extraction
def text_docx(path):
    try:
        import docx  # python-docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    except ImportError:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        xml = re.sub(r"</w:p>", "\n", xml)
        return html.unescape(re.sub(r"<[^>]+>", "", xml))


def text_pdf(path):
    try:
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    except ImportError:
        pass
    raw = open(path, "rb").read()
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", raw, re.S):
        data = m.group(1).strip()
        content = data
        if data.endswith(b"~>"):  # reportlab default: ASCII85 then Flate
            import base64
            try:
                body = data[2:] if data.startswith(b"<~") else data
                content = base64.a85decode(body[:-2])
            except Exception:
                content = data
        try:
            content = zlib.decompress(content)
        except Exception:
            pass
        for s in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", content):
            s = re.sub(rb"\\([()\\])", rb"\1", s)
            out.append(s.decode("cp1252", "replace"))
    return "\n".join(out)


def text_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            vals = []
            for v in row:
                if v is None:
                    continue
                if isinstance(v, float) and v.is_integer():
                    v = int(v)
                vals.append(str(v))
            if vals:
                parts.append(" | ".join(vals))
    return "\n".join(parts)


def text_html(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", s, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


def extract(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return text_docx(path)
    if ext == "pdf":
        return text_pdf(path)
    if ext == "xlsx":
        return text_xlsx(path)
    if ext == "html":
        return text_html(path)
    return open(path, encoding="utf-8").read()


# ------------------------------------------------------------------ figures computed from the quote
def fmt_variants(x):
    v = {f"{x:,.2f}", f"{x:.2f}"}
    if abs(x - round(x)) < 1e-9:
        v |= {f"{round(x):,}", f"{round(x)}"}
    return v


def quote_figures(q):
    figs = {}
    total = 0.0
    machines = sum(li["quantity"] for li in q["line_items"] if li["sku"] == "VR-HD5000")
    for li in q["line_items"]:
        net_unit = round(li["unit_price"] * (1 - li["discount_percent"] / 100), 4)
        line = round(net_unit * li["quantity"], 2)
        total += line
        figs[f"{li['sku']} discounted unit price"] = net_unit
        figs[f"{li['sku']} line total"] = line
        if li["sku"] == "VR-SVC-PREM" and machines:
            years = li["quantity"] // machines
            figs["Premium service per contract year (all machines)"] = round(line / years, 2)
    figs["total before VAT"] = round(total, 2)
    return figs


# ------------------------------------------------------------------ checks
def main():
    sc = json.load(open(os.path.join(HERE, "scenario.json"), encoding="utf-8"))
    for k in ("name", "description", "agent", "users", "quote", "sources"):
        if k not in sc:
            err(f"scenario.json: missing {k}")
    ag = sc["agent"]
    for k in ("name", "welcome_message", "first_action_message", "quick_replies", "handoff"):
        if k not in ag:
            err(f"agent: missing {k}")
    at = ag["handoff"]["assign_to"]
    if not (at == "quote_owner" or (isinstance(at, dict) and at.get("teams"))):
        err("agent.handoff.assign_to must be 'quote_owner' or {'teams': [...]}")
    users = sc["users"]
    if not 2 <= len(users) <= 3:
        err(f"users: {len(users)} (want 2-3)")
    emails = {u["email"] for u in users}
    teams = {t for u in users for t in u["teams"]}
    if isinstance(at, dict):
        for t in at["teams"]:
            if t not in teams:
                err(f"handoff team {t} has no member")
    q = sc["quote"]
    if q["owner"] not in emails:
        err("quote.owner is not a user")
    if not (isinstance(q["buyer_contacts"], list) and all(isinstance(c, str) and "@" in c for c in q["buyer_contacts"])):
        err("quote.buyer_contacts must be a list of e-mail strings")
    if not 5 <= len(q["line_items"]) <= 9:
        err(f"line items: {len(q['line_items'])} (want 5-9)")
    if q["currency"] != "EUR":
        err("currency is not EUR")

    texts, types = {}, set()
    for s in sc["sources"]:
        p = os.path.join(HERE, s["path"])
        name = os.path.basename(s["path"])
        if not os.path.exists(p):
            err(f"source missing: {s['path']}")
            continue
        ext = name.rsplit(".", 1)[-1].lower()
        types.add((s["type"], ext))
        if s["type"] == "kb_article" and not s.get("title"):
            err(f"kb_article without title: {name}")
        texts[name] = norm(extract(p))
        if len(texts[name]) < 800:
            err(f"source too short ({len(texts[name])} chars): {name}")
    for need in (("file", "docx"), ("file", "pdf"), ("file", "xlsx")):
        if need not in types:
            err(f"no {need[1]} file source")
    if ("kb_article", "md") not in types and ("url", "html") not in types:
        err("need a Markdown kb_article and/or an html url source")
    import openpyxl
    for s in sc["sources"]:
        if s["path"].endswith(".xlsx"):
            wb = openpyxl.load_workbook(os.path.join(HERE, s["path"]))
            if len(wb.worksheets) < 2:
                err("xlsx needs 2+ sheets")
            for ws in wb.worksheets:
                if not ws["A1"].value:
                    err(f"xlsx sheet {ws.title} has no title row")

    figs = quote_figures(q)
    qtext = json.dumps(q, ensure_ascii=False)
    for v in figs.values():
        qtext += " " + " ".join(sorted(fmt_variants(v)))
    texts["quote"] = norm(qtext)

    qs = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    if len(qs) != 40:
        err(f"questions: {len(qs)} (want 40)")
    ids = [x["id"] for x in qs]
    if len(set(ids)) != len(ids):
        err("duplicate question ids")
    counts = {"answer": 0, "clarify": 0, "handoff": 0}
    nonen = {"answer": 0, "clarify": 0, "handoff": 0}
    langs = set()
    for x in qs:
        e = x.get("expect")
        if e not in counts:
            err(f"{x['id']}: bad expect {e}")
            continue
        counts[e] += 1
        if x.get("language") and x["language"] != "en":
            nonen[e] += 1
            langs.add(x["language"])
        if e == "answer":
            srcs, facts = x.get("sources") or [], x.get("facts") or []
            if not srcs:
                err(f"{x['id']}: answer without sources")
            if not 1 <= len(facts) <= 3:
                err(f"{x['id']}: {len(facts)} facts (want 1-3)")
            for s in srcs:
                if s not in texts:
                    err(f"{x['id']}: unknown source {s}")
            for f in facts:
                if not any(norm(f) in texts.get(s, "") for s in srcs):
                    err(f"{x['id']}: fact {f!r} not found in {srcs}")
    if counts != {"answer": 22, "clarify": 5, "handoff": 13}:
        err(f"expect counts {counts} (want 22/5/13)")
    if sum(nonen.values()) != 10:
        err(f"non-English questions: {sum(nonen.values())} (want 10)")
    if not all(nonen.values()):
        err(f"non-English not spread over all kinds: {nonen}")
    if len(langs) < 4:
        err(f"only {len(langs)} non-English languages")

    # handoff honesty: these would make a handoff question answerable from the sources
    alltext = " ".join(v for k, v in texts.items() if k != "quote")
    for w in (r"paediatric", r"pediatric", r"\bchild", r"\badult", r"hl7", r"\bepic\b", r"liabil", r"compensat",
              r"instal?ments?\b", r"trade-in credit of", r"competitor", r"5-year", r"framework agreement"):
        if re.search(w, alltext):
            err(f"sources contain {w!r}, which would answer a handoff question")

    print("computed quote figures:")
    for k, v in figs.items():
        print(f"  {k}: {v:,.2f}")
    print(f"questions: {counts}, non-English: {nonen} ({', '.join(sorted(langs))})")
    print(f"sources: {', '.join(f'{k} ({len(v)} chars)' for k, v in texts.items())}")
    if errors:
        print("FAIL")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
