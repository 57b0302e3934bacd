"""Generate the knowledge sources of the harvestline-grain-systems scenario.

Run with a Python that has python-docx and openpyxl; reportlab is imported from the
environment or from a scratch folder given in GRAINLIB (default /tmp/grainlib).
"""
import os
import sys

sys.path.append(os.environ.get("GRAINLIB", "/tmp/grainlib"))

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)


# ---------------------------------------------------------------- DOCX: service plans
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Harvest Assurance Service Plans - Program Terms 2025", 0)
    d.add_paragraph(
        "Harvestline Grain Systems, Inc., 1400 Elevator Road, Ellery, Iowa. These program terms apply to "
        "Harvest Assurance plans sold from January 1, 2025. A plan covers one site: up to one dryer, six bins "
        "and the conveying equipment that connects them. Each additional bin at the same site is added for "
        "$850 per bin per plan year. Plans start on the date of commissioning shown on the commissioning "
        "certificate, not on the date of delivery."
    )
    d.add_heading("1. Plan tiers and annual fees", 1)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Feature", "Silver (SVC-HA-SILVER)", "Gold (SVC-HA-GOLD)", "Platinum (SVC-HA-PLAT)", "Notes"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    rows = [
        ["Annual fee per site", "$9,800", "$19,400", "$31,500", "Billed annually in advance"],
        ["Scheduled inspections", "1 (pre-harvest)", "2 (pre- and post-harvest)", "4 (quarterly)", "Written report within 5 business days"],
        ["Harvest-season on-site response", "within 24 hours", "within 8 hours", "within 4 hours", "Sites within 150 miles of a service depot"],
        ["Off-season on-site response", "within 3 business days", "next business day", "next business day", "Monday to Friday"],
        ["Phone support in harvest season", "7 am - 9 pm", "24/7", "24/7", "Hotline 1-800-555-0142"],
        ["Labor for covered repairs", "$145 per hour", "included", "included", ""],
        ["Discount on wear parts", "10%", "15%", "parts included", "See exclusions"],
        ["GrainSense subscription", "not included", "included", "included", "Normally $780 per site per year"],
        ["Loaner burner module", "no", "no", "yes", "Shipped within 24 hours"],
    ]
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph(
        "Harvest season means September 1 to December 15. Outside harvest season the off-season response "
        "applies. The pre-harvest inspection is carried out between July 1 and August 15; the post-harvest "
        "inspection between December 16 and February 28. Every Gold and Platinum inspection includes a burner "
        "tune-up, a flame-safety and high-limit test, a check of the drag chain and elevator belt tension, and "
        "a calibration check of the dryer discharge moisture sensor against a hand-held tester."
    )
    d.add_heading("2. Response-time credit", 1)
    d.add_paragraph(
        "If a Gold technician arrives later than 8 hours after a harvest-season breakdown call has been logged "
        "with the hotline, the customer receives a service credit of $500 per occurrence, up to $2,500 per plan "
        "year. For Platinum the credit is $1,000 per occurrence, up to $5,000 per plan year. Credits are applied "
        "to the next annual fee and are the customer's sole remedy for late response. Silver carries no credit."
    )
    d.add_heading("3. Calls outside plan coverage", 1)
    d.add_paragraph(
        "Breakdown calls for equipment not covered by a plan, or for excluded causes, are billed at a $395 "
        "callout fee plus $165 per hour on site. Travel beyond 150 miles from the nearest service depot is "
        "billed at $2.10 per mile for every plan tier. Service depots: Ellery, Iowa; Mankato, Minnesota; and "
        "Norfolk, Nebraska."
    )
    d.add_heading("4. Exclusions", 1)
    for s in [
        "Consumable items such as drag chain paddles, elevator cups and belts, and dryer screens are excluded "
        "from parts coverage under Silver and Gold; Platinum covers them up to $6,000 per plan year.",
        "Damage caused by lightning, flood, fire, rodents, bin overfilling, or operation outside the operator "
        "manual is excluded under all tiers.",
        "Grain shrink, spoilage, quality discounts or other losses of stored grain are not covered by any plan.",
        "Structural repairs to bin walls and roofs are handled under the bin warranty, not the service plan.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("5. Term, renewal and cancellation", 1)
    d.add_paragraph(
        "Plans run for one plan year and renew automatically. For customers who commit to three plan years at "
        "signing, renewal increases are capped at 4% per year. Either party may cancel with 60 days written "
        "notice before the plan anniversary. Fees for a plan year already started are not refunded. A plan "
        "can be upgraded at any time; the difference is prorated by month. Downgrades take effect at the next "
        "anniversary only."
    )
    d.save(os.path.join(K, "harvest-assurance-service-plans.docx"))


# ---------------------------------------------------------------- PDF: dryer technical guide
def make_pdf():
    path = os.path.join(K, "cf3200-dryer-technical-guide.pdf")
    doc = SimpleDocTemplate(path, pagesize=letter, title="CF-3200 Dryer Technical Guide",
                            leftMargin=54, rightMargin=54, topMargin=54, bottomMargin=54)
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Title"], ss["Heading2"]
    story = [
        Paragraph("CF-3200 Continuous-Flow Grain Dryer: Technical Data and Installation Requirements", h1),
        Paragraph("Harvestline Grain Systems, Inc. - Document TD-CF3200 rev. D, January 2025", body),
        Spacer(1, 8),
        Paragraph("1. Rated drying capacity (yellow corn, 56 lb test weight)", h2),
    ]
    cap = [
        ["Moisture removal", "Full-heat mode", "Dryeration mode (cooling in bin)"],
        ["5 points (20% to 15%)", "3,200 bu/hr", "3,900 bu/hr"],
        ["7 points (22% to 15%)", "2,500 bu/hr", "3,050 bu/hr"],
        ["10 points (25% to 15%)", "1,950 bu/hr", "2,350 bu/hr"],
    ]
    tb = Table(cap, hAlign="LEFT")
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    story += [tb, Spacer(1, 6), Paragraph(
        "Ratings assume an ambient air temperature of 50 F and a plenum temperature of 210 F. Capacity falls by "
        "roughly 1.5% for every 1 F of ambient temperature below 50 F. Soybeans and wheat must be dried at a "
        "plenum temperature no higher than 130 F, which reduces capacity to about 55% of the corn rating.", body)]
    story += [Paragraph("2. Burner and fuel", h2), Paragraph(
        "The dryer uses a vapor burner with a maximum output of 14.2 million BTU/hr. Typical LP consumption is "
        "0.019 gallons per bushel per point of moisture removed in full-heat mode, and 0.014 gallons in "
        "dryeration mode. The buyer supplies the LP tank, vaporizer and piping to the dryer train; the tank must "
        "stand at least 25 ft from the dryer. A factory natural gas conversion kit (SKU GD-NGK-32) can be "
        "installed at any time by a Harvestline technician; natural gas supply of 10 psi at the dryer train is "
        "required.", body)]
    story += [Paragraph("3. Electrical", h2), Paragraph(
        "Supply: 480 V, 3-phase, 60 Hz, with a dedicated 200 A service and fused disconnect within sight of the "
        "control panel, provided by the buyer's electrician. Connected load: four 25 hp centrifugal fans, one "
        "7.5 hp metering drive and 4.5 hp of auxiliary motors (112 hp in total). Fans are soft-started in "
        "sequence so the inrush current stays below 260 A. A 120 V single-phase circuit of 20 A is needed for "
        "the HarvestTouch controller and lighting.", body)]
    story += [Paragraph("4. Dimensions, foundation and siting", h2), Paragraph(
        "Footprint 16 ft x 28 ft; overall height 71 ft; empty weight 41,500 lb; wet holding capacity on top of "
        "the columns 550 bu. The foundation is a reinforced concrete pad at least 12 in thick, 4,000 psi "
        "concrete, poured by the buyer's contractor using the anchor bolt template Harvestline ships four weeks "
        "before delivery; the concrete must cure for 28 days before the dryer is set. Keep the dryer at least "
        "50 ft from the nearest building and 100 ft from any dwelling. Sound level is 84 dBA at 50 ft with all "
        "fans running; a discharge silencer package reduces this by about 6 dBA.", body)]
    story += [Paragraph("5. Controls and monitoring", h2), Paragraph(
        "The HarvestTouch controller adjusts the metering roll speed from an in-line discharge moisture sensor "
        "to hold the target moisture within 0.5 points. It logs plenum and grain temperatures every minute and "
        "stores 365 days of history. It connects to a GrainSense base station over Ethernet so that alarms and "
        "moisture trends appear in the GrainSense app; without a base station the controller works stand-alone. "
        "Alarms: high plenum temperature, flame failure, low LP pressure, fan motor overload, plugged discharge.", body)]
    story += [Paragraph("6. Safety", h2), Paragraph(
        "The dryer complies with NFPA 61 and ANSI/ASABE S248. In the event of a fire in the columns, shut off the "
        "burner and fans, keep the metering rolls running at maximum speed to unload burning grain, and call the "
        "fire department. Never open the column access doors during a fire. Column screens should be cleaned "
        "every 100 hours of operation when drying corn with high fines.", body)]
    story += [Paragraph("7. Warranty", h2), Paragraph(
        "The CF-3200 carries a 2-year parts warranty from the date of commissioning, with labor included during "
        "the first 12 months. The burner assembly and the fan housings carry a 5-year parts warranty. The "
        "warranty is void if the dryer is operated with a plenum temperature above 230 F or with unlisted "
        "fuel. Warranty claims must be reported within 30 days of the failure.", body)]
    doc.build(story)


# ---------------------------------------------------------------- XLSX: price & spec sheet
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True, size=13)
    sheets = {
        "Storage Bins": (
            ["Model", "Type", "Diameter (ft)", "Rings", "Eave height (ft)", "Capacity to eave (bu)",
             "Peaked capacity (bu)", "List price (USD)"],
            [["SB-3618-FB", "Flat-bottom storage bin", 36, 18, 48.0, 39270, 43660, 118900],
             ["SB-4218-FB", "Flat-bottom storage bin", 42, 18, 48.0, 53450, 60110, 156200],
             ["SB-4822-FB", "Flat-bottom storage bin", 48, 22, 58.7, 85340, 93610, 268400],
             ["SB-5424-FB", "Flat-bottom storage bin", 54, 24, 64.0, 117780, 129900, 341600],
             ["HB-2410-45", "Hopper-bottom bin, 45 deg hopper", 24, 10, 26.7, 8940, 10120, 61300],
             ["HB-3010-45", "Hopper-bottom bin, 45 deg hopper", 30, 10, 26.7, 14260, 16330, 92750]],
            "Flat-bottom bins include a full aeration floor, 2 roof vents per 1,000 sq ft, a roof ladder and "
            "a 24 in side-wall door. Roof rated for 5,000 lb peak load. Aeration fans are sold separately.",
        ),
        "Conveyors & Legs": (
            ["Model", "Type", "Capacity (bu/hr)", "Length or height (ft)", "Motor (hp)", "List price (USD)"],
            [["BE-12K-140", "Bucket elevator leg", 12000, 140, 50, 163800],
             ["BE-18K-160", "Bucket elevator leg", 18000, 160, 75, 214300],
             ["DC-12-80", "Drag chain conveyor 12 in", 6500, 80, 15, 31400],
             ["DC-16-120", "Drag chain conveyor 16 in", 12000, 120, 30, 58900],
             ["UC-10-60", "U-trough screw conveyor 10 in", 3800, 60, 20, 14250]],
            "Leg prices include head and boot sections, belt and cups, service platforms every 30 ft, and a "
            "motion sensor. Drag conveyor prices include inlet and discharge, UHMW liner and plug switch.",
        ),
        "Dryers & Options": (
            ["SKU", "Description", "Rated capacity (bu/hr, 5 pts)", "List price (USD)"],
            [["GD-CF2200-LP", "CF-2200 continuous-flow dryer, LP", 2200, 352000],
             ["GD-CF3200-LP", "CF-3200 continuous-flow dryer, LP", 3200, 486500],
             ["GD-NGK-32", "Natural gas conversion kit for CF-3200", "", 6850],
             ["GD-SIL-32", "Discharge silencer package for CF-3200", "", 11400],
             ["AF-15-CEN", "15 hp centrifugal aeration fan", "", 6980]],
            "Dryer prices include the HarvestTouch controller and discharge moisture sensor.",
        ),
        "GrainSense & Service": (
            ["SKU", "Description", "Unit", "List price (USD)"],
            [["GS-CBL-TH", "Temperature and moisture cable, up to 75 ft", "each", 1185],
             ["GS-CBL-TH-XL", "Temperature and moisture cable, 76 to 110 ft", "each", 1540],
             ["GS-HUB-LTE", "GrainSense base station, LTE-M cellular", "each", 4950],
             ["GS-SOLAR", "Solar power kit for base station", "each", 1260],
             ["GS-FC4", "Fan Controller FC-4 (switches up to 4 aeration fans)", "each", 2150],
             ["GS-SUB-YR", "GrainSense subscription after the first year", "per site per year", 780],
             ["SVC-HA-SILVER", "Harvest Assurance Silver", "per site per year", 9800],
             ["SVC-HA-GOLD", "Harvest Assurance Gold", "per site per year", 19400],
             ["SVC-HA-PLAT", "Harvest Assurance Platinum", "per site per year", 31500]],
            "The first 12 months of GrainSense subscription are included with every base station.",
        ),
    }
    first = True
    for name, (hdr, rows, note) in sheets.items():
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        ws.append([f"Harvestline Grain Systems - 2025 Price & Specification Sheet (USD) - {name}"])
        ws["A1"].font = bold
        ws.append(hdr)
        for c in ws[2]:
            c.font = Font(bold=True)
        for r in rows:
            ws.append(r)
        ws.append([])
        ws.append([note])
        ws.append(["Prices valid January 1 to December 31, 2025, ex works Ellery, Iowa, before sales tax."])
        for col in "ABCDEFGH":
            ws.column_dimensions[col].width = 22
    wb.save(os.path.join(K, "harvestline-price-spec-sheet-2025.xlsx"))


# ---------------------------------------------------------------- Markdown: GrainSense KB article
KB = """# GrainSense moisture monitoring: how it works and FAQ

GrainSense is Harvestline's in-bin monitoring system. Cables hang from the bin roof into the grain; a base
station (GS-HUB-LTE) collects the readings and sends them to the GrainSense app and web portal.

## What the cables measure
- Sensor nodes sit every 4 ft along each cable. Each node measures grain temperature and the relative
  humidity of the air between the kernels.
- The app turns temperature and humidity into an estimated grain moisture using the equilibrium moisture
  tables for the crop you select (corn, soybeans, wheat, sorghum).
- Temperature accuracy is within 0.5 F. Moisture estimates are within 0.5 percentage points of a lab oven
  test once the aeration fans have run for at least 30 minutes; with the fans off, treat moisture readings
  as a trend only.

## How many cables per bin

| Bin diameter | Cables recommended |
|---|---|
| 24 ft | 3 |
| 30 ft | 4 |
| 36 ft | 5 |
| 42 ft | 7 |
| 48 ft | 9 |
| 54 ft | 12 |

Use GS-CBL-TH (up to 75 ft) when the cable length, measured from the roof peak to 1 ft above the floor, is
75 ft or less, and GS-CBL-TH-XL above that.

## Base station
- One base station handles up to 40 cables within 1,000 ft of it (line of sight to the bin transmitters).
- It reports over LTE-M cellular; no farm Wi-Fi is needed. If there is no cellular coverage, a wired
  Ethernet connection can be used instead.
- A built-in battery keeps the base station running for 48 hours if mains power fails; the optional solar
  kit (GS-SOLAR) removes the need for mains power altogether.
- The base station also links to the HarvestTouch controller of a Harvestline dryer, so dryer alarms and
  discharge moisture appear next to the bin readings.

## Alerts
- Hot-spot alert: a node temperature rising 5 F or more within 72 hours. Sent by text message, e-mail and
  app notification to up to 10 users per site.
- Moisture alert: any node above the target moisture you set for the bin.
- Cable offline alert after 6 hours without a reading.

## Automatic fan control
GrainSense can switch aeration fans on and off by itself when it is paired with the Fan Controller FC-4
(SKU GS-FC4), which drives up to 4 fans. Without an FC-4 the system only monitors and alerts; fans are
switched by hand.

## Subscription and data
- The first 12 months of subscription are included with each base station. After that the subscription is
  $780 per site per year, or included at no charge for sites on a Harvest Assurance Gold or Platinum plan.
- Readings are kept for 5 years and can be exported as CSV at any time.
- Cooperatives with 3 or more sites can ask for a read-only REST API key.

## Warranty and care
Cables and base stations carry a 3-year hardware warranty. Before emptying a bin with a sweep auger,
tie the cables up to at least 6 ft above the floor; a cable torn by a sweep is not covered.
"""


def make_md():
    with open(os.path.join(K, "grainsense-monitoring-faq.md"), "w") as f:
        f.write(KB)


# ---------------------------------------------------------------- HTML: delivery, installation & warranty
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Delivery, Installation and Warranty Policy - Harvestline Grain Systems</title></head>
<body>
<h1>Delivery, Installation and Warranty Policy</h1>
<p>Applies to all Harvestline Grain Systems equipment orders placed in 2025. Last updated January 6, 2025.</p>

<h2>Lead times</h2>
<p>Lead times run from receipt of the signed order and the deposit:</p>
<ul>
<li>Storage bins, hopper bins, legs and conveyors: 10 to 12 weeks to delivery.</li>
<li>Continuous-flow dryers: 16 to 20 weeks to delivery.</li>
<li>GrainSense cables and base stations: 3 weeks, shipped with the last steel delivery unless asked otherwise.</li>
</ul>
<p>Orders received after April 15 cannot be guaranteed commissioning before September 1 of the same year.</p>

<h2>Payment milestones</h2>
<p>30% deposit with the signed order, 60% on delivery of steel and equipment to site, and 10% on
commissioning. Invoices are due within 15 days. Orders are not scheduled for production until the deposit is received.</p>

<h2>Freight</h2>
<p>Freight is included to sites within 300 miles of our yard in Ellery, Iowa. Beyond 300 miles, freight is
billed at $4.75 per loaded mile per truck. Deliveries arrive on 53 ft flatbed trailers; the buyer unloads
small parts with a forklift or telehandler, and our crew unloads steel with the crane.</p>

<h2>Site readiness (buyer's responsibility)</h2>
<ul>
<li>Foundations poured and cured to Harvestline drawings, with anchor bolts set from our templates.</li>
<li>Electrical service brought to a fused disconnect at each motor control point.</li>
<li>LP tank, vaporizer and gas piping to the dryer train, or natural gas supply.</li>
<li>A level, compacted crane pad of 60 x 60 ft next to each bin and the leg.</li>
<li>An all-weather access road that takes 53 ft trailers up to 80,000 lb.</li>
</ul>
<p>If the site is not ready on the agreed start date, a remobilization charge of $3,800 applies for each
return trip.</p>

<h2>Installation and commissioning</h2>
<p>Turnkey installation covers erection of bins, leg, conveyors and dryer, mechanical and control wiring from
the disconnects, GrainSense cable hanging and start-up. Bin erection stops when wind exceeds 25 mph; weather
delays extend the schedule without penalty to either party. Commissioning includes a dry run of every
motor and a performance test of the dryer with wet grain during the first harvest. We provide two days of
on-site operator training for up to 8 staff.</p>

<h2>Warranty summary</h2>
<table border="1">
<tr><th>Equipment</th><th>Warranty</th></tr>
<tr><td>Bin structure (walls, roof, stiffeners)</td><td>5 years from delivery</td></tr>
<tr><td>Bucket elevator legs and conveyors</td><td>2 years from commissioning</td></tr>
<tr><td>Dryers</td><td>2 years parts; burner assembly 5 years</td></tr>
<tr><td>GrainSense hardware</td><td>3 years</td></tr>
<tr><td>Installation workmanship</td><td>1 year from commissioning</td></tr>
</table>
<p>Warranty covers defects in materials and workmanship. Returned unused parts are credited less a 20%
restocking fee. Harvestline's liability under any warranty is limited to repair or replacement of the
defective part.</p>
</body></html>
"""


def make_html():
    with open(os.path.join(K, "delivery-installation-warranty.html"), "w") as f:
        f.write(HTML)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    make_html()
    print("sources written to", K)
