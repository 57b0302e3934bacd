"""Generate the four knowledge sources of the rakestow-retractable-seating scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch --target folder)
"""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------------------------------------------------------- DOCX: service plan schedule
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Tier Care Service Plans - Service Schedule 2027 (ref. RSC-TC-2027)", 1)
    d.add_paragraph(
        "This schedule forms part of the Rakestow Service Conditions RSC-2026 and describes the two preventive "
        "service plans Rakestow Seating Services Ltd offers for powered and manual telescopic (retractable) seating. "
        "It applies to plans ordered between 1 January 2027 and 31 December 2027.")
    d.add_heading("1. Plan levels", 2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Item", "Tier Care Basic", "Tier Care Plus"
    rows = [
        ("Annual fee, up to 8 banks", "£5,900", "£9,600"),
        ("Each additional bank, per year", "£620", "£980"),
        ("Minimum term", "1 year", "3 years"),
        ("Planned visits per year", "1 (full inspection)", "2 (full inspection + mid-season service)"),
        ("Remote support (phone/video)", "Office hours", "Unlimited, 24/7"),
        ("Discount on spare parts", "None", "10% off list price"),
        ("Operator training course", "Not included", "One course per year included"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph(
        "The 10% parts discount under Tier Care Plus applies to spare parts ordered separately during the plan term. "
        "It is not combinable with any other discount shown on a quotation; where a quotation already carries a "
        "discount on a part, the higher of the two applies.")
    d.add_heading("2. Response times", 2)
    d.add_paragraph(
        "A safety-critical fault is one where a bank cannot be deployed, retracted or locked, where a deck locking "
        "pin fails to engage, or where there is visible structural damage to the understructure. All other faults "
        "(a failed seat, a damaged nosing light, a noisy castor) are non-critical.")
    d.add_paragraph(
        "Tier Care Plus: for a safety-critical fault an engineer is on site within 8 hours, 24 hours a day, "
        "including event days, weekends and bank holidays. Non-critical faults are attended within 3 working days.")
    d.add_paragraph(
        "Tier Care Basic: safety-critical faults are attended on the next working day; non-critical faults within "
        "10 working days. Response times apply within 150 miles of our Leicester depot; beyond that add 4 hours to "
        "the safety-critical response time.")
    d.add_heading("3. Callouts and hourly rates", 2)
    d.add_paragraph(
        "Tier Care Plus includes up to 4 safety-critical callouts per plan year at no charge. Further callouts, and all "
        "callouts for non-critical faults, are charged at 50% of the standard rates below. Customers without a plan, "
        "and Tier Care Basic customers, pay the standard rates in full.")
    d.add_paragraph(
        "Standard callout rates per engineer: weekdays 07:00-18:00 £145 per hour; weekday evenings and Saturdays "
        "£210 per hour; Sundays and bank holidays £265 per hour. A minimum of 3 hours is charged per callout, "
        "travel time included.")
    d.add_heading("4. What the plans include", 2)
    d.add_paragraph(
        "Labour for planned visits; consumables (grease, cable ties, fasteners up to M12); travel within 150 miles of "
        "the Leicester depot; a written inspection report issued within 10 working days of each full inspection; and "
        "a certificate of inspection valid for 12 months for each bank rated Green or Amber.")
    d.add_paragraph(
        "Each bank is rated in the report. Green: safe for use, no action. Amber: safe for use, defects to be "
        "rectified within 30 days. Red: the bank is withdrawn from use until rectified, and we notify the venue's "
        "duty manager before leaving site.")
    d.add_paragraph(
        "Operator training (Tier Care Plus): one half-day course per year for up to 6 staff, held on site, covering "
        "deployment, retraction, daily pre-use checks and emergency stop procedures. Additional courses cost £640 "
        "each.")
    d.add_heading("5. Exclusions", 2)
    d.add_paragraph(
        "The plans do not cover: damage caused by operating a bank with people on it; impact by forklifts, stage "
        "trucks or scissor lifts; retraction with seats left in the down position; vandalism; water or flood damage; "
        "modifications by third parties; upholstery cleaning; and re-certification after structural modifications "
        "made by others. Repairs arising from excluded causes are quoted separately.")
    d.add_heading("6. Fees, term and cancellation", 2)
    d.add_paragraph(
        "The annual fee is invoiced annually in advance. The annual fee is fixed for the initial term; thereafter it "
        "is adjusted each anniversary by the UK CPI annual rate published for the preceding January. After the "
        "initial term either party may end the plan on 90 days' written notice before an anniversary.")
    d.add_heading("7. Customer obligations", 2)
    d.add_paragraph(
        "The venue carries out a daily pre-use check by a trained operator, keeps the operating log supplied with "
        "each bank, and reports any fault through the Rakestow service line. Banks must not be operated while a Red "
        "rating is open.")
    d.save(os.path.join(K, "tier-care-service-schedule-2027.docx"))

# ---------------------------------------------------------------- PDF: technical bulletin
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h = ss["Heading2"]
    story = [Paragraph("Technical Bulletin TB-14: Inspection Procedure and Safety Limits for Telescopic Seating",
                       ss["Heading1"]),
             Paragraph("Rakestow Seating Services Ltd - Revision C, October 2026. Applies to powered and manual "
                       "telescopic stands of up to 22 rows.", body), Spacer(1, 6)]
    P = lambda t: story.append(Paragraph(t, body))
    H = lambda t: story.append(Paragraph(t, h))
    H("1. Design loads")
    P("Telescopic stands serviced by Rakestow are assessed against BS EN 13200-5. The imposed load on treads is "
      "4.0 kN/m2 when the bank is fully deployed and locked. Rear and side guard rails are tested to a horizontal "
      "line load of 1.5 kN/m applied at the top of the rail. A guard rail of at least 1100 mm height is required "
      "wherever the drop behind or beside the top row exceeds 600 mm.")
    P("Floor loading: each drive wheel imposes a point load of up to 6.2 kN on the arena floor during deployment and "
      "retraction. On sprung timber and synthetic sports floors, floor protection plates (RST-FPP) must be laid "
      "under the drive-wheel tracks.")
    H("2. Inspection sequence")
    steps = [
        ["Step", "Check", "Limit / action"],
        ["1", "Understructure visual (frames, welds, bracing)", "Crack or bent member: Category A"],
        ["2", "Castor wheels", "Replace when tread below 6 mm or flat spot over 15 mm"],
        ["3", "Drive unit: motor current, chain tension", "Chain deflection 10-15 mm"],
        ["4", "Deck locking pins", "Full engagement on every row"],
        ["5", "Row-to-row sliding bearings", "Replace if play exceeds 4 mm"],
        ["6", "Timed full deploy/retract cycle", "22-row bank under 4 minutes"],
        ["7", "Tip-up seats", "Spring return within 2 seconds"],
        ["8", "Electrical: emergency stop, pendant, interlocks", "Any failure: Category A"],
    ]
    tb = Table(steps, colWidths=[35, 210, 220])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("FONTSIZE", (0, 0), (-1, -1), 8),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [tb, Spacer(1, 6)]
    P("Castor wheels must be replaced when the tread is worn below 6 mm or shows a flat spot longer than 15 mm. In "
      "typical arena use this is every 5 to 7 years or after 1,500 deploy cycles, whichever comes first. Castors are "
      "always replaced as a full set per bank to keep the deck level.")
    P("Lubrication: sliding bearings and drive chains are greased with lithium-complex grease to NLGI 2 every 250 "
      "deploy cycles, and at each planned visit.")
    H("3. Time on site")
    P("An annual inspection of a powered bank of up to 16 rows takes 3.5 hours; a bank of 17 to 22 rows takes "
      "5 hours. A drive unit overhaul takes 1.5 crew days per bank, including the test cycles. Replacing a full "
      "castor set takes about 4 hours per bank. During the work the bank is out of service and a clear zone of "
      "2 m in front of the bank must be kept free of people and equipment.")
    H("4. Defect categories")
    P("Category A: the bank is withdrawn from use immediately (rated Red in the report). Category B: rectify within "
      "30 days; the bank may remain in use (Amber). Category C: advisory, dealt with at the next planned visit.")
    H("5. Operating rules for venues")
    P("Never deploy or retract a bank with people on it. Keep the 2 m clear zone during every movement. Raise all "
      "tip-up seats before retraction. Stop immediately if the bank runs out of line by more than 25 mm and call the "
      "service line. Do not override interlocks; an overridden interlock voids the inspection certificate.")
    SimpleDocTemplate(os.path.join(K, "tb14-inspection-procedure.pdf"), pagesize=A4,
                      title="TB-14 Inspection Procedure").build(story)

# ---------------------------------------------------------------- XLSX: parts & price list
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Parts"
    ws.append(["Rakestow Parts & Price List 2027 - prices in GBP excluding VAT, valid 1 Jan - 31 Dec 2027"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Fits", "Unit", "List price (GBP)", "Lead time"])
    for c in ws[3]:
        c.font = Font(bold=True)
    parts = [
        ("RST-CST-100", "Castor wheel set, 100 mm polyurethane (set of 12)", "Banks up to 16 rows", "set", 186.00, "2 weeks"),
        ("RST-CST-125", "Castor wheel set, 125 mm polyurethane heavy-duty (set of 12)", "Banks of 17-22 rows", "set", 248.00, "3 weeks"),
        ("RST-DWH-200", "Drive wheel, 200 mm bonded polyurethane", "All powered banks", "each", 312.00, "4 weeks"),
        ("RST-DRV-OVH4", "Drive unit overhaul kit, 4-wheel bank (motor, gearbox seals, chain, 2 drive wheels)", "4-wheel drive banks", "kit", 2380.00, "6 weeks"),
        ("RST-DRV-OVH6", "Drive unit overhaul kit, 6-wheel bank (motor, gearbox seals, chain, 3 drive wheels)", "6-wheel drive banks", "kit", 3140.00, "6 weeks"),
        ("RST-TU450-STD", "Tip-up seat module TU450, standard polypropylene shell", "All rows", "each", 76.00, "3 weeks"),
        ("RST-TU450-PAD", "Tip-up seat module TU450, padded with armrests", "All rows", "each", 139.00, "5 weeks"),
        ("RST-NOS-LED12", "Nosing LED step-light strip, 1.2 m", "Aisle steps", "each", 38.00, "2 weeks"),
        ("RST-NOS-LED18", "Nosing LED step-light strip, 1.8 m", "Aisle steps", "each", 52.00, "2 weeks"),
        ("RST-RGR-2400", "Rear guard rail retrofit section, 2.4 m", "Top row", "each", 412.00, "5 weeks"),
        ("RST-RGR-1200", "Rear guard rail retrofit section, 1.2 m", "Top row, ends", "each", 236.00, "5 weeks"),
        ("RST-FPP", "Floor protection plate set (8 plates)", "Sports floors", "set", 290.00, "1 week"),
        ("RST-PND-W", "Wireless control pendant with emergency stop", "All powered banks", "each", 1240.00, "8 weeks"),
        ("RST-LCK-PIN", "Deck locking pin kit (per row)", "All banks", "kit", 24.50, "2 weeks"),
    ]
    for p in parts:
        ws.append(list(p))
    for r in range(4, 4 + len(parts)):
        ws.cell(r, 5).number_format = "#,##0.00"
    ws.append([])
    ws.append(["Tier Care Plus customers receive 10% off list price on parts ordered separately (see RSC-TC-2027)."])
    for col, w in zip("ABCDEF", (16, 70, 22, 8, 16, 11)):
        ws.column_dimensions[col].width = w

    s2 = wb.create_sheet("Specifications")
    s2.append(["Rakestow Parts & Price List 2027 - technical data and warranty"])
    s2["A1"].font = Font(bold=True, size=13)
    s2.append([])
    s2.append(["SKU", "Material / rating", "Load rating", "Warranty", "Notes"])
    for c in s2[3]:
        c.font = Font(bold=True)
    specs = [
        ("RST-CST-100", "Polyurethane tread on nylon hub", "350 kg per wheel", "12 months", "Replace as a full set per bank"),
        ("RST-CST-125", "Polyurethane tread on cast-iron hub", "500 kg per wheel", "12 months", "Requires bracket kit on pre-2015 banks"),
        ("RST-DWH-200", "Bonded polyurethane, 92 Shore A", "800 kg per wheel", "12 months", "Non-marking"),
        ("RST-DRV-OVH4", "400 V three-phase geared motor 0.75 kW", "-", "24 months", "Fitted by Rakestow only"),
        ("RST-DRV-OVH6", "400 V three-phase geared motor 1.1 kW", "-", "24 months", "Fitted by Rakestow only"),
        ("RST-TU450-STD", "Polypropylene shell, seat width 450 mm; fire: BS EN 1021-1 and EN 1021-2", "-", "12 months", "Colours: charcoal, navy, red"),
        ("RST-TU450-PAD", "Fabric-upholstered, seat width 450 mm; fire: BS EN 1021-1 and EN 1021-2", "-", "12 months", "Armrests fixed"),
        ("RST-NOS-LED12", "24 V DC, IP54, aluminium profile", "-", "36 months", "Warm white 3000 K only"),
        ("RST-NOS-LED18", "24 V DC, IP54, aluminium profile", "-", "36 months", "Warm white 3000 K only"),
        ("RST-RGR-2400", "Galvanised steel, powder-coated RAL 7016, 1100 mm high", "1.5 kN/m", "12 months", ""),
        ("RST-RGR-1200", "Galvanised steel, powder-coated RAL 7016, 1100 mm high", "1.5 kN/m", "12 months", ""),
        ("RST-PND-W", "2.4 GHz, IP65, range 30 m", "-", "12 months", "Battery runs about 40 hours of operation"),
    ]
    for s in specs:
        s2.append(list(s))
    for col, w in zip("ABCDE", (16, 64, 18, 11, 40)):
        s2.column_dimensions[col].width = w

    s3 = wb.create_sheet("Labour")
    s3.append(["Rakestow Parts & Price List 2027 - labour and travel"])
    s3["A1"].font = Font(bold=True, size=13)
    s3.append([])
    s3.append(["Code", "Description", "Price (GBP)", "Condition"])
    for c in s3[3]:
        c.font = Font(bold=True)
    for r in [
        ("RST-CREW-DAY", "Two-person technician crew day, 8 hours on site", 1120.00, "Mon-Fri"),
        ("RST-TECH-DAY", "Single technician day, 8 hours on site", 690.00, "Mon-Fri"),
        ("RST-WKND-UP", "Weekend uplift on crew or technician days", "50%", "Saturday and Sunday"),
        ("RST-TRAVEL", "Travel beyond 150 miles of Leicester depot", 1.10, "per mile"),
        ("RST-NIGHT", "Overnight allowance", 135.00, "per technician per night"),
    ]:
        s3.append(list(r))
    wb.save(os.path.join(K, "rakestow-parts-price-list-2027.xlsx"))

# ---------------------------------------------------------------- Markdown KB article
MD = """# Planning a summer shutdown service: site access, scheduling and what we need from you

Most arenas book their telescopic seating work during the summer shutdown. This article explains how we schedule
it and what the venue needs to provide. It applies to all Rakestow service work, with or without a Tier Care plan.

## Booking
- Summer shutdown slots (June to August) must be booked at least 10 weeks before the start date. We confirm a slot
  once we have a purchase order number; we cannot hold a slot without one.
- Parts with lead times longer than the gap to the start date are ordered at booking; see the price list for lead
  times.
- We send the risk assessment and method statement (RAMS) no later than 10 working days before work starts.

## Site requirements
- A 230 V 16 A power supply within 25 m of each bank (our tools and test equipment run on it).
- A clear floor zone of 2 m in front of each bank being worked on, and floor protection plates on sports floors.
- General lighting of at least 300 lux at floor level.
- A named duty manager from the venue who can sign the daily permit to work.
- Access for a 7.5 t van to a loading door; we do not need a forklift.

## Working hours
Standard working hours are 07:30 to 17:30, Monday to Friday. Grinding and drilling only happen within those hours.
Weekend work is possible at the weekend uplift shown in the price list.

## Old parts and waste
Removed parts are taken back to our Leicester depot. Polypropylene seat shells and polyurethane castors are
recycled; LED strips are disposed of under the WEEE regulations. We leave a waste transfer note with the duty manager
at the end of the works.

## Insurance and paperwork
We hold public liability insurance of £10 million and employer's liability insurance of £10 million; certificates
are sent with the RAMS. Each bank inspected receives its inspection report within 10 working days of the visit.

## After the works
Every bank is given a full deploy and retract test with the duty manager present before handover. If a bank fails
the test it stays out of use, and we tell you the same day what is needed.
"""

def make_md():
    with open(os.path.join(K, "summer-shutdown-planning.md"), "w") as f:
        f.write(MD)

if __name__ == "__main__":
    make_docx(); make_pdf(); make_xlsx(); make_md()
    print("sources written to", K)
