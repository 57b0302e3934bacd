"""Generate the four knowledge sources of the resonata-acoustic-canopies scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from the scratch folder)
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

K = Path(__file__).parent / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Resonata CanopyLine - Technical Specification and Installation Conditions", 0)
    d.add_paragraph("Document RAC-TS-07, revision 2026-09. Resonata Acoustic Systems B.V., Eindhoven. "
                    "Applies to CanopyLine adjustable reflector canopies for concert halls and recital rooms.")

    d.add_heading("1. System overview", 1)
    d.add_paragraph(
        "A CanopyLine canopy is an array of individually suspended sound-reflecting panels above the stage. "
        "Each panel hangs from one motorised point hoist (RAC-HST-M500) via a galvanised spreader frame, so a "
        "canopy of 24 panels uses 24 hoists. The hoists are fixed to a secondary steel suspension grid "
        "(RAC-STR-GRD) which is bolted to the building's roof steel. All axes are driven from one canopy control "
        "system (RAC-CTL-PLC2). The canopy height above the stage floor can be set anywhere between 8.5 m and "
        "15.0 m, and every panel can be tilted by up to 6 degrees by differential hoist travel on the stage-edge row.")

    d.add_heading("2. Reflector panels", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Property", "RAC-PNL-G24 (main canopy)", "RAC-PNL-T18 (stage edge)"
    rows = [
        ("Material", "Glass-fibre reinforced gypsum (GRG), 22 mm", "Birch plywood core with oak veneer, fire-retardant treated"),
        ("Size", "2400 x 1800 mm, convex, radius 12 m", "1800 x 1200 mm, flat"),
        ("Surface mass", "28 kg/m2", "18 kg/m2"),
        ("Panel weight", "121 kg", "39 kg"),
        ("Hung weight incl. spreader frame", "135 kg", "48 kg"),
        ("Reaction to fire (EN 13501-1)", "A2-s1,d0", "B-s1,d0"),
        ("Standard finish", "Matt white RAL 9010, sprayed", "Clear matt lacquer on oak"),
        ("Effective reflection", "above 250 Hz", "above 400 Hz"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph(
        "Panels are arranged with 15 to 20 % open area between them so that low frequencies pass into the upper "
        "volume of the hall. Other RAL colours for GRG panels are available at a surcharge (see price list); oak "
        "veneer panels cannot be painted without losing their B-s1,d0 classification.")

    d.add_heading("3. Point hoist RAC-HST-M500", 1)
    for s in [
        "Safe working load (SWL) 500 kg; self-weight 62 kg; motor 0.75 kW, 400 V three-phase.",
        "Variable speed from 0.02 to 0.20 m/s; positioning accuracy +/- 2 mm, absolute encoder on the drum.",
        "Two independent holding brakes, slack-wire and overload detection; the hoist stops at 110 % of SWL.",
        "Noise: 28 dB(A) at 3 m when running at 0.10 m/s; 34 dB(A) at 3 m at maximum speed.",
        "Designed and tested to EN 17206 (machinery for stages and other production areas).",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("4. Suspension grid and cabling", 1)
    d.add_paragraph(
        "RAC-STR-GRD is a hot-dip galvanised steel grid of HEA 120 sections, supplied and priced per linear metre. "
        "Permissible distributed load 250 kg/m; permissible point load at a hoist hanger 600 kg; hangers to roof "
        "steel at no more than 3.0 m centres. RAC-CAB-PWR is fire-resistant power and control cable rated PH120 "
        "to EN 50200, low-smoke zero-halogen, priced per metre and run in steel trays supplied with the grid.")

    d.add_heading("5. Canopy control system RAC-CTL-PLC2", 1)
    d.add_paragraph(
        "Safety PLC cabinet (PL d to EN ISO 13849-1) with a 15.6-inch touch console for the stage manager's desk. "
        "The console stores 64 presets and moves up to 24 axes synchronously in one group move. Three key-switch "
        "modes: Performance (speed limited to 0.10 m/s, presets only), Rehearsal (manual moves allowed, 0.20 m/s) "
        "and Maintenance (single-axis moves, load test functions). Emergency stop buttons at the console and at two "
        "stage positions. The price of RAC-CTL-PLC2 includes 2 days of operator training for up to 6 staff. Remote "
        "diagnostics run over a VPN that the customer enables on request.")
    d.add_paragraph(
        "Travel times: a full-travel move from 15.0 m to 8.5 m takes about 33 seconds in Rehearsal mode and about "
        "65 seconds in Performance mode. Preset moves during a performance are therefore best made between works.")

    d.add_heading("6. Installation conditions (customer responsibilities)", 1)
    for s in [
        "A structural engineer's certificate confirming that the roof steel carries 1.5 times the total hung load "
        "of the canopy, delivered no later than 6 weeks before installation starts. Resonata supplies the load "
        "schedule for this within 10 working days of order.",
        "Stage and stalls floor cleared; fixed seating protected with boards or removed by the customer.",
        "A dedicated 400 V 32 A supply within 10 m of the PLC cabinet location.",
        "Vehicle access for trucks up to 7.5 t to the scenery dock; Resonata supplies mobile elevated work platforms.",
        "The hall cannot be used for performances during installation. A 24-panel canopy typically needs 5 to 6 "
        "weeks on site including commissioning. Scaffolding, asbestos surveys and roof-steel reinforcement are excluded.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("7. Commissioning and acceptance", 1)
    d.add_paragraph(
        "Each hoist is load tested at 1.25 times SWL in the presence of the customer's inspector. After the "
        "functional tests, Resonata issues a commissioning report and the acceptance certificate; warranty periods "
        "start on the date of the acceptance certificate. Lead times for all items are given in the price list and "
        "run from approval of the shop drawings.")
    d.save(K / "canopyline-technical-specification.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    st = getSampleStyleSheet()
    body = st["BodyText"]
    story = [Paragraph("Resonata Acoustic Systems B.V. - Warranty, Service Plans and Commercial Conditions", st["Title"]),
             Paragraph("Edition 2026. These conditions form part of every CanopyLine quotation and contract.", body),
             Spacer(1, 8)]

    def h(t):
        story.append(Paragraph(t, st["Heading2"]))

    def p(t):
        story.append(Paragraph(t, body))
        story.append(Spacer(1, 4))

    h("1. Warranty periods")
    p("All warranty periods start on the date of the acceptance certificate. Reflector panels (RAC-PNL-G24, "
      "RAC-PNL-T18): 10 years against structural defects; the surface finish is covered for 5 years. Point hoists "
      "RAC-HST-M500: 5 years, including brakes and encoders. Control system RAC-CTL-PLC2: 3 years on hardware; "
      "software updates are free of charge for 5 years. Suspension grid and cabling: 10 years.")
    h("2. Warranty conditions and exclusions")
    p("The warranty is valid only if the canopy is inspected at least every 12 months by Resonata or by an "
      "inspector certified by Resonata, as EN 17206 requires for stage machinery. The warranty does not cover: "
      "(a) damage caused by suspending third-party loads such as lighting, loudspeakers or banners from panels, "
      "spreader frames or hoists; (b) water damage from roof leaks; (c) changes to PLC parameters made by persons "
      "not trained by Resonata; (d) damage to finishes from cleaning agents not on Resonata's approved list; "
      "(e) wear of hoist wire ropes, which are consumables and are replaced at the thorough examination.")
    h("3. Service plans")
    data = [["", "Silver", "Gold", "Platinum"],
            ["Preventive visits per year", "1", "2", "4"],
            ["Annual inspection (EN 17206)", "included", "included", "included"],
            ["Support line", "office hours", "24/7 hotline", "24/7 hotline"],
            ["On-site response, critical fault", "3 working days", "24 hours", "8 hours"],
            ["On-site response, other faults", "10 working days", "3 working days", "2 working days"],
            ["Spare parts", "list price", "10% discount", "included"],
            ["4-yearly thorough examination", "EUR 2,400", "EUR 2,400", "included"],
            ["Price per year", "EUR 5,900", "EUR 9,800", "EUR 16,400"]]
    tb = Table(data, colWidths=[170, 95, 95, 95])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    story.append(tb)
    story.append(Spacer(1, 6))
    p("A critical fault is a fault that prevents the canopy from moving or trips the safety circuit so that a "
      "scheduled performance or rehearsal cannot take place. Service plans have a minimum term of 3 years from "
      "acceptance and are invoiced annually in advance. Response times are measured from the call to the hotline.")
    h("4. Payment")
    p("Unless the quotation states otherwise: 30% of the goods and services value on order, 50% on delivery of "
      "panels and hoists to site, and 20% on acceptance. Invoices are payable within 30 days net. Late payment "
      "bears statutory commercial interest.")
    h("5. Prices, delivery and cancellation")
    p("Quotations are valid for 60 days. Prices of goods are fixed until delivery if the order is placed within "
      "the validity period. Delivery and installation dates are confirmed in writing after approval of the shop "
      "drawings and are otherwise estimates. If the customer cancels an order, Resonata charges: 10% of the order "
      "value before approval of the shop drawings; 40% after fabrication has started; 100% after delivery to site.")
    h("6. Liability")
    p("Resonata's aggregate liability under a contract is limited to the contract value, and Resonata is not liable "
      "for loss of revenue, cancelled performances or other indirect loss. Any change to these limits, and any "
      "liquidated damages, apply only if agreed in writing and signed by a director of Resonata.")
    SimpleDocTemplate(str(K / "warranty-service-and-commercial-conditions.pdf"), pagesize=A4,
                      leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=45).build(story)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Products"
    ws.append(["Resonata CanopyLine Price List 2026 (EUR, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (EUR)", "Hung weight (kg)", "Lead time"])
    for c in ws[3]:
        c.font = Font(bold=True)
    for r in [
        ["RAC-PNL-G24", "Canopy reflector panel, GRG, 2400 x 1800 mm, convex, RAL 9010", "each", 14850, 135, "14 weeks"],
        ["RAC-PNL-T18", "Stage-edge reflector panel, oak-veneered plywood, 1800 x 1200 mm", "each", 7940, 48, "12 weeks"],
        ["RAC-HST-M500", "Motorised point hoist, SWL 500 kg, 0.02-0.20 m/s", "each", 6420, 62, "10 weeks"],
        ["RAC-CTL-PLC2", "Canopy control system, safety PLC + touch console, 64 presets", "each", 28900, None, "8 weeks"],
        ["RAC-STR-GRD", "Secondary steel suspension grid, HEA 120, galvanised", "per m", 385, 31, "6 weeks"],
        ["RAC-CAB-PWR", "Fire-resistant power & control cable, PH120, LSZH", "per m", 46, None, "4 weeks"],
        ["RAC-ACM-TUNE", "Acoustic measurement & tuning, ISO 3382-1, 3 site days", "lump sum", 16500, None, "n/a"],
        ["RAC-INS-CRW", "Installation crew-day (4 riggers + 1 supervisor)", "day", 3150, None, "n/a"],
        ["RAC-SVC-SLV", "Silver service plan", "per year", 5900, None, "n/a"],
        ["RAC-SVC-GLD", "Gold service plan", "per year", 9800, None, "n/a"],
        ["RAC-SVC-PLT", "Platinum service plan", "per year", 16400, None, "n/a"],
    ]:
        ws.append(r)
    ws.append([])
    ws.append(["Lead times run from approval of the shop drawings. Weights are per unit (per metre for the grid)."])
    for col, w in zip("ABCDEF", [16, 62, 10, 16, 16, 12]):
        ws.column_dimensions[col].width = w

    o = wb.create_sheet("Options")
    o.append(["CanopyLine options and extras 2026 (EUR, excluding VAT)"])
    o["A1"].font = Font(bold=True, size=13)
    o.append([])
    o.append(["Code", "Option", "Applies to", "Price (EUR)", "Unit", "Conditions"])
    for c in o[3]:
        c.font = Font(bold=True)
    for r in [
        ["RAC-OPT-RAL", "Custom RAL colour instead of RAL 9010", "RAC-PNL-G24", 310, "per panel", "Minimum 6 panels per colour; adds 2 weeks to lead time"],
        ["RAC-OPT-LED", "Cut-out and wiring loom for integrated LED downlight", "RAC-PNL-G24", 1180, "per panel", "Luminaires not included"],
        ["RAC-OPT-PRF", "Micro-perforation with absorbent backing", "RAC-PNL-T18", 640, "per panel", "Reduces reflection above 2 kHz"],
        ["RAC-OPT-TLT", "Motorised tilt axis (second hoist per panel)", "RAC-PNL-G24", 7150, "per panel", "Requires one extra RAC-HST-M500 and control axis"],
        ["RAC-TRN-MNT", "Maintenance technician training", "site staff", 1950, "per day", "Up to 4 participants"],
        ["RAC-SPR-ROP", "Replacement wire-rope set for one hoist", "RAC-HST-M500", 390, "each", "Fitted at 4-yearly thorough examination"],
    ]:
        o.append(r)
    for col, w in zip("ABCDEF", [14, 50, 14, 12, 11, 52]):
        o.column_dimensions[col].width = w
    wb.save(K / "canopyline-price-list-2026.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# How CanopyLine acoustic tuning works: measurement, presets and handover

This article explains what the Acoustic measurement & tuning service (RAC-ACM-TUNE) includes and what a hall
can expect from an adjustable canopy.

## Baseline and final measurements

- All measurements follow ISO 3382-1 (performance spaces). We use 2 source positions on stage and 12 receiver
  positions in the stalls, circle and choir seats, plus 4 positions on stage for stage-acoustic parameters.
- The baseline measurement is made before installation, with the hall empty and the old reflectors (if any) in
  place. The final measurement is made after tuning, with the canopy at every agreed preset.
- Parameters reported: T30, EDT, C80, G and the stage support parameter ST-early.

## Tuning on site

Tuning takes 3 site days after commissioning. On the second day we need at least one 3-hour rehearsal session
with the resident ensemble, because players' feedback on hearing each other is what fixes the final stage-edge
tilt. If the ensemble is not available, the session is rescheduled and extra site days are charged at the
crew-day rate.

## Recommended starting presets

| Preset | Canopy height above stage | Typical use |
|---|---|---|
| Symphonic | 12.5 m | Full orchestra, 80-100 players |
| Chamber | 9.5 m | Chamber orchestra, string quartet, recitals |
| Choral & organ | 14.0 m | Choir with orchestra, organ recitals |
| Amplified / speech | 15.0 m | Conferences, amplified concerts |

The console stores 64 presets, so halls usually keep these four plus variants per ensemble. Presets are locked
behind the Performance key-switch so that they cannot be overwritten during a show.

## What a canopy does and does not change

- Lowering the canopy from 15.0 m to 9.5 m typically raises ST-early on stage by 2 to 3 dB, which is what
  musicians notice as better mutual hearing.
- In the audience, EDT and C80 in the front stalls change noticeably; in the rear stalls and balconies the
  change is small.
- Moving the canopy changes T30 by less than 5%. A canopy is not a substitute for variable absorption
  (banners or curtains) if the hall's reverberation time itself needs to change.

## Report and handover

The measurement report is delivered within 15 working days after the final tuning session. It contains the
preset table, all measured values per position, and operating advice for the stage managers. Re-tuning after a
significant change to the hall (for example new seating or a new stage floor) is not part of RAC-ACM-TUNE and is
quoted separately.
"""


def make_md():
    (K / "canopy-tuning-kb.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("written:", sorted(p.name for p in K.iterdir()))
