"""Generate the four knowledge sources of the arctura-rooftop-hvac scenario.

Run with: PYTHONPATH=/tmp/rl2 /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder)."""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Arctura Climate Systems - Scope of Works and Method Statement", 0)
    d.add_paragraph("Rooftop unit replacement, Kingsmead Retail Park (Blocks A-C). Document ref. ACS-SOW-2611, revision 2.")
    d.add_heading("1. Survey and roof curbs", 1)
    d.add_paragraph(
        "Arctura surveyed all ten existing rooftop units on 14 and 15 October 2026. The existing curbs were built for "
        "the previous manufacturer's footprint and are not reused as-is: each new RT Series unit sits on an ARC-CURB-ADP "
        "roof curb adaptor, a galvanised steel transition frame of 350 mm height that bolts to the existing curb and "
        "carries the new unit's supply and return openings. Curb adaptors are fabricated to the survey dimensions and "
        "are non-returnable once fabricated. Where a surveyed curb shows corrosion loss of more than 20% of section, "
        "Arctura will report it in writing before fabrication; replacing a curb is not included in this quotation.")
    d.add_heading("2. Crane lifts and site logistics", 1)
    d.add_paragraph(
        "All units are lifted by a 60-tonne mobile crane positioned in the service yard behind each block. Crane lifts "
        "take place only on Sunday mornings between 06:00 and 10:00, before the park opens to shoppers, so that the "
        "car park lanes next to the lifting zone can be closed. Arctura provides two trained slingers, a lift "
        "supervisor and an appointed person (lift plan to BS 7121). The crane lift, lifting plan, exclusion-zone "
        "barriers and banksmen are included in the ARC-CRANE-INST line. If wind speed at the jib head exceeds "
        "38 km/h the lift is postponed to the following Sunday at no extra charge to the customer.")
    d.add_paragraph(
        "A maximum of four units are lifted per Sunday session. Mechanical and electrical connection then follows "
        "during weekday nights: the installation crew completes two units per night, working 21:00 to 05:00, so "
        "that no tenant loses cooling or heating during trading hours. The full programme for ten units is therefore "
        "three Sunday lift sessions and five weeknight shifts, plus one night for site-wide commissioning of the "
        "BACnet gateway.")
    d.add_heading("3. Electrical and controls", 1)
    d.add_paragraph(
        "Arctura connects each unit to the existing rooftop isolator within 3 metres of the unit. The isolator and "
        "the supply cable up to it remain the customer's responsibility; if the survey shows an isolator rated below "
        "the unit's maximum fuse rating, the upgrade is quoted separately. Controls wiring from each unit to the "
        "ARC-BMS-GW gateway uses the existing containment where it exists; new containment is charged at GBP 38 per "
        "metre. Tenant wall controllers are replaced like-for-like in each unit's shop.")
    d.add_heading("4. Decommissioning and F-gas recovery", 1)
    d.add_paragraph(
        "Before removal, an F-gas certified engineer recovers the refrigerant from each existing unit into "
        "recovery cylinders; the recovered R410A is returned for reclamation and a waste transfer note is issued for "
        "every unit. Old units are cut down on the roof where needed, lowered during the same Sunday crane session and "
        "taken away for recycling under the ARC-DEC-OLD line. Scrap value of the old units is reflected in the "
        "decommissioning price and is not refunded separately.")
    d.add_heading("5. Commissioning and handover", 1)
    d.add_paragraph(
        "Each unit is commissioned against the manufacturer's checklist: refrigerant pressures, superheat and "
        "subcooling, airflow measurement at the supply spigot (tolerance plus or minus 10% of design), economiser "
        "damper stroke, CO2 sensor calibration and BMS point-to-point check. The handover pack includes commissioning "
        "sheets, the F-gas log, O&M manuals, as-installed wiring diagrams and the warranty registration, delivered "
        "electronically within 10 working days of practical completion.")
    d.add_heading("6. Exclusions", 1)
    for t in [
        "Structural roof reinforcement or a structural engineer's assessment of the roof deck.",
        "Removal or encapsulation of asbestos-containing materials; if suspected material is found, work in that "
        "area stops until the customer's licensed contractor has cleared it.",
        "Roof membrane repairs beyond a 1 metre radius around each curb.",
        "Upgrades of incoming power supplies, isolators or distribution boards.",
        "Council road-closure or highway licence fees, which are passed through at cost if required.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("7. Programme", 1)
    d.add_paragraph(
        "Works start no earlier than 4 weeks after order, subject to equipment lead times. Arctura requires the "
        "customer to give notice to tenants at least 14 days before each night shift in their unit.")
    d.save(os.path.join(K, "scope-of-works-kingsmead.docx"))

# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h = ss["Heading2"]
    doc = SimpleDocTemplate(os.path.join(K, "arctura-warranty-and-service-terms.pdf"), pagesize=A4,
                            title="Arctura Warranty and Planned Maintenance Terms")
    s = [Paragraph("Arctura Climate Systems - Warranty and Planned Maintenance Terms (edition 2026/2)", ss["Title"])]
    P = lambda t: s.append(Paragraph(t, body))
    H = lambda t: s.append(Paragraph(t, h))
    H("1. Standard warranty")
    P("RT Series packaged rooftop units carry a standard warranty of 2 years on parts and 1 year on labour from the "
      "date of commissioning. The scroll compressor is covered for 5 years (parts only). Economiser and "
      "DCV modules, curb adaptors and the BACnet gateway carry 2 years on parts.")
    P("Where the customer holds an active Arctura planned maintenance plan (ARC-SVC-PM3 or longer) from commissioning, "
      "the parts warranty on the complete unit is extended to 5 years and labour is covered for as long as the plan "
      "remains active. If the plan lapses, the extension ends on the lapse date.")
    H("2. Planned maintenance plan")
    P("The plan includes two planned visits per year (spring and autumn). Each visit covers: filter replacement with "
      "G4 panel filters (or F7 bag filters where the F7 upgrade is fitted), coil inspection and cleaning, belt and "
      "fan check, economiser damper and actuator test, CO2 sensor check, electrical tightness test, refrigerant leak "
      "check and a written report uploaded to Arctura Connect. An extra filter-only visit in summer is available at "
      "GBP 65 per unit.")
    P("The plan is priced per unit per year and invoiced annually in advance. The plan term begins on the date of "
      "commissioning of the first unit on site.")
    H("3. Breakdown response")
    data = [["Priority", "Definition", "On-site response"],
            ["P1", "Total loss of cooling or heating in a trading area", "4 hours (07:00-22:00, 7 days)"],
            ["P1 out of hours", "As P1, reported 22:00-07:00", "by 11:00 the next morning"],
            ["P2", "Partial loss of capacity, alarm, noise", "next business day"],
            ["P3", "Cosmetic or non-urgent", "next planned visit or within 10 business days"]]
    s.append(Table(data, colWidths=[90, 230, 170]))
    s.append(Spacer(1, 6))
    P("Response times apply to sites within the Arctura service area and to customers with an active plan. Customers "
      "without a plan are attended on a best-effort basis at the call-out rate of GBP 145 plus GBP 92 per hour.")
    H("4. Refrigerant and F-gas")
    P("RT Series units use R32 refrigerant (GWP 675). At the factory charges listed in the technical data sheet "
      "neither the RT-250 nor the RT-400 reaches the 5 tonnes CO2-equivalent threshold for mandatory periodic leak "
      "checks; Arctura nevertheless performs a leak check at every planned visit and records it in the F-gas log.")
    H("5. Exclusions")
    P("The warranty does not cover: damage caused by roof works or other trades; vandalism or theft; blocked "
      "condensate drains caused by debris where no plan is in place; corrosion at sites within 1 km of the coast "
      "unless the factory coil coating option was ordered; consumables such as filters and belts; and any "
      "consequential loss, including loss of trade, tenant claims or spoiled stock.")
    H("6. Claims")
    P("Warranty claims are raised through Arctura Connect or by phone to the service desk. Replaced parts become "
      "Arctura's property. Arctura's liability under these terms is limited to the repair or replacement of the "
      "defective part.")
    doc.build(s)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "RT Series data"
    ws["A1"] = "Arctura RT Series packaged rooftop units - technical data (2026 edition)"
    ws["A1"].font = Font(bold=True, size=13)
    head = ["Model", "Nominal cooling (kW)", "Nominal heating (kW)", "SEER", "SCOP", "Airflow (m3/h)",
            "Sound pressure at 10 m (dB(A))", "Operating weight (kg)", "R32 charge (kg)", "Supply",
            "Max fuse (A)", "Lead time (weeks)"]
    ws.append([])
    ws.append(head)
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ["RT-160", 16.2, 17.0, 5.4, 4.0, 3200, 49, 610, 2.9, "400V/3ph/50Hz", 25, 6],
        ["RT-250", 25.4, 26.8, 5.9, 4.2, 5100, 52, 905, 4.2, "400V/3ph/50Hz", 32, 8],
        ["RT-400", 40.1, 42.5, 5.6, 4.1, 7800, 56, 1340, 6.8, "400V/3ph/50Hz", 50, 12],
        ["RT-550", 55.0, 58.3, 5.3, 3.9, 10400, 59, 1820, 9.1, "400V/3ph/50Hz", 63, 14],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Notes: nominal cooling at 35 C outdoor / 27 C dry bulb indoor. Weights include curb adaptor. "
               "Sound pressure measured in free field at 10 m from the unit, compressor and fans at full load."])
    ws2 = wb.create_sheet("Options and accessories")
    ws2["A1"] = "Arctura RT Series - options, accessories and list prices (GBP, excl. VAT)"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Description", "List price (GBP)", "Per", "Compatible models", "Lead time (weeks)"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in [
        ["ARC-CURB-ADP", "Roof curb adaptor, galvanised, made to survey", 1180, "unit", "all", 4],
        ["ARC-ECON-DCV", "Economiser with CO2 demand-controlled ventilation", 2350, "unit", "RT-250, RT-400, RT-550", 6],
        ["ARC-FLT-F7", "F7 bag filter upgrade (recommended for food-court and restaurant units)", 185, "unit", "all", 2],
        ["ARC-COAT-CX", "Factory coil coating for coastal sites", 640, "unit", "all", 10],
        ["ARC-LNK-4G", "4G cellular link for Arctura Connect where no site network", 290, "site", "all", 2],
        ["ARC-BMS-GW", "BACnet/IP gateway and site controller, up to 16 units", 3900, "site", "all", 3],
        ["ARC-ACS-ACOU", "Acoustic enclosure, reduces sound pressure by 6 dB(A)", 1450, "unit", "RT-250, RT-400", 8],
    ]:
        ws2.append(r)
    ws3 = wb.create_sheet("Price list units")
    ws3["A1"] = "Arctura RT Series - unit list prices 2026 (GBP, excl. VAT, ex works)"
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["SKU", "Model", "List price (GBP)"])
    for r in [["ARC-RT160-HP", "RT-160 heat pump", 10950], ["ARC-RT250-HP", "RT-250 heat pump", 14850],
              ["ARC-RT400-HP", "RT-400 heat pump", 21400], ["ARC-RT550-HP", "RT-550 heat pump", 28700]]:
        ws3.append(r)
    wb.save(os.path.join(K, "arctura-rt-series-data.xlsx"))

# ---------------------------------------------------------------- Markdown KB
MD = """# Running RT Series rooftop units at a retail park: controls, monitoring and tenant comfort

*Arctura knowledge base - article KB-214, updated November 2026*

## Site controls and BMS integration
Every site with more than four RT Series units is supplied with an ARC-BMS-GW gateway. The gateway speaks
BACnet/IP on the site network and Modbus RTU (RS-485) towards the units, so an existing building management system
can read every unit's status, alarms and energy meter without extra licences. Up to 16 units share one gateway.

## Tenant setpoints
Tenant wall controllers let shop staff choose a setpoint between 19 C and 24 C. Outside those limits the
gateway ignores the request. The landlord's facilities team can change the limits from Arctura Connect. Each unit
returns to the landlord's schedule at midnight, whatever the tenant last chose. Night setback holds 14 C in heating
and switches cooling off; frost protection starts the heat pump when the return air falls below 7 C.

## Demand-controlled ventilation
With the ARC-ECON-DCV economiser fitted, outdoor air is modulated from a 15% minimum up to 100% free cooling. The
CO2 sensor in the return duct raises the fresh-air damper when CO2 exceeds 900 ppm, which on a typical retail
unit cuts ventilation energy by about a third outside peak trading.

## Arctura Connect remote monitoring
Arctura Connect is included free for the first 12 months from commissioning. After that it costs £9 per unit per
month, billed annually, and it is included at no charge for as long as a planned maintenance plan is active.
Connect shows live temperatures, alarms, filter pressure drop, energy use per tenant and the F-gas log, and sends
alarm e-mails to up to 10 addresses. Where the site network cannot be used, an ARC-LNK-4G cellular link is needed.

## Filters
Standard units ship with G4 panel filters. For food-court and restaurant units, Arctura recommends the F7 bag filter
upgrade (ARC-FLT-F7) because grease and odour load the coil quickly; the F7 filter is changed at each planned visit.

## What to do when a unit alarms
1. Check Arctura Connect for the alarm code. 2. Codes E1 to E9 can be reset once from the tenant controller. 3. If
the alarm returns within 24 hours, or the code is E10 or higher, call the service desk; do not reset again.
"""

if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    with open(os.path.join(K, "kb-rt-series-retail-operation.md"), "w") as f:
        f.write(MD)
    print("sources written to", K)
