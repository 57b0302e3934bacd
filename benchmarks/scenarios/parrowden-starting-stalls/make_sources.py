"""Generate the four knowledge sources of the parrowden-starting-stalls scenario.

Run:  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder).
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)

# ---------------------------------------------------------------- PDF: technical specification
def make_pdf():
    path = OUT / "mk4-starting-stalls-technical-specification.pdf"
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9
    body.leading = 11.5
    h1, h2 = ss["Heading1"], ss["Heading2"]
    h2.fontSize = 11
    story = []
    P = lambda t: story.append(Paragraph(t, body))
    H = lambda t: story.append(Paragraph(t, h2))

    def T(rows, widths):
        t = Table(rows, colWidths=widths)
        t.setStyle(TableStyle([
            ("FONTSIZE", (0, 0), (-1, -1), 8),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        story.append(t)
        story.append(Spacer(1, 4 * mm))

    story.append(Paragraph("Parrowden Mk4 Starting Stalls - Technical Specification and Operating Limits", h1))
    P("Document PSG-TS-MK4, revision 7, March 2025. Parrowden Starting Gates Ltd, Unit 4 Hamble Yard, Newmarket CB8 7QT. "
      "This extract applies to Mk4 front-opening, rear-loading towable starting stalls for flat racing supplied from "
      "January 2025, and to the PSG-TRC-110 stall tractor and PSG-RRC-2 radio release controller.")

    H("1. Configuration")
    P("Mk4 stalls are built in towable sections of 4, 6 or 10 bays. Up to four sections may be coupled side by side "
      "with the PSG quick-coupler to form one starting line of at most 30 bays. Each section carries its own batteries, "
      "hydraulic power pack and release electronics, so a section can be used on its own for small fields. Sections "
      "coupled in one line are released together from a single controller; the release signal is passed between "
      "sections through the coupler's 7-pin connector.")

    H("2. Dimensions and weights")
    T([
        ["Item", "4-bay section", "6-bay section", "10-bay section"],
        ["Overall length (across the track)", "4.56 m", "6.58 m", "10.62 m"],
        ["Overall depth (front to rear)", "4.10 m", "4.10 m", "4.10 m"],
        ["Height, working position", "3.05 m", "3.05 m", "3.05 m"],
        ["Height, tow position (wheels lowered)", "3.42 m", "3.42 m", "3.42 m"],
        ["Unladen weight", "4,900 kg", "7,150 kg", "11,400 kg"],
        ["Road wheels (flotation tyres)", "4", "4", "6"],
        ["Batteries (12 V 110 Ah AGM)", "2", "2", "4"],
        ["Hydraulic fluid volume", "26 litres", "30 litres", "38 litres"],
    ], [62 * mm, 35 * mm, 35 * mm, 35 * mm])
    P("Internal bay width is 860 mm between pads as standard. The optional narrow partition insert (PSG-NAR-INS) reduces "
      "it to 790 mm for two-year-old races and small fields of ponies; inserts are fitted per bay in about 10 minutes with "
      "two pins. Internal bay length is 3.45 m. Ground clearance in tow position is 180 mm; in working position the frame "
      "rests on eight steel ground pads per section.")

    H("3. Front gates and release system")
    P("Each bay has two front gate leaves held shut by one electromagnetic latch running at 24 V DC. On release all "
      "latches in the line open within 40 ms of each other and the gate leaves reach the fully open position within "
      "0.32 seconds, driven by two torsion springs per leaf. Torsion springs must be replaced every 8,000 release cycles "
      "or every 4 years, whichever comes first; the cycle counter is shown on the section display. Latch release noise "
      "is below 78 dB(A) at 1 m. Rear doors are closed by hand and secured with a double latch; a rear quick-release "
      "handle allows the door to be opened from outside in under 2 seconds if a horse becomes cast (goes down) in a bay. "
      "Each bay also has an emergency front-gate lever reachable from the outside walkway.")

    H("4. Electrical power")
    P("The batteries of a section are charged by an on-board 230 V charger; charging from 20% to full takes 8 hours. "
      "A full charge gives 150 release cycles including the wheel-lift cycles of a normal meeting. A low-voltage alarm "
      "sounds at 23.2 V. Do not start a race meeting with a section below 70% charge. Batteries should be stored on "
      "charge between meetings; the charger maintains float voltage automatically.")

    H("5. Hydraulic wheel lift")
    P("The wheels are raised and lowered by an electro-hydraulic power pack working at 180 bar. Raising or lowering a "
      "section takes 90 seconds. Use only biodegradable HEES hydraulic fluid of grade ISO VG 32 (Parrowden SP-HEES-20 or "
      "an approved equivalent); mineral oil must not be used on turf. A manual hand pump allows the wheels to be lowered "
      "if the power pack fails. Hydraulic hoses must be replaced every 6 years.")

    H("6. Towing and positioning")
    P("Maximum towing speed is 12 km/h on turf and 20 km/h on hard surfaces inside the racecourse. Stall sections must "
      "not be towed on public roads. Tyre pressure is 2.1 bar for turf work. The outer turning circle of a 10-bay "
      "section towed by the PSG-TRC-110 tractor is 22 m (6-bay section: 16 m). Maximum longitudinal gradient when towing "
      "is 8%; maximum cross-fall at a start position is 4%. Do not tow when wind gusts exceed 65 km/h. Stop using the "
      "stalls and move horses away when lightning is within 10 km.")

    H("7. PSG-TRC-110 stall tractor")
    P("4WD tractor with a 110 hp (81 kW) Stage V diesel engine, turf tyres, front and rear hitches and a double-acting "
      "hydraulic remote to drive the stall wheel lift. Maximum drawbar load 16 tonnes; fuel tank 120 litres; turning "
      "circle of the tractor alone 9.8 m. Service interval 500 hours. The tractor is supplied through Parrowden and "
      "serviced by the tractor manufacturer's dealer network.")

    H("8. PSG-RRC-2 radio release controller")
    P("Starter's console with two handsets on 869 MHz, range 150 m in open ground. Release needs both buttons of a "
      "handset pressed within 1 second of each other, so a single accidental press cannot open the gates. Each handset "
      "runs on 2 x AA lithium cells (about 3,000 releases). A 25 m fallback release cable plugs into the console if "
      "radio release is unavailable. Up to four handsets can be paired with one console.")

    H("9. Materials")
    P("Frames are hot-dip galvanised steel to EN ISO 1461. Partitions and rear doors are padded with 40 mm closed-cell "
      "foam covered with 1.2 mm PVC-coated polyester; typical replacement interval of the padding is 5 years with "
      "around 40 meetings a year. Walkway treads are galvanised anti-slip grating.")
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                      topMargin=16 * mm, bottomMargin=16 * mm,
                      title="Parrowden Mk4 Technical Specification").build(story)


# ---------------------------------------------------------------- DOCX: service plans & warranty
def make_docx():
    path = OUT / "parrowden-service-plans-and-warranty.docx"
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Parrowden Service Plans, Warranty and Parts", 0)
    d.add_paragraph("Terms for customers in Great Britain and Ireland, effective 1 January 2025. These terms apply to Mk4 "
                    "starting stalls, PSG-RRC-2 controllers and PSG-TRC-110 tractors bought from Parrowden Starting Gates Ltd.")

    d.add_heading("1. Warranty", 1)
    d.add_paragraph("New Mk4 stall sections carry a warranty of 24 months parts and labour from the date on the "
                    "commissioning certificate. The galvanised steel structural frame is warranted for 10 years against "
                    "corrosion perforation and weld failure. Hydraulic components and release electronics are covered for "
                    "24 months. Batteries are covered for 12 months. Padding is covered for 12 months against manufacturing "
                    "defects only; tears and wear caused by horses in normal use are not a warranty matter.")
    d.add_paragraph("The PSG-TRC-110 tractor carries the manufacturer's warranty of 36 months or 2,000 hours, whichever "
                    "comes first, handled through the manufacturer's dealer network. The PSG-RRC-2 controller and handsets "
                    "are covered for 24 months.")
    d.add_paragraph("The warranty does not cover: towing above the speed limits in the technical specification; use of "
                    "hydraulic fluid other than ISO VG 32 HEES; modifications not approved in writing by Parrowden; damage "
                    "in transport by a third-party haulier; flooding of the stall compound; or failure to replace torsion "
                    "springs and hoses at the stated intervals.")

    d.add_heading("2. Service plans", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["", "Bronze", "Silver", "Gold"]):
        c.text = txt
    rows = [
        ("Annual fee (GBP, excl. VAT)", "4,350", "6,900", "9,800"),
        ("Scheduled inspections a year", "1", "2", "2 plus a pre-season safety check"),
        ("Call-out on non-race days", "Chargeable, next available slot", "Engineer within 48 hours", "Engineer within 24 hours"),
        ("Declared race days", "Not included", "Telephone support from 07:00", "Engineer on site within 4 hours"),
        ("Race-day attendances included", "0", "0", "4 a year"),
        ("Discount on spare parts", "0%", "5%", "15%"),
        ("Loan section", "No", "No", "Yes, see 2.4"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, txt in zip(cells, r):
            c.text = txt
    d.add_paragraph("")
    d.add_paragraph("2.1 Response times apply to racecourses within 150 miles of a Parrowden depot (Newmarket, Thirsk "
                    "and Kildare). Beyond 150 miles the Gold race-day target is 6 hours and the non-race-day target is "
                    "unchanged. A race day counts as declared when the fixture has been notified to Parrowden at least 14 "
                    "days in advance.")
    d.add_paragraph("2.2 Additional race-day attendance beyond the four included in Gold is charged at GBP 780 a day. "
                    "Call-outs outside a plan are charged at GBP 96 an hour plus GBP 1.20 a mile from the nearest depot.")
    d.add_paragraph("2.3 Each scheduled inspection includes: release timing test with a calibrated gate timer (all gates "
                    "within 40 ms), latch holding-force test, torsion spring cycle check, weld and frame inspection, "
                    "hydraulic leak check, tyre and brake check, battery capacity test and a written report within 5 "
                    "working days.")
    d.add_paragraph("2.4 Under Gold, if a repair to a stall section is expected to take more than 72 hours, Parrowden "
                    "delivers a loan section of the same or larger size within 48 hours, subject to availability of "
                    "the loan fleet during the Flat season peak (May to August), when delivery may take up to 5 days.")

    d.add_heading("3. Plan term, fees and cancellation", 1)
    d.add_paragraph("Service plans have a minimum term of 3 years from commissioning. The annual fee is invoiced in "
                    "advance on each anniversary and is fixed for the initial term; after the initial term fees are "
                    "reviewed annually. After the minimum term either party may end the plan with 90 days' written "
                    "notice before an anniversary. A plan may be upgraded (for example Silver to Gold) at any anniversary; "
                    "downgrades take effect only after the minimum term.")

    d.add_heading("4. Spare parts", 1)
    d.add_paragraph("Critical spares (latches, torsion springs, handsets, batteries, pad panels) are stocked at Newmarket "
                    "and dispatched within 1 working day of order. Hydraulic power packs and hose sets are dispatched "
                    "within 10 working days. Parts prices are in the current price list; plan discounts apply to parts "
                    "only, not to labour.")
    d.save(path)


# ---------------------------------------------------------------- XLSX: price list & spares
def make_xlsx():
    path = OUT / "parrowden-price-list-2025.xlsx"
    wb = Workbook()
    bold = Font(bold=True)

    ws = wb.active
    ws.title = "Price list"
    ws.append(["Parrowden Starting Gates - UK & Ireland Price List 2025 (GBP, excluding VAT, valid to 31 December 2025)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (GBP)", "Lead time (weeks)", "Notes"])
    for c in ws[3]:
        c.font = bold
    items = [
        ("PSG-MK4-4", "Mk4 starting stall section, 4 bays", "section", 64900, 14, "Lead time from signed order and deposit"),
        ("PSG-MK4-6", "Mk4 starting stall section, 6 bays", "section", 94500, 16, "Lead time from signed order and deposit"),
        ("PSG-MK4-10", "Mk4 starting stall section, 10 bays", "section", 148000, 18, "Lead time from signed order and deposit"),
        ("PSG-PAD-BAY", "Premium padding kit, partitions and rear door, per bay", "bay", 1180, 4, "Fitted at the factory when ordered with sections"),
        ("PSG-NAR-INS", "Narrow partition insert (790 mm bay), per bay", "bay", 640, 6, "For two-year-old races and ponies"),
        ("PSG-COV-10", "Storage cover, 10-bay section", "each", 2350, 3, "UV-stabilised PVC"),
        ("PSG-TRC-110", "Stall tractor, 4WD, 110 hp, turf tyres, hydraulic remote", "each", 78400, 10, "Dealer-serviced"),
        ("PSG-RRC-2", "Radio release controller, console and 2 handsets", "each", 12650, 6, "Includes 25 m fallback cable"),
        ("PSG-HND-X", "Additional release handset", "each", 1450, 2, "Max 4 handsets per console"),
        ("PSG-SVC-BRZ", "Bronze service plan", "year", 4350, "", "Minimum term 3 years"),
        ("PSG-SVC-SLV", "Silver service plan", "year", 6900, "", "Minimum term 3 years"),
        ("PSG-SVC-GOLD", "Gold service plan", "year", 9800, "", "Minimum term 3 years"),
        ("PSG-TRN-12", "Stalls handler course, 2 days on site, up to 12 handlers", "course", 4200, "", "Certificate valid 3 years"),
        ("PSG-TRN-REF", "Handler refresher course, 1 day on site, up to 12 handlers", "course", 1950, "", ""),
        ("PSG-DEL-COM", "Delivery, commissioning and first-meeting attendance, up to 3 sections, mainland GB", "each", 6750, "", "Ireland supplement PSG-DEL-IE"),
        ("PSG-DEL-IE", "Delivery supplement, Ireland and Northern Ireland", "each", 1900, "", ""),
    ]
    for row in items:
        ws.append(list(row))
    for r in ws.iter_rows(min_row=4, min_col=4, max_col=4):
        r[0].number_format = "#,##0"
    for col, w in zip("ABCDEF", (14, 62, 9, 16, 17, 44)):
        ws.column_dimensions[col].width = w

    sp = wb.create_sheet("Spares")
    sp.append(["Parrowden Mk4 Spare Parts 2025 (GBP, excluding VAT; service plan parts discounts apply)"])
    sp["A1"].font = Font(bold=True, size=12)
    sp.append([])
    sp.append(["Part no.", "Description", "Fits", "Price (GBP)", "Stocked", "Dispatch"])
    for c in sp[3]:
        c.font = bold
    spares = [
        ("SP-LATCH-24", "Electromagnetic front gate latch, 24 V DC", "Mk4 all sections", 385, "Yes", "1 working day"),
        ("SP-SPR-TOR", "Front gate torsion spring, pair", "Mk4 all sections", 126, "Yes", "1 working day"),
        ("SP-BAT-110", "Stall battery, 12 V 110 Ah AGM", "Mk4 all sections", 295, "Yes", "1 working day"),
        ("SP-HND-CELL", "Handset cell set, 2 x AA lithium", "PSG-RRC-2 handsets", 14, "Yes", "1 working day"),
        ("SP-PAD-PNL", "Partition pad panel, 40 mm foam, PVC-coated cover", "Mk4 all sections", 214, "Yes", "1 working day"),
        ("SP-HOSE-KIT", "Hydraulic hose set, one section", "Mk4 all sections", 1140, "No", "10 working days"),
        ("SP-PPACK-180", "Hydraulic power pack, 180 bar", "Mk4 all sections", 3680, "No", "10 working days"),
        ("SP-HEES-20", "Biodegradable hydraulic fluid HEES ISO VG 32, 20 litres", "Mk4 all sections", 168, "Yes", "1 working day"),
        ("SP-TYRE-FLT", "Flotation tyre 400/60-15.5 on rim", "Mk4 all sections", 512, "Yes", "2 working days"),
        ("SP-CPL-7", "Quick-coupler 7-pin release connector", "Mk4 all sections", 238, "Yes", "1 working day"),
    ]
    for row in spares:
        sp.append(list(row))
    for r in sp.iter_rows(min_row=4, min_col=4, max_col=4):
        r[0].number_format = "#,##0"
    for col, w in zip("ABCDEF", (14, 52, 20, 12, 9, 16)):
        sp.column_dimensions[col].width = w

    sc = wb.create_sheet("Section comparison")
    sc.append(["Mk4 section comparison (summary of technical specification PSG-TS-MK4 rev. 7)"])
    sc["A1"].font = Font(bold=True, size=12)
    sc.append([])
    sc.append(["Section", "Bays", "Length (m)", "Weight (kg)", "Batteries", "Hydraulic fluid (l)", "Road wheels"])
    for c in sc[3]:
        c.font = bold
    sc.append(["PSG-MK4-4", 4, 4.56, 4900, 2, 26, 4])
    sc.append(["PSG-MK4-6", 6, 6.58, 7150, 2, 30, 4])
    sc.append(["PSG-MK4-10", 10, 10.62, 11400, 4, 38, 6])
    wb.save(path)


# ---------------------------------------------------------------- HTML: delivery, commissioning, training
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Delivery, commissioning and handler training - Parrowden Starting Gates</title></head>
<body>
<h1>Delivery, commissioning and handler training</h1>
<p>How Parrowden Starting Gates delivers new Mk4 starting stalls to a racecourse, commissions them and trains your
stalls handlers. This page applies to orders placed from 1 January 2025.</p>

<h2>Before delivery: site requirements</h2>
<ul>
<li>Stall sections arrive one per low-loader. The route from the public road to your stall compound needs a hard
track at least 4.5 m wide, overhead clearance of at least 4.8 m (watch for trees and the running-rail crossing
gantries) and a turning area of 30 m diameter at the compound.</li>
<li>The compound must have level hardstanding (cross-fall no more than 2%) and one 230 V 16 A socket per section for
battery charging, within 10 m of where each section is parked.</li>
<li>You remove or relocate any existing stalls before delivery day. We can arrange removal and disposal of old stalls;
any trade-in value is assessed individually after our engineer has inspected them.</li>
<li>Lead times in the price list run from the date we receive the signed order and the deposit. We confirm a delivery
week 6 weeks before dispatch.</li>
</ul>

<h2>Commissioning</h2>
<p>Commissioning takes 2 days on site for up to 3 sections. Our engineers couple the sections, fill and bleed the
hydraulics, pair the radio release controller, run 50 release cycles per section with a calibrated gate timer (every
gate within 40 ms) and tow the line around your start positions with your tractor driver. You receive a commissioning
certificate, which is the start date of the warranty and of any service plan.</p>
<p>A Parrowden engineer attends the first race meeting after commissioning at no extra charge; this is included in
PSG-DEL-COM. Delivery to Ireland and Northern Ireland carries the PSG-DEL-IE supplement.</p>

<h2>Handler training (PSG-TRN-12)</h2>
<p>The course runs for 2 days at your racecourse for up to 12 handlers and uses your new stalls and, on day 2, quiet
horses supplied by the racecourse. Content: stall anatomy and daily checks; loading technique and the use of blindfolds
and rear-door assistance for difficult loaders; cast horse procedure and rear quick-release; emergency front-gate
release; towing, coupling and positioning on cambered ground; battery charging and storage.</p>
<p>Handlers who complete the course receive a Parrowden handler certificate valid for 3 years. A 1-day refresher course
(PSG-TRN-REF) renews the certificate for a further 3 years. We recommend at least one handler for every two bays in use
plus a team leader, so a full 26-bay line needs 14 handlers.</p>

<h2>Questions</h2>
<p>Speak to your Parrowden account manager for anything not covered here.</p>
</body></html>
"""


def make_html():
    (OUT / "delivery-commissioning-training.html").write_text(HTML, encoding="utf-8")


if __name__ == "__main__":
    make_pdf()
    make_docx()
    make_xlsx()
    make_html()
    print("written:", sorted(p.name for p in OUT.iterdir()))
