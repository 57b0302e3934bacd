"""Generate the four knowledge sources of the loylora-sauna-heater-servicing scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder).
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

OUT = Path(__file__).parent / "knowledge"
OUT.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: general terms
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Löylora Heater Services B.V. - Service Agreement General Terms v4.2", 0)
    d.add_paragraph("Public sauna heater servicing. Valid from 1 January 2027. Löylora Heater Services B.V., "
                    "Kanaalweg 14, 3526 KL Utrecht, the Netherlands.")
    sections = [
        ("1. Scope", [
            "These terms cover the inspection, servicing and repair of electric sauna heaters with a rated output "
            "of up to 18 kW and of wood-burning sauna heaters installed in public and commercial saunas.",
            "Steam generators, infrared cabins and sauna ventilation systems are not covered and require a separate "
            "agreement. Building electrical installations upstream of the heater's supply isolator remain the "
            "customer's responsibility.",
        ]),
        ("2. Annual service", [
            "The annual service of an electric heater includes: visual inspection of casing, guards and stone "
            "basket; insulation resistance test of each heating element; inspection of contactors and terminal "
            "blocks; function test of the overheat safety limiter (STB); check of the temperature sensor reading; "
            "re-stacking of the heater stones; and a written service protocol.",
            "The annual service of a wood-burning heater additionally includes a sweep of the flue connector, a "
            "check of door seals and grate, and a carbon monoxide (CO) spillage test when the CO inspection item "
            "is ordered.",
            "Electric heaters must be switched off at least 3 hours before the technician arrives. Wood-burning "
            "heaters must not have been fired for at least 6 hours before the visit; in practice no fire after "
            "closing the evening before. If a heater is still hot on arrival, waiting time is charged at the "
            "repair labour rate.",
        ]),
        ("3. Priority Response Plan", [
            "The Priority Response Plan runs for 12 months and renews automatically for a further 12 months unless "
            "cancelled with 3 months' notice before the renewal date. It is invoiced annually in advance.",
            "Critical fault (a heater out of service in a sauna open to the public, or a safety limiter that trips "
            "repeatedly): a technician on site within 8 business hours of the fault being logged with the "
            "Löylora service desk. Non-critical fault: on site within 2 business days. Customers without the plan "
            "are served on a best-effort basis, typically within 5 business days.",
            "Business hours are Monday to Friday, 07:00 to 18:00, excluding Dutch public holidays. Saturday "
            "call-outs under the plan carry a 50% surcharge on labour; Sunday and public-holiday call-outs carry "
            "a 100% surcharge on labour.",
            "The plan includes 2 emergency call-outs per 12-month term without a call-out fee. Further call-outs "
            "are charged a call-out fee of EUR 95.00 each. Plan holders receive 10% off the repair labour rate for "
            "work outside the annual service.",
        ]),
        ("4. Parts warranty", [
            "Heating elements supplied and fitted by Löylora carry a warranty of 24 months from installation. "
            "Safety thermostat (STB) kits and temperature sensors carry a warranty of 12 months. Heater stones are "
            "consumables and carry no warranty.",
            "The element warranty is void if the heater has been operated with less than the manufacturer's minimum "
            "stone fill, with stones other than peridotite or olivine-diabase, or with water containing salt or "
            "undiluted fragrance concentrate poured on the stones.",
        ]),
        ("5. Scheduling, cancellation and payment", [
            "Visits are booked through the customer portal or the service desk. A visit cancelled or moved by the "
            "customer with less than 48 hours' notice is charged a cancellation fee of EUR 120.00.",
            "Invoices are payable 30 days net. Late payments bear the statutory commercial interest rate. Travel "
            "within 80 km of the Utrecht depot is included in all service rates.",
        ]),
        ("6. Exclusions", [
            "Not covered by the annual service or the plan: damage caused by vandalism, by heaters fitted with "
            "unapproved stones, by salt-water or scrub (Aufguss salt) use on the stones, by flooding, or by work "
            "carried out by third parties on the heater or its controls.",
        ]),
    ]
    for title, paras in sections:
        d.add_heading(title, level=1)
        for p in paras:
            d.add_paragraph(p)
    d.save(OUT / "loylora-service-terms.docx")


# ---------------------------------------------------------------- PDF: technical bulletin
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(OUT / "tsb-27-03-high-use-heaters.pdf"), pagesize=A4,
                            title="TSB-27-03 High-use public sauna heaters")
    s = [Paragraph("Technical Service Bulletin TSB-27-03", ss["Title"]),
         Paragraph("Element, stone and safety thermostat maintenance for high-use public sauna heaters. "
                   "Löylora Heater Services B.V., issued February 2027.", body), Spacer(1, 8)]

    def sec(title, paras):
        s.append(Paragraph(title, ss["Heading2"]))
        for p in paras:
            s.append(Paragraph(p, body))
            s.append(Spacer(1, 4))

    sec("1. Definition of high use", [
        "A heater is in high use when it operates more than 10 hours per day or more than 2,500 operating hours "
        "per year. All heaters in public saunas open seven days a week are treated as high use."])
    sec("2. Heater stones", [
        "Only peridotite or olivine-diabase stones of 5 to 10 cm are approved. Ceramic stones must not be used "
        "in Kivitherm KT heaters: they concentrate heat on the elements and void the element warranty.",
        "In high use, stones are re-stacked every 6 months and the entire stone fill is replaced every 12 months "
        "or 3,000 operating hours, whichever comes first. Replace earlier when more than 10% of the stones are "
        "cracked or crumbling.",
        "The stones must cover the elements completely but must never cover the temperature sensor or the STB "
        "capillary. Minimum stone fill: Kivitherm KT-90 60 kg, Kivitherm KT-180 120 kg, Pohjavalo WB-40 100 kg."])
    sec("3. Heating elements", [
        "Typical element life in high use is 2,500 to 4,000 operating hours. An element whose insulation "
        "resistance measures below 0.5 MOhm must be replaced. On 9 kW heaters always replace the complete set "
        "of three 3 kW elements at once; mixing old and new elements shortens the life of the new ones.",
        "Salt and undiluted fragrance concentrate corrode the element sheaths. Fragrance concentrate must be "
        "diluted to no more than 10 ml per litre of water."])
    sec("4. Overheat safety limiter (STB)", [
        "The STB trips at 140 °C at its sensor and must be reset manually. A limiter that trips more than twice "
        "within 30 days indicates a stone-fill, ventilation or sensor fault and counts as a critical fault. "
        "In high-use heaters the STB capillary unit is replaced every 5 years or after 3 trips within 12 months."])
    sec("5. Temperature sensor calibration", [
        "Sensors are checked against a reference thermometer at the bench position. The accepted tolerance is "
        "plus or minus 3 °C; a sensor outside tolerance after adjustment is replaced (part LOY-SNS-PT). The "
        "calibration result is recorded in the service protocol per sensor."])
    sec("6. Standard durations", [])
    s.append(Table([
        ["Task", "Duration"],
        ["Annual service, electric heater", "2.5 hours per heater"],
        ["Annual service, wood-burning heater (incl. flue sweep)", "4 hours per heater"],
        ["Element set replacement (added to service)", "1 hour per heater"],
        ["Stone fill replacement, KT-180", "1.5 hours per heater"],
        ["Sensor calibration", "20 minutes per sensor"],
    ], style=[("FONT", (0, 0), (-1, 0), "Helvetica-Bold"), ("GRID", (0, 0), (-1, -1), 0.4, "grey")]))
    s.append(Spacer(1, 6))
    s.append(Paragraph("After servicing, an electric heater needs 45 minutes to reach bathing temperature "
                       "from cold; a wood-burning heater needs about 90 minutes.", body))
    doc.build(s)


# ---------------------------------------------------------------- XLSX: price list
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Service rates"
    ws.append(["Löylora Parts & Service Price List 2027 - EUR, excluding VAT"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Service", "Unit", "Price EUR", "Notes"])
    for r in [
        ["LOY-SVC-ANN-EH", "Annual service, electric heater up to 18 kW", "per heater", 385.00, "Protocol included"],
        ["LOY-SVC-ANN-WB", "Annual service, wood-burning heater", "per heater", 520.00, "Includes flue connector sweep"],
        ["LOY-CO-INSP", "Flue & CO inspection, wood-burning heater", "per heater", 145.00, "CO spillage test"],
        ["LOY-CAL-TS", "Temperature sensor calibration & protocol", "per sensor", 65.00, "Tolerance 3 °C"],
        ["LOY-SLA-PRI", "Priority Response Plan, 12 months", "per site", 2400.00, "2 call-outs included"],
        ["LOY-LAB-HR", "Repair labour", "per hour", 92.00, "10% off for plan holders"],
        ["LOY-CALLOUT", "Call-out fee (emergency)", "per call-out", 95.00, "Beyond plan allowance"],
        ["LOY-TRAVEL", "Travel beyond 80 km from Utrecht depot", "per km", 0.85, "Within 80 km included"],
    ]:
        ws.append(r)
    ws.append([])
    ws.append(["Saturday surcharge on labour: 50%. Sunday / public holiday surcharge: 100%."])

    p = wb.create_sheet("Parts")
    p.append(["Löylora Parts & Service Price List 2027 - Parts"])
    p["A1"].font = Font(bold=True, size=13)
    p.append([])
    p.append(["SKU", "Part", "Fits", "Price EUR", "Lead time", "Warranty"])
    for r in [
        ["LOY-ELM-6KW", "Heating element set 6 kW (3 x 2 kW)", "Kivitherm KT-60", 168.00, "3 working days", "24 months"],
        ["LOY-ELM-9KW", "Heating element set 9 kW (3 x 3 kW)", "Kivitherm KT-90", 214.00, "3 working days", "24 months"],
        ["LOY-ELM-18KW", "Heating element set 18 kW (6 x 3 kW)", "Kivitherm KT-180", 398.00, "10 working days", "24 months"],
        ["LOY-STN-20", "Peridotite heater stones, 20 kg box", "All models", 38.00, "2 working days", "none (consumable)"],
        ["LOY-STN-20-OD", "Olivine-diabase heater stones, 20 kg box", "All models", 34.50, "2 working days", "none (consumable)"],
        ["LOY-CTL-SAF", "Overheat safety thermostat (STB) replacement kit", "KT series", 96.00, "3 working days", "12 months"],
        ["LOY-SNS-PT", "Temperature sensor, PT1000, 2.5 m lead", "KT series", 58.00, "3 working days", "12 months"],
        ["LOY-CNT-3P", "Heater contactor, 3-pole 25 A", "KT series", 124.00, "5 working days", "12 months"],
    ]:
        p.append(r)

    c = wb.create_sheet("Compatibility")
    c.append(["Heater compatibility and stone fill"])
    c["A1"].font = Font(bold=True, size=13)
    c.append([])
    c.append(["Model", "Type", "Output kW", "Element set", "Min. stone fill kg", "20 kg boxes", "Temperature sensors"])
    for r in [
        ["Kivitherm KT-60", "electric", 6, "LOY-ELM-6KW", 40, 2, 1],
        ["Kivitherm KT-90", "electric", 9, "LOY-ELM-9KW", 60, 3, 1],
        ["Kivitherm KT-180", "electric", 18, "LOY-ELM-18KW", 120, 6, 2],
        ["Pohjavalo WB-40", "wood-burning", "n/a", "n/a", 100, 5, 0],
    ]:
        c.append(r)
    wb.save(OUT / "loylora-price-list-2027.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# Preparing your public sauna for a Löylora service visit

This article explains what our technicians need on site and what happens after the visit.

## Booking and timing
- Book visits in the customer portal at least 10 working days ahead. The earliest start time is 06:30, so most
  visits can be completed before a sauna opens to the public.
- Moving or cancelling with less than 48 hours' notice costs EUR 120.00 (see the General Terms).
- Electric heaters: switch off at least 3 hours before arrival. Wood-burning heaters: no fire for at least
  6 hours; in practice do not light the stove after closing the evening before.

## On the day
- Provide a contact person with keys to the heater rooms and the electrical sub-distribution board.
- Our technician applies lock-out/tag-out at the heater's supply isolator. Your staff must not re-energise a heater
  until the technician has signed it off.
- Please clear benches near the heater; the technician works from a stepladder of up to 1.5 m.
- Parking for a service van (height 2.6 m) within 50 m of the entrance is needed. Parking fees are recharged at cost.

## Old stones and waste
- We take away used heater stones free of charge up to 200 kg per visit. Above 200 kg we charge EUR 0.15 per kg
  for disposal.
- Removed elements and STB kits are recycled as WEEE; you receive no credit for them.

## After the visit
- The service protocol (insulation values, STB test, sensor readings, stone condition) is e-mailed within
  3 working days to the contact on the quote.
- A heater that fails a safety test is left isolated and tagged "DO NOT USE" and the fault is logged as critical.
- Questions about a protocol: service desk, +31 30 555 0142, Monday to Friday 07:00 to 18:00.
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (OUT / "preparing-for-a-service-visit.md").write_text(MD, encoding="utf-8")
    print("written:", sorted(x.name for x in OUT.iterdir()))
