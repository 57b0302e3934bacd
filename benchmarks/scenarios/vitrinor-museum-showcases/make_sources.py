"""Generate the knowledge sources of the vitrinor-museum-showcases scenario.

Run with a Python that has python-docx and openpyxl; reportlab is taken from /tmp/rl_scratch2 if present
(pip install --target /tmp/rl_scratch2 reportlab).
"""
import os
import sys

sys.path.append("/tmp/rl_scratch2")
HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------------------------------------------------------- DOCX
from docx import Document
from docx.shared import Pt

d = Document()
d.styles["Normal"].font.size = Pt(10)
d.add_heading("Vitrinor Showcases Ltd - Warranty, Installation and Service Terms (v4.2, 2026)", 0)
d.add_paragraph("These terms apply to every Aurelia showcase, ClimaCore humidity control unit, FibreLume lighting kit "
                "and VitriSense monitoring device supplied by Vitrinor Showcases Ltd, Unit 4 Canal Works, Leicester, "
                "unless the signed order confirmation states otherwise.")
d.add_heading("1. Warranty periods", 1)
t = d.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Component", "Warranty", "Cover"]):
    c.text = h
for row in [
    ("Aurelia case structure, glass bonding and gaskets", "10 years", "Parts and labour, on site"),
    ("ClimaCore 50 and ClimaCore 120 humidity control units", "3 years", "Parts and labour; loan unit within 5 business days"),
    ("FibreLume LED light sources and drivers", "5 years", "Parts only after year 2"),
    ("VitriSense sensors and gateway", "2 years", "Replacement by post"),
    ("Silica gel cassettes, filters and membranes", "Not covered", "Consumables"),
]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
d.add_paragraph("Warranty periods start on the date of the commissioning acceptance certificate. A defect must be "
                "reported through the Vitrinor service portal within 14 days of its discovery. The warranty does not "
                "cover: damage caused by cleaning with ammonia-based products; cases moved or re-levelled after "
                "commissioning without Vitrinor supervision; ClimaCore units operated with a relative humidity "
                "setpoint outside 35% to 65% RH; glass breakage caused by impact or vandalism.")
d.add_paragraph("Spare parts for showcases and ClimaCore units remain available for 12 years after delivery.")
d.add_heading("2. Lead time and delivery", 1)
d.add_paragraph("Manufacturing lead time is 14 to 16 weeks from the customer's approval of the shop drawings. Shop "
                "drawings are issued within 10 business days of the site survey. Delivery to site within mainland UK "
                "is included; delivery to islands and Northern Ireland is quoted separately. Glass panes are delivered "
                "on A-frames and need an access route at least 1.1 m wide and 2.3 m high from the unloading point to "
                "the gallery. Cancellation after drawing approval incurs a fee of 25% of the order value.")
d.add_heading("3. Site requirements for installation", 1)
for s in [
    "Floor level within 3 mm over 2 m at every case position; shimming beyond this is charged as extra installation days.",
    "One 230 V 10 A socket within 2 m of each ClimaCore unit, on a circuit that is not switched off at night.",
    "All wet trades (plastering, screeding, painting) finished at least 28 days before installation, so that "
    "solvents and moisture do not off-gas into newly sealed cases.",
    "Gallery held between 40% and 60% RH and 16 to 24 °C during installation and commissioning.",
    "Floor capacity confirmed by the customer's structural engineer against the floor load stated on the price and "
    "specification sheet.",
]:
    d.add_paragraph(s, style="List Bullet")
d.add_paragraph("Installation is carried out by a two-person Vitrinor team and priced per team day. Typical effort: "
                "0.5 day per table case, 1.5 days per wall case and 0.5 day per tower case, plus one commissioning day "
                "per 10 cases. Work outside Monday to Friday 08:00-18:00 carries a surcharge of 35% on the day rate.")
d.add_heading("4. Commissioning and acceptance", 1)
d.add_paragraph("At commissioning Vitrinor runs a 72-hour RH stability log for every actively controlled case and "
                "hands over the results with the commissioning acceptance certificate. The customer signs the "
                "certificate or lists defects within 5 business days; otherwise the installation is deemed accepted.")
d.add_heading("5. Service plans", 1)
d.add_paragraph("Essential Care: GBP 2,340 per year per site. One preventive visit per year, ClimaCore filter and "
                "membrane change, gasket and lock inspection, response to faults within 3 business days.")
d.add_paragraph("Premium Care: GBP 3,960 per year per site. Two preventive visits per year, reconditioning of up to "
                "20 silica gel cassettes per year, annual recalibration of VitriSense sensors, response to faults "
                "next business day.")
d.add_paragraph("Both plans have a minimum term of 3 years, are invoiced annually in advance and start after the "
                "warranty acceptance date. Visits outside the plan are charged at the installation day rate.")
d.save(os.path.join(K, "vitrinor-warranty-service-terms.docx"))

# ---------------------------------------------------------------- PDF
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

ss = getSampleStyleSheet()
story = [Paragraph("Aurelia Showcases - Conservation Performance Datasheet (rev. C, 2026)", ss["Title"]),
         Paragraph("Vitrinor Showcases Ltd. Figures are measured on production cases; test reports are available on "
                   "request.", ss["Normal"]), Spacer(1, 8)]
def sec(title, paras):
    story.append(Paragraph(title, ss["Heading2"]))
    for p in paras:
        story.append(Paragraph(p, ss["Normal"]))
        story.append(Spacer(1, 4))
sec("1. Air tightness", [
    "Every Aurelia case is built to an air exchange rate of 0.1 air changes per day or less, measured by the CO2 "
    "tracer gas decay method on each case before dispatch. Cases that exceed this value are re-sealed at the factory.",
    "Door and hood gaskets are silicone-free EPDM, replaceable without tools."])
sec("2. Materials", [
    "All materials inside the display chamber have passed the Oddy test (28-day accelerated corrosion test on silver, "
    "copper and lead) with a permanent-use rating. No PVC, no acid-curing silicones and no formaldehyde-emitting "
    "boards are used. Deck boards are zero-formaldehyde fibreboard wrapped in aluminium barrier foil.",
    "Fabric linings are undyed or reactive-dyed linen, washed and Oddy-tested per batch."])
sec("3. Glass and security", [
    "Standard glazing is 10.8 mm low-iron laminated safety glass with 91% light transmission. The laminating "
    "interlayer blocks 99% of UV radiation below 380 nm.",
    "Standard laminated glass is classified P2A to EN 356. An upgrade to P4A security glass is available for wall "
    "and tower cases. An anti-reflective coating (reflectance below 1%) is available as an option.",
    "Doors and hoods close with concealed 3-point locks on a restricted key system; keys are cut only against a "
    "written request from a named key holder."])
rows = [["", "ClimaCore 50", "ClimaCore 120"],
        ["Maximum case volume served", "5 m3", "12 m3"],
        ["RH setpoint range", "35% to 65% RH", "35% to 65% RH"],
        ["RH stability at setpoint", "+/- 2% RH", "+/- 2% RH"],
        ["Noise at 1 m", "28 dB(A)", "31 dB(A)"],
        ["Typical power consumption", "45 W", "70 W"],
        ["Water reservoir", "4 litres", "8 litres"],
        ["Refill interval (humidifying)", "about every 6 weeks", "about every 6 weeks"],
        ["Filter and membrane change", "every 12 months", "every 12 months"],
        ["Recovery after a 20-minute door opening", "within 2 hours", "within 2 hours"]]
story.append(Paragraph("4. Active humidity control: ClimaCore units", ss["Heading2"]))
tb = Table(rows, colWidths=[190, 130, 130])
tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 9)]))
story += [tb, Spacer(1, 6)]
story.append(Paragraph("ClimaCore units sit in the plinth of the case, outside the display chamber, and connect to it "
                       "through two filtered ports. Units can be connected to the VitriSense gateway for remote "
                       "setpoint changes and alarm forwarding.", ss["Normal"]))
sec("5. Passive humidity control: silica gel kits", [
    "The passive kit (VTR-SG-K1) contains two cassettes of 1 kg pre-conditioned silica gel each. Vitrinor recommends "
    "2 kg of silica gel per m3 of case volume. A passively buffered Aurelia case holds RH within +/- 5% of the "
    "conditioning value over a year in a gallery with normal seasonal variation.",
    "Cassettes must be reconditioned every 6 to 12 months depending on gallery conditions; the VitriSense sensor in "
    "the case shows when the RH drifts by more than 3%."])
sec("6. Lighting", [
    "FibreLume kits keep the light source and its heat outside the display chamber; six fibre tails with adjustable "
    "lenses deliver 20 to 200 lux on the object. Colour temperature 3000 K or 4000 K, CRI 97. UV output is below "
    "5 microwatts per lumen. The temperature rise inside a closed case with lighting on is less than 0.5 °C."])
SimpleDocTemplate(os.path.join(K, "aurelia-conservation-datasheet.pdf"), pagesize=A4,
                  leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=45).build(story)

# ---------------------------------------------------------------- XLSX
from openpyxl import Workbook
from openpyxl.styles import Font

wb = Workbook()
ws = wb.active
ws.title = "Showcases"
ws.append(["Vitrinor Price & Specification Sheet 2026 - Aurelia showcases (GBP, excluding VAT)"])
ws["A1"].font = Font(bold=True, size=13)
ws.append([])
ws.append(["SKU", "Model", "External size W x D x H (mm)", "Internal volume (m3)", "Weight (kg)",
           "Floor load (kg/m2)", "List price (GBP)", "Recommended humidity control"])
for r in [
    ["VTR-TC-1812", "Aurelia table case, large", "1800 x 1200 x 1050", 1.1, 410, 190, 14850, "Passive kit, 1 per case"],
    ["VTR-TC-1209", "Aurelia table case, small", "1200 x 900 x 1050", 0.6, 260, 241, 10250, "Passive kit, 1 per case"],
    ["VTR-WC-2426", "Aurelia wall case, twin hinged doors", "2400 x 650 x 2600", 3.6, 780, 500, 21400, "ClimaCore 50"],
    ["VTR-WC-1826", "Aurelia wall case, narrow, single door", "1800 x 650 x 2600", 2.7, 610, 521, 17900, "ClimaCore 50"],
    ["VTR-TW-0922", "Aurelia tower case", "900 x 900 x 2200", 1.4, 340, 420, 9650, "Passive kit, 1 per case"],
]:
    ws.append(r)
for row in ws.iter_rows(min_row=4, min_col=7, max_col=7):
    for c in row:
        c.number_format = "#,##0.00"
ws.append([])
ws.append(["Floor load is the static load of the empty case on its footprint; add the weight of the objects "
           "displayed. Prices are valid for orders placed in 2026."])

ws2 = wb.create_sheet("Climate, lighting & options")
ws2.append(["Vitrinor Price & Specification Sheet 2026 - climate control, lighting, monitoring and options (GBP, excluding VAT)"])
ws2["A1"].font = Font(bold=True, size=13)
ws2.append([])
ws2.append(["SKU", "Item", "Key specification", "Unit", "List price (GBP)"])
for r in [
    ["VTR-CC50", "ClimaCore 50 active humidity control unit", "Serves up to 5 m3 case volume", "each", 4280],
    ["VTR-CC120", "ClimaCore 120 active humidity control unit", "Serves up to 12 m3 case volume", "each", 6150],
    ["VTR-SG-K1", "Passive silica gel conditioning kit", "2 cassettes of 1 kg", "kit", 365],
    ["VTR-SG-REC", "Silica gel cassette reconditioning (exchange service)", "Conditioned to the requested RH", "per cassette", 38],
    ["VTR-GL-AR", "Anti-reflective glass upgrade", "Reflectance below 1%", "per m2 of glass", 465],
    ["VTR-GL-P4A", "Security glass upgrade to P4A (EN 356)", "Wall and tower cases only", "per m2 of glass", 310],
    ["VTR-LED-FO6", "FibreLume 6-tail LED fibre-optic lighting kit", "20 to 200 lux, CRI 97", "kit", 1180],
    ["VTR-MON-GW", "VitriSense wireless monitoring gateway", "Up to 60 sensors", "each", 2650],
    ["VTR-MON-S2", "VitriSense RH / temperature / lux sensor", "Battery up to 5 years", "each", 245],
    ["VTR-MON-SUB", "VitriSense cloud subscription", "First year included with each new gateway", "per gateway per year", 420],
    ["VTR-INST-D", "Installation, levelling and commissioning", "Two-person team", "per team day", 980],
]:
    ws2.append(r)
for row in ws2.iter_rows(min_row=4, min_col=5, max_col=5):
    for c in row:
        c.number_format = "#,##0.00"
wb.save(os.path.join(K, "vitrinor-price-spec-2026.xlsx"))

# ---------------------------------------------------------------- Markdown KB article
md = """# VitriSense monitoring and showcase care: frequently asked questions

*Vitrinor customer knowledge base, article KB-117, updated October 2026*

## How does VitriSense monitoring work?
Each VitriSense sensor measures relative humidity, temperature and light (lux) inside one showcase and sends a reading
to the gateway every 5 minutes by default (adjustable from 1 to 60 minutes). One gateway supports up to 60 sensors.
Radio range is about 30 m indoors through one solid wall; larger buildings need a second gateway or a repeater.
The gateway needs a wired Ethernet connection with outbound HTTPS and is powered by PoE or a 230 V plug supply.

## How long do the sensor batteries last?
Up to 5 years at the default 5-minute interval. At a 1-minute interval expect about 18 months. The portal warns
60 days before a battery runs flat; replacement batteries are standard AA lithium cells.

## What alarms are sent?
Alerts go by e-mail and SMS to up to 10 recipients per site. The default RH alarm fires when a case is more than
5% RH away from its setpoint for 30 minutes; a light alarm fires above 200 lux. Thresholds can be changed per case
by a user with the Collections Manager role.

## Where is the data stored and what does it cost?
Readings are kept for 10 years in UK data centres (London) and can be exported as CSV or as monthly PDF reports for
loan agreements. The VitriSense cloud subscription costs GBP 420 per gateway per year; the first year is included
with each new gateway. Without a subscription the gateway keeps logging locally for 90 days but sends no alarms.

## How should we clean the cases?
Clean glass with a microfibre cloth and a solution of no more than 20% isopropyl alcohol in water. Never use
ammonia-based cleaners: they attack the laminate edge and void the warranty. Do not lubricate gaskets; wipe them
with a dry cloth only.

## How do we open a case safely?
Wall case doors open to 110 degrees and are held by a soft-close stay. Table case hoods lift on gas struts to an
opening height of 400 mm. Keep openings under 20 minutes where you can: a ClimaCore case recovers its setpoint
within 2 hours, a passively buffered case can take a day.

## How are silica gel cassettes reconditioned?
Swap the cassettes for freshly conditioned ones and send the used ones back in the return box. Vitrinor's exchange
service costs GBP 38 per cassette, conditioned to the RH you specify; Premium Care includes up to 20 cassettes a year.
"""
with open(os.path.join(K, "vitrisense-care-faq.md"), "w") as f:
    f.write(md)
print("ok")
