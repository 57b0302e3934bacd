"""Generate the four knowledge sources of the cryvanta-blast-freezers scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder).
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)

# --------------------------------------------------------------------------- DOCX
def make_docx():
    from docx import Document
    d = Document()
    d.add_heading("Cryvanta Freezing Systems B.V. - Warranty, Service Levels and Maintenance Conditions", 0)
    d.add_paragraph("Document CFS-WSL-2025, revision 4, valid for equipment ordered from 1 January 2025. "
                    "Applies to SpiralFrost spiral freezers, HardLine hardening tunnels and their accessories.")
    d.add_heading("1. Equipment warranty", 1)
    d.add_paragraph("The standard equipment warranty is 24 months from the date of the signed commissioning report, "
                    "or 30 months from delivery ex works, whichever comes first. The warranty covers defects in "
                    "material and workmanship; parts are repaired or replaced at Cryvanta's option and the labour "
                    "of Cryvanta engineers is included during normal working hours.")
    d.add_paragraph("Extended refrigerant-circuit cover: evaporator coils and factory-welded refrigerant piping are "
                    "covered against refrigerant leaks for 5 years from commissioning, provided that the annual "
                    "leak test is performed by Cryvanta or a certified F-gas / ammonia contractor and recorded in "
                    "the FrostView logbook.")
    d.add_paragraph("Exclusions: normal wear of conveyor belts, belt scrapers, door gaskets and fan belts; damage "
                    "caused by CIP water with a chloride content above 150 mg/l or by non-approved cleaning "
                    "chemicals; operation outside the design conditions in the technical datasheet; modifications "
                    "made without Cryvanta's written approval. Consequential losses such as lost production or "
                    "spoiled product are not covered by the warranty.")
    d.add_heading("2. Service levels", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    h = t.rows[0].cells
    h[0].text, h[1].text, h[2].text = "Priority", "Definition", "Response"
    rows = [
        ("Priority 1", "Freezer stopped or product core temperature not reached",
         "Remote diagnosis started within 30 minutes via FrostView; engineer on site within 8 hours for sites "
         "within 250 km of a Cryvanta service hub, otherwise within 24 hours"),
        ("Priority 2", "Reduced capacity (below 80% of rated kg/h) or repeated alarms",
         "Remote diagnosis within 4 hours; engineer on site within 2 working days"),
        ("Priority 3", "Cosmetic defects, documentation, questions", "Answer within 5 working days"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("Cryvanta service hubs: Eindhoven (NL), Hamburg (DE), Lyon (FR) and Bologna (IT). The "
                    "24/7 service line is +31 40 800 2290. Response times apply only with an active service "
                    "contract (Silver or Gold); without a contract, interventions are scheduled on a "
                    "best-effort basis.")
    d.add_heading("3. Service contracts", 1)
    d.add_paragraph("Silver contract: 2 preventive maintenance visits per year, Priority 1 response as above, "
                    "10% discount on spare parts. Annual fee: EUR 9,800 per freezer.")
    d.add_paragraph("Gold contract: 4 preventive maintenance visits per year, Priority 1 response as above, "
                    "all labour and travel for breakdowns included, 15% discount on spare parts, and an annual "
                    "belt and fan performance audit. Annual fee: EUR 16,400 per freezer.")
    d.add_paragraph("Contracts run for a minimum of 3 years and start on the day after the warranty-period "
                    "commissioning report is signed. The first year of the contract can be taken during the "
                    "warranty period to secure the guaranteed response times.")
    d.add_heading("4. Rates outside contract", 1)
    d.add_paragraph("Engineer labour: EUR 118 per hour Monday to Friday 07:00-18:00; EUR 177 per hour at night, "
                    "on Saturdays, Sundays and public holidays. Travel: EUR 0.85 per km from the nearest service "
                    "hub plus travel time at the normal hourly rate. Minimum charge per intervention: 3 hours.")
    d.add_heading("5. Customer obligations", 1)
    d.add_paragraph("The customer keeps FrostView connected (outbound port 443), records daily defrost and CIP "
                    "cycles, uses only Cryvanta-approved belt lubricants (food grade H1) and gives Cryvanta "
                    "engineers access to the machine room and the freezer enclosure within 1 hour of arrival.")
    d.save(K / "cryvanta-warranty-service-conditions.docx")


# --------------------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors

    ss = getSampleStyleSheet()
    doc = SimpleDocTemplate(str(K / "spiralfrost-hardline-datasheet.pdf"), pagesize=A4,
                            title="SpiralFrost 900 and HardLine 24 technical datasheet")
    el = [Paragraph("SpiralFrost 900 and HardLine 24 - Technical Datasheet", ss["Title"]),
          Paragraph("Cryvanta Freezing Systems B.V., datasheet TD-SF900-HL24, edition 2025-03.", ss["Normal"]),
          Spacer(1, 8),
          Paragraph("1. SpiralFrost 900 spiral freezer (ammonia)", ss["Heading2"])]
    data = [["Parameter", "SpiralFrost 900 (NH3)"],
            ["Rated capacity, 125 ml cones", "900 kg/h"],
            ["Capacity, stick bars 80 ml", "820 kg/h"],
            ["Capacity, 1 L tubs", "640 kg/h"],
            ["Air temperature at the coil", "-40 C"],
            ["Air velocity over the product", "6 to 10 m/s, adjustable by frequency converter"],
            ["Belt width / tiers", "762 mm stainless self-stacking belt, 26 tiers"],
            ["Retention time", "adjustable from 18 to 95 minutes"],
            ["Refrigerant charge", "180 kg ammonia (low-charge pumped recirculation)"],
            ["Refrigeration duty", "310 kW at -45 C evaporating"],
            ["Installed electrical power", "96 kW (fans 66 kW, belt drive 7.5 kW, heaters and controls)"],
            ["Footprint (L x W x H)", "11.8 x 6.4 x 5.9 m"],
            ["Noise at 1 m from the enclosure", "78 dB(A)"],
            ["Defrost", "hot-gas, sequential, 25 minutes per coil"]]
    for block in (data,):
        t = Table(block, colWidths=[190, 290])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                               ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
        el.append(t)
    el += [Spacer(1, 8), Paragraph("2. HardLine 24 hardening tunnel", ss["Heading2"])]
    data2 = [["Parameter", "HardLine 24"],
             ["Application", "hardening of cartons and multipacks on trays, up to 24 tray positions per level"],
             ["Capacity", "2,400 kg/h of packed product"],
             ["Air temperature", "-38 C"],
             ["Product core temperature at exit", "-18 C or colder for cartons up to 100 mm thick"],
             ["Hardening time", "2.5 hours for 2 L cartons entering at -6 C"],
             ["Refrigerant charge", "95 kg ammonia"],
             ["Installed electrical power", "58 kW"],
             ["Footprint (L x W x H)", "14.2 x 4.1 x 3.6 m"],
             ["Noise at 1 m", "74 dB(A)"]]
    t = Table(data2, colWidths=[190, 290])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    el.append(t)
    el += [Spacer(1, 8), Paragraph("3. Hygienic design and CIP", ss["Heading2"])]
    for p in [
        "Both freezers are built to EHEDG guidelines with sloped floors (1.5% towards the drain), fully welded "
        "stainless steel AISI 304 enclosure panels with 150 mm PIR insulation and no horizontal ledges above the "
        "product zone.",
        "The automated belt CIP wash module (CVT-CIP-SF) cleans the SpiralFrost belt and drum in one cycle of "
        "45 minutes, using 850 litres of water per cycle at 55 C plus a foam and disinfection stage. Dosing is "
        "by two peristaltic pumps; the chemical concentrations are logged in FrostView.",
        "Belt and drum can be inspected from the two walk-in doors; the drum drive is outside the cold zone.",
    ]:
        el.append(Paragraph(p, ss["Normal"]))
    el += [Spacer(1, 8), Paragraph("4. Design conditions and limits", ss["Heading2"])]
    for p in [
        "Machine room ambient 5 to 35 C. Product entering the spiral at -5 to -7 C from the continuous freezer. "
        "Maximum product height on the belt: 110 mm. Maximum belt load: 22 kg/m2.",
        "Operation with product entering warmer than -4 C reduces capacity by about 12% per degree and is outside "
        "the warranty design conditions.",
        "A CO2 (R744) version, SpiralFrost 900-C, is available with the same capacities; its installed electrical "
        "power is 104 kW and it needs a separate transcritical CO2 rack.",
    ]:
        el.append(Paragraph(p, ss["Normal"]))
    doc.build(el)


# --------------------------------------------------------------------------- XLSX
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2025"
    ws.append(["Cryvanta Freezing Systems - Price list 2025 (EUR, ex works Eindhoven, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price EUR", "Lead time"])
    rows = [
        ("CVT-SF900-NH3", "SpiralFrost 900 spiral freezer, ammonia", "unit", 486000, "22 weeks"),
        ("CVT-SF900-CO2", "SpiralFrost 900-C spiral freezer, CO2 (R744)", "unit", 529000, "26 weeks"),
        ("CVT-HT24-NH3", "HardLine 24 hardening tunnel, ammonia", "unit", 212500, "16 weeks"),
        ("CVT-CIP-SF", "Automated belt CIP wash module for SpiralFrost", "unit", 38400, "12 weeks"),
        ("CVT-DFR-HG", "Sequential hot-gas defrost package (per coil bank)", "unit", 14750, "10 weeks"),
        ("CVT-IOT-MON", "FrostView remote monitoring licence", "year", 4200, "2 weeks"),
        ("CVT-INST-SUP", "Installation supervision and commissioning", "day", 1450, "on order"),
        ("CVT-TRN-OPS", "Operator training course, 2 days, up to 8 people", "course", 3900, "on order"),
        ("CVT-TRN-MNT", "Maintenance technician course, 3 days, up to 6 people", "course", 5600, "on order"),
        ("CVT-SPK-2Y", "Two-year critical spares kit, SpiralFrost 900", "kit", 17800, "8 weeks"),
    ]
    for r in rows:
        ws.append(list(r))
    ws.append([])
    ws.append(["Prices valid for orders placed until 31 December 2025. Lead times run from receipt of the signed "
               "order and the deposit."])
    for col, w in zip("ABCDE", (18, 55, 9, 16, 14)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Spare parts")
    ws2.append(["SpiralFrost 900 - recommended spare parts (EUR, dispatch within 48 hours from Eindhoven)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Part no.", "Description", "Price EUR", "In 2-year kit (qty)"])
    parts = [
        ("CVT-SP-BLT1", "Self-stacking belt, 762 mm, per metre", 412, 0),
        ("CVT-SP-BRG5", "Evaporator fan motor bearing set", 385, 4),
        ("CVT-SP-FM55", "Evaporator fan motor 5.5 kW, IE4", 2180, 1),
        ("CVT-SP-DM75", "Drum drive gearmotor 7.5 kW", 6940, 0),
        ("CVT-SP-GSK2", "Door gasket set, walk-in door", 296, 2),
        ("CVT-SP-SCR", "Belt scraper blade, UHMW-PE", 74, 10),
        ("CVT-SP-TSN", "Belt tension sensor", 640, 1),
        ("CVT-SP-HGV", "Hot-gas defrost valve, DN25", 1320, 1),
    ]
    for p in parts:
        ws2.append(list(p))
    for col, w in zip("ABCD", (16, 44, 12, 20)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Options not quoted")
    ws3.append(["Options available on request (not included in standard quotes)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Option", "Price EUR", "Note"])
    ws3.append(["Infeed metal detector integration", 9200, "detector supplied by customer"])
    ws3.append(["Second walk-in door, spiral", 7400, "must be ordered with the freezer"])
    ws3.append(["Stainless machine-room grating", 185, "per m2"])
    wb.save(K / "cryvanta-pricelist-2025.xlsx")


# --------------------------------------------------------------------------- Markdown KB article
MD = """# Delivery, installation and commissioning - what to expect

*Cryvanta knowledge base, article KB-114, updated March 2025.*

## Lead times and payment
- Lead time runs from the day Cryvanta receives both the signed order and the deposit. See the price list
  for the lead time of each item; a SpiralFrost 900 (ammonia) ships 22 weeks after that date.
- Standard payment schedule: 30% deposit with the order, 60% before shipment from Eindhoven, 10% on the
  signed site acceptance test (SAT). Invoices are payable within 30 days.
- Prices are ex works Eindhoven (Incoterms 2020 EXW). Transport to site is quoted separately on request.

## Factory acceptance test (FAT)
Every SpiralFrost is run at Cryvanta's Eindhoven test hall for one day before shipment: belt run for 8 hours,
fan vibration check and a control-system test. Up to 3 customer representatives may attend; Cryvanta pays
lunch, the customer pays travel.

## What the customer prepares before installation
1. A level concrete floor able to take 1,500 kg/m2, with a floor drain of at least DN100 under the CIP zone.
2. Electrical supply 400 V / 50 Hz, 3 phases, with a lockable main isolator within 5 m of the control panel.
3. Refrigerant supply lines from the engine room to the freezer connection point, pressure-tested, plus the
   plant's ammonia safety system (detectors and ventilation) as required by local rules.
4. Compressed air 6 bar, dry, oil-free, and potable water at 3 to 5 bar for the CIP module.
5. An access opening of at least 3.2 x 3.8 m for the panels, and a crane or forklift for unloading.

## Installation and commissioning
Panels, belt and drum are installed by the customer's contractor or by Cryvanta on request; Cryvanta's
supervision engineer is on site for each quoted supervision day. A typical SpiralFrost 900 needs 14 to 18
supervision days. Extra supervision days are charged at the price-list day rate. Working days are 8 hours,
Monday to Friday.

## Site acceptance test (SAT)
The SAT runs for 3 consecutive production days with the customer's product. The freezer is accepted when it
reaches the product core temperature of -18 C at the rated capacity for the product format in the datasheet.
The warranty starts on the date the commissioning report is signed.

## Training
The operator course (2 days, up to 8 people) covers start-up, product changeovers, defrost and CIP. The
maintenance technician course (3 days, up to 6 people) covers belt tensioning, fan replacement and the
refrigeration controls. Courses are given on site in English, Dutch, German, French or Italian.

## Cancellation
Orders cancelled after acceptance are charged 15% of the order value before engineering release, and the
costs incurred after that.
"""

# --------------------------------------------------------------------------- HTML page
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>FrostView remote monitoring - Cryvanta</title></head>
<body>
<h1>FrostView remote monitoring</h1>
<p>FrostView connects every SpiralFrost and HardLine freezer to Cryvanta's service centre. It is licensed per
plant per year (SKU CVT-IOT-MON, EUR 4,200 per year list price) and covers up to 4 freezers on one site.</p>
<h2>What it does</h2>
<ul>
<li>Records air temperatures, coil pressures, fan currents, belt speed and tension every 10 seconds.</li>
<li>Sends alarms by e-mail, SMS and push notification; up to 20 recipients per plant.</li>
<li>Keeps data for 25 months; exports to CSV and PDF for audits (HACCP and IFS Food).</li>
<li>Logs defrost and CIP cycles, including detergent concentration from the CIP module.</li>
<li>Lets Cryvanta engineers run a remote diagnosis, which is how Priority 1 calls start.</li>
</ul>
<h2>Integration</h2>
<p>The FrostView gateway offers an OPC UA server and a read-only REST API for the plant's MES or SCADA.
It needs one outbound connection on port 443; no inbound ports are opened. Remote write access (changing set
points) is disabled by default and can only be enabled by the plant on the local panel for 4 hours at a time.</p>
<h2>Hosting and availability</h2>
<p>Data is hosted in the EU, in Frankfurt (Germany), and encrypted in transit (TLS 1.3) and at rest. The
platform availability target is 99.5% per calendar month. If the internet connection drops, the gateway buffers
up to 14 days of data locally and uploads it when the connection returns.</p>
<h2>Licence terms</h2>
<p>The licence is invoiced annually in advance. It can be cancelled with 3 months' notice before the end of a
licence year. Without an active licence the freezer keeps running normally, but remote diagnosis is not
possible and Priority 1 calls start with an engineer visit.</p>
</body></html>
"""


def main():
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "kb-delivery-installation-commissioning.md").write_text(MD, encoding="utf-8")
    (K / "frostview-monitoring.html").write_text(HTML, encoding="utf-8")
    print("sources written to", K)


if __name__ == "__main__":
    main()
