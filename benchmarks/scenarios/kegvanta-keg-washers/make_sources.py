"""Generate the four knowledge sources of the kegvanta-keg-washers scenario.

Run with /work/main/.venv/bin/python (python-docx, openpyxl); reportlab is loaded from /tmp/rl or /tmp/rl4.
"""
import os
import sys

for extra in ("/tmp/rl", "/tmp/rl4"):
    if os.path.isdir(extra):
        sys.path.insert(0, extra)

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "knowledge")
os.makedirs(OUT, exist_ok=True)


# ---------------------------------------------------------------- DOCX: warranty & service plan terms
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Kegvanta Warranty & Service Plan Terms", 0)
    d.add_paragraph("Document KV-WS-2025 rev. 3 - applies to KW-1 Solo, KW-2 Duo and KW-4 Quattro keg washers, "
                    "CIP modules, conveyors and PW-1 pre-wash stations delivered from 1 January 2025. "
                    "Kegvanta BV, Port Arthurlaan 112, 9000 Ghent, Belgium.")

    d.add_heading("1. Machine warranty", 1)
    d.add_paragraph("1.1 Kegvanta warrants each machine against defects in materials and workmanship for 24 months "
                    "from the date of the signed site acceptance test (SAT), or 27 months from the date of delivery, "
                    "whichever ends first. If the buyer delays the SAT for reasons not attributable to Kegvanta, the "
                    "27-month limit still applies.")
    d.add_paragraph("1.2 Wear parts are warranted for 6 months only: spear seals, head O-rings and gaskets, spray "
                    "nozzle jets, conveyor rollers and pump mechanical seals. Spare heads bought separately carry the "
                    "same 6-month wear-part warranty on their seals and 12 months on the head body.")
    d.add_paragraph("1.3 The PLC, HMI and frequency drives are covered by the original manufacturer's warranty, "
                    "passed through by Kegvanta, for the same 24-month period.")

    d.add_heading("2. Exclusions", 1)
    for t in [
        "Corrosion or seal damage caused by caustic concentrations above 2.5% or acid concentrations above 1.5%.",
        "Scale damage where supply water exceeds 14 °dH hardness or 50 mg/l chlorides and no softener or "
        "treatment is fitted (see the site preparation guide).",
        "Operation of the steam sterilisation step above 130 °C or with steam pressure above 5 bar.",
        "Use of non-genuine spare parts, or modifications to the PLC program not approved in writing by Kegvanta.",
        "Damage from foreign objects inside returned kegs (stones, glass, bungs) that the PW-1 pre-wash or the "
        "operator should have removed.",
        "Consumables: detergents, CO2, filters, lamps and fuses.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("3. Making a warranty claim", 1)
    d.add_paragraph("Claims must be reported through the Kegvanta service portal or by phone within 10 working days "
                    "of discovering the defect, with the machine serial number, alarm history export and photos. "
                    "Replacement parts are shipped DAP to the buyer's site at Kegvanta's cost; replaced parts become "
                    "Kegvanta property and must be returned within 30 days, otherwise they are invoiced at list price. "
                    "Warranty labour on site is free of charge during the first 12 months; from month 13 to month 24 "
                    "travel time is charged at EUR 65 per hour unless a Silver or Gold plan is active.")

    d.add_heading("4. Service plans", 1)
    d.add_paragraph("Service plans start at SAT, run for a minimum term of 3 years and are invoiced annually in "
                    "advance. After the minimum term a plan renews for 12 months at a time unless either party gives "
                    "90 days' written notice before the anniversary date. Plan fees are adjusted on each anniversary "
                    "by the change in the eurozone HICP index over the previous 12 months, capped at 4% per year.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Feature", "Bronze", "Silver", "Gold"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    rows = [
        ["Annual fee (KW-2 Duo)", "EUR 3,900", "EUR 5,400", "EUR 7,600"],
        ["Preventive maintenance visits per year", "1", "2", "3"],
        ["Phone support", "Business hours, Mon-Fri 08:30-17:30 CET", "Business hours", "24/7 hotline"],
        ["Remote diagnosis (via KV-RMT-VPN router)", "Next business day", "Within 8 business hours", "Within 4 hours"],
        ["On-site response time for a breakdown", "Within 5 business days", "Within 72 hours", "Within 48 hours"],
        ["Discount on spare parts", "0%", "10%", "15%"],
        ["Annual overhaul of wash/fill heads", "Not included", "1 head per year", "All heads, once a year"],
        ["Loan head while a head is repaired", "No", "No", "Shipped within 2 business days"],
        ["Breakdown call-outs outside preventive visits", "EUR 95 per hour plus travel EUR 0.65 per km",
         "EUR 95 per hour plus travel EUR 0.65 per km", "Labour and travel included"],
    ]
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph("")
    d.add_paragraph("Fees for the KW-1 Solo are 30% lower and for the KW-4 Quattro 45% higher than the KW-2 Duo "
                    "fees shown. Response times apply in Belgium, the Netherlands, Luxembourg, Ireland, the United "
                    "Kingdom, France and Germany; elsewhere add 24 hours.")

    d.add_heading("5. Gold availability target and service credit", 1)
    d.add_paragraph("Under the Gold plan Kegvanta targets 97% machine availability, measured per calendar quarter "
                    "over the buyer's scheduled production hours as recorded in the machine log. Downtime caused by "
                    "the exclusions in section 2, by missing utilities, or by the buyer declining a proposed "
                    "preventive visit is not counted. If availability falls below 97%, the buyer receives a service "
                    "credit of 5% of the quarterly plan fee for each full percentage point below target, capped at "
                    "25% of the quarterly plan fee. Service credits are deducted from the next annual invoice and are "
                    "the buyer's sole remedy for missed availability under the plan.")

    d.add_heading("6. Parts availability", 1)
    d.add_paragraph("Kegvanta keeps spare parts for each machine model available for at least 10 years after the "
                    "model is discontinued. Standard parts ship from Ghent within 2 business days; heads and pumps "
                    "follow the lead times in the current price list.")
    d.save(os.path.join(OUT, "kegvanta-warranty-service-terms.docx"))


# ---------------------------------------------------------------- PDF: KW-2 Duo technical datasheet
def make_pdf():
    path = os.path.join(OUT, "kw2-duo-datasheet.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="KW-2 Duo Technical Datasheet", author="Kegvanta BV")
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = [
        Paragraph("Kegvanta KW-2 Duo - Technical Datasheet", ss["Title"]),
        Paragraph("Automatic two-head keg washer-filler. Datasheet DS-KW2-2025-02, valid for machines built from "
                  "serial KW2-25-001.", body),
        Spacer(1, 4 * mm),
        Paragraph("1. Performance", ss["Heading2"]),
    ]

    def table(rows, widths):
        t = Table(rows, colWidths=widths)
        t.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9),
            ("FONT", (0, 1), (-1, -1), "Helvetica", 9),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e4ef")),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]))
        return t

    story.append(table([
        ["Parameter", "Standard program Clean-60", "Extended program Deep-45"],
        ["Throughput (50 L kegs)", "60 kegs/h", "45 kegs/h"],
        ["Cycle time per head", "120 s", "160 s"],
        ["Water consumption per keg", "22 L per keg", "31 L per keg"],
        ["Caustic step", "1.5% NaOH at 80 °C, 25 s", "2.0% NaOH at 80 °C, 45 s"],
        ["Acid step", "1.0% at 60 °C, every 2nd cycle", "1.0% at 60 °C, every cycle"],
        ["Recommended for", "Kegs returned within 8 weeks", "Kegs returned after 8 weeks, or from export"],
    ], [55 * mm, 58 * mm, 58 * mm]))
    story += [Spacer(1, 3 * mm), Paragraph(
        "Both programs finish with a hot water rinse at 85 °C, steam sterilisation with saturated steam at 110-121 °C "
        "for a 20 s hold, CO2 purge and counter-pressurisation to 1.5 bar, then filling. Fill accuracy is +/- 0.1 L "
        "by magnetic-inductive flow meter; dissolved oxygen pick-up during filling is below 20 ppb. Throughput for "
        "20 L and 30 L kegs is the same as for 50 L kegs because the cycle is limited by the wash steps, not the "
        "fill.", body)]

    story += [Paragraph("2. Keg and spear compatibility", ss["Heading2"]), Paragraph(
        "Stainless steel kegs of 10 L to 58 L to DIN 6647-1 and Euro keg standards, keg height 300-620 mm, "
        "diameter 236-410 mm. Spear types: A-type (Basic), S-type (Sankey), G-type (Grundy), D-type and M-type, each "
        "with its own wash/fill head. A head change takes 15 minutes, tool-free, and the PLC recognises the head "
        "type automatically. One-way plastic kegs (KeyKeg, PolyKeg) are not supported because they cannot take the "
        "caustic and steam steps. Kegs with damaged chimes or bent spears are rejected by the inlet check and "
        "diverted to the outfeed conveyor.", body)]

    story += [Paragraph("3. Utilities", ss["Heading2"])]
    story.append(table([
        ["Utility", "Steam-heated version (standard)", "Electric-heated version (option KV-HT-EL)"],
        ["Electrical supply", "400 V 3-phase 50 Hz", "400 V 3-phase 50 Hz"],
        ["Connected electrical load", "22 kW, main fuse 50 A", "76 kW, main fuse 125 A"],
        ["Steam", "3.5-5 bar, 160 kg/h", "not required"],
        ["Compressed air", "6-8 bar, 300 Nl/min, oil-free", "6-8 bar, 300 Nl/min, oil-free"],
        ["CO2 (food grade)", "0.15 kg per 50 L keg, 3-5 bar", "0.15 kg per 50 L keg, 3-5 bar"],
        ["Water", "2-4 bar, 40 L/min peak", "2-4 bar, 40 L/min peak"],
        ["Heat-up time from cold", "25 min", "55 min"],
    ], [45 * mm, 60 * mm, 66 * mm]))
    story += [Spacer(1, 3 * mm), Paragraph(
        "Drain water leaves the machine at up to 85 °C. Where local discharge rules require lower temperatures, "
        "fit the KV-DRN-COOL drain cooler, which brings effluent below 40 °C.", body)]

    story += [Paragraph("4. Dimensions and construction", ss["Heading2"])]
    story.append(table([
        ["Item", "Value"],
        ["Footprint L x W x H", "4,150 x 1,620 x 2,280 mm"],
        ["Weight", "2,350 kg dry, 3,100 kg in operation"],
        ["Noise", "76 dB(A) at 1 m"],
        ["Product-contact parts", "AISI 316L stainless steel, EPDM seals (FKM optional)"],
        ["Frame and panels", "AISI 304 stainless steel"],
        ["Control", "Siemens S7-1500 PLC, 12-inch touch HMI, 40 stored recipes"],
        ["Remote access", "KV-RMT-VPN router (Ewon Cosy), outgoing connection only"],
        ["Data", "Per-keg log of temperatures, conductivity and fill volume, CSV export"],
    ], [55 * mm, 116 * mm]))
    story += [Spacer(1, 3 * mm), Paragraph(
        "CE marked under the Machinery Directive 2006/42/EC and the EMC Directive 2014/30/EU. Declaration of "
        "conformity supplied with the machine. Specifications may change without notice; the order confirmation "
        "prevails.", body)]
    doc.build(story)


# ---------------------------------------------------------------- XLSX: price list
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    title = Font(bold=True, size=13)

    def sheet(ws, heading, header, rows, widths):
        ws.append([heading])
        ws["A1"].font = title
        ws.append(header)
        for c in ws[2]:
            c.font = bold
        for r in rows:
            ws.append(r)
            for c in ws[ws.max_row]:
                if isinstance(c.value, (int, float)):
                    c.number_format = "#,##0"
        for col, w in zip("ABCDEFG", widths):
            ws.column_dimensions[col].width = w

    ws = wb.active
    ws.title = "Machines"
    sheet(ws, "Kegvanta Price List 2025 - EUR, ex works Ghent, excl. VAT, valid 1 January to 31 December 2025",
          ["SKU", "Description", "Capacity", "List price (EUR)", "Standard lead time"],
          [
              ["KV-KW1-SOLO", "KW-1 Solo keg washer-filler, 1 head", "30 kegs/h", 84900, "12-14 weeks"],
              ["KV-KW2-DUO", "KW-2 Duo keg washer-filler, 2 heads", "60 kegs/h", 148500, "16-18 weeks"],
              ["KV-KW4-QUAD", "KW-4 Quattro keg washer-filler, 4 heads", "120 kegs/h", 269000, "22-24 weeks"],
              ["KV-CIP-2T", "CIP2 detergent module, 2 x 600 L tanks (caustic / hot water)", "-", 16800, "10 weeks"],
              ["KV-CIP-3T", "CIP3 detergent module, 3 x 800 L tanks (caustic / acid / hot water)", "-", 22400, "10 weeks"],
              ["KV-PRW-EXT", "PW-1 external pre-wash and de-labelling station", "70 kegs/h", 11900, "8 weeks"],
              ["KV-CONV-3", "Roller conveyor 3 m", "-", 4100, "6 weeks"],
              ["KV-CONV-6", "Roller conveyor 6 m with keg inverter", "-", 6850, "6 weeks"],
          ], [16, 62, 12, 16, 18])

    ws = wb.create_sheet("Options & spares")
    sheet(ws, "Options and spare parts - prices per unit, EUR excl. VAT",
          ["SKU", "Description", "List price (EUR)", "Lead time", "Notes"],
          [
              ["KV-HT-EL", "Electric heating instead of steam (KW-2 Duo)", 6200, "adds 4 weeks", "76 kW connected load"],
              ["KV-HEAD-A", "Wash/fill head, A-type (Basic) spear", 3240, "3 weeks", "stock item"],
              ["KV-HEAD-S", "Wash/fill head, S-type (Sankey) spear", 3680, "5 weeks", "made to order"],
              ["KV-HEAD-G", "Wash/fill head, G-type (Grundy) spear", 3950, "8 weeks", "made to order"],
              ["KV-SEAL-KIT", "Annual seal kit per head (spear seals, O-rings, gaskets)", 640, "2 business days", "recommended every 12 months"],
              ["KV-RMT-VPN", "Remote access router (Ewon Cosy), pre-configured", 1350, "2 weeks", "required for remote diagnosis"],
              ["KV-DRN-COOL", "Drain cooler, effluent below 40 °C", 4700, "6 weeks", ""],
              ["KV-FKM-SET", "FKM seal upgrade for aggressive detergents, per head", 890, "3 weeks", ""],
          ], [14, 56, 16, 16, 32])

    ws = wb.create_sheet("Service & training")
    sheet(ws, "Services - EUR excl. VAT; travel within Benelux, Ireland, UK, France and Germany included",
          ["SKU", "Description", "Price (EUR)", "Unit", "Notes"],
          [
              ["KV-INST-COM", "Installation, commissioning, FAT and SAT (2 technicians)", 9800, "per machine", "KW-1 Solo: 7,400"],
              ["KV-TRN-DAY", "On-site training day (operator or maintenance curriculum)", 1150, "per day", "see site preparation guide for group sizes"],
              ["KV-SVC-BRZ", "Bronze service plan (KW-2 Duo)", 3900, "per year", "3-year minimum term"],
              ["KV-SVC-SLV", "Silver service plan (KW-2 Duo)", 5400, "per year", "3-year minimum term"],
              ["KV-SVC-GOLD", "Gold service plan (KW-2 Duo)", 7600, "per year", "3-year minimum term"],
              ["KV-SVC-CALL", "Breakdown call-out without plan", 95, "per hour", "plus travel EUR 0.65 per km"],
          ], [14, 56, 12, 14, 40])
    wb.save(os.path.join(OUT, "kegvanta-price-list-2025.xlsx"))


# ---------------------------------------------------------------- Markdown KB article
MD = """# Site preparation, commissioning and training for KW-series keg washers

*Kegvanta knowledge base - article KB-114, last reviewed April 2025. Applies to KW-1 Solo, KW-2 Duo and KW-4 Quattro.*

## What the buyer prepares before delivery

- **Floor**: level within +/- 5 mm across the machine footprint and rated for at least 1,000 kg/m2. The floor must
  slope 1:100 towards a trench drain running under the machine.
- **Drain**: trench drain at least 150 mm wide with a capacity of 4 L/s for the KW-2 Duo (2.5 L/s for the KW-1
  Solo, 7 L/s for the KW-4 Quattro), stainless or coated, able to take water at 85 °C unless a KV-DRN-COOL is fitted.
- **Access**: a door or opening at least 1.9 m wide and 2.5 m high for the KW-2 Duo skid, and a forklift of at least
  3 t on the delivery day. Kegvanta does not supply lifting equipment.
- **Utilities**: electricity, steam, compressed air, CO2 and water brought to within 1 m of the connection points
  shown on the layout drawing, with isolation valves. Final connection from there is part of Kegvanta's installation.
- **Water quality**: supply water up to 14 °dH hardness and below 50 mg/l chlorides. Above either limit a softener
  or treatment is required, otherwise scale and corrosion damage is excluded from the warranty.
- **Discharge consent**: the buyer is responsible for any permit to discharge caustic and acid rinse water to sewer.
- **Network**: for remote support the KV-RMT-VPN router needs an Ethernet port with internet access and outgoing
  TCP port 443 open. No incoming ports are needed.

## Project timeline after the order

1. Site survey by a Kegvanta engineer within 3 weeks of order confirmation; layout drawing approved by the buyer
   within 10 working days after the survey.
2. Factory acceptance test (FAT) in Ghent about 2 weeks before shipment. Up to 3 buyer representatives can attend;
   travel and accommodation are at the buyer's cost. The buyer provides 20 kegs of each spear type for the test.
3. Installation: 4 working days. Commissioning with water and then product: 2 working days. Site acceptance test
   (SAT): 1 working day. In total 7 working days on site for a team of 2 technicians, provided utilities are ready.
4. If utilities are not ready when the technicians arrive, waiting time is charged at EUR 780 per technician day.

## Training

Training is delivered on site after SAT, one curriculum per day.

| Curriculum | Maximum group | Content |
|---|---|---|
| Operator | 6 trainees | HMI, program selection (Clean-60 / Deep-45), head change, alarms, daily and weekly cleaning, detergent handling |
| Maintenance | 4 trainees | PLC diagnostics, valve and seal replacement, conductivity and temperature sensor calibration, preventive maintenance plan |

Training is available in English, Dutch, French or German. For other languages the buyer provides an interpreter.
Each trainee receives a certificate and access to the Kegvanta video library for 12 months.

## Detergents

Kegvanta does not sell detergents. Any caustic (NaOH-based) and acid (phosphoric or nitric) keg detergent can be
used within the concentration limits of the warranty terms. The CIP3 module recovers caustic and reuses it; the
conductivity sensor tops it up automatically and the batch should be renewed after 20 operating days or when
carbonate loading reaches 0.5%, whichever comes first.
"""


def make_md():
    with open(os.path.join(OUT, "site-preparation-commissioning.md"), "w", encoding="utf-8") as f:
        f.write(MD)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", OUT)
