"""Generate the four knowledge sources of the sentrava-ups-power scenario.

Run with a Python that has python-docx and openpyxl, plus reportlab on the path, e.g.
    PYTHONPATH=/tmp/rl_ups /work/main/.venv/bin/python make_sources.py
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

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)


# --------------------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Sentrava Power Systems Ltd - Critical Power Service Agreement", 0)
    d.add_paragraph("Service Schedule SPS-SA-07 (Gold and Silver cover), issue 7, effective 1 September 2026. "
                    "This schedule forms part of every Sentrava maintenance contract for ModuPower UPS systems, "
                    "battery strings and associated switchgear supplied and commissioned by Sentrava.")

    d.add_heading("1. Cover levels", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Item", "Gold", "Silver"
    rows = [
        ("Emergency response", "4-hour on-site response, 24/7/365", "8-hour on-site response, Monday-Friday 08:00-18:00; calls after 16:00 attended next working day"),
        ("Planned preventive maintenance (PPM)", "two planned preventive maintenance (PPM) visits per year, six months apart", "one PPM visit per year"),
        ("Battery testing", "annual impedance test of every block plus a controlled discharge test every 24 months", "annual impedance test only"),
        ("Parts (UPS electronics, fans, capacitors)", "included, no charge", "parts charged at list price less 15%"),
        ("Power module swap stock", "one 50 kVA module held on site at no charge for the contract term", "not included"),
        ("Remote monitoring (SentraLink)", "included, alarms to the 24-hour Critical Response Desk", "optional, 1,100 GBP per site per year"),
        ("Annual fee basis", "per UPS system frame, invoiced annually in advance", "per UPS system frame, invoiced annually in advance"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v

    d.add_heading("2. Response and service credits", 1)
    d.add_paragraph("Response time is measured from the logged call (telephone 0345 000 7781 or SentraLink alarm) "
                    "to the arrival of a qualified Sentrava field engineer at the site reception. Travel delays "
                    "caused by site access procedures, permit-to-work issue or escort waiting time are excluded. "
                    "If Sentrava misses a Gold response, the customer is entitled to a service credit of 5% of the "
                    "annual fee for the affected UPS frame per missed response, capped at 25% of that annual fee "
                    "in any contract year. Service credits are deducted from the next annual invoice and are the "
                    "customer's sole financial remedy for late response. Silver cover carries no service credits.")

    d.add_heading("3. Batteries", 1)
    d.add_paragraph("Battery blocks are consumables and are not covered under the parts inclusion of either cover "
                    "level. Faulty blocks are replaced under the manufacturer battery warranty stated in the Sentrava "
                    "Battery Options price list; outside that warranty, replacement blocks are charged at list price "
                    "and fitted without labour charge on Gold cover. The battery warranty is void if the average "
                    "ambient temperature of the battery room, as recorded by SentraLink, exceeds 25°C over any "
                    "rolling 30-day period, or if the string is left in a discharged state for more than 72 hours. "
                    "Sentrava will notify the customer within one working day whenever block impedance rises more "
                    "than 25% above the commissioning baseline.")

    d.add_heading("4. Hospital and healthcare sites", 1)
    d.add_paragraph("On healthcare sites all work on the low-voltage system is carried out under the customer's "
                    "permit-to-work system and the instruction of the customer's Authorised Person (Electrical), in "
                    "line with HTM 06-01. Sentrava engineers hold current enhanced DBS checks. PPM visits that require "
                    "the UPS to be transferred to maintenance bypass are scheduled with the customer at least 10 "
                    "working days in advance and may be carried out between 20:00 and 06:00 at no extra charge on "
                    "Gold cover; on Silver cover out-of-hours PPM carries a 35% surcharge on the visit price.")

    d.add_heading("5. Additional work and rates (2027 rates)", 1)
    d.add_paragraph("Additional PPM visit requested by the customer: 980 GBP per frame. Emergency call-out for "
                    "equipment not under contract or outside the cover hours: 1,250 GBP for the first 3 hours on site, "
                    "then 185 GBP per hour. Load bank hire for customer-requested witness tests: 1,600 GBP per day. "
                    "Rates exclude VAT and apply to calls logged from 1 January 2027.")

    d.add_heading("6. Term, renewal and price adjustment", 1)
    d.add_paragraph("The initial term is stated in the quotation (typically 3 years) and starts on the date of "
                    "commissioning. The agreement renews automatically for successive 12-month periods unless either "
                    "party gives at least 90 days written notice before the end of the current term. Annual fees "
                    "after the first contract year are adjusted on each anniversary by the UK CPI annual rate published "
                    "for the preceding January, capped at 4% per year. Fees fixed in a quotation for a multi-year "
                    "term are not indexed during that term.")

    d.add_heading("7. Exclusions", 1)
    d.add_paragraph("Not covered: damage caused by water ingress, fire, lightning or mains surges above the rated "
                    "input category; faults caused by third-party modifications; relocation of equipment; cleaning "
                    "of battery rooms; firmware upgrades requested purely for new features (safety and security "
                    "firmware updates are included). Consequential losses are excluded to the extent permitted by law; "
                    "the liability cap is set out in Sentrava's General Terms of Sale, not in this schedule.")
    d.save(OUT / "sentrava-service-agreement-schedule.docx")


# --------------------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(OUT / "modupower-250-datasheet.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="ModuPower 250 Technical Datasheet", author="Sentrava Power Systems Ltd")
    el = [Paragraph("Sentrava ModuPower 250 - Modular Online UPS", ss["Title"]),
          Paragraph("Technical datasheet and installation requirements, document MP250-DS rev. F (2026)", ss["Heading3"]),
          Paragraph("The ModuPower 250 is a three-phase, transformerless, double-conversion modular UPS built from "
                    "hot-swappable 50 kVA power modules in a single frame. A frame holds up to five modules "
                    "(250 kVA / 250 kW) and can be configured N+1 by fitting a sixth module into the optional "
                    "redundancy slot of the extended frame. Up to four frames can be paralleled.", body),
          Spacer(1, 6)]
    spec = [
        ["Parameter", "Value"],
        ["Rated power per frame", "250 kVA / 250 kW (output power factor 1.0)"],
        ["Power module", "50 kVA / 50 kW, 3U, 28 kg, hot-swappable"],
        ["Module replacement time (MTTR)", "under 30 minutes, no transfer to bypass needed"],
        ["Efficiency, double conversion (VFI)", "96.5% at 50-75% load"],
        ["Efficiency, ECO mode", "99.0%"],
        ["Heat dissipation at full load, double conversion", "9.1 kW (31,050 BTU/h) per frame"],
        ["Input voltage", "380/400/415 V, 3-phase + N, -15% / +20%"],
        ["Input current distortion (THDi)", "< 3% at full linear load"],
        ["Input power factor", "0.99"],
        ["Overload on inverter", "110% for 60 min; 125% for 10 min; 150% for 1 min"],
        ["Battery DC bus", "480 V nominal (40 x 12 V blocks per string), common or separate battery per frame"],
        ["Charger", "up to 40 A per frame, temperature-compensated charging"],
        ["Classification", "IEC 62040-3 VFI-SS-111; safety IEC 62040-1; EMC IEC 62040-2 category C3"],
        ["Frame dimensions (W x D x H)", "600 x 1100 x 2000 mm"],
        ["Frame weight", "420 kg without modules; 560 kg with five modules"],
        ["Operating temperature", "0 to 40°C (UPS); batteries 20 to 25°C recommended"],
        ["Acoustic noise at 1 m", "< 65 dBA at full load"],
        ["Communication", "SNMP v3 card, Modbus TCP, 6 volt-free contacts, EPO input"],
    ]
    tb = Table(spec, colWidths=[70 * mm, 104 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    el += [tb, Spacer(1, 8),
           Paragraph("Installation requirements", ss["Heading2"]),
           Paragraph("Front access only: allow a clear service space of 1000 mm in front of the frame; rear and side "
                     "access are not required, so frames can be placed back-to-wall. Cable entry is top or bottom. "
                     "Minimum floor loading 1,000 kg/m2 for the frame; raised floors need a plinth or pedestal "
                     "support supplied by the customer. The frame is delivered on a pallet and fits through a "
                     "door opening of 800 x 2100 mm with modules removed. Air flow is front-to-top; the room "
                     "cooling must remove the heat dissipation shown above plus the battery charging losses.", body),
           Paragraph("Warranty and lead time", ss["Heading2"]),
           Paragraph("UPS frames and power modules carry a 24-month parts-and-labour warranty from the date of "
                     "commissioning or 30 months from delivery, whichever ends first. Standard lead time is 10 to 12 "
                     "weeks from order acknowledgement; frames in the extended N+1 version add 2 weeks. Battery "
                     "warranties are set out in the battery price list and are not part of this warranty.", body),
           Paragraph("Ordering codes (list prices, GBP excl. VAT, price list UPS-2026-09)", ss["Heading2"])]
    codes = [
        ["SKU", "Description", "List price"],
        ["SNT-MP250-F", "ModuPower 250 standard frame incl. 5 x 50 kVA modules", "63,900"],
        ["SNT-MP250-XF", "ModuPower 250 extended frame with N+1 slot, incl. 5 x 50 kVA modules", "68,400"],
        ["SNT-PM50", "50 kVA / 50 kW hot-swap power module", "7,950"],
        ["SNT-MBP-400", "External wrap-around maintenance bypass panel, 400 A, wall-mounted", "6,200"],
        ["SNT-MBP-630", "External wrap-around maintenance bypass panel, 630 A, floor-standing", "8,450"],
        ["SNT-SLK-4G", "SentraLink 4G monitoring gateway (included with Gold service)", "1,100"],
    ]
    tc = Table(codes, colWidths=[32 * mm, 118 * mm, 24 * mm])
    tc.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    el += [tc, Spacer(1, 6),
           Paragraph("Seismic qualification, marine approvals and DC-output versions are not covered by this "
                     "datasheet; they are handled on request by Sentrava engineering.", body)]
    doc.build(el)


# --------------------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Battery options"
    ws.append(["Sentrava Battery Options and Autonomy - price list BAT-2026-11 (GBP, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Chemistry", "Blocks per string", "Design life", "Warranty",
               "Cabinet W x D x H (mm)", "Weight per string cabinet (kg)", "List price per string (GBP)",
               "Lead time"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ["SNT-BAT-VR12-170", "VRLA string, 40 x 12 V 170 Ah blocks in steel cabinet with DC breaker",
         "VRLA AGM", 40, "12 years (Eurobat Long Life)",
         "3 years full replacement, then pro-rata to year 5", "1200 x 850 x 2000", 2380, 21600, "6-8 weeks"],
        ["SNT-BAT-VR12-100", "VRLA string, 40 x 12 V 100 Ah blocks in steel cabinet with DC breaker",
         "VRLA AGM", 40, "12 years (Eurobat Long Life)",
         "3 years full replacement, then pro-rata to year 5", "800 x 850 x 2000", 1460, 13900, "6-8 weeks"],
        ["SNT-BAT-LFP-60", "Lithium iron phosphate cabinet, 60 kWh, integrated BMS",
         "LiFePO4", "n/a (rack modules)", "15 years", "8 years or 4,000 cycles", "600 x 850 x 2000", 780,
         38500, "14-16 weeks"],
        ["SNT-BMS-MON", "Battery monitoring per string: block voltage, impedance and temperature sensors",
         "-", "-", "-", "24 months", "-", 9, 2350, "4 weeks"],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Notes: VRLA design life is quoted at 20°C; it roughly halves for every 10°C of average ambient "
               "above 20°C. Battery warranty void above 25°C average ambient (see Service Schedule SPS-SA-07). "
               "Floor loading for a 170 Ah cabinet is about 2,330 kg/m2 and usually needs a spreader plate."])
    for col, w in zip("ABCDEFGHIJ", [18, 60, 11, 16, 26, 42, 20, 16, 16, 12]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Autonomy")
    ws2.append(["Autonomy in minutes per ModuPower 250 frame at 20°C, new batteries, end voltage 1.75 V/cell"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Battery SKU", "Strings per frame", "Load 100 kW", "Load 150 kW", "Load 200 kW", "Load 250 kW"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in [
        ["SNT-BAT-VR12-170", 1, 15, 8, 5, 3],
        ["SNT-BAT-VR12-170", 2, 35, 21, 14, 10],
        ["SNT-BAT-VR12-170", 3, 58, 36, 24, 17],
        ["SNT-BAT-VR12-100", 1, 7, 4, 2, 1],
        ["SNT-BAT-VR12-100", 2, 18, 10, 7, 4],
        ["SNT-BAT-LFP-60", 1, 27, 17, 12, 9],
        ["SNT-BAT-LFP-60", 2, 58, 37, 27, 20],
    ]:
        ws2.append(r)
    ws2.append([])
    ws2.append(["Figures are typical; at end of design life plan for 80% of the values shown. "
                "Autonomy for other loads by linear interpolation is not guaranteed."])

    ws3 = wb.create_sheet("Replacement & disposal")
    ws3.append(["Replacement blocks, modules and disposal - price list BAT-2026-11 (GBP, excl. VAT)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Item", "Unit", "Price (GBP)", "Conditions"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    for r in [
        ["Replacement block 12 V 170 Ah", "per block", 465, "fitted free of labour on Gold cover"],
        ["Replacement block 12 V 100 Ah", "per block", 298, "fitted free of labour on Gold cover"],
        ["Replacement power module 50 kVA (outside warranty)", "per module", 7950, "exchange unit, 5-day delivery"],
        ["Collection and recycling of old lead-acid blocks", "per block", 14.5,
         "includes hazardous waste consignment note; minimum charge 250"],
        ["Collection of old UPS frame (any make)", "per frame", 640, "free of charge when a ModuPower frame is bought"],
    ]:
        ws3.append(r)
    for sh in (ws2, ws3):
        for col in "ABCDEF":
            sh.column_dimensions[col].width = 22
    wb.save(OUT / "sentrava-battery-options.xlsx")


# --------------------------------------------------------------------------- Markdown KB
KB = """# Replacing a hospital data-centre UPS with Sentrava: project FAQ

*Knowledge base article KB-0412, Sentrava Power Systems, last reviewed October 2026.*

## How does a project run?
1. **Site survey** (free, within 10 working days of the order): load measurements over 7 days, room cooling
   check, floor loading, access route and cable routes.
2. **Delivery** of frames, modules and battery cabinets; frames arrive on pallets, battery blocks are shipped
   separately and fitted on site.
3. **Installation and cut-over**, normally on a weekend or at night agreed with the estates team.
4. **Commissioning and load-bank test**, then handover with O&M manuals.

## Do we need to shut down our IT load?
No. Cut-over is performed through the external wrap-around maintenance bypass panel (SNT-MBP-400), so the
critical load stays powered from the mains (unprotected) during the cut-over window, typically 45 minutes per
frame. Sentrava recommends that the hospital's standby generator is running and on load during that window.

## What does the load-bank test include?
A resistive load bank at 100% of the rated frame output for 4 hours, a battery discharge test to the
guaranteed autonomy, a simulated mains failure and return, and a module hot-swap demonstration. The customer's
Authorised Person may witness all steps; results are issued as a signed test certificate.

## Payment milestones
Unless the quotation states otherwise: 30% on order acknowledgement, 60% on delivery to site and 10% on
successful commissioning. Invoices are payable within 30 days. Maintenance fees are invoiced annually in
advance from the commissioning date.

## Documentation and training
O&M manuals, as-built single-line diagrams and test certificates are delivered within 14 days of
commissioning. Operator training (SNT-TRN-OPS) is a half-day on-site session for up to 8 staff covering alarms,
manual bypass operation and the emergency procedure card.

## SentraLink remote monitoring
SentraLink uses its own 4G gateway mounted next to the UPS, so it does not need a connection to the hospital
network and does not pass through the hospital firewall. It reports alarms, loads, battery block impedance and
room temperature to the Sentrava Critical Response Desk. No patient data is processed. The gateway's data is
hosted in the UK.

## Out-of-hours and weekend working
Installation work between 18:00 and 07:00 or at weekends is included in the installation price when agreed
at order. Changes requested less than 5 working days before a scheduled cut-over are charged at 1,250 GBP
per rescheduled shift.

## Old equipment
Sentrava collects the old UPS frame free of charge when a ModuPower frame is bought; old lead-acid blocks are
recycled at the per-block rate in the battery price list.
"""


def make_md():
    (OUT / "hospital-ups-project-faq.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("written:", sorted(p.name for p in OUT.iterdir()))
