"""Generate the four knowledge sources of the aseptra-washer-disinfectors scenario.

Run with a Python that has python-docx and openpyxl, plus reportlab on the path, e.g.
    PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
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


# ---------------------------------------------------------------- DOCX: service agreement
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Aseptra CareCover Service Agreement", 0)
    d.add_paragraph("Schedule 1: Warranty and Service Levels. Version 4.2, effective 1 February 2025. "
                    "Aseptra Decon Systems Ltd, Unit 7 Kirkstall Forge Park, Leeds LS5 3NF.")

    d.add_heading("1. Scope", 1)
    d.add_paragraph(
        "This schedule applies to LumenPro washer-disinfectors (LumenPro 3200 SD and LumenPro 4800 PT), the CW-1500 "
        "cart and container washer, ALT-610 automated load transfer systems and ARO reverse-osmosis water treatment "
        "units supplied by Aseptra and installed in the United Kingdom. Equipment moved to another room or site "
        "without Aseptra supervision, or running controller software modified by a third party, is excluded from "
        "warranty and from all CareCover levels until Aseptra has re-inspected it (re-inspection charged at the "
        "standard labour rate).")

    d.add_heading("2. Warranty", 1)
    d.add_paragraph(
        "Every machine carries a warranty of 24 months parts and labour. The warranty starts on the date of "
        "successful OQ (operational qualification) sign-off, not on the delivery date; where OQ is delayed for "
        "reasons outside Aseptra's control, the warranty ends no later than 27 months after delivery.")
    d.add_paragraph("The following are not covered by the warranty:")
    for t in [
        "consumables: detergents, rinse aid, neutraliser, door seals after the first 12 months, spray-arm bearings, "
        "printer paper and filters;",
        "RO membranes and pre-filter cartridges, which are covered for 6 months from OQ sign-off only;",
        "damage caused by chemistry not approved by Aseptra (see the approved chemistry list in the price sheet);",
        "damage caused by supply water outside specification (hardness above 8 °dH on the softened supply, or final "
        "rinse water above 30 µS/cm), by power surges, or by steam supplies outside 2.5-3.5 bar;",
        "glass doors broken by impact and damage from trolleys or load carriers not supplied by Aseptra.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("3. CareCover levels", 1)
    rows = [
        ("", "Bronze", "Silver", "Gold"),
        ("Annual price per machine (ex VAT)", "£3,100", "£5,250", "£7,450"),
        ("On-site response to a breakdown", "within 2 working days", "within 8 working hours",
         "on-site within 4 hours, 07:00-20:00 Monday to Saturday"),
        ("Planned preventive maintenance (PPM) visits per year", "2", "3", "4 (quarterly)"),
        ("Annual revalidation (HTM 01-01 annual tests and PQ)", "chargeable at £1,380 per machine",
         "40% off the revalidation price", "included"),
        ("Parts", "chargeable", "included up to £2,500 per machine per contract year",
         "all parts included except consumables"),
        ("Quarterly and weekly test support", "no", "remote support", "engineer attends quarterly tests"),
        ("AseptraLink remote monitoring", "no", "included", "included"),
        ("Uptime guarantee", "none", "none", "97% per machine per calendar quarter"),
    ]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v

    d.add_heading("4. Gold uptime guarantee and service credits", 1)
    d.add_paragraph(
        "Uptime is measured per machine per calendar quarter from AseptraLink records. Planned maintenance, "
        "periodic testing, and downtime caused by the customer's utilities (power, water, steam, drainage), by "
        "non-approved chemistry or by misuse is excluded from the calculation. If a machine's uptime falls below "
        "97%, the customer receives a service credit of 5% of that machine's quarterly Gold fee for each full "
        "percentage point below 97%, capped at 50% of the quarterly fee. Credits are deducted from the next "
        "invoice and must be claimed in writing within 30 days of the end of the quarter. Service credits are the "
        "customer's sole financial remedy for downtime.")

    d.add_heading("5. Out-of-hours work and charges", 1)
    d.add_paragraph(
        "Work requested outside the hours covered by the customer's level (for Gold: Sundays, bank holidays and "
        "20:00-07:00) is charged at £145 per hour with a minimum of 2 hours, plus a £95 call-out fee. Bronze and "
        "Silver customers pay £98 per hour for chargeable work within normal hours (08:00-17:00 Monday to Friday). "
        "Parts are dispatched from the Leeds hub; critical parts for machines under Gold are held on consignment "
        "at the customer's site (door seal kit, circulation pump, dosing pump heads, one controller board).")

    d.add_heading("6. Term, renewal and price review", 1)
    d.add_paragraph(
        "CareCover contracts run for 12 months and renew automatically. Either party may terminate with 90 days' "
        "written notice before the renewal date. On renewal the annual price may be reviewed by no more than CPI "
        "plus 2 percentage points. Upgrading from Silver to Gold is possible at any time pro rata; downgrading "
        "takes effect at the next renewal.")

    d.add_heading("7. Contact and escalation", 1)
    d.add_paragraph(
        "Service desk: 0113 496 0700 (24 hours for Gold, 08:00-17:00 for other levels), service@aseptra.example. "
        "If a breakdown is not resolved within 2 working days, the case is escalated to the Regional Service "
        "Manager; after 5 working days to the Head of Service. Engineers are trained on HTM 01-01 Part D test "
        "procedures and liaise with the customer's Authorising Engineer (Decontamination).")
    d.save(OUT / "carecover-service-agreement.docx")


# ---------------------------------------------------------------- PDF: technical data sheet
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9
    body.leading = 11.5
    h = ss["Heading2"]
    story = [Paragraph("LumenPro 4800 PT pass-through washer-disinfector", ss["Title"]),
             Paragraph("Technical data and site installation requirements. Document TD-4800-EN rev. F, March 2025. "
                       "Aseptra Decon Systems Ltd.", body), Spacer(1, 4 * mm)]

    def para(title, text):
        story.append(Paragraph(title, h))
        story.append(Paragraph(text, body))

    para("1. Intended use",
         "Double-door (pass-through) washer-disinfector for surgical instruments, MIS instruments, bowls and "
         "hollowware in a sterile services department, built into the barrier wall between the wash room and the "
         "clean room. Complies with EN ISO 15883-1 and EN ISO 15883-2 and with HTM 01-01 Part D. The LumenPro 4800 "
         "is not designed for flexible endoscopes; those require an endoscope washer-disinfector to EN ISO 15883-4.")
    para("2. Capacity",
         "The chamber takes 10 DIN trays (DIN 1/1, 480 x 250 x 50 mm) on 5 levels per load, or one AMR-RACK-MIS "
         "carrier with 10 lumen connections plus 4 DIN trays. Chamber volume 345 litres; usable chamber height "
         "650 mm.")

    data = [
        ["Parameter", "LumenPro 4800 PT"],
        ["External dimensions (W x D x H)", "1,150 x 880 x 2,450 mm"],
        ["Barrier wall opening", "1,120 mm wide x 2,080 mm high"],
        ["Weight empty / operating weight", "820 kg / 1,240 kg"],
        ["Floor loading required", "at least 7.5 kN/m2"],
        ["Electrical supply (electric heating)", "400 V 3N~ 50 Hz, 32 A per phase, 22 kW connected load"],
        ["Electrical supply (steam-heated variant)", "400 V 3N~ 50 Hz, 16 A per phase, 6 kW; clean steam 3 bar"],
        ["Water supplies", "cold softened 2-5 bar; hot 60 °C; purified (RO) water for final rinse"],
        ["Final rinse water quality", "conductivity 30 µS/cm or lower at 25 °C (e.g. from an ARO-250 unit)"],
        ["Drain", "DN 50, heat-resistant (PP) pipework, drain water up to 93 °C"],
        ["Exhaust", "150 mm duct, 250 m3/h, with built-in condenser"],
        ["Noise", "62 dB(A) at 1 m, loading side"],
        ["Heat emission to room", "1.8 kW loading side, 0.9 kW clean side"],
    ]
    tbl = Table(data, colWidths=[62 * mm, 105 * mm])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                             ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    story += [Spacer(1, 3 * mm), tbl]

    para("3. Programmes",
         "Standard instrument cycle: 38 minutes including drying. Sequence: cold pre-rinse 2 minutes; enzymatic "
         "wash at 55 °C for 8 minutes; intermediate rinse; thermal disinfection at 90 °C held for 5 minutes, giving "
         "an A0 value of 3000; drying 15 minutes at 110 °C. MIS cycle (with lumen irrigation through the "
         "AMR-RACK-MIS carrier): 52 minutes. Bowls and hollowware cycle: 31 minutes. Cycle times are measured with "
         "hot water at 60 °C at the inlet; with cold water only, add 9 minutes.")
    para("4. Consumption per cycle",
         "Standard instrument cycle: 78 litres of water, of which 22 litres of RO water for the final rinse; "
         "3.9 kWh of electricity (electric heating). MIS cycle: 104 litres of water and 5.2 kWh. Detergent "
         "dosing is 80 ml per standard cycle through the ADS-CHEM dosing kit; the machine holds four 5-litre "
         "containers with level sensing in the plinth.")
    para("5. Controls and traceability",
         "AseptraTouch 10-inch controller with user log-in by RFID card. The machine stores the last 5,000 cycle "
         "records and exports each record over TCP/IP (XML) to SSD track-and-trace systems; a USB export is "
         "available for the Authorising Engineer. Independent monitoring of temperature by a second PT1000 probe "
         "as required by EN ISO 15883-1. Interlocked doors: the clean-side door only opens after a passed cycle.")
    para("6. Site installation requirements",
         "Builders' work (wall opening, lintel, finishing) and utilities terminated within 1 m of the machine with "
         "isolation valves and a lockable isolator are the customer's responsibility. The delivery route must "
         "offer doors at least 1,000 mm wide and 2,200 mm high; where the SSD is not on the ground floor, a goods "
         "lift of at least 1,500 kg capacity is required. A site survey is mandatory at least 8 weeks before "
         "delivery. Mechanical installation takes 3 working days per machine, followed by 2 working days of IQ/OQ "
         "per machine. Machines installed without the site survey or on a non-compliant drain lose warranty cover "
         "for damage caused by those conditions.")
    SimpleDocTemplate(str(OUT / "lumenpro-4800-technical-data.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm, bottomMargin=15 * mm,
                      title="LumenPro 4800 PT technical data").build(story)


# ---------------------------------------------------------------- XLSX: price and spec sheet
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)

    ws = wb.active
    ws.title = "Price list"
    ws.append(["Aseptra price list UK 2025 - GBP, excluding VAT, valid 1 February 2025 to 31 January 2026"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "List price (GBP)", "Lead time", "Notes"])
    for c in ws[3]:
        c.font = bold
    for r in [
        ("AWD-4800-PT", "LumenPro 4800 PT pass-through washer-disinfector, 10 DIN trays", 68400, "14 weeks",
         "barrier-wall installation; electric or steam heating"),
        ("AWD-3200-SD", "LumenPro 3200 SD single-door washer-disinfector, 6 DIN trays", 41900, "10 weeks",
         "for satellite decontamination rooms"),
        ("ACW-1500", "CW-1500 cart and container washer", 112900, "18 weeks", "pit or floor-level ramp version"),
        ("ALT-610", "ALT-610 automated load transfer conveyor, 6-car buffer", 21750, "14 weeks",
         "one per 2 LumenPro 4800 machines"),
        ("ARO-250", "ARO-250 reverse-osmosis unit, 250 L/h, for final rinse water", 38600, "8 weeks",
         "230 V, 16 A; supplies up to 5 LumenPro 4800 machines"),
        ("ARO-500", "ARO-500 reverse-osmosis unit, 500 L/h", 52300, "10 weeks", "400 V 3N~, 16 A"),
        ("ADS-CHEM", "ADS-CHEM 4-pump chemical dosing kit with level sensing", 3950, "6 weeks", "one per machine"),
        ("AMR-RACK-MIS", "MIS load carrier, 10 lumen connections", 4280, "6 weeks", "LumenPro 4800 only"),
        ("AMR-RACK-5L", "5-level DIN tray load carrier", 2140, "4 weeks", ""),
        ("AVL-IQOQ", "Installation, IQ/OQ validation to HTM 01-01 / EN ISO 15883, per machine", 6200, "-",
         "PQ priced separately (AVL-PQ)"),
        ("AVL-PQ", "Performance qualification / annual revalidation, per machine", 1380, "-", "included in Gold"),
        ("ATR-OP", "Operator and SSD supervisor training day, on site", 1850, "-", ""),
        ("ASC-BRONZE", "CareCover Bronze, annual, per machine", 3100, "-", ""),
        ("ASC-SILVER", "CareCover Silver, annual, per machine", 5250, "-", ""),
        ("ASC-GOLD", "CareCover Gold, annual, per machine", 7450, "-", "4-hour on-site response"),
    ]:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=4, min_col=3, max_col=3):
        for c in row:
            c.number_format = "#,##0.00"
    for col, w in zip("ABCDE", (16, 66, 16, 11, 48)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Consumables")
    ws2.append(["Approved chemistry and consumables - cost per cycle on the LumenPro 4800 standard cycle"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Product", "Pack", "Price (GBP)", "Dose per standard cycle", "Cost per cycle (GBP)",
                "Replacement interval"])
    for c in ws2[3]:
        c.font = bold
    for r in [
        ("ZC-ENZ-5", "ZymaClean enzymatic detergent", "5 L", 38.50, "80 ml", 0.62, "-"),
        ("AP-ALK-5", "AlkaPro mildly alkaline detergent", "5 L", 29.90, "80 ml", 0.48, "-"),
        ("NR-NEU-5", "NeutraRinse neutraliser (with AlkaPro only)", "5 L", 24.00, "40 ml", 0.19, "-"),
        ("RA-DRY-5", "DryFast rinse aid", "5 L", 33.00, "20 ml", 0.13, "-"),
        ("ARO-MEM-4040", "RO membrane element 4040 for ARO-250", "1", 412.00, "-", "-", "every 24 to 36 months"),
        ("ARO-PF-5", "RO pre-filter cartridge 5 micron", "pack of 4", 86.00, "-", "-", "quarterly"),
        ("DS-4800", "Door seal kit LumenPro 4800 (both doors)", "1", 268.00, "-", "-", "annually"),
    ]:
        ws2.append(list(r))
    ws2.append([])
    ws2.append(["Only the products listed on this sheet are approved; damage caused by other chemistry is not "
                "covered by warranty or CareCover."])
    for col, w in zip("ABCDEFG", (14, 44, 10, 12, 22, 20, 22)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Spec comparison")
    ws3.append(["Specification comparison - LumenPro 4800 PT, LumenPro 3200 SD, CW-1500"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Parameter", "LumenPro 4800 PT", "LumenPro 3200 SD", "CW-1500 cart washer"])
    for c in ws3[3]:
        c.font = bold
    for r in [
        ("Capacity per load", "10 DIN trays", "6 DIN trays", "2 theatre trolleys or 12 sterilisation containers"),
        ("Standard cycle time", "38 min", "42 min", "22 min"),
        ("Water per standard cycle", "78 litres", "56 litres", "210 litres"),
        ("Electrical supply", "400 V 3N~ 50 Hz, 32 A", "400 V 3N~ 50 Hz, 25 A", "400 V 3N~ 50 Hz, 63 A"),
        ("Connected load", "22 kW", "16 kW", "45 kW"),
        ("Thermal disinfection", "90 °C / 5 min, A0 3000", "90 °C / 5 min, A0 3000", "80 °C / 10 min, A0 600"),
        ("Operating weight", "1,240 kg", "690 kg", "3,850 kg"),
        ("Noise at 1 m", "62 dB(A)", "60 dB(A)", "68 dB(A)"),
        ("Doors", "2 (pass-through)", "1", "2 (pass-through), automatic"),
        ("Lead time from order", "14 weeks", "10 weeks", "18 weeks"),
    ]:
        ws3.append(list(r))
    for col, w in zip("ABCD", (26, 26, 26, 46)):
        ws3.column_dimensions[col].width = w
    wb.save(OUT / "aseptra-price-spec-sheet-2025.xlsx")


# ---------------------------------------------------------------- Markdown: KB article
KB = """# Ordering, delivery, installation and validation: buyer FAQ

*Aseptra Decon Systems Ltd knowledge base, article KB-112, updated April 2025.*

## Ordering and prices
- Orders are placed by purchase order referencing the quote number. Quotes are valid for 60 days.
- Prices are fixed for deliveries made within 9 months of the order date; later deliveries requested by the customer
  are re-priced at the price list in force at delivery.
- An order cancelled after manufacture has started incurs a cancellation charge of 25% of the cancelled equipment value.
- We do not offer trade-in allowances on existing equipment from any manufacturer.

## Payment
Payment is in three milestones: **30% on order**, **60% on delivery** and **10% on successful OQ sign-off**. Each
invoice is payable 30 days net. Service contracts (CareCover) are invoiced annually in advance from the start of the
warranty.

## Delivery
- Delivery is DDP to the customer's site in mainland UK, Monday to Friday between 08:00 and 16:00. Offloading,
  moving to the room and positioning are included; a delivery route survey is part of the site survey.
- Deliveries to the Scottish Highlands, islands and Northern Ireland carry a surcharge quoted per project.

## Site survey and installation
- A site survey is mandatory and free of charge; it must take place at least 8 weeks before delivery.
- Installation takes 3 working days per LumenPro 4800 and 5 working days per CW-1500, followed by IQ/OQ
  (2 working days per machine).
- To keep the department running, we recommend replacing no more than 2 washer-disinfectors at a time. A typical
  4-washer replacement is completed in two phases about 3 weeks apart.

## Validation
- IQ (installation qualification) and OQ (operational qualification) are carried out by Aseptra's validation
  engineer to HTM 01-01 Part D and EN ISO 15883.
- PQ (performance qualification) is carried out by Aseptra's validation engineer and witnessed by the Trust's
  Authorising Engineer (Decontamination). The PQ report is issued within 10 working days.
- The warranty starts on the date of successful OQ sign-off.

## Removing your old machines
Decommissioning of existing washer-disinfectors costs **£1,150 per machine** and includes disconnection, capping of
services, removal from site and a WEEE disposal certificate. For cart washers the charge is **£2,400**. Machines
must be drained and decontaminated by the customer, with a signed decontamination certificate, before removal.

## Training
Operator and SSD supervisor training days are delivered on site for a maximum of 8 participants per day. Each
participant receives a certificate and a competency assessment workbook. When three or more days are ordered, the
last day is a "train the trainer" session for the department's lead technicians.

## Spare parts
Spare parts are available for at least 10 years after the end of production of a model.
"""


def make_md():
    (OUT / "ordering-delivery-validation-faq.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("written to", OUT)
