"""Generate the knowledge sources of the vessra-renal-dialysis scenario.

Run with a Python that has python-docx, openpyxl and reportlab, e.g.
    pip install --target /tmp/rlpkg reportlab
    PYTHONPATH=/tmp/rlpkg /work/main/.venv/bin/python make_sources.py
"""
import os

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)


# --------------------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Vessra Renal Systems - Technical Service Agreement (TSA-2026)", 0)
    d.add_paragraph(
        "This Technical Service Agreement sets out the service levels Vessra Renal Systems NV (Ghent, Belgium) "
        "provides for HD-5000 haemodialysis machines and Vessra dialysis chairs installed in hospital renal units. "
        "It applies to every service contract that refers to it, including Premium (VR-SVC-PREM) and Standard "
        "(VR-SVC-STD) contracts. Version 2026-03, valid for contracts signed from 1 March 2026."
    )

    d.add_heading("1. Service levels and list prices", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Item", "Standard (VR-SVC-STD)", "Premium (VR-SVC-PREM)"
    rows = [
        ("List price per machine per contract year", "EUR 1,190", "EUR 1,640"),
        ("Preventive maintenance visits per machine", "2 per year", "2 per year"),
        ("On-site response to a machine fault", "By the end of the next working day", "Within 8 working hours"),
        ("Spare parts for repairs", "Charged at list price less 15%", "Included"),
        ("Loan machine", "Subject to availability, EUR 95 per day", "Delivered within 2 working days"),
        ("Uptime guarantee", "None", "97% per machine per contract year"),
        ("Dialysis chair maintenance", "EUR 140 per chair per year", "Included (1 visit per chair per year)"),
        ("Technical hotline", "24/7", "24/7"),
        ("Software updates", "Included", "Included"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v

    d.add_heading("2. Working hours and response", 1)
    d.add_paragraph(
        "Working hours are Monday to Friday, 08:00-18:00 CET, excluding public holidays in the customer's region. "
        "Response time runs from the moment a fault is logged with the technical hotline (+32 9 555 01 40, or "
        "service@vessra-renal.example) and ends when a Vessra field engineer is on site. A fault logged outside "
        "working hours is deemed logged at 08:00 on the next working day; the hotline itself is staffed 24/7 "
        "and gives remote troubleshooting at any time. Faults on dialysis chairs receive an on-site response by "
        "the end of the next working day under both levels."
    )

    d.add_heading("3. Preventive maintenance", 1)
    d.add_paragraph(
        "Each HD-5000 receives two preventive maintenance visits per contract year, scheduled every 6 months or "
        "every 3,000 operating hours, whichever comes first. A visit includes the PM parts kit (pump segments, "
        "O-rings, the 5 µm inlet particle filter), calibration of conductivity, temperature and pressure sensors, "
        "an electrical safety test to IEC 62353 and installation of released software updates. Visits are "
        "scheduled with the unit at least 10 working days in advance and take about 2.5 hours per machine."
    )

    d.add_heading("4. Premium uptime guarantee and service credits", 1)
    d.add_paragraph(
        "Under Premium, Vessra guarantees an uptime of 97% per machine per contract year. Uptime is measured over "
        "the unit's scheduled treatment hours and excludes scheduled preventive maintenance and downtime caused "
        "by the customer (see exclusions). For each full percentage point below 97%, the customer receives a "
        "service credit of 2% of that machine's annual service fee, capped at 20% of that machine's annual fee. "
        "Credits are applied to the next annual service invoice and must be claimed within 60 days after the end "
        "of the contract year."
    )

    d.add_heading("5. Loan machines", 1)
    d.add_paragraph(
        "Under Premium, when a repair is expected to take more than 3 working days, Vessra delivers a loan "
        "machine within 2 working days at no charge. Under Standard, a loan machine is provided subject to "
        "availability at EUR 95 per day, delivery included."
    )

    d.add_heading("6. Exclusions", 1)
    for s in [
        "Damage or malfunction caused by water that does not meet ISO 23500-3 quality at the machine inlet.",
        "Use of concentrates, disinfectants or ultrafilters not approved by Vessra for the HD-5000.",
        "Wear and tear of chair upholstery, and cosmetic damage.",
        "Relocation of machines between sites, charged at EUR 420 per machine.",
        "Consumables, and accessories damaged by misuse or dropping.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("7. Term, renewal and price indexation", 1)
    d.add_paragraph(
        "The minimum term is 3 contract years. After the minimum term the contract renews automatically for "
        "periods of 1 year unless either party terminates it with 3 months' written notice before the end of "
        "the current period. Service prices are fixed for contract year 1 and are indexed on each anniversary "
        "from contract year 2 in line with the Agoria labour-cost index for Belgium, capped at 4% per year."
    )

    d.add_heading("8. Technical training for hospital biomedical engineers", 1)
    d.add_paragraph(
        "Vessra runs a Level 1 technical certification course for hospital biomedical engineers at its Ghent "
        "training centre: 5 days, EUR 2,900 per participant, including course materials and lunches (travel and "
        "accommodation excluded). Certified engineers may carry out first-line repairs and module swaps without "
        "affecting the warranty or the service contract. Premium contracts include one course place per 10 "
        "machines under contract (rounded down), to be used within the first contract year."
    )
    d.save(os.path.join(K, "vessra-technical-service-agreement-2026.docx"))


# --------------------------------------------------------------------------- PDF
def make_pdf():
    path = os.path.join(K, "hd5000-technical-specification.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="HD-5000 Technical Specification", author="Vessra Renal Systems")
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Title"], ss["Heading2"]
    story = [
        Paragraph("HD-5000 Haemodialysis System - Technical Specification and Installation Requirements", h1),
        Paragraph("Document VRS-TS-5000, revision F (2026). Vessra Renal Systems NV, Ghent, Belgium.", body),
        Spacer(1, 4 * mm),
        Paragraph("1. Classification and intended use", h2),
        Paragraph(
            "The HD-5000 is a CE-marked medical device of class IIb, conforming to EN 60601-2-16, for "
            "haemodialysis, haemofiltration and online haemodiafiltration (HDF) in hospital "
            "renal units and satellite units. Expected service life: 10 years or 40,000 operating hours, "
            "whichever comes first.", body),
        Paragraph("2. Treatment parameters", h2),
    ]
    data = [
        ["Parameter", "Value"],
        ["Blood pump flow", "30 to 600 mL/min, in steps of 10 mL/min"],
        ["Dialysate flow", "300 to 800 mL/min; Auto-flow mode sets 1.2 x blood flow"],
        ["Online HDF substitution flow", "up to 400 mL/min, pre- or post-dilution (OnlineHDF licence required)"],
        ["Ultrafiltration rate", "0 to 4,000 mL/h, accuracy +/- 30 mL/h"],
        ["Dialysate temperature", "34.5 to 39.5 °C"],
        ["Dialysate conductivity", "12.5 to 16.0 mS/cm"],
        ["Single-needle", "click-clack single-needle mode included"],
        ["Monitoring", "online clearance monitoring (OCM, Kt/V every treatment), integrated NIBP; "
                       "blood volume monitor (BVM) optional"],
    ]
    tbl = Table(data, colWidths=[55 * mm, 115 * mm])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                             ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [tbl, Spacer(1, 3 * mm)]
    story += [
        Paragraph("3. Power failure and safety", h2),
        Paragraph(
            "A built-in back-up battery keeps the blood pump and all safety systems running for at least 20 "
            "minutes in a power failure; dialysate preparation stops and resumes automatically when mains power "
            "returns. The battery is tested at every preventive maintenance visit and replaced every 3 years.",
            body),
        Paragraph("4. Physical data", h2),
        Paragraph(
            "Dimensions H 1,420 mm x W 520 mm x D 640 mm; weight 92 kg without concentrate. 15.6-inch "
            "touchscreen with 27 user-interface languages. Noise level in treatment at most 52 dB(A) at 1 m. "
            "Four lockable castors; the machine passes through doors of 800 mm.", body),
        Paragraph("5. Installation requirements", h2),
        Paragraph(
            "Electrical: 220-240 V AC, 50/60 Hz, maximum 1,900 W during heat disinfection. Each machine needs "
            "its own dedicated 16 A circuit with a protective earth and a medical-grade socket within 2 m.", body),
        Paragraph(
            "Water: permeate meeting ISO 23500-3 at the machine inlet; inlet pressure 1.5 to 6 bar; minimum "
            "flow 1.2 L/min; water temperature 5 to 30 °C. The HD-5000 does not treat water; the permeate loop "
            "and its disinfection are the responsibility of the operator.", body),
        Paragraph(
            "Drain: open drain able to take 2 L/min with the drain point no higher than 1,000 mm above the "
            "floor; a back-flow gap is required by EN 1717.", body),
        Paragraph("6. Disinfection", h2),
        Paragraph(
            "Heat disinfection with 50% citric acid (VR-CIT-5L) at 86 °C: 40 minutes, to be run after every "
            "treatment day. Chemical disinfection with peracetic acid: 55 minutes including rinse, once a week or "
            "after a blood leak alarm. Hot rinse only: 20 minutes, between treatments on the same day. The "
            "machine logs every cycle and blocks the next treatment if the daily heat disinfection was skipped.",
            body),
        Paragraph("7. Filters and wear parts", h2),
        Paragraph(
            "Ultrafilters (VR-UF-200, used in pairs for online HDF): replace every 150 treatments or 12 weeks, "
            "whichever comes first; the machine counts treatments and warns 10 treatments in advance. Inlet "
            "particle filter (5 µm): replace every 6 months, done at the preventive maintenance visit. "
            "Blood pump segments: part of the single-use bloodline set.", body),
        Paragraph("8. Connectivity and software", h2),
        Paragraph(
            "Ethernet (RJ45) and Wi-Fi 802.11ac. Treatment records are exported to Vessra Connect, the unit's "
            "treatment documentation server, in Vessra Connect format. Connection of Vessra Connect to a "
            "hospital's clinical information system is project-specific and quoted separately after a technical "
            "assessment. Security patches are released within 30 days of a confirmed critical vulnerability and "
            "installed remotely or at the next preventive maintenance visit.", body),
    ]
    doc.build(story)


# --------------------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    title = Font(bold=True, size=13)

    ws = wb.active
    ws.title = "Consumables"
    ws["A1"] = "Vessra Renal Systems - Consumables Price List 2026 (EUR, excl. VAT)"
    ws["A1"].font = title
    ws.append([])
    hdr = ["SKU", "Description", "Units per pack", "Price per unit (EUR)", "Price per pack (EUR)",
           "Minimum order (packs)", "Shelf life (months)"]
    ws.append(hdr)
    for c in ws[3]:
        c.font = bold
    items = [
        ("VR-KIT-HF18", "Treatment kit: high-flux dialyser 1.8 m2 + AV bloodline set + 650 g bicarbonate cartridge", 24, 24.80, 5, 36),
        ("VR-KIT-HF21", "Treatment kit: high-flux dialyser 2.1 m2 + AV bloodline set + 650 g bicarbonate cartridge", 24, 26.40, 5, 36),
        ("VR-KIT-LF16", "Treatment kit: low-flux dialyser 1.6 m2 + AV bloodline set + 650 g bicarbonate cartridge", 24, 21.90, 5, 36),
        ("VR-DLZ-HF18", "High-flux dialyser 1.8 m2 (single)", 24, 14.60, 5, 36),
        ("VR-BL-AV", "AV bloodline set with pump segment", 24, 6.70, 5, 36),
        ("VR-BIC-650", "Bicarbonate cartridge 650 g", 20, 4.95, 5, 24),
        ("VR-ACID-5L", "Acid concentrate K2 Ca1.5 Mg0.5, 5 L canister", 2, 7.90, 20, 24),
        ("VR-ACID-K3", "Acid concentrate K3 Ca1.25 Mg0.5, 5 L canister", 2, 8.20, 20, 24),
        ("VR-UF-200", "Ultrafilter pair for online HDF (HD-5000)", 1, 168.00, 1, 36),
        ("VR-CIT-5L", "Citric acid 50% disinfectant, 5 L", 1, 38.50, 4, 24),
        ("VR-FN-15G", "Fistula needle 15G, 25 mm, with back-eye", 300, 0.62, 1, 60),
    ]
    for sku, desc, n, p, mo, sl in items:
        ws.append([sku, desc, n, p, round(n * p, 2), mo, sl])
    ws.append([])
    ws.append(["Note: VR-KIT prices are before volume-tier discounts (see sheet 'Volume tiers'). "
               "Acid concentrate is sold in packs of 2 canisters; prices are per canister."])
    for col, w in zip("ABCDEFG", (14, 80, 14, 18, 18, 20, 18)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Volume tiers")
    ws2["A1"] = "Treatment kit volume tiers 2026 (VR-KIT family only)"
    ws2["A1"].font = title
    ws2.append([])
    ws2.append(["Annual kit commitment", "Discount on VR-KIT list price"])
    for c in ws2[3]:
        c.font = bold
    for r in [("below 5,000 kits", "0%"), ("5,000-9,999 kits", "3%"),
              ("10,000-19,999 kits", "5%"), ("20,000 kits or more", "7%")]:
        ws2.append(list(r))
    ws2.append([])
    ws2.append(["Shortfall rule: if actual offtake in a contract year is below 85% of the committed volume, the "
                "tier matching the actual volume applies retroactively and the difference is invoiced at year end."])
    ws2.append(["Tiers do not apply to dialysers, bloodlines or cartridges bought separately, nor to acid concentrate."])
    ws2.column_dimensions["A"].width = 28
    ws2.column_dimensions["B"].width = 32

    ws3 = wb.create_sheet("Dialysis chairs")
    ws3["A1"] = "Vessra dialysis chairs - model comparison 2026"
    ws3["A1"].font = title
    ws3.append([])
    ws3.append(["Feature", "DC-840", "DC-620"])
    for c in ws3[3]:
        c.font = bold
    for r in [
        ("SKU", "VR-DC840", "VR-DC620"),
        ("List price (EUR)", 6380, 4150),
        ("Motors", 4, 2),
        ("Maximum patient weight", "250 kg", "180 kg"),
        ("Seat width", "560 mm", "520 mm"),
        ("Integrated patient scale", "yes, accuracy +/- 100 g", "no"),
        ("Trendelenburg", "-15°, one-touch emergency button", "-12°, manual lever"),
        ("Battery", "about 60 full movement cycles per charge", "about 40 full movement cycles per charge"),
        ("Upholstery", "antimicrobial PU, 8 colours", "antimicrobial PU, 4 colours"),
        ("Warranty", "36 months", "36 months"),
        ("Lead time", "10-12 weeks", "6-8 weeks"),
    ]:
        ws3.append(list(r))
    ws3.column_dimensions["A"].width = 26
    ws3.column_dimensions["B"].width = 40
    ws3.column_dimensions["C"].width = 40
    wb.save(os.path.join(K, "vessra-consumables-and-chairs-price-list-2026.xlsx"))


# --------------------------------------------------------------------------- MD
MD = """# Consumables: ordering, delivery, returns and price adjustments

Applies to all Vessra consumables (treatment kits, dialysers, bloodlines, cartridges, concentrates, disinfectants,
ultrafilters and needles) supplied to hospital renal units in Belgium, the Netherlands and Luxembourg.

## Ordering
- Standing orders are set up in the Vessra customer portal with a fixed delivery day, weekly or fortnightly.
  Quantities can be changed in the portal until 12:00 CET two working days before the delivery day.
- Ad-hoc orders placed before 12:00 CET on a working day are delivered within 3 working days for stocked items.
- Minimum order value: €750 excluding VAT. Orders below the minimum carry a delivery fee of €65.

## Emergency deliveries
- Emergency delivery within 24 hours on working days: surcharge of €180 per delivery.
- Saturday, Sunday or public-holiday emergency delivery: surcharge of €350 per delivery.
- Emergency orders are placed by phone via the 24/7 hotline, never through the portal.

## Consignment stock
Units committing to at least 10,000 treatment kits a year can ask for a consignment stock of up to 4 weeks' usage
kept on site. The stock stays Vessra property until used, the hospital insures it and provides a dry store at
5-30 °C, and consumption is counted and invoiced monthly.

## Shelf life and storage
- Every item is delivered with at least 12 months of remaining shelf life.
- Store at 5-30 °C in a dry place; acid concentrate canisters may be stacked at most 4 high.

## Returns
- Unopened, undamaged items may be returned within 30 days of delivery, subject to a 15% restocking fee.
- Sterile items with a broken seal or damaged outer packaging are not accepted back.
- Items from a recalled lot are collected and fully credited; no restocking fee applies.

## Lot recalls
Named contacts of the unit are notified by e-mail within 24 hours of a recall decision, with the lot numbers
concerned and the replacement delivery date.

## Invoicing and price adjustments
- Standing orders are invoiced monthly in arrears; payment 60 days from invoice.
- Consumable prices are fixed for 12 months from the contract start. After that they are adjusted once a year,
  with at least 60 days' written notice, and each adjustment is capped at 3.5%.
"""

# --------------------------------------------------------------------------- HTML
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>HD-5000 installation, commissioning and training programme | Vessra Renal Systems</title></head>
<body>
<h1>Installation, commissioning and training programme for HD-5000 units</h1>
<p>What happens between your purchase order and the first patient treatment on new Vessra equipment. This page
describes the standard package VR-INST-TRN for units of up to 16 stations.</p>

<h2>1. Site survey (4-6 weeks before delivery)</h2>
<p>A Vessra project engineer visits the unit 4-6 weeks before delivery to check electrical circuits, drain points,
door widths and the permeate connection points of each station. The permeate loop must be certified to ISO 23500-3
by the hospital before installation; water treatment itself is outside Vessra's scope.</p>

<h2>2. Installation and commissioning</h2>
<ul>
<li>Installation takes 2 days on site for up to 12 machines and 3 days for 13-16 machines.</li>
<li>Commissioning of each machine: connection and leak test, conductivity and temperature calibration, electrical
safety test to IEC 62353, test treatment with saline.</li>
<li>Chairs are unpacked, assembled, charged and function-tested; packaging is taken away.</li>
</ul>

<h2>3. Clinical training</h2>
<ul>
<li>Super-user course: 3 days on site for 6 nurses, covering all treatment modes including online HDF.</li>
<li>Bedside go-live support: a clinical application specialist on the ward for 5 days (early and late shifts)
when the first patients are treated. Additional days of go-live support cost €1,100 per day.</li>
<li>E-learning: 12 modules, access for an unlimited number of unit staff for 3 years.</li>
</ul>
<p>First patient treatments usually start 2 weeks after installation, once the super-user course is complete.</p>

<h2>4. Removal of old equipment</h2>
<p>On request Vessra removes and disposes of old dialysis machines in line with WEEE rules for €250 per machine,
including a disposal certificate. Trade-in credit for old machines is assessed individually after inspection and
is never part of the standard package.</p>

<h2>5. Caring for DC-840 and DC-620 chairs</h2>
<p>Clean the upholstery with a chlorine solution of up to 1,000 ppm or an alcohol-free quaternary ammonium
disinfectant. Do not use products with more than 70% alcohol on the upholstery: they make it brittle, and the
resulting damage is not covered by the warranty.</p>
</body></html>
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    with open(os.path.join(K, "consumables-ordering-delivery-returns.md"), "w", encoding="utf-8") as f:
        f.write(MD)
    with open(os.path.join(K, "installation-training-programme.html"), "w", encoding="utf-8") as f:
        f.write(HTML)
    print("sources written to", K)
