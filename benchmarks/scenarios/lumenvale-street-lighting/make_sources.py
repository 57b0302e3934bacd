"""Generate the four knowledge sources for the lumenvale-street-lighting scenario.

Run with /work/main/.venv/bin/python; reportlab is loaded from a scratch folder (pip install --target /tmp/rl reportlab).
"""
import os, sys
sys.path.append(os.environ.get("REPORTLAB_PATH", "/tmp/rl"))
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------------------------------------------------------- DOCX: warranty and service terms
d = Document()
d.add_heading("Lumenvale Lighting Ltd - Warranty and Service Terms for Public Lighting (LV-WST-2026 rev C)", 0)
d.add_paragraph("These terms apply to Streetline RD-series lanterns, Lumenvale Connect CMS nodes and installation "
                "services supplied to local authorities in the United Kingdom from 1 March 2026. They form part of "
                "every quotation that refers to them, unless the quotation says otherwise.")
d.add_heading("1. Warranty periods", 1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Item", "Standard warranty", "Notes"]):
    c.text = h
for row in [
    ("Streetline RD25 / RD40 / RD60 lanterns (complete luminaire incl. LED module and driver)", "10 years",
     "From date of delivery; extendable to 15 years with option LV-EXTW-15 bought at order"),
    ("HL30 heritage lantern", "7 years", "Painted finish 5 years"),
    ("Lumenvale Connect CMS node (LV-NEMA-CMS)", "5 years", "Replacement node pre-commissioned free of charge"),
    ("Photocell LV-PEC-7", "3 years", "-"),
    ("Installation workmanship", "12 months defect liability period", "From the ward completion certificate"),
]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
d.add_paragraph("The extended warranty option LV-EXTW-15 costs £11.50 per lantern and must be ordered with the "
                "lanterns; it cannot be added after delivery. It extends the lantern warranty to 15 years on the "
                "same conditions.")
d.add_heading("2. What is a warranty failure", 1)
d.add_paragraph("A lantern is treated as failed when it gives no light, when more than 10% of its LEDs are dark, or "
                "when its measured light output falls below L90 before 100,000 operating hours (lumen maintenance "
                "L90 at 100,000 hours, tested to IEC 62722-2-1). Colour shift alone is not a failure unless it "
                "exceeds a 5-step MacAdam ellipse.")
d.add_paragraph("Where the annual failure rate across one order exceeds 0.5% of lanterns installed, Lumenvale will "
                "at its own cost carry out a root-cause investigation and replace the affected batch, including "
                "labour and traffic management on roads other than A-class roads.")
d.add_heading("3. Exclusions", 1)
for s in [
    "Damage from surges above the built-in protection of 10 kV / 10 kA (differential and common mode).",
    "Vandalism, vehicle impact, fire, flood, or column collapse.",
    "Failures caused by the council's electricity supply, cut-outs or cabling not installed by Lumenvale.",
    "Lanterns fitted by third parties, or moved to another column without written approval.",
    "Consumables in the spares kit once issued to the council's own maintenance contractor.",
]:
    d.add_paragraph(s, style="List Bullet")
d.add_heading("4. Response times", 1)
d.add_paragraph("Emergency make-safe (exposed live parts, a lantern hanging or at risk of falling): attendance "
                "within 2 hours, 24 hours a day, 365 days a year. Non-emergency warranty replacement of a failed "
                "lantern or node: within 10 working days of the fault being logged in Lumenvale Connect or by "
                "e-mail to service@lumenvale.example. Faults reported by residents to the council are the "
                "council's to log; Lumenvale does not take calls from members of the public.")
d.add_heading("5. Returns and replacement", 1)
d.add_paragraph("Failed lanterns are returned under an RMA number. Lumenvale pays carriage for warranty returns. "
                "A lantern returned and found to have no fault (NFF) is charged at £45.00 per unit for testing "
                "and carriage. Replacement lanterns are shipped within 3 working days from the Wakefield depot.")
d.add_heading("6. Limitation", 1)
d.add_paragraph("Lumenvale's liability under these warranty terms is limited to repair or replacement of the "
                "defective product and the associated labour described above. Other liability is governed by the "
                "supply contract.")
d.save(os.path.join(K, "Lumenvale-Warranty-and-Service-Terms.docx"))

# ---------------------------------------------------------------- PDF: datasheet
styles = getSampleStyleSheet()
doc = SimpleDocTemplate(os.path.join(K, "Streetline-RD-Series-Datasheet.pdf"), pagesize=A4,
                        title="Streetline RD series datasheet")
story = [Paragraph("Streetline RD series LED road lanterns - technical datasheet (issue 2026.2)", styles["Title"]),
         Paragraph("Streetline RD lanterns are designed for like-for-like replacement of SOX and SON lanterns on "
                   "existing columns. The RD25 suits residential roads (lighting classes P3-P5) and the RD40 suits "
                   "main and distributor roads (classes M4-M5). The RD60 is for M3 routes and junctions.",
                   styles["BodyText"]), Spacer(1, 8)]
data = [["Parameter", "RD25", "RD40", "RD60"],
        ["System power (incl. driver)", "25 W", "40 W", "60 W"],
        ["Luminous flux (3000 K)", "3,650 lm", "5,780 lm", "8,550 lm"],
        ["Luminous flux (4000 K)", "3,790 lm", "5,900 lm", "8,900 lm"],
        ["Typical replacement for", "55 W SOX / 70 W SON", "100 W SON", "150 W SON"],
        ["Weight", "5.4 kg", "6.8 kg", "8.9 kg"],
        ["Windage (side area)", "0.042 m2", "0.055 m2", "0.071 m2"],
        ["Dimensions (L x W x H)", "560 x 250 x 95 mm", "640 x 290 x 100 mm", "720 x 320 x 110 mm"],
        ]
tb = Table(data)
tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
story += [tb, Spacer(1, 10)]
for p in [
    "Common to all models: ingress protection IP66 for the whole luminaire; impact resistance IK09; die-cast "
    "aluminium housing (LM6) with polyester powder coat, standard colour RAL 7035; flat toughened glass; "
    "ULOR 0% when installed at 0 degrees tilt.",
    "Colour temperatures: 2700 K (amber-weighted, for bat-sensitive and dark-sky areas), 3000 K and 4000 K. "
    "Colour rendering CRI 70 or higher (CRI 80 on request, minus 6% flux).",
    "Optics: 12 road optics (type R1 to R12) and 2 footpath optics; optic can be changed on site without tools.",
    "Driver: programmable constant-current, DALI-2 with D4i data, 0-10 V option; power factor above 0.95 at "
    "full load; built-in surge protection 10 kV / 10 kA; constant light output (CLO) option.",
    "Connectivity: NEMA 7-pin socket on top and Zhaga Book 18 socket underneath, so a CMS node and a sensor can "
    "be fitted at the same time.",
    "Mounting: side-entry or post-top, spigot 42-60 mm diameter; tilt adjustable 0 to +15 degrees in 5-degree "
    "steps (side-entry) and 0 to +10 degrees (post-top).",
    "Operating temperature -40 degrees C to +50 degrees C. Lumen maintenance L90 at 100,000 hours (Ta 25 "
    "degrees C). Rated life of driver 100,000 hours at 90% survival.",
    "Certification: CE and UKCA marked; ENEC+ certified; tested to EN 60598-2-3 and EN 62031. Photometric files "
    "(LDT and IES) are available for every optic and colour temperature.",
    "Materials and end of life: 96% recyclable by weight; no mercury; the lantern is designed for disassembly so "
    "that the LED module and driver can be replaced separately in the field.",
]:
    story.append(Paragraph(p, styles["BodyText"]))
    story.append(Spacer(1, 4))
doc.build(story)

# ---------------------------------------------------------------- XLSX: price list, volume bands, energy model
wb = Workbook()
ws = wb.active
ws.title = "Price list"
ws.append(["Lumenvale Lighting Ltd - UK local authority price list 2026 (GBP, excl. VAT)"])
ws["A1"].font = Font(bold=True, size=13)
ws.append([])
ws.append(["SKU", "Description", "Unit", "List price (GBP)", "Lead time (weeks)", "Minimum order"])
rows = [
    ("LV-RD25-727", "Streetline RD25 LED lantern 25 W, 2700 K (bat-sensitive)", "each", "152.00", 8, 50),
    ("LV-RD25-730", "Streetline RD25 LED lantern 25 W, 3000 K", "each", "148.00", 6, 50),
    ("LV-RD40-730", "Streetline RD40 LED lantern 40 W, 3000 K", "each", "186.00", 9, 50),
    ("LV-RD40-740", "Streetline RD40 LED lantern 40 W, 4000 K", "each", "186.00", 9, 50),
    ("LV-RD60-740", "Streetline RD60 LED lantern 60 W, 4000 K", "each", "238.00", 10, 25),
    ("LV-HL30-727", "HL30 heritage lantern 30 W, 2700 K (conservation areas)", "each", "412.00", 12, 10),
    ("LV-NEMA-CMS", "Lumenvale Connect CMS node, NEMA 7-pin", "each", "42.50", 4, 100),
    ("LV-PEC-7", "Photocell, NEMA 7-pin (non-CMS)", "each", "11.80", 2, 100),
    ("LV-CONN-SAAS", "Lumenvale Connect CMS licence, 5 years", "per node", "14.00", 0, 100),
    ("LV-INST-STD", "Installation: lantern swap on existing column, incl. disposal", "per column", "38.00", 3, 200),
    ("LV-INST-HER", "Installation: heritage lantern swap, incl. disposal", "per column", "64.00", 3, 10),
    ("LV-SURV-COL", "Column structural survey (visual + bend test)", "per column", "9.50", 2, 100),
    ("LV-TM-A", "Traffic management, A-class road, per night", "per night", "1,150.00", 3, 1),
    ("LV-SPARE-KIT", "Spares kit (2% drivers + 1% lanterns of order)", "kit", "4,950.00", 6, 1),
    ("LV-EXTW-15", "Extended lantern warranty to 15 years", "per lantern", "11.50", 0, 50),
]
for r in rows:
    ws.append(list(r))
ws.append([])
ws.append(["Lead times run from order acknowledgement. Prices fixed until 31 March 2027."])
for col, w in zip("ABCDEF", [16, 62, 12, 16, 18, 14]):
    ws.column_dimensions[col].width = w

ws2 = wb.create_sheet("Volume bands")
ws2.append(["Volume discount bands - lanterns and CMS nodes"])
ws2["A1"].font = Font(bold=True, size=13)
ws2.append([])
ws2.append(["Product group", "Quantity on one order", "Discount off list"])
for r in [("Lanterns (all RD models combined)", "1-249", "0%"),
          ("Lanterns (all RD models combined)", "250-999", "8%"),
          ("Lanterns (all RD models combined)", "1,000-2,499", "12%"),
          ("Lanterns (all RD models combined)", "2,500 and over", "15%"),
          ("CMS nodes", "500 and over", "5%"),
          ("Heritage lanterns HL30", "any", "no volume discount")]:
    ws2.append(list(r))
ws2.append([])
ws2.append(["Bands apply per order, not cumulatively across phases. Services are not discounted."])

ws3 = wb.create_sheet("Energy model")
ws3.append(["Harrowby Phase 1 - energy and carbon model (prepared November 2026)"])
ws3["A1"].font = Font(bold=True, size=13)
ws3.append(["Assumptions: 4,100 burning hours per year; tariff £0.29 per kWh; grid factor 0.207 kg CO2e per kWh"])
ws3.append(["Road group", "Columns", "Existing lamp", "Existing system W", "New lantern", "New W",
            "kWh saved per year", "Cost saved per year (GBP)", "t CO2e saved per year"])
groups = [("Main roads (North + East)", 620, "100 W SON", 114, "RD40", 40),
          ("Residential (North + East)", 1140, "55 W SOX", 74, "RD25", 25)]
tot_k = tot_c = tot_t = 0
for g, n, old, ow, new, nw in groups:
    kwh = (ow - nw) * n * 4100 / 1000
    cost = kwh * 0.29
    t = kwh * 0.207 / 1000
    tot_k += kwh; tot_c += cost; tot_t += t
    ws3.append([g, n, old, ow, new, nw, f"{kwh:,.0f}", f"{cost:,.0f}", f"{t:,.1f}"])
ws3.append(["Total before dimming", 1760, "", "", "", "", f"{tot_k:,.0f}", f"{tot_c:,.0f}", f"{tot_t:,.1f}"])
ws3.append(["Extra saving with CMS dimming profile (50% from midnight to 05:30)", "", "", "", "", "",
            "a further 21% of the new load", "", ""])
PHASE1_NET = 427115.20  # quote LV-Q-2026-0418 total excl. VAT
new_kwh = (40 * 620 + 25 * 1140) * 4100 / 1000
dim_cost = new_kwh * 0.21 * 0.29
ws3.append(["Simple payback of the whole Phase 1 quote (excl. VAT), before dimming",
            f"{PHASE1_NET / tot_c:.1f} years"])
ws3.append(["Simple payback with CMS dimming profile", f"{PHASE1_NET / (tot_c + dim_cost):.1f} years"])
for col, w in zip("ABCDEFGHI", [58, 10, 14, 18, 12, 8, 20, 26, 22]):
    ws3.column_dimensions[col].width = w
wb.save(os.path.join(K, "Lumenvale-Price-List-and-Energy-Model-2026.xlsx"))

# ---------------------------------------------------------------- Markdown KB article
md = """# Installation programme and Lumenvale Connect: FAQ for councils

*Knowledge base article KB-114, last reviewed 12 October 2026*

## How the programme runs
- A typical phase of 1,500-2,000 columns is installed in **16 weeks** from the first night on site, after a
  4-week mobilisation (surveys, permits, resident letters).
- Each crew is two operatives with one MEWP and completes about **45 columns per night** on residential roads
  and about 30 per night on main roads. A Phase 1 of 1,760 columns normally runs with two crews.
- Working hours: residential roads 08:00-18:00 on weekdays; main roads 20:00-06:00 under a night permit.
  No work on Sundays or public holidays, and none on the 2 weeks around Christmas unless the council asks.
- Residents on each street receive a letter at least **7 calendar days** before work, with a 24-hour number.
- Every column is GPS-tagged as it is fitted; the council receives an as-built inventory in GIS (shapefile and
  GeoJSON) within 10 working days of each ward being completed.

## Traffic management and permits
Lumenvale applies for street-works permits as the council's contractor. Signing, lighting and guarding on
residential and B/C-class roads is included in the installation rate. Traffic management on A-class roads
(lane closures, convoy working) is priced per night as LV-TM-A and only added where the council's highway team
requires it.

## Columns
We do not replace or repair columns. The structural survey (LV-SURV-COL) records condition, verticality and a
bend-test result for each column surveyed and flags each as green, amber or red. Red columns are not fitted and
are handed back to the council with photographs within 48 hours.

## Old lanterns and waste
Removed lanterns are collected and recycled under the WEEE Regulations through a licensed treatment facility;
waste transfer notes are supplied with each ward completion certificate. SOX lamps contain sodium and are
handled as hazardous waste. The council receives a scrap-metal credit of £0.80 per lantern removed, shown on
the final invoice.

## Ecology and dark skies
In bat-sensitive areas, notified by the council's ecologist, we fit the 2700 K version of the RD25 and a
back-light shield. All RD lanterns have ULOR 0% at 0 degrees tilt.

## Lumenvale Connect CMS
- Each lantern's NEMA node reports burning hours, energy use and faults every 15 minutes over a LTE-M network.
- Dimming profiles are set per street or per ward from the web portal; changes reach lanterns within 1 hour.
- Data is hosted in Microsoft Azure **UK South (London)**; data is kept for 6 years and can be exported as CSV
  at any time. Single sign-on with Microsoft Entra ID is supported.
- Platform availability target: **99.5%** per calendar month, excluding planned maintenance announced 5
  working days ahead.
- Integrations: fault tickets can be pushed to **Confirm** and Mayrise asset management systems through the
  standard connector at no extra cost; other systems through the REST API.
- Support desk: 08:00-18:00 Monday to Friday; emergency make-safe calls are taken 24/7.
- The licence LV-CONN-SAAS covers 5 years from node activation; after that, renewal is at the then-current
  list price, with a renewal notice 90 days before expiry.
"""
with open(os.path.join(K, "installation-and-cms-faq.md"), "w") as f:
    f.write(md)
print("sources written")
