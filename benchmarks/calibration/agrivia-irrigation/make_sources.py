"""Generate the .docx and .xlsx sources for the agrivia-irrigation calibration scenario.

Run with /work/main/.venv/bin/python make_sources.py (from any directory).
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

HERE = Path(__file__).resolve().parent
KNOW = HERE / "knowledge"
KNOW.mkdir(exist_ok=True)


# ---------------------------------------------------------------------------
# 1. Contract terms summary (.docx)
# ---------------------------------------------------------------------------
def add_table(doc, header, rows):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Light Grid Accent 1"
    for i, h in enumerate(header):
        cell = table.rows[0].cells[i]
        cell.text = h
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        cells = table.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    doc.add_paragraph()


def make_docx():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)

    doc.add_heading("Agrivia Irrigation Systems", level=0)
    doc.add_paragraph(
        "Supply, Installation and Service Agreement - Summary of Key Terms\n"
        "Document AGV-LEG-014, version 2026.2, applicable to quotes issued from 1 October 2026"
    )
    doc.add_paragraph(
        "This summary explains the main commercial terms that apply when a customer accepts an Agrivia quote. "
        "It is provided for convenience; the signed Supply, Installation and Service Agreement prevails in case "
        "of any difference. Capitalised terms have the meaning given in the Agreement."
    )

    doc.add_heading("1. Parties and scope", level=1)
    doc.add_paragraph(
        "Contracts for customers in Spain and Portugal are signed with Agrivia Riego S.L., Polígono Industrial "
        "El Segre, Lleida (Spain). Contracts for customers in Italy are signed with Agrivia Irrigazione S.r.l., "
        "Ferrara (Italy). The Agreement covers four kinds of deliverables: (a) supply of equipment such as drip "
        "line kits, centre pivots, pump stations, soil-moisture probes and gateways; (b) installation and "
        "commissioning services; (c) the AgriviaField farm-management app subscription; and (d) service plans "
        "(Support Standard or Support Plus). Items (c) and (d) are referred to together as subscription services."
    )

    doc.add_heading("2. Order confirmation and payment", level=1)
    doc.add_paragraph(
        "The order is confirmed when the customer returns the signed quote and Agrivia issues its written order "
        "confirmation. Equipment and installation services are invoiced in three milestones:"
    )
    add_table(
        doc,
        ["Milestone", "Share of equipment and installation value", "Trigger"],
        [
            ["1. Order confirmation", "30%", "Written order confirmation issued by Agrivia"],
            ["2. Delivery to site", "60%", "Signed delivery note for the main equipment"],
            ["3. Commissioning acceptance", "10%", "Commissioning acceptance date (see section 4)"],
        ],
    )
    doc.add_paragraph(
        "Invoices are payable within 30 days of the invoice date by bank transfer (SEPA). Late payments bear "
        "interest at the statutory rate for commercial transactions under Directive 2011/7/EU. Subscription "
        "services are invoiced annually in advance, starting on the commissioning acceptance date. All prices are "
        "in EUR and exclude VAT, which is added at the rate applicable on the invoice date."
    )

    doc.add_heading("3. Delivery", level=1)
    doc.add_paragraph(
        "Delivery is DAP (Incoterms 2020) to the address stated in the quote. Standard lead times, counted from "
        "the written order confirmation, are:"
    )
    add_table(
        doc,
        ["Product family", "Standard lead time"],
        [
            ["Drip line kits (all diameters)", "4-6 weeks"],
            ["Centre pivots", "10-12 weeks"],
            ["Pump stations", "8 weeks"],
            ["Soil-moisture probes and LoRaWAN gateways", "3 weeks"],
        ],
    )
    doc.add_paragraph(
        "Partial deliveries are permitted. Risk passes to the customer on delivery; title passes when the "
        "equipment has been paid in full. The customer must record any visible transport damage on the delivery "
        "note and notify Agrivia in writing within 5 working days."
    )

    doc.add_heading("4. Installation and commissioning", level=1)
    doc.add_paragraph(
        "The customer is responsible for site readiness: passable access tracks for a 12-tonne truck, a "
        "three-phase electrical supply brought to the pump house, and a water source with the flow agreed in the "
        "design. Agrivia's crews carry out trenching, laying, connection and programming."
    )
    doc.add_paragraph(
        "Commissioning ends with an acceptance test: a 72-hour continuous run of each irrigation sector, during "
        "which pressures, flows and sensor readings are logged and compared against the approved design. Agrivia "
        "then issues a commissioning report. Acceptance is deemed given if the customer does not raise written "
        "objections within 10 working days of receiving the commissioning report; the date of acceptance is the "
        "commissioning acceptance date."
    )

    doc.add_heading("5. Warranty", level=1)
    doc.add_paragraph(
        "Agrivia warrants that equipment is free from defects in materials and manufacture for the periods below. "
        "Warranty starts on the commissioning acceptance date (or on delivery, for equipment supplied without "
        "installation)."
    )
    add_table(
        doc,
        ["Item", "Warranty period"],
        [
            ["Drip line and emitters", "5 years"],
            ["Centre pivot structure (galvanised spans and towers)", "10 years"],
            ["Centre pivot drive motors and gearboxes", "3 years"],
            ["Pump stations (pumps, variable frequency drive, control panel)", "3 years"],
            ["Soil-moisture probes and gateways", "2 years"],
            ["Installation workmanship", "2 years"],
        ],
    )
    doc.add_paragraph(
        "The warranty does not cover damage caused by rodents, farm machinery, freezing of water left in pipes "
        "or pumps, lightning, or use of water outside the filtration specification in the product datasheet. "
        "Remedy is repair or replacement at Agrivia's choice, including labour during the first 2 years."
    )

    doc.add_heading("6. Subscription services", level=1)
    doc.add_paragraph(
        "Each subscription service runs for an initial term of 12 months and renews automatically for successive "
        "12-month periods unless notice of non-renewal is given in writing. Notice periods differ by service:"
    )
    add_table(
        doc,
        ["Subscription service", "Notice of non-renewal", "Maximum renewal price increase"],
        [
            ["AgriviaField app (Grower or Cooperative plan)", "60 days before the renewal date", "5% per year"],
            ["Support Standard / Support Plus", "30 days before the renewal date", "5% per year"],
        ],
    )
    doc.add_paragraph(
        "Users may be added to an app plan at any time within the plan limit at no extra cost. Fees already paid "
        "for a running term are not refunded if a subscription service is not renewed."
    )

    doc.add_heading("7. Liability", level=1)
    doc.add_paragraph(
        "Agrivia's total liability under the Agreement is capped at 100% of the equipment and installation value "
        "of the order. Neither party is liable for indirect or consequential loss, including loss of crop, yield "
        "or profit. The cap does not apply to death or personal injury caused by negligence, or to fraud."
    )

    doc.add_heading("8. Farm data", level=1)
    doc.add_paragraph(
        "All farm data collected by the probes, pump stations and the AgriviaField app belongs to the customer. "
        "Agrivia processes it as a data processor under the GDPR. Data is hosted in the European Union, in the "
        "Frankfurt region of our cloud provider, with daily backups retained for 35 days. On termination the "
        "customer may request a full export, which Agrivia provides within 30 days."
    )

    doc.add_heading("9. Governing law", level=1)
    doc.add_paragraph(
        "Contracts with Agrivia Riego S.L. are governed by Spanish law and subject to the courts of Lleida. "
        "Contracts with Agrivia Irrigazione S.r.l. are governed by Italian law and subject to the courts of Ferrara."
    )

    doc.save(KNOW / "agrivia_contract_terms_summary.docx")


# ---------------------------------------------------------------------------
# 2. Price list and technical data (.xlsx)
# ---------------------------------------------------------------------------
PRICE_ROWS = [
    ("AGV-DRIP-PC16", "Pressure-compensating drip line kit, 16 mm, emitters 1.6 L/h every 0.5 m, incl. head unit with 2-inch disc filter", "per hectare", 2850.00, "Orchard layout, 4.5 m row spacing"),
    ("AGV-DRIP-PC16-22", "Pressure-compensating drip line kit, 16 mm, emitters 2.2 L/h every 0.75 m, incl. head unit with 2-inch disc filter", "per hectare", 2690.00, "Orchard layout, 4.5 m row spacing"),
    ("AGV-DRIP-PC20", "Pressure-compensating drip line kit, 20 mm heavy wall, emitters 2.2 L/h every 0.75 m", "per hectare", 3340.00, "Long runs and sloping plots"),
    ("AGV-PIVOT-C4", "Centre pivot, 4 spans (approx. 215 m), galvanised, high clearance", "each", 49800.00, "Installation quoted separately"),
    ("AGV-PIVOT-C6", "Centre pivot, 6 spans (approx. 320 m), galvanised, high clearance", "each", 68400.00, "Installation quoted separately"),
    ("AGV-PS-30", "Pump station 30 kW with variable frequency drive, skid mounted", "each", 18700.00, ""),
    ("AGV-PS-45", "Pump station 45 kW with variable frequency drive, skid mounted", "each", 24900.00, ""),
    ("AGV-PS-55", "Pump station 55 kW with variable frequency drive, skid mounted", "each", 29300.00, ""),
    ("AGV-SM-2D", "Soil-moisture probe, capacitive, 2 depths (30/60 cm)", "each", 295.00, "Shallow-rooted crops"),
    ("AGV-SM-3D", "Soil-moisture probe, capacitive, 3 depths (30/60/90 cm)", "each", 385.00, "Recommended for fruit trees"),
    ("AGV-GW-LR", "LoRaWAN gateway, outdoor, 4G and Ethernet backhaul", "each", 1150.00, ""),
    ("AGV-GW-SOL", "Solar power kit for LoRaWAN gateway (panel, battery, mast bracket)", "each", 420.00, "For gateways without mains power"),
    ("AGV-INST-DRIP", "Installation and commissioning, drip systems", "per hectare", 640.00, "Includes trenching of sub-mains"),
    ("AGV-INST-PIVOT", "Installation and commissioning, centre pivot (any length)", "each", 7900.00, "Concrete pad included"),
    ("AGV-APP-GROWER", "AgriviaField app, Grower plan, annual subscription, up to 3 users and 50 ha", "per year", 1200.00, ""),
    ("AGV-APP-COOP", "AgriviaField app, Cooperative plan, annual subscription, up to 40 farm users, unlimited hectares", "per year", 9600.00, "Includes REST API access"),
    ("AGV-SUP-STD", "Support Standard service plan, annual", "per year", 1800.00, ""),
    ("AGV-SUP-PLUS", "Support Plus service plan, annual", "per year", 4200.00, "See FAQ for what is included"),
]

TECH_ROWS = [
    ("Drip line PC16", "Outer diameter", "16 mm"),
    ("Drip line PC16", "Wall thickness", "1.0 mm"),
    ("Drip line PC16", "Pressure compensation range", "0.5 to 4.0 bar"),
    ("Drip line PC16", "Emitter flow options", "1.6 L/h or 2.2 L/h"),
    ("Drip line PC16", "Required filtration", "120 mesh (130 micron)"),
    ("Drip line PC16", "Maximum run length on flat ground", "180 m (1.6 L/h at 0.5 m spacing)"),
    ("Drip line PC16", "Material", "UV-stabilised polyethylene"),
    ("Centre pivot C6", "Number of spans", "6"),
    ("Centre pivot C6", "Wetted radius", "approx. 320 m"),
    ("Centre pivot C6", "Irrigated area (full circle)", "approx. 32 ha"),
    ("Centre pivot C6", "Ground clearance", "4.6 m (high clearance)"),
    ("Centre pivot C6", "Tower drive motor", "0.75 kW per tower"),
    ("Centre pivot C6", "Maximum speed at last tower", "3.2 m/min"),
    ("Centre pivot C6", "Sprinkler package", "Low-pressure rotators, 1.0 bar at nozzle"),
    ("Pump station PS-45", "Motor power", "45 kW"),
    ("Pump station PS-45", "Maximum flow", "180 m3/h"),
    ("Pump station PS-45", "Maximum head", "65 m"),
    ("Pump station PS-45", "Power supply", "400 V three-phase, 50 Hz"),
    ("Pump station PS-45", "Enclosure rating (control panel)", "IP55"),
    ("Pump station PS-45", "Skid dimensions (L x W x H)", "2.4 x 1.2 x 1.6 m"),
    ("Pump station PS-45", "Conformity", "CE marked"),
    ("Soil-moisture probe SM-3D", "Measurement depths", "30, 60 and 90 cm"),
    ("Soil-moisture probe SM-3D", "Measured values", "Volumetric water content and soil temperature at each depth"),
    ("Soil-moisture probe SM-3D", "Accuracy", "+/- 3% VWC after soil-specific calibration"),
    ("Soil-moisture probe SM-3D", "Battery life", "up to 5 years at one reading every 15 minutes"),
    ("Soil-moisture probe SM-3D", "Radio", "LoRaWAN EU868"),
    ("Soil-moisture probe SM-3D", "Range to gateway", "up to 8 km line of sight"),
    ("Soil-moisture probe SM-3D", "Protection rating", "IP68"),
    ("LoRaWAN gateway GW-LR", "Devices per gateway", "up to 500"),
    ("LoRaWAN gateway GW-LR", "Backhaul", "4G (nano-SIM included, 3 years data) or Ethernet"),
    ("LoRaWAN gateway GW-LR", "Power", "12-24 V DC, or solar power kit AGV-GW-SOL"),
    ("LoRaWAN gateway GW-LR", "Operating temperature", "-30 to +60 C"),
]

CONDITIONS = [
    "Agrivia Irrigation Systems - Price List 2026/27",
    "Valid for orders confirmed between 1 October 2026 and 30 September 2027.",
    "All prices in EUR, excluding VAT, delivery DAP to a site in mainland Spain, Portugal or Italy.",
    "",
    "Volume discounts on drip line kits (applied per order):",
    "20 to 39 ha: 5% discount",
    "40 ha or more: 8% discount",
    "",
    "Cooperatives: the AgriviaField Cooperative plan receives a 15% first-year discount when ordered together with",
    "installation of at least 30 ha of drip systems.",
    "",
    "Installation prices assume normal soil (no rock breaking) and slopes below 8%.",
    "Extra work outside this assumption is quoted after the site survey.",
    "Spare parts and consumables are priced in the separate Spare Parts List 2026/27.",
]


def make_xlsx():
    wb = Workbook()
    head_font = Font(bold=True, color="FFFFFF")
    head_fill = PatternFill("solid", fgColor="2E7D32")

    ws = wb.active
    ws.title = "Price List 2026-27"
    header = ["SKU", "Product", "Unit", "List price (EUR)", "Notes"]
    ws.append(header)
    for row in PRICE_ROWS:
        ws.append(list(row))
    for c in ws[1]:
        c.font = head_font
        c.fill = head_fill
    for r in range(2, ws.max_row + 1):
        ws.cell(row=r, column=4).number_format = "#,##0.00"
    for col, width in zip("ABCDE", (18, 95, 12, 16, 36)):
        ws.column_dimensions[col].width = width

    ws2 = wb.create_sheet("Technical Data")
    ws2.append(["Product", "Parameter", "Value"])
    for row in TECH_ROWS:
        ws2.append(list(row))
    for c in ws2[1]:
        c.font = head_font
        c.fill = head_fill
    for col, width in zip("ABC", (28, 38, 60)):
        ws2.column_dimensions[col].width = width

    ws3 = wb.create_sheet("Pricing Conditions")
    for line in CONDITIONS:
        ws3.append([line])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.column_dimensions["A"].width = 110
    for r in range(1, ws3.max_row + 1):
        ws3.cell(row=r, column=1).alignment = Alignment(wrap_text=False)

    wb.save(KNOW / "agrivia_price_list_2026.xlsx")


if __name__ == "__main__":
    make_docx()
    make_xlsx()
    print("written:", sorted(p.name for p in KNOW.iterdir()))
