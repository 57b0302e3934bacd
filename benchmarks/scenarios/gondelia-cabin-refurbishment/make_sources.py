"""Generate the four knowledge sources of the gondelia-cabin-refurbishment scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from the scratch folder).
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Gondelia Cabin Works GmbH - Cabin Refurbishment Service Description", 0)
    d.add_paragraph("Document GCW-SD-04, revision 2026-01. Applies to full refurbishment of detachable gondola "
                    "cabins (6-, 8- and 10-seat) carried out at our workshop in Wörgl, Tyrol, Austria.")

    d.add_heading("1. Scope of a full cabin refurbishment", 1)
    d.add_paragraph("A full cabin refurbishment (SKUs CR-6G-FULL, CR-8G-FULL, CR-10G-FULL) returns the cabin body "
                    "to an as-new condition. It comprises: intake inspection and photo record per cabin serial "
                    "number; removal of seats, glazing, door leaves, lighting and all seals; abrasive blasting of "
                    "the aluminium and steel parts to cleanliness grade Sa 2½ (steel) and sweep blasting "
                    "(aluminium); the coating system described in section 3; replacement of all door and window "
                    "seals with EPDM profiles; renewal of the floor covering with anti-slip aluminium chequer "
                    "plate or rubber studded mat; reassembly, function test and final cleaning.")
    d.add_paragraph("Glazing, seat upholstery, door mechanism overhaul, LED lighting and hanger NDT are separate "
                    "line items and are only carried out when they appear on the order.")

    d.add_heading("2. Process stages", 1)
    for s in [
        "Stage 1 - Intake (day 1): unloading, photo record, corrosion mapping, measurement of section loss on the floor frame.",
        "Stage 2 - Strip-down (days 2-3): disassembly; parts that are reused are labelled with the cabin serial number.",
        "Stage 3 - Surface preparation and coating (days 4-11): blasting, coating, curing at 40 °C in the booth.",
        "Stage 4 - Glazing, interior and doors (days 12-17).",
        "Stage 5 - Reassembly, function test, QA sign-off (days 18-20).",
        "Stage 6 - Loading for return (day 21).",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("3. Coating system", 1)
    d.add_paragraph("We apply a three-coat system designed to ISO 12944 corrosivity category C4, durability class "
                    "High: epoxy zinc primer 80 µm, epoxy intermediate coat 120 µm and polyurethane topcoat "
                    "60 µm, giving a total nominal dry film thickness of 260 µm. Dry film thickness is measured "
                    "at 20 points per cabin and recorded in the coating record. The polyurethane topcoat is "
                    "UV-stable and supplied in gloss level 70-80 GU.")

    d.add_heading("4. Colours and livery", 1)
    d.add_paragraph("One RAL Classic colour per cabin body is included in the refurbishment price. A two-tone "
                    "livery (a second RAL colour with a masked split line) is charged at €640 per cabin "
                    "(SKU LV-2T). A full-wrap printed foil livery is charged at €1,180 per cabin (SKU LV-WRAP); "
                    "the customer supplies the artwork as vector files at least 20 working days before the "
                    "batch arrives. Metallic and pearl effect colours are quoted on request.")

    d.add_heading("5. Hanger NDT inspection", 1)
    d.add_paragraph("The hanger inspection (SKU QA-NDT-HGR) is a magnetic particle test to EN ISO 9934-1 of the "
                    "hanger arm, the hanger-to-cabin bolted joint and the roof attachment, performed by a "
                    "level 2 certified inspector. The result is a signed test certificate per hanger serial "
                    "number. Repairs found necessary during the inspection are not included: they are charged "
                    "at €112 per hour plus materials and are carried out only after written approval by the "
                    "customer. A hanger with a crack indication is quarantined and never returned to service "
                    "without the approval of the customer's technical manager.")

    d.add_heading("6. Exclusions", 1)
    for s in [
        "Detachable grips are not included; grip overhaul is offered separately under SKU GR-DET-OH.",
        "Floor frame repairs where section loss exceeds 10% are quoted separately after intake.",
        "Removal of advertising foils applied by third parties is charged at €85 per cabin.",
        "Radio, CCTV and passenger information equipment is removed and refitted, but not tested or repaired.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("7. Turnaround and batches", 1)
    d.add_paragraph("Standard turnaround is 21 working days per batch of six cabins, counted from arrival at our "
                    "Wörgl workshop to loading for return. Express turnaround of 14 working days per batch is "
                    "available at a surcharge of 12% on the refurbishment lines of that batch (SKU EX-TAT), "
                    "subject to workshop capacity confirmed at order. Batches can overlap: the next batch is "
                    "collected when the previous one is returned, on the same truck.")

    d.add_heading("8. Handover and acceptance", 1)
    d.add_paragraph("Each batch is handed over at the customer's valley station with an acceptance protocol "
                    "signed by both parties. The customer has 5 working days from handover to report visible "
                    "defects in writing; after that period visible defects are handled under the warranty only. "
                    "The warranty period of each batch starts on the date of its signed acceptance protocol.")

    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Deliverable", "When", "Format"
    for row in [("Coating record (DFT readings)", "at handover", "PDF per cabin"),
                ("NDT certificate", "at handover", "signed PDF per hanger"),
                ("Parts list with batch numbers", "at handover", "XLSX per batch"),
                ("Acceptance protocol", "at handover", "paper, 2 originals")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.save(OUT / "Gondelia_Refurbishment_Service_Description.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(OUT / "Gondelia_Warranty_and_Delivery_Terms_2026.pdf"), pagesize=A4,
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    el = [Paragraph("Gondelia Cabin Works GmbH - Warranty and Delivery Terms 2026", ss["Title"]),
          Paragraph("These terms apply to all cabin refurbishment orders placed from 1 January 2026. They form "
                    "part of every quotation that refers to them.", body), Spacer(1, 8),
          Paragraph("1. Warranty periods", ss["Heading2"])]
    data = [["Component", "Warranty", "What is covered"],
            ["Paintwork and corrosion protection", "48 months", "blistering, flaking, rust creep over 1 mm from a scribe"],
            ["Polycarbonate glazing", "36 months", "yellowing and hazing"],
            ["Laminated glass glazing", "24 months", "delamination"],
            ["Seat upholstery and heated seat elements", "24 months", "seams, foam, heating elements"],
            ["Door mechanism overhaul parts", "12 months", "replaced rollers, levers, locking cams"],
            ["LED lighting and solar charger", "24 months", "LED strips, driver, charge controller"]]
    t = Table(data, colWidths=[6 * cm, 2.5 * cm, 8 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    el += [t, Spacer(1, 6),
           Paragraph("Each warranty period starts on the date of the signed acceptance protocol of the batch the "
                     "cabin belongs to.", body),
           Paragraph("2. Exclusions", ss["Heading2"]),
           Paragraph("The warranty does not cover: vandalism and graffiti; impact damage, including contact with "
                     "station structures or other cabins; damage caused by improper cleaning agents; modifications "
                     "or repairs by third parties; normal wear of seat fabric; failure to follow the maintenance "
                     "instructions handed over with the cabins.", body),
           Paragraph("3. Making a claim", ss["Heading2"]),
           Paragraph("Claims must be notified in writing within 14 days of discovery, with photos and the cabin "
                     "number. Gondelia chooses between repair and replacement, on site or at the Wörgl workshop. "
                     "Transport for warranty work is at Gondelia's cost. Replaced parts become Gondelia's property.",
                     body),
           Paragraph("4. Delivery dates and delay", ss["Heading2"]),
           Paragraph("Batch return dates are confirmed in writing at order. If a batch is returned later than the "
                     "confirmed date for reasons attributable to Gondelia, liquidated damages of 0.5% of the net "
                     "value of that batch per working day of delay apply, capped at 5% of the batch value. Dates "
                     "are extended by force majeure, road closures and late release of cabins by the customer.",
                     body),
           Paragraph("5. Spare parts", ss["Heading2"]),
           Paragraph("Spare parts for refurbished cabins (seals, rollers, glazing panels, LED strips) remain "
                     "available for at least 10 years. Standard shipment is dispatched within 5 working days at "
                     "cost of carriage. Express spare-parts shipment (dispatch within 24 hours by courier) is "
                     "charged at a flat €185 per shipment plus parts.", body),
           Paragraph("6. Payment", ss["Heading2"]),
           Paragraph("Invoices are due 30 days net. Late payments bear interest at 9.2 percentage points above the "
                     "base rate of the Austrian National Bank. Gondelia may suspend collection of the next batch "
                     "while an invoice is more than 30 days overdue.", body)]
    doc.build(el)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2026"
    ws.append(["Gondelia Cabin Works - Price list 2026 (EUR, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price EUR", "Notes"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("CR-6G-FULL", "Full cabin refurbishment, 6-seat gondola", "cabin", 15900, "coating system C4, seals, floor"),
        ("CR-8G-FULL", "Full cabin refurbishment, 8-seat gondola", "cabin", 18450, "coating system C4, seals, floor"),
        ("CR-10G-FULL", "Full cabin refurbishment, 10-seat gondola", "cabin", 21700, "coating system C4, seals, floor"),
        ("GL-PC-8G", "Polycarbonate window set, 6 mm, UV-coated both sides, 8-seat", "set", 3280, "lead time 6 weeks"),
        ("GL-LG-8G", "Laminated safety glass window set, 8-seat", "set", 4960, "lead time 10 weeks"),
        ("ST-STD-8", "Standard vinyl seat upholstery, 8-seat", "kit", 2390, ""),
        ("ST-HS-8", "Heated seat upholstery kit, 8-seat", "kit", 4150, "needs 24 V cabin battery"),
        ("DR-MECH-OH", "Door mechanism overhaul kit (lever, rollers, locking cam)", "cabin", 1960, ""),
        ("LT-LED-CAB", "LED interior lighting with solar trickle charger", "cabin", 1240, ""),
        ("GR-DET-OH", "Detachable grip overhaul", "grip", 2140, "not part of cabin refurbishment"),
        ("QA-NDT-HGR", "Hanger NDT inspection and certificate (magnetic particle)", "hanger", 690, ""),
        ("TR-CAB-RT", "Cabin transport, return trip, per truck load (max 6 cabins)", "load", 2750,
         "Austria, South Tyrol, Bavaria; other regions on request"),
        ("PM-SITE", "Project management and site commissioning", "day", 1150, "travel charged at cost"),
        ("LV-2T", "Two-tone livery (second RAL colour)", "cabin", 640, ""),
        ("LV-WRAP", "Full-wrap printed foil livery", "cabin", 1180, "artwork by customer"),
        ("EX-TAT", "Express turnaround, 14 working days per batch", "batch", "12%", "surcharge on refurbishment lines"),
        ("LN-CAB-W", "Loan cabin, 8-seat", "cabin/week", 420, "max 4 loan cabins"),
        ("CC-BASIC", "CabinCare Basic service plan", "cabin/year", 310, "see sheet Service plans"),
        ("CC-PLUS", "CabinCare Plus service plan", "cabin/year", 560, "see sheet Service plans"),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDE", (14, 58, 12, 15, 45)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Technical data")
    ws2.append(["Gondelia Cabin Works - Technical data, 8-seat cabin after refurbishment"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Parameter", "8-seat, standard upholstery (ST-STD-8)", "8-seat, heated seats (ST-HS-8)"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in [
        ("Empty weight after refurbishment, without hanger", "742 kg", "780 kg"),
        ("Additional weight of heated seat kit", "-", "38 kg"),
        ("Heated seat power", "-", "180 W per bench, 2 benches"),
        ("Heated seat supply", "-", "24 V cabin battery, charged in station via charging rail"),
        ("Interior lighting", "2 x 11 W LED strips, 4000 K", "2 x 11 W LED strips, 4000 K"),
        ("Solar trickle charger", "20 Wp roof panel", "20 Wp roof panel"),
        ("Glazing thickness", "6 mm polycarbonate or laminated glass", "6 mm polycarbonate or laminated glass"),
        ("Coating total dry film thickness", "260 µm", "260 µm"),
    ]:
        ws2.append(list(r))
    for col, w in zip("ABC", (48, 42, 52)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Service plans")
    ws3.append(["Gondelia CabinCare service plans (per cabin per year, EUR, excl. VAT)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Feature", "CabinCare Basic (CC-BASIC)", "CabinCare Plus (CC-PLUS)"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    for r in [
        ("Price per cabin per year", 310, 560),
        ("Inspection visits per year", 1, 2),
        ("Door function test", "yes", "yes"),
        ("Seal replacement", "no", "yes, all door seals every 2 years"),
        ("Paint touch-up", "no", "up to 0.5 m² per cabin per year"),
        ("Response time to a fault report", "5 working days", "48 hours"),
        ("Minimum term", "3 years", "3 years"),
        ("Minimum fleet", "12 cabins", "12 cabins"),
    ]:
        ws3.append(list(r))
    for col, w in zip("ABC", (36, 28, 36)):
        ws3.column_dimensions[col].width = w
    wb.save(OUT / "Gondelia_Price_and_Spec_Sheet_2026.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# FAQ: Planning an off-season cabin refurbishment with Gondelia

Most operators send their cabins to us between the end of the winter season and the start of the summer season.
This article answers the questions we hear most often while a programme is being planned.

## Can we get loan cabins while ours are in the workshop?
Yes. We keep a pool of 8-seat loan cabins in RAL 7016 anthracite grey. You can rent up to 4 loan cabins at
€420 per cabin per week (SKU LN-CAB-W). Transport of loan cabins is included when they travel on the same truck
as a refurbishment batch; otherwise it is charged at the TR-CAB-RT rate. Loan cabins come with their own hanger
and a valid NDT certificate.

## Who transports the cabins, and are they insured?
We collect and return the cabins with our own trucks, six cabins per load. The cabins are insured under our cargo
policy up to €250,000 per truckload, from loading at your station until unloading at your station. You provide a
forklift or crane and one person for loading; loading six cabins takes about 3 hours.

## Can the work be done at our station instead of in Wörgl?
A full refurbishment is only carried out in our Wörgl workshop, because blasting and coating need the booth.
The door mechanism overhaul and the LED lighting retrofit can be done on site at your station, charged at the
PM-SITE day rate plus travel.

## How do we clean the new polycarbonate windows?
Use a pH-neutral cleaner with lukewarm water and a soft microfibre cloth. Do not use alcohol- or ammonia-based
cleaners, scrapers or abrasive pads, and keep a pressure washer at least 50 cm away from the glazing. Damage from
unsuitable cleaning agents is not covered by the warranty.

## What documentation do we get for the authority?
Each cabin comes with a documentation pack: the coating record with dry film thickness readings, the NDT
certificate of its hanger, the parts list with batch numbers and the signed acceptance protocol. The operator
remains responsible for notifying the cableway supervisory authority and for the return-to-service inspection.

## How should we prepare the cabins before collection?
Remove lost property, advertising inserts and any operator-owned equipment that is not bolted in. Give us the list
of cabin serial numbers and hanger serial numbers at least 10 working days before collection, so that the test
certificates can be prepared in advance.
"""


def make_md():
    (OUT / "cabin-refurbishment-faq.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", OUT)
