"""Generate the knowledge sources of the tanvessa-tannery-drums scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch --target folder).
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

K = Path(__file__).parent / "knowledge"
K.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("DrumCare Service Agreement - General Conditions", 0)
    d.add_paragraph("Tanvessa Drum Engineering S.r.l., Via del Cuoio 14, 56029 Santa Croce sull'Arno (PI), Italy. "
                    "Edition 2025-01. These conditions apply to every inspection, repair, refit and DrumCare plan "
                    "ordered from Tanvessa for wooden, stainless-steel and polypropylene tannery processing drums, "
                    "unless the signed quote states otherwise.")
    d.add_heading("1. DrumCare plans", 1)
    d.add_paragraph("DrumCare plans are sold per drum and per plan year, with a minimum of 3 drums per site. "
                    "The plan covers the preventive visits, the breakdown response and the parts discount listed below. "
                    "Labour for breakdown repairs is charged at the rates of section 3, reduced by the plan's labour discount.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Plan", "Preventive visits per year", "Breakdown response", "Parts discount", "Labour discount"]):
        t.rows[0].cells[i].text = h
    for row in [
        ("DrumCare Basic", "1", "technician on site within 72 hours", "5%", "none"),
        ("DrumCare Plus", "2", "telephone diagnosis within 4 hours, technician on site within 24 hours", "10%", "15%"),
        ("DrumCare Premium", "4", "technician on site within 24 hours, loan gearbox from stock", "15%", "25%"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph("Exception: for sites more than 800 km by road from Santa Croce sull'Arno, the on-site response "
                    "times of DrumCare Plus and Premium are extended to 48 hours. Response times run on working days "
                    "(Monday to Friday, excluding Italian public holidays and the week of 15 August). DrumCare Plus "
                    "and Premium include the quarterly remote vibration check of each covered drum (section 6 of the "
                    "Technical Service Guide). A drum added to a plan during a plan year is charged pro rata per "
                    "started month.")
    d.add_heading("2. Term and cancellation", 1)
    d.add_paragraph("Each DrumCare plan has a minimum term of 36 months from the first preventive visit. After the "
                    "minimum term it renews for successive plan years unless terminated in writing with 3 months' "
                    "notice before the end of a plan year. Plan fees are invoiced annually in advance. "
                    "A scheduled visit that the customer cancels or postpones less than 10 working days before the "
                    "agreed date is charged at 50% of the visit labour; travel already booked is charged at cost.")
    d.add_heading("3. Labour rates outside a plan", 1)
    d.add_paragraph("Standard labour: EUR 88 per hour per technician, Monday to Friday 07:00-18:00. "
                    "Overtime (weekdays after 18:00 and Saturdays): surcharge of 35%. Sundays and public holidays: "
                    "surcharge of 75%. Every callout is charged at a minimum of 4 hours per technician. Travel is charged "
                    "at EUR 0.95 per km from Santa Croce sull'Arno plus travel time at the standard rate; accommodation "
                    "is charged at cost. Travel for work ordered on a signed quote is charged as stated in that quote.")
    d.add_heading("4. Warranty on workmanship", 1)
    d.add_paragraph("Repairs, stave replacements, peg refits and door kit installations: 12 months from the date of "
                    "the completion report. Gearbox overhauls: 24 months or 8,000 operating hours, whichever comes "
                    "first. New parts carry the manufacturer's warranty, and in any case at least 12 months. "
                    "Trunnion bearing kits fitted by Tanvessa: 18 months from fitting, provided the lubrication "
                    "intervals of the Technical Service Guide are kept and recorded.")
    d.add_paragraph("The warranty does not cover: float temperatures above 60 °C in wooden drums; loads above 110% of "
                    "the rated hide load of the drum; a wooden drum left empty and dry for more than 14 consecutive "
                    "days (stave shrinkage); missing lubrication records; work on the drum by third parties after "
                    "Tanvessa's intervention; normal wear of door seals and pegs.")
    d.add_heading("5. Payment", 1)
    d.add_paragraph("Unless the quote states otherwise: 30% of the order value on order, balance 30 days net from the "
                    "completion report of each drum. Late payment bears interest at the statutory rate of Italian "
                    "Legislative Decree 231/2002. Tanvessa may suspend plan services while an invoice is more than "
                    "60 days overdue.")
    d.add_heading("6. Customer obligations", 1)
    d.add_paragraph("The customer hands over each drum emptied, rinsed and neutralised as described in the Technical "
                    "Service Guide, with the drive locked out and tagged out, and issues the confined-space entry "
                    "permit of the site. Tanvessa technicians will not enter a drum without a valid gas measurement.")
    d.save(K / "drumcare-service-agreement.docx")

# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Title"], ss["Heading2"]
    el = [Paragraph("Technical Service Guide - Tannery Processing Drums", h1),
          Paragraph("Document TSG-07, revision 4 (February 2025). Tanvessa Drum Engineering S.r.l.", body),
          Spacer(1, 8)]
    def sec(title, *paras):
        el.append(Paragraph(title, h2))
        for p in paras:
            el.append(Paragraph(p, body))
            el.append(Spacer(1, 4))
    sec("1. Before our crew arrives",
        "Each drum must be emptied of hides and float, rinsed twice with clean water and neutralised so that the "
        "residual liquor has a pH between 6.0 and 8.5, measured at the door and at the axle drain. Drums used for "
        "sulphide liming must be ventilated for at least 12 hours with the door open. Before any entry, the H2S "
        "concentration inside the drum must be below 5 ppm, measured with a calibrated detector by the customer's "
        "safety officer and written on the entry permit. The drive must be locked out and tagged out at the main "
        "isolator; our technicians add their own padlocks.")
    sec("2. Full inspection (TVD-INS-FULL)",
        "The full inspection follows our 38-point checklist: stave condition and moisture content, hoop tension, "
        "door frame and seal, pegs or shelves, axle and liquor feed, trunnion bearing vibration, ring gear and pinion "
        "backlash, gearbox oil condition, motor current and brake. For a drum of 3.0 to 3.5 m diameter it takes about "
        "5 hours with two technicians. Bearing vibration above 7.1 mm/s RMS is reported as an alarm; ring gear "
        "backlash must stay between 0.4 and 0.8 mm. A digital report with photographs and a prioritised repair list is "
        "sent within 5 working days.")
    sec("3. Stave replacement (TVD-STV-OAK, TVD-STV-LRC)",
        "Replacement staves are quarter-sawn European oak (Quercus robur), 80 mm thick, or Siberian larch for "
        "drums used only for soaking and washing. At most 8 staves are replaced per drum in one intervention, to keep "
        "the hoops and the remaining staves in line; where more than 30% of the staves of a drum are rotten or split, "
        "we recommend a full re-staving, quoted separately. The drum is out of service for at least 72 hours per "
        "intervention: fitting, re-tensioning of the hoops, 48 hours of water swelling and a leak test at 2 rpm.")
    sec("4. Trunnion bearings (TVD-BRG-PLS, TVD-BRG-PLM)",
        "Bearing kits are supplied as a pair (drive side and free side) with housings, seals and fixings. Replacement "
        "takes 10 hours per drum with two technicians; the drum is raised on our own hydraulic jacks, so no crane is "
        "needed for this job. Lubricate with lithium-complex EP2 grease, 40 g per bearing every 160 operating hours. "
        "Missing lubrication records void the bearing warranty.")
    sec("5. Gearbox overhaul (TVD-GBX-OVH, TVD-GBX-OVX)",
        "Gearboxes are overhauled in our Santa Croce workshop: dismantling, new bearings and seals, gear inspection "
        "and crack testing, reassembly and a 4-hour run-in test. Removal and refitting take 2 days on site; the "
        "workshop turnaround is 15 working days ex works. Gears found cracked or worn beyond limits are quoted "
        "separately before any work continues. Refill with ISO VG 320 mineral EP gear oil; change the oil after the "
        "first 500 hours, then every 4,000 operating hours.")
    sec("6. Remote vibration check",
        "For drums under a DrumCare Plus or Premium plan we fit a wireless vibration sensor on each trunnion bearing "
        "at no charge. Readings are reviewed every quarter and a short trend note is e-mailed to the site's "
        "maintenance manager.")
    data = [["Job", "Technicians", "Time on site per drum", "Drum out of service"],
            ["Full inspection", "2", "5 hours", "1 shift"],
            ["Stave replacement (up to 8)", "2", "1.5 days", "72 hours minimum"],
            ["Bearing kit replacement", "2", "10 hours", "1 day"],
            ["Gearbox overhaul", "2", "2 days", "2 days with exchange unit, else 3-4 weeks"],
            ["Door and seal kit", "1", "6 hours", "1 shift"],
            ["Peg set refit", "2", "1 day", "1 day"]]
    tb = Table(data, colWidths=[5 * cm, 2.4 * cm, 3.6 * cm, 5.2 * cm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("FONTSIZE", (0, 0), (-1, -1), 8),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    el += [Spacer(1, 6), Paragraph("7. Typical durations", h2), tb]
    SimpleDocTemplate(str(K / "technical-service-guide.pdf"), pagesize=A4,
                      leftMargin=2 * cm, rightMargin=2 * cm).build(el)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2025"
    ws.append(["Tanvessa Drum Engineering - Price list 2025 (EUR, excluding VAT, valid 1 Jan - 31 Dec 2025)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append(["SKU", "Description", "Unit", "List price EUR", "Lead time", "Notes"])
    rows = [
        ("TVD-INS-BASIC", "Visual drum inspection, 12 points", "per drum", 620, "1 week", "No report on gearbox oil or vibration"),
        ("TVD-INS-FULL", "Full drum inspection, 38-point checklist", "per drum", 1450, "2 weeks", "Report within 5 working days"),
        ("TVD-STV-OAK", "Oak stave replacement, 80 mm, fitted", "per stave", 385, "6 weeks", "Seasoned quarter-sawn European oak"),
        ("TVD-STV-LRC", "Larch stave replacement, 80 mm, fitted", "per stave", 295, "4 weeks", "Soaking and washing drums only"),
        ("TVD-BRG-PLS", "Trunnion bearing kit, pair, drums 2.2-3.0 m", "per pair", 2460, "3 weeks", "Fitting included"),
        ("TVD-BRG-PLM", "Trunnion bearing kit, pair, drums 3.0-3.5 m", "per pair", 2980, "3 weeks", "Fitting included"),
        ("TVD-GBX-OVH", "Drive gearbox overhaul, up to 30 kW", "per gearbox", 6200, "15 working days", "Workshop overhaul, removal and refit included"),
        ("TVD-GBX-OVX", "Drive gearbox overhaul, 30-55 kW", "per gearbox", 9400, "20 working days", "Workshop overhaul, removal and refit included"),
        ("TVD-GBX-EXC", "Exchange gearbox rental during overhaul", "per week", 540, "subject to stock", "Up to 30 kW only"),
        ("TVD-DOR-SS", "Stainless door and seal kit, AISI 316L, 600 x 800 mm", "per kit", 1720, "2 weeks", "EPDM seal"),
        ("TVD-DOR-SEAL", "EPDM door seal, 600 x 800 mm", "each", 145, "ex stock", "Replace every 12 months in chrome tanning drums"),
        ("TVD-PEG-SET", "Hornbeam peg set refit, one drum", "per drum", 2350, "4 weeks", "Peg count per drum size, see Drum specs"),
        ("TVD-PEG-PP", "Polypropylene peg set refit, one drum", "per drum", 2890, "5 weeks", "For retanning and dyeing drums"),
        ("TVD-SLA-BAS", "DrumCare Basic plan", "per drum per year", 980, "-", "Minimum 3 drums"),
        ("TVD-SLA-PLUS", "DrumCare Plus plan", "per drum per year", 1600, "-", "Minimum 3 drums, 36-month minimum term"),
        ("TVD-SLA-PREM", "DrumCare Premium plan", "per drum per year", 2650, "-", "Minimum 3 drums, 36-month minimum term"),
    ]
    for r in rows:
        ws.append(list(r))
    for c, w in zip("ABCDEF", (16, 48, 18, 14, 18, 48)):
        ws.column_dimensions[c].width = w
    ws2 = wb.create_sheet("Drum specs")
    ws2.append(["Drum size classes and matching parts"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append(["Size class", "Diameter (m)", "Max. hide load (kg)", "Typical drive (kW)", "Bearing kit", "Pegs per set", "Staves (approx.)"])
    for r in [
        ("A", "up to 2.2", 1800, 11, "TVD-BRG-PLS", 48, 40),
        ("B", "2.2-3.0", 4000, 18.5, "TVD-BRG-PLS", 72, 52),
        ("C", "3.0-3.5", 6500, 22, "TVD-BRG-PLM", 96, 64),
        ("D", "3.5-4.2", 9500, 37, "on request", 128, 76),
    ]:
        ws2.append(list(r))
    ws2.append([])
    ws2.append(["Note: first production load after stave replacement or re-staving is limited as stated in the shutdown planning article."])
    wb.save(K / "price-and-spec-sheet-2025.xlsx")

# ---------------------------------------------------------------- Markdown KB article
MD = """# Planning your shutdown drum service with Tanvessa

Most tanneries book their drum work into the summer or Christmas shutdown. This article explains how we plan
the crew, what we need from your site and how the drums go back into production.

## Booking
- August shutdown slots are allocated in the order in which signed orders arrive; orders for August must reach us
  by 30 June.
- A crew for 4 or more drums is two technicians plus one site supervisor. One crew completes the full inspection of
  2 drums per working day.
- We work Monday to Friday, 07:00-18:00. Saturday work is possible at a surcharge of 35% on labour if requested at
  least 10 working days ahead; we do not schedule Sunday work during shutdowns.

## What your site provides
- An overhead crane or forklift with a minimum of 3 tonnes capacity for gearbox removal (not needed for bearings).
- A 400 V / 32 A power outlet and a water hose with at least 3 bar within 25 m of the drums.
- A lockable storage area of about 20 m2 for parts and tools, and access to washrooms and the canteen.
- The confined-space entry permit and the gas measurement before each drum entry.

## Old staves and pegs
Staves and pegs removed from chrome tanning drums are hazardous waste. We take them away and dispose of them
through a licensed contractor at EUR 0.62 per kg; a removed oak stave weighs about 38 kg. Staves from drums used
only for soaking can stay on site if you have your own disposal route.

## Back into production
1. After stave work the drum is filled with water and turned at 2 rpm; the leak test is done after 48 hours.
2. The first production load after stave replacement is limited to 70% of the rated hide load.
3. Full load is allowed from the second load if no leak has appeared.
4. The completion report for each drum is sent within 5 working days and starts the warranty period.
"""

if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "shutdown-planning.md").write_text(MD, encoding="utf-8")
    print("written:", sorted(p.name for p in K.iterdir()))
