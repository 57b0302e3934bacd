"""Generate the four knowledge sources for the brinholm-seagate-maintenance scenario.
docx/xlsx: /work/main/.venv/bin/python (python-docx, openpyxl); pdf: reportlab (PYTHONPATH=/tmp/rl).
Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py  (or run parts with either interpreter)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

DOCX = [
 ("h", "Brinholm Marine Works Ltd - Sea-Gate Maintenance: Schedule of Service Levels (SLS-04, issue 3, January 2025)"),
 ("p", "This schedule applies to planned and reactive maintenance of tidal-pool sea-gates (penstocks, flap valves and sluice gates set in the seaward wall of a tidal bathing pool) supplied or maintained by Brinholm Marine Works Ltd, Unit 7, Harbour Road, Hayle, Cornwall. It forms part of every maintenance quote and of the Master Services Agreement (MSA)."),
 ("h2", "1. Planned maintenance plans"),
 ("p", "The 2-year planned maintenance plan (SKU BMW-SG-MAINT-2Y) consists of 4 visits per year, scheduled on spring tides in March, June, September and December so that the gate can be inspected dry at low water. Each visit covers: operation of the gate through a full open-close cycle; inspection of the seals, guides and seating faces; greasing of the spindle and thrust nut; measurement of the anodes; a photographic record; and a written visit report issued within 5 working days."),
 ("p", "Replacement parts are not included in the plan. Sacrificial anodes, seals and fasteners replaced during a planned visit are charged separately at the rates in the current Parts and Rates list. Labour for replacing parts that can be changed within the same low-water window is included; work that needs a second tide is charged at the standard day rate."),
 ("p", "A planned visit cancelled by the client with less than 10 working days' notice is charged at 50% of the visit price. Visits cancelled by Brinholm because of weather (see section 4) are rebooked at no charge to the next suitable spring tide."),
 ("h2", "2. Reactive call-outs and response times"),
 ("p", "Priority 1 - gate jammed open or failing to close, so that the pool cannot hold water, or gate jammed shut while the pool must be drained for safety: attendance on site within 4 hours of the call, 24 hours a day, 365 days a year, for clients on a maintenance plan. Clients without a plan: attendance within 12 hours, subject to availability."),
 ("p", "Priority 2 - leaking seals, stiff operation, corrosion damage or a defect that does not stop the pool from holding water: attendance within 48 hours (working days only)."),
 ("p", "Priority 3 - cosmetic defects, coating touch-up and advice: at the next planned visit or within 15 working days. Response times are measured from the logged call on the 24-hour line 01736 555 210; e-mails are not logged as call-outs."),
 ("h2", "3. Warranty"),
 ("p", "Workmanship on all maintenance and repair work is warranted for 12 months from the date of the visit report. Parts supplied by Brinholm carry a 12-month parts warranty, with these exceptions: electric actuators fitted under a retrofit (BMW-SG-ACT-RET) carry the manufacturer's 24-month warranty, registered by Brinholm on commissioning; glass-flake epoxy coatings applied by Brinholm (BMW-SG-COAT-EP) carry a 5 years coating warranty against blistering, flaking and under-film corrosion, provided the coating is inspected at least once a year."),
 ("p", "The warranty does not cover: storm damage above sea state 6, impact by vessels or debris, vandalism, shingle or sand ingress into the guides where the client has not cleared the gate sump, or damage caused by the gate being operated by persons not trained by Brinholm."),
 ("h2", "4. Weather and tide conditions"),
 ("p", "Diving and rope-access work only take place when the forecast sea state is 3 or less and the mean wind speed is below Beaufort force 5. If a low-water window is lost to weather, the mobilisation and low-tide window surcharge for that visit is not charged again."),
 ("h2", "5. Insurance and personnel"),
 ("p", "Brinholm holds public liability insurance of £10 million, employer's liability of £10 million and professional indemnity of £2 million. All divers are HSE Part IV (SCUBA) or Surface Supplied qualified, and rope-access technicians hold IRATA level 2 or 3. Every dive team is three people: diver, standby diver and supervisor."),
 ("p", "Limits of liability, including any liability for indirect or consequential loss, are set out only in the Master Services Agreement and are not varied by this schedule."),
]

XLSX_PARTS = [
 ("SKU", "Description", "Unit", "List price (GBP)", "Lead time", "Warranty", "Notes"),
 ("BMW-SG-SEAL-1200", "EPDM J-seal replacement kit, 1200 mm penstock (side, top and invert seals, 316 fixings)", "kit", 1420.00, "15 working days", "12 months", "Shore A 65 EPDM, seawater and UV resistant"),
 ("BMW-SG-SEAL-900", "EPDM J-seal replacement kit, 900 mm penstock", "kit", 1085.00, "15 working days", "12 months", "as 1200 mm kit"),
 ("BMW-SG-SPDL-SS", "Duplex stainless spindle and aluminium-bronze thrust nut assembly", "assembly", 3675.00, "20 working days", "12 months", "made to measure from site survey"),
 ("BMW-SG-ANODE-Z", "Zinc sacrificial anode pack (6 anodes, 4.2 kg each, bolt-on)", "pack", 186.00, "5 working days", "n/a (consumable)", "Alloy to MIL-DTL-18001; for fully immersed seawater use"),
 ("BMW-SG-ANODE-AL", "Aluminium-indium anode pack (6 anodes, 2.9 kg each)", "pack", 214.00, "10 working days", "n/a (consumable)", "For gates that sit in brackish or intermittently wetted water"),
 ("BMW-SG-ACT-RET", "Handwheel-to-electric actuator retrofit (IP68, incl. control panel and commissioning)", "gate", 9400.00, "30 working days", "24 months (manufacturer)", "400 V three-phase; 230 V single-phase option +£640"),
 ("BMW-SG-COAT-EP", "Glass-flake epoxy recoat of gate leaf and frame (blast, prime, two coats)", "gate", 4260.00, "booked on spring tides", "5 years", "Surface preparation to Sa 2.5"),
 ("BMW-SG-INSP-A", "Annual sea-gate condition survey (diver and rope access), with report", "survey", 2850.00, "10 working days to book", "n/a", "Includes ultrasonic thickness readings"),
]
XLSX_RATES = [
 ("Rate", "Unit", "Price (GBP)", "Conditions"),
 ("Marine technician, standard hours (Mon-Fri 07:00-18:00)", "per hour", 78.00, "minimum charge 4 hours"),
 ("Marine technician, out-of-hours / weekend / night tide", "per hour", 118.00, "minimum charge 4 hours"),
 ("Dive team of three (diver, standby, supervisor)", "per tide window", 1650.00, "max 4 hours in the water per window"),
 ("Mobilisation and low-tide window surcharge (BMW-MOB-TIDE)", "per mobilisation", 495.00, "covers van, compressor, tide-window standby"),
 ("Emergency call-out fee, Priority 1", "per call-out", 380.00, "waived for clients on a 2-year plan"),
 ("Standard day rate, second tide / extra work", "per day", 940.00, "two technicians"),
 ("Mileage beyond 60 miles from Hayle", "per mile", 1.45, "return journey"),
]

PDF_TITLE = "TPG-series penstock sea-gates: technical data and method statement (MS-TPG-07, rev. D)"
PDF_PARAS = [
 ("h", "1. Scope"),
 ("p", "This document describes the TPG-series cast-iron and fabricated-steel penstocks used as sea-gates in tidal bathing pools, and the method statement Brinholm Marine Works follows when maintaining, resealing, re-spindling, recoating or motorising them. It is issued to clients with every quote covering work on a TPG gate."),
 ("h", "2. Gate data"),
 ("p", "Standard sizes: 900 mm and 1200 mm square openings. Design seating head: 6 m; design unseating head: 3 m. Leakage class after resealing: better than 0.3 litres per second per metre of seal perimeter at design head. Guides and seating faces: aluminium bronze. Seals: EPDM J-profile, Shore A 65."),
 ("p", "Replacement spindles are machined from Duplex 2205 (UNS S32205) stainless steel, chosen for its resistance to pitting and crevice corrosion in seawater; the thrust nut is aluminium bronze. Spindles are made to measure from dimensions taken at the condition survey; rising and non-rising spindle arrangements are both supplied."),
 ("h", "3. Actuator retrofit"),
 ("p", "The retrofit replaces the handwheel headstock with an IP68 multi-turn electric actuator, submersible to 7 m for 72 hours, with a local control panel in a GRP kiosk on the pool wall. The handwheel override is retained, so the gate can always be operated by hand during a power failure. Opening time for a 1200 mm gate is about 4 minutes. Standard supply is 400 V three-phase; the client provides the supply to the kiosk isolator. Commissioning includes torque-switch setting, limit setting and a witnessed open-close test."),
 ("h", "4. Coating system"),
 ("p", "Recoating is carried out to ISO 12944 for corrosivity category Im2 (immersion in sea or brackish water), with a design life of more than 15 years. The system is abrasive blasting to Sa 2.5, one coat of epoxy primer and two coats of glass-flake epoxy, total dry film thickness 1,000 microns. Each coat needs a minimum of 16 hours at 10 degrees C before immersion; the work therefore spans several consecutive low-water windows."),
 ("h", "5. Method statement - working on the gate"),
 ("p", "Work on the seaward face is only carried out within 2 hours either side of low water on a spring tide, when the gate sill is exposed or under less than 0.5 m of water. Before any work the pool is isolated: the pool operator closes the pool to bathers, and Brinholm locks the gate off and fits a tagged isolation at the headstock. A dive team of three is used for any underwater task; rope-access technicians work from the pool-wall anchors, which are load-tested every 12 months."),
 ("p", "Blast media and paint waste are contained with sheeting and a catch-tray and removed from site; no blasting takes place while the tide covers the gate. Grease used on the spindle is a biodegradable marine grade (see the gate care FAQ)."),
 ("h", "6. Typical durations on site"),
 ("p", "Annual condition survey: one low-water window. Reseal of one gate: one to two windows. Spindle replacement: two windows. Actuator retrofit: three working days, two of them on low water. Glass-flake recoat: four consecutive low-water windows, weather permitting."),
]

MD = """# Sea-pool gate care: frequently asked questions (Brinholm Marine Works, KB-112)

*For pool operators, town councils and friends-of-the-pool groups who look after a tidal pool with a Brinholm-maintained sea-gate. Last reviewed March 2025.*

## How often should the gate be operated between our visits?
Operate the gate through one full open-close cycle at least once a month, even in the closed season. A gate left in one position for a whole winter often seizes on its guides. Only people trained by Brinholm should operate it; a short operator course (half a day, up to 6 people) is free for clients on a 2-year plan.

## When do the anodes need replacing?
Zinc anodes are replaced when they are 50% consumed, measured by weight or by the remaining thickness at our planned visits. On most Cornish and Devon sea-pools that is every 12 to 18 months; gates near a stream outfall or storm drain wear anodes faster. Never paint over an anode - a painted anode does not protect the gate.

## How long after a seal change can we refill the pool?
Wait 24 hours after new EPDM seals are fitted before closing the gate against a full pool, so the seal bonding adhesive can cure. After a glass-flake recoat the pool stays drained until the last coat has cured; our supervisor confirms the refill date in writing.

## What grease do you use? Is it safe for swimmers and wildlife?
We use Marinol BioGrease 2, a readily biodegradable lithium-free grease (OECD 301B), applied sparingly to the spindle thread and thrust nut only. Seating faces and seals are never greased.

## What should we do before a storm?
Check that the gate is fully closed or fully open as your storm plan says - never part-open - and clear shingle from the gate sump. If the gate will not move, log a Priority 1 call on 01736 555 210; do not force the handwheel with a bar, as this bends the spindle and is not covered by the warranty.

## Can the pool stay open to swimmers while you work?
No. The pool is closed to bathers from the start of isolation until our supervisor hands the gate back. For a survey this is usually one low-water window; for a recoat, plan for the pool to be closed for about a week.

## Who do I contact?
Planned visits and reports: your account manager. Breakdowns: the 24-hour line 01736 555 210. Invoices: accounts@brinholm-marine.co.uk.
"""


def make_docx():
    from docx import Document
    d = Document()
    for kind, text in DOCX:
        if kind == "h":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        else:
            d.add_paragraph(text)
    d.save(os.path.join(K, "brinholm-service-level-schedule.docx"))


def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Parts"
    ws.append(["Brinholm Marine Works Ltd - Sea-gate parts price list 2025 (GBP, excl. VAT, valid 1 Jan - 31 Dec 2025)"])
    ws["A1"].font = Font(bold=True, size=13)
    for r in XLSX_PARTS:
        ws.append(list(r))
    for c in ws[2]:
        c.font = Font(bold=True)
    ws2 = wb.create_sheet("Service rates")
    ws2.append(["Brinholm Marine Works Ltd - Labour and service rates 2025 (GBP, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    for r in XLSX_RATES:
        ws2.append(list(r))
    for c in ws2[2]:
        c.font = Font(bold=True)
    for w in (ws, ws2):
        w.column_dimensions["A"].width = 30
        w.column_dimensions["B"].width = 60
    wb.save(os.path.join(K, "brinholm-2025-parts-and-rates.xlsx"))


def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    ss = getSampleStyleSheet()
    doc = SimpleDocTemplate(os.path.join(K, "tpg-penstock-technical-method-statement.pdf"), pagesize=A4,
                            title=PDF_TITLE, author="Brinholm Marine Works Ltd")
    story = [Paragraph("Brinholm Marine Works Ltd", ss["Title"]), Paragraph(PDF_TITLE, ss["Heading2"]), Spacer(1, 8)]
    for kind, text in PDF_PARAS:
        story.append(Paragraph(text, ss["Heading3"] if kind == "h" else ss["BodyText"]))
        story.append(Spacer(1, 4))
    doc.build(story)


def make_md():
    with open(os.path.join(K, "sea-pool-gate-care-faq.md"), "w") as f:
        f.write(MD)


if __name__ == "__main__":
    import sys
    parts = sys.argv[1:] or ["docx", "xlsx", "pdf", "md"]
    for p in parts:
        {"docx": make_docx, "xlsx": make_xlsx, "pdf": make_pdf, "md": make_md}[p]()
        print("made", p)
