"""Generate the knowledge sources of the fellcroft-biomass-heating scenario.

Run: PYTHONPATH=/path/to/reportlab /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl are in the appliance venv; reportlab may be installed with pip --target.)
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


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Fellcroft Biomass Heating Ltd - Fuel Supply and Maintenance Agreement: Service Schedule", 0)
    d.add_paragraph(
        "Schedule reference FSM-5Y, version 2025.1. This Service Schedule applies to fuel-supply and maintenance "
        "contracts for education customers. It forms part of the contract together with the quote and Fellcroft's "
        "main contract terms. Liability provisions are set out in the main contract terms, not in this Schedule."
    )
    sections = [
        ("1. Scope and term",
         ["The Schedule covers the biomass boilers, the pellet store and its transfer auger, the buffer vessels, the "
          "heat interface units (HIUs) and the heat-network circulation pumps supplied by Fellcroft, from the date of "
          "the commissioning certificate.",
          "The term is five (5) years. At the end of the term the agreement renews automatically for successive "
          "12-month periods unless either party gives notice as set out in section 8."]),
        ("2. Planned maintenance",
         ["Fellcroft carries out two planned service visits per year: the main service in August, during the school "
          "summer closure, and an interim service in February, timed for the February half-term.",
          "Each service includes: flue sweep and inspection, heat-exchanger tube cleaning, combustion analysis with a "
          "printed flue-gas report, inspection of the ignition element, grate and refractory, lubrication and "
          "inspection of the store auger and gearbox, cleaning of HIU strainers, and a check of the pressure and "
          "expansion vessels.",
          "Once a year, when store stock is below 3 tonnes, the pellet store is inspected internally and accumulated "
          "fines are removed. The customer should run the store down to allow this before the August service."]),
        ("3. Reactive response times",
         ["Priority 1 - total loss of heat to the campus - between 1 October and 30 April: engineer on site within "
          "4 hours, 24 hours a day, 7 days a week. Priority 1 outside that period: within 8 working hours.",
          "Priority 2 - partial loss of heat (for example one boiler locked out, or one HIU faulty): next working day.",
          "Priority 3 - non-urgent faults, cosmetic defects, alarm queries: within 5 working days.",
          "Fault call-outs are unlimited and included in the annual fee. Call-outs caused by misuse, by fuel that is "
          "not to the specification in section 4, or by third-party interference are charged at GBP 95 per hour plus "
          "a GBP 65 attendance charge."]),
        ("4. Fuel supply",
         ["Fellcroft supplies ENplus A1 certified wood pellets of 6 mm diameter, with a moisture content at or below "
          "10% and fines at the point of delivery below 1%. A delivery ticket with the ENplus batch number is left "
          "with every delivery.",
          "Pellets are delivered by blower tanker with fines extraction. The minimum drop is 8 tonnes. The tanker "
          "needs 3.5 m clear headroom and hard standing within 30 m of the store fill point.",
          "Deliveries take place Monday to Friday. During term time no deliveries are made between 08:00 and 09:15 "
          "or between 14:45 and 16:00, to keep the site entrance clear at the start and end of the school day.",
          "Automatic replenishment: the radar level sensor in the store triggers a delivery order when stock falls to "
          "35% of usable capacity. The customer may also order manually through the FellLink portal.",
          "The price per tonne is that of the current Fellcroft price list for the delivery band. Prices are "
          "reviewed each 1 September; any annual increase is capped at 5% or CPI + 2%, whichever is lower. Fuel is "
          "invoiced monthly in arrears, one line per delivery."]),
        ("5. Safeguarding and site rules",
         ["All engineers and drivers attending site hold an enhanced DBS certificate, checked every three years. "
          "Engineers sign in at reception, wear Fellcroft photo ID, and do not work alone in areas occupied by "
          "pupils. Hot works are carried out only under the school's permit-to-work procedure."]),
        ("6. Training",
         ["Initial handover training is ordered separately (item TRN-SITE on the quote). Under this Schedule, "
          "Fellcroft provides one annual refresher session for up to 8 staff per session, covering daily checks, "
          "ash emptying, alarm reset and what to do before calling the helpdesk. A recorded video of the session is "
          "provided for staff who cannot attend."]),
        ("7. Fees and what they include",
         ["The annual fee is invoiced annually in advance each September. It covers labour, travel, remote "
          "monitoring and consumables (gaskets, ignition elements, grate bars, fuses).",
          "Major components costing more than GBP 750 per item (for example the induced-draught fan motor or the "
          "store auger gearbox) are quoted separately, unless they are replaced under warranty."]),
        ("8. Term and termination",
         ["Either party may end the agreement at an anniversary of the commissioning date by giving 6 months' "
          "written notice.",
          "If the customer ends the agreement early, other than at an anniversary, an early-termination charge equal "
          "to 3 months of the annual fee is payable.",
          "Fellcroft may suspend fuel deliveries if any invoice is more than 60 days overdue, after 14 days' "
          "written warning."]),
    ]
    for title, paras in sections:
        d.add_heading(title, level=1)
        for p in paras:
            d.add_paragraph(p)
    d.save(OUT / "Fellcroft_Fuel_Supply_and_Maintenance_Schedule.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(OUT / "PelletMax_199_and_PS-30T_Technical_Data.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="PelletMax 199 and PS-30T technical data", author="Fellcroft Biomass Heating Ltd")
    s = [Paragraph("Fellcroft PelletMax 199 biomass boiler and PS-30T pellet store - Technical Data", ss["Title"]),
         Paragraph("Document TD-PX199-PS30-03, issued January 2025. All values measured to EN 303-5 unless stated.",
                   body), Spacer(1, 6)]
    s.append(Paragraph("1. PelletMax 199 boiler", ss["Heading2"]))
    rows = [["Parameter", "Value"],
            ["Nominal heat output", "199 kW"],
            ["Modulation range", "30-100% (60-199 kW)"],
            ["Efficiency at nominal load", "92.4%"],
            ["Efficiency at part load (30%)", "91.1%"],
            ["Dust emissions at nominal load", "14 mg/m3 at 13% O2"],
            ["Flue gas temperature at nominal load", "140 C"],
            ["Water content", "420 litres"],
            ["Maximum operating pressure / flow temperature", "3 bar / 90 C"],
            ["Electrical supply / consumption at nominal load", "400 V 3-phase / 1.2 kW"],
            ["Dimensions (W x D x H)", "1,150 x 2,050 x 1,900 mm"],
            ["Operating weight", "1,680 kg"],
            ["Sound pressure level", "52 dB(A) at 1 m"],
            ["Ash removal", "automatic de-ashing into a 240-litre wheeled ash bin"]]
    t = Table(rows, colWidths=[85 * mm, 85 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    s += [t, Spacer(1, 6)]
    for p in [
        "The boiler splits into a burner module and a heat-exchanger module for installation; the minimum door width "
        "on the route to the plant room is 1,000 mm.",
        "The PelletMax 199 is a Defra exempt appliance and may be used in smoke control areas when burning ENplus A1 "
        "pellets only.",
        "Ash: with ENplus A1 pellets (ash content at or below 0.7%) the 240-litre ash bin needs emptying typically "
        "every 2 to 3 weeks per boiler at full load in winter, and every 6 to 8 weeks in spring and autumn. A "
        "FellLink alarm is raised when the bin is 85% full.",
        "Cascade operation: two boilers run in a lead/lag cascade with weekly rotation of the lead boiler to even "
        "out running hours. With a design peak load of 360 kW, one boiler alone covers 55% of the design peak load, "
        "which keeps the buildings frost-protected and partly heated during a single-boiler fault.",
        "Flue: twin-wall insulated stainless steel, 250 mm internal diameter, one flue per boiler, terminating at "
        "least 1 m above the highest roof ridge within 10 m of the flue."]:
        s.append(Paragraph(p, body))
    s.append(Paragraph("2. PS-30T external pellet store", ss["Heading2"]))
    for p in [
        "Galvanised steel silo on a reinforced concrete base 300 mm thick. Nominal capacity 30 tonnes; usable "
        "capacity 27 tonnes, because the cone and the auger pick-up zone cannot be emptied by the transfer system.",
        "Footprint 3.4 x 3.4 m, overall height 7.2 m. Filling through two 100 mm Storz couplings (fill and "
        "fines-extraction return) at 1.2 m above ground. Transfer to the boilers by flexible auger, maximum 12 m "
        "run; longer runs need a vacuum transfer system (not included).",
        "Stock is measured by a radar level sensor connected to FellLink. At the 360 kW design peak load, a full "
        "store (27 tonnes usable) gives approximately 19 days of full-load running; in milder weather it lasts "
        "correspondingly longer.",
        "The store must not be filled with pellets with a moisture content above 10%: wet pellets swell, block the "
        "auger and are not covered by warranty."]:
        s.append(Paragraph(p, body))
    s.append(Paragraph("3. TS-5000 buffer vessel", ss["Heading2"]))
    s.append(Paragraph(
        "5,000-litre steel buffer vessel, 100 mm mineral-wool insulation with PVC jacket, maximum 3 bar, diameter "
        "1,600 mm, height 2,900 mm. Two vessels per PelletMax 199 cascade are recommended to limit boiler cycling "
        "to fewer than 6 starts per boiler per day.", body))
    doc.build(s)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Equipment"
    ws.append(["Fellcroft Biomass Heating - Price List 2025 (GBP, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["SKU", "Description", "Unit", "List price (GBP)", "Lead time (weeks)", "Notes"])
    for r in [
        ["PX-150", "PelletMax 150 kW biomass boiler", "each", 39900, 10, "Single or cascade"],
        ["PX-199", "PelletMax 199 kW biomass boiler", "each", 46800, 12, "Cascade controller included"],
        ["TS-3000", "Buffer vessel 3,000 litres", "each", 4450, 4, ""],
        ["TS-5000", "Buffer vessel 5,000 litres", "each", 6250, 4, ""],
        ["PS-20T", "External pellet store, 20 t nominal", "each", 14700, 8, "Usable capacity 18 t"],
        ["PS-30T", "External pellet store, 30 t nominal", "each", 18900, 8, "Usable capacity 27 t"],
        ["HN-DN50-T", "Pre-insulated twin pipe DN50", "per metre", 118.00, 6, "Includes joints and shrink sleeves"],
        ["HN-DN65-T", "Pre-insulated twin pipe DN65", "per metre", 142.00, 6, "Includes joints and shrink sleeves"],
        ["HIU-80", "Heat interface unit 80 kW", "each", 2990, 5, "Heat meter MID class 2 included"],
        ["HIU-120", "Heat interface unit 120 kW", "each", 3850, 5, "Heat meter MID class 2 included"],
        ["TRN-SITE", "On-site operator training day", "per day", 650, 2, "Up to 8 staff"],
        ["INST-COMM", "Installation and commissioning", "project", "quoted per project", None, "After site survey"],
    ]:
        ws.append(r)
    ws2 = wb.create_sheet("Pellet fuel")
    ws2.append(["ENplus A1 wood pellets - delivered prices, valid 1 September 2024 to 31 August 2025 (GBP per tonne)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["Delivery type", "Band", "Price per tonne (GBP)", "Notes"])
    for r in [
        ["Blown bulk", "8 to 12 tonnes", 318, "Minimum drop 8 tonnes"],
        ["Blown bulk", "12.01 to 20 tonnes", 302, ""],
        ["Blown bulk", "20.01 to 30 tonnes", 289, "Best rate; full PS-30T refill"],
        ["Bagged", "15 kg bags, pallet of 975 kg", 365, "For hand-filled hoppers only"],
        ["Surcharge", "Delivery requested within 48 hours", "45 per delivery", ""],
        ["Surcharge", "Saturday delivery", "60 per delivery", "Outside school hours only"],
    ]:
        ws2.append(r)
    ws3 = wb.create_sheet("Pipe data")
    ws3.append(["Pre-insulated twin pipe - technical data (series 2 insulation)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append(["SKU", "Carrier pipe", "Casing diameter (mm)", "Heat loss at 80/60 C (W/m)",
                "Max flow (m3/h)", "Max capacity at 20 K (kW)"])
    ws3.append(["HN-DN50-T", "2 x DN50 steel", 250, 15.2, 9.5, 220])
    ws3.append(["HN-DN65-T", "2 x DN65 steel", 280, 17.9, 17.0, 395])
    for w, col in zip([14, 40, 14, 22, 18, 34], "ABCDEF"):
        for sh in (ws, ws2, ws3):
            sh.column_dimensions[col].width = w
    wb.save(OUT / "Fellcroft_Price_List_2025.xlsx")


# ---------------------------------------------------------------- HTML
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Warranty and support - Fellcroft Biomass Heating</title></head>
<body>
<h1>Warranty and support</h1>
<p>Fellcroft Biomass Heating Ltd, Station Yard, Penrith. Applies to equipment supplied and commissioned from 1 January 2025.</p>
<h2>Warranty periods</h2>
<table border="1">
<tr><th>Component</th><th>Warranty</th></tr>
<tr><td>PelletMax boiler heat exchanger</td><td>5 years</td></tr>
<tr><td>All other PelletMax boiler parts (burner, fans, ignition, controls)</td><td>2 years</td></tr>
<tr><td>Pellet store steel structure (PS-20T, PS-30T)</td><td>10 years</td></tr>
<tr><td>Store auger, gearbox and motor</td><td>2 years</td></tr>
<tr><td>Buffer vessels (TS range)</td><td>5 years</td></tr>
<tr><td>Heat interface units (HIU range)</td><td>3 years</td></tr>
<tr><td>Pre-insulated heat-network pipe</td><td>10 years</td></tr>
</table>
<p>Warranty periods run from the date of the commissioning certificate.</p>
<h2>Warranty conditions</h2>
<ul>
<li>The system is commissioned by Fellcroft.</li>
<li>The equipment is serviced at least once a year by Fellcroft or a Fellcroft-approved engineer.</li>
<li>Only ENplus A1 certified pellets are used. Pellets without ENplus A1 certification, or with a moisture content above 10%, void the warranty on the burner, grate, ignition and store auger.</li>
<li>Warranty covers parts and labour; it does not cover consumables (gaskets, grate bars, fuses) or damage caused by water quality outside the limits of the installation manual.</li>
</ul>
<h2>FellLink remote monitoring</h2>
<p>Every system is connected to FellLink remote monitoring through a 4G router supplied with the boiler. FellLink sends alarms to the Fellcroft helpdesk, shows store level and boiler status to the customer's site team, and produces a monthly performance report. FellLink is included in the fuel-supply and maintenance contract; without a contract it costs GBP 420 per year.</p>
<h2>Helpdesk</h2>
<p>Helpdesk hours: 07:00 to 19:00 Monday to Friday. Out-of-hours emergency line: 24/7 from 1 October to 30 April for customers with a maintenance contract. Around 90% of common spare parts are held in stock at the Penrith depot for next-day dispatch.</p>
</body></html>
"""


def make_html():
    (OUT / "warranty-and-support.html").write_text(HTML, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_html()
    print("sources written to", OUT)
