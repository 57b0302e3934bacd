"""Generate the knowledge sources of the pebblefrost-curling-ice-plants scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch --target folder.)
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

K = Path(__file__).resolve().parent / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Pebblefrost Refrigeration Ltd - Service and Warranty Terms (curling ice plants)", 0)
    d.add_paragraph("Document PF-SWT-2025, edition March 2025. These terms apply to Pebblefrost TC-series CO2 "
                    "(R744) transcritical chiller packs, curling sheet pipe grids, IceIQ controls and associated "
                    "equipment supplied and commissioned by Pebblefrost in the United Kingdom and Ireland.")

    d.add_heading("1. Equipment warranty", 1)
    d.add_paragraph("Warranty runs from the date of handover, which is the day the first ice build is signed off "
                    "by the customer. Periods differ by component:")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Component", "Warranty period (parts)", "Notes"]):
        t.rows[0].cells[i].text = h
    rows = [
        ("Compressors, gas cooler and CO2 pressure vessels", "5 years", "Subject to annual service inspection"),
        ("Curling sheet pipe grid (PE-RT pipes and manifolds)", "10 years", "Against leaks at the pressure tested on installation"),
        ("IceIQ controller, IR surface sensors and brine sensors", "2 years", "Firmware updates free for the life of the plant"),
        ("Heat recovery module and brine pumps", "3 years", "Pump seals are wear parts after year 1"),
        ("Labour on warranty repairs", "12 months", "After 12 months, labour is charged unless a service plan applies"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("The warranty is conditional on (a) commissioning and the first ice build by Pebblefrost, "
                    "(b) at least one Pebblefrost preventive service visit in every 12-month period, and (c) the "
                    "secondary circuit being filled only with Pebblefrost-approved propylene glycol.")
    d.add_paragraph("Exclusions: damage caused by ice resurfacing or scraping equipment, pebble kettles or "
                    "sheet-marking tools; slab heave where the heave protection circuit was switched off or its "
                    "set point lowered below +3 °C; corrosion caused by flood water outside the water quality "
                    "limits in the Installation and Site Requirements guide; electrical supply faults; and "
                    "consumables (filters, glycol, pump seals after year 1, sensor lenses).")

    d.add_heading("2. Service plans", 1)
    d.add_paragraph("Service plans are sold per year, with a minimum term of 3 years, and renew yearly after that. "
                    "Either party may cancel with 90 days written notice before an anniversary date. A plan bought "
                    "with a new plant starts on the handover date.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["", "Bronze", "Silver", "Gold"]):
        t.rows[0].cells[i].text = h
    rows = [
        ("Preventive visits per year", "1", "2", "2 plus a pre-season ice-build check"),
        ("Remote monitoring via IceIQ", "Business hours alerts", "24/7", "24/7 with named engineer"),
        ("On-site response, critical fault, in season", "48 hours", "24 hours", "8 hours"),
        ("On-site response, off season", "5 working days", "48 hours", "24 hours"),
        ("Labour on repairs", "Charged", "Included", "Included"),
        ("Discount on spare parts", "none", "10%", "15%"),
        ("Annual pressure system examination (PSSR)", "Not included", "Included", "Included"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("The season is 1 October to 31 March. A critical fault is an ice surface temperature above "
                    "-2 °C on any sheet for more than 30 minutes, or a total loss of refrigeration. Response times "
                    "are measured from the fault being logged by IceIQ or reported to the service desk on "
                    "0131 555 0190, to an engineer arriving on site. Sites more than 120 miles from our Perth or "
                    "Kendal depots add 4 hours to every response time.")

    d.add_heading("3. Call-outs outside a plan", 1)
    d.add_paragraph("Call-outs not covered by a plan are charged at £145 per hour, with a minimum of 3 hours per "
                    "visit, plus travel at £0.95 per mile from the nearest depot. Weekend and public holiday "
                    "call-outs are charged at 1.5 times the hourly rate. Parts are charged at list price.")

    d.add_heading("4. Remote monitoring and data", 1)
    d.add_paragraph("IceIQ connects through the 4G router supplied with the controller; no club network access is "
                    "needed. Logged data (surface, brine and air temperatures, compressor hours, alarms) is retained "
                    "for 24 months and can be exported by the club as CSV at any time.")

    d.add_heading("5. Limitation", 1)
    d.add_paragraph("Pebblefrost's liability under these terms is limited to the repair or replacement of defective "
                    "equipment. Any other remedy is governed solely by the signed supply contract.")
    d.save(K / "service-warranty-terms.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Title"], ss["Heading2"]
    doc = SimpleDocTemplate(str(K / "installation-site-guide.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Pebblefrost Installation and Site Requirements")
    s = []
    P = lambda txt: s.append(Paragraph(txt, body))
    H = lambda txt: s.append(Paragraph(txt, h2))
    s.append(Paragraph("Pebblefrost Installation and Site Requirements - Curling Rinks", h1))
    P("Guide PF-ISR-07, revision C (February 2025). For clubs and contractors preparing a site for a Pebblefrost "
      "TC-series CO2 chiller and curling sheet pipe grid. Read together with the signed quotation.")

    H("1. Programme")
    P("The chiller lead time is 14 weeks for the TC180 (12 weeks for the TC120, 16 weeks for the TC240) from the "
      "signed order and receipt of the deposit. On-site installation of the pipe grid, plant room and gas cooler "
      "takes 4 weeks for a 4-sheet rink, after the slab base and insulation are ready. Commissioning and the first "
      "ice build then take 5 days. The customer's civil works (slab base, drainage, plant room shell) must be "
      "complete before our installation team arrives.")

    H("2. Floor build-up")
    P("From the bottom up: compacted sub-base; heave protection heating grid in a 50 mm sand-cement screed, held "
      "at +5 °C by the heat recovery module; 150 mm of XPS insulation laid in two staggered layers of 75 mm; a "
      "0.25 mm polythene slip membrane; the pipe grid; and a 125 mm reinforced concrete wearing slab. Curling "
      "sheets are 45.72 m long and 4.75 m wide; each sheet grid covers the full sheet plus 0.3 m on each side.")
    P("Pipe grid: PE-RT 25 mm pipes at 100 mm centres, fed from a header trench at the hack end. Every grid is "
      "pressure tested at 6 bar for 24 hours before the concrete pour, and the test record is handed to the "
      "customer. The pipe grid warranty only applies to grids that passed this test.")

    H("3. Plant room and gas cooler")
    P("Minimum plant room: 6 m long, 5 m wide, 3.5 m clear height, with a 1.2 m wide double door, a floor drain "
      "and mechanical ventilation of 6 air changes per hour with a CO2 detector at 300 mm above floor level. "
      "The gas cooler stands outside on a level concrete plinth with 1.5 m of clearance on all sides and must "
      "not be enclosed on more than two sides.")

    H("4. Electrical supply")
    T = Table([["Item", "Requirement"],
               ["Supply", "400 V, 3-phase, 50 Hz, with a 250 A supply to a lockable isolator in the plant room"],
               ["TC180 maximum running current", "212 A"],
               ["IceIQ controller", "230 V, 10 A dedicated circuit, UPS-backed"],
               ["Earthing", "TN-S or TN-C-S, certified by the customer's electrician"]],
              colWidths=[55 * mm, 115 * mm])
    T.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s.append(T)
    s.append(Spacer(1, 4))
    P("The supply cable to the isolator and any upgrade of the incoming supply are arranged by the customer.")

    H("5. Customer responsibilities")
    P("Dehumidification of the rink hall and reverse-osmosis treatment of flood water are not included in the "
      "Pebblefrost scope. For good curling ice the hall air should be kept at 6 to 8 °C with a dew point below "
      "the ice surface temperature. Flood water should have total dissolved solids below 10 ppm. The customer "
      "also provides civil works, drainage, the electrical supply, lighting and the sheet marking paint.")

    H("6. First ice build and targets")
    P("The brine is pulled down at no more than 1 °C per hour to protect the slab. Water is then flooded in thin "
      "layers; the white paint layer goes on after the first 6 mm, followed by the hacks, houses and lines. The "
      "finished ice is 40 mm thick. The ice surface target for curling is between -4 °C and -6 °C, typically "
      "-5 °C, with a brine supply temperature of -8 to -10 °C. The first pebble is applied by the club's "
      "icemaker on day 5 under the supervision of our engineer.")

    H("7. End of season")
    P("Melt-out of 40 mm of curling ice takes about 3 days with the heat recovery module reversing heat into "
      "the brine. The heave protection circuit must stay switched on all year, including the summer shutdown.")
    doc.build(s)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Chillers"
    ws.append(["Pebblefrost price list 2025 - CO2 (R744) curling chiller packs (GBP, excl. VAT, ex works)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Model", "Cooling capacity", "Sheets served", "CO2 charge", "Electrical input at design",
               "Lead time", "List price (GBP)"])
    for c in ws[3]:
        c.font = Font(bold=True)
    ws.append(["PF-R744-TC120", "TC120", "120 kW", "2-3", "85 kg", "41 kW", "12 weeks", 112000])
    ws.append(["PF-R744-TC180", "TC180", "180 kW", "4-5", "120 kg", "58 kW", "14 weeks", 148500])
    ws.append(["PF-R744-TC240", "TC240", "240 kW", "6", "160 kg", "77 kW", "16 weeks", 189000])
    ws.append([])
    ws.append(["All packs: semi-hermetic CO2 compressors with inverter on the lead compressor, outdoor gas cooler, "
               "brine plate heat exchanger, IceIQ-ready control panel. Refrigerant R744 (GWP 1)."])
    for col, w in zip("ABCDEFGH", [16, 9, 16, 13, 11, 24, 11, 16]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Options and service")
    ws2.append(["Pebblefrost price list 2025 - options, controls, consumables and service plans (GBP, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Description", "Unit", "List price (GBP)"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in [
        ["PF-GRID-CS45", "Curling sheet pipe grid, PE-RT 25 mm at 100 mm centres, incl. manifolds", "per sheet", 21750],
        ["PF-BRN-PG35", "Propylene glycol 35% premix, secondary brine", "per 1,000 L", 2380],
        ["PF-HRM-60", "Heat recovery module 60 kW (heave protection + hot water at 55 °C)", "each", 18900],
        ["PF-ICEIQ-4", "IceIQ controller for up to 4 sheets, with 4G router", "each", 12400],
        ["PF-ICEIQ-6", "IceIQ controller for up to 6 sheets, with 4G router", "each", 15200],
        ["PF-IRS-02", "Infrared ice surface sensor, ceiling mounted", "each", 685],
        ["PF-BTS-01", "Brine supply/return temperature sensor, immersion type", "each", 240],
        ["PF-SPK-E", "Spare parts kit Essential (filters, seals, 2 sensors, fuses)", "kit", 3150],
        ["PF-SPK-X", "Spare parts kit Extended (Essential + spare brine pump + inverter card)", "kit", 7900],
        ["PF-COMM-FIB", "Commissioning and first ice build, 5 days on site", "each", 9600],
        ["PF-TRN-XTRA", "Extra place on the ice technician course", "per person", 290],
        ["PF-SVC-BRZ", "Bronze service plan", "per year", 2350],
        ["PF-SVC-SLV", "Silver service plan", "per year", 4200],
        ["PF-SVC-GLD", "Gold service plan", "per year", 6450],
    ]:
        ws2.append(r)
    ws2.append([])
    ws2.append(["Service plans: minimum term 3 years. Prices valid for orders placed before 31 December 2025."])
    for col, w in zip("ABCD", [14, 70, 12, 16]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Spares")
    ws3.append(["Pebblefrost price list 2025 - individual spare parts (GBP, excl. VAT)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Part no.", "Description", "Fits", "List price (GBP)"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    for r in [
        ["SP-BP-11", "Brine circulation pump 11 kW", "TC120/TC180", 4650],
        ["SP-BP-15", "Brine circulation pump 15 kW", "TC240", 5480],
        ["SP-INV-CRD", "Compressor inverter control card", "all", 2260],
        ["SP-FLT-BR", "Brine strainer element (pack of 2)", "all", 118],
        ["SP-LENS-IR", "IR sensor lens and cleaning kit", "PF-IRS-02", 64],
        ["SP-CO2-DET", "CO2 room detector, 0-5% vol", "all", 395],
    ]:
        ws3.append(r)
    for col, w in zip("ABCD", [12, 40, 14, 16]):
        ws3.column_dimensions[col].width = w
    wb.save(K / "price-list-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# Ice quality and energy: questions clubs ask us

*Pebblefrost knowledge base, article KB-114, updated April 2025.*

## How much electricity will our plant use?
For a 4-sheet rink with a TC180 running a 28-week season (October to mid-April), typical consumption is
**185,000 kWh per season** for refrigeration, brine pumps and controls. Clubs that keep the hall at 6 to 8 °C
and scrape and pebble before every draw usually land within 10% of that figure. A 2-sheet rink with a TC120
typically uses 105,000 kWh. Summer shutdown consumption (heave protection only) is about 900 kWh per month.

## What does the heat recovery module give us?
The 60 kW heat recovery module takes heat rejected by the CO2 cycle and uses it first for the heave protection
grid under the insulation, then for domestic hot water at up to 55 °C for showers and the clubhouse. Clubs
using it for showers and clubhouse heating typically save 40% to 60% of their gas bill. It also speeds up the
melt-out at the end of the season.

## How stable is the ice surface temperature?
IceIQ reads the infrared surface sensors (two per sheet) every 10 seconds and trims the compressor speed and
brine flow so the surface holds within ±0.2 °C of set point, even when a full draw of 32 players and spectators
warms the hall. Each sheet can have its own set point.

## Why CO2 and not a synthetic refrigerant?
R744 (CO2) has a global warming potential (GWP) of 1 and is not subject to the F-gas phase-down, so there is no
quota-driven price rise or forced retrofit ahead. It is non-flammable. The trade-off is high operating pressure,
which is why the plant is covered by a written scheme of examination under the Pressure Systems Safety
Regulations (PSSR).

## Looking after the glycol
The secondary circuit runs on a 35% propylene glycol mix, which protects down to about -17 °C. Test the
concentration and pH annually (Silver and Gold visits include it). Inhibitors deplete over time: typical
replacement is every 8 years, or sooner if pH falls below 7.5. Never top up with plain water or automotive
antifreeze; that voids the warranty.

## Pebble and scraping
Pebble with pure water at 40 to 50 °C from a pebble kettle. Scrape before every draw. IceIQ can lower the set
point by 0.5 °C for 30 minutes after pebbling so the pebble sets quickly; this is a per-sheet setting.
"""


# ---------------------------------------------------------------- HTML page (served as URL)
HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pebblefrost - Paying for your plant and training your icemakers</title></head>
<body>
<h1>Paying for your plant and training your icemakers</h1>
<p>Pebblefrost Refrigeration Ltd, Unit 4 Inveralmond Trade Park, Perth PH1 3XX. Registered in Scotland SC512877.</p>

<h2>Payment schedule for new plants</h2>
<table border="1">
<tr><th>Milestone</th><th>Share of order value</th></tr>
<tr><td>Deposit with the signed order</td><td>30%</td></tr>
<tr><td>Delivery of the chiller pack to site</td><td>50%</td></tr>
<tr><td>Handover after the first ice build</td><td>20%</td></tr>
</table>
<p>Invoices are payable within 30 days. Service plans are invoiced annually in advance from the handover date.
Orders are confirmed, and the lead time starts, only once the deposit is received.</p>

<h2>Lease purchase</h2>
<p>Clubs can spread the cost of the chiller and pipe grid through our finance partner, Caledon Asset Finance,
over 5 or 7 years, subject to credit approval. Rates are quoted individually by Caledon after a credit check;
Pebblefrost does not publish lease rates. Service plans and glycol cannot be financed.</p>

<h2>Ice technician training</h2>
<p>Every new plant includes a 2-day ice technician course on your own rink during the first ice build, for up to
4 club volunteers. It covers the IceIQ controller, alarm handling, scraping, pebbling and weekly checks.
Additional places cost £290 per person. Refresher days are held each September at our Perth training rink.</p>
</body></html>
"""

if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "ice-energy-faq.md").write_text(MD, encoding="utf-8")
    (K / "payment-and-training.html").write_text(HTML, encoding="utf-8")
    print("sources written to", K)
