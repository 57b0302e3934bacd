"""Generate the four knowledge sources of the oastwell-kiln-floors scenario.

Run: PYTHONPATH=<reportlab dir> python3 make_sources.py  (needs python-docx, openpyxl, reportlab)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)


def make_docx():
    from docx import Document
    d = Document()
    d.add_heading("Oastwell Kiln Systems Ltd - Installation, Warranty and Service Terms", 0)
    d.add_paragraph("Edition 2026.1, effective 1 January 2026. These terms apply to every quotation for hop-kiln "
                    "drying floors, hair cloth, joist kits, strip-out, airflow surveys and floor care plans unless the "
                    "quotation states otherwise. Oastwell Kiln Systems Ltd, Unit 4 Bodiam Road Works, Robertsbridge, "
                    "East Sussex, company no. 08817342.")
    sections = [
        ("1. Ordering and lead times", [
            "An order is accepted when the signed quotation and the deposit have both been received.",
            "Standard grade 304 panels (OW-FLR-SS16 and OW-FLR-SS22) are dispatched 8 weeks after receipt of the "
            "deposit. Grade 316 panels (OW-FLR-SS16M) are dispatched 11 weeks after receipt of the deposit. Hair "
            "cloth and joist kits are dispatched with the panels.",
            "A standard square kiln of up to 30 m2 floor area takes 5 working days with a two-person crew, including "
            "strip-out. A round kiln takes 7 working days. Commissioning and the airflow survey add half a day per kiln.",
        ]),
        ("2. Harvest blackout", [
            "Oastwell does not carry out floor installations between 15 August and 15 October, the hop harvest and "
            "drying season. Installation slots are allocated in the order deposits are received; the last start "
            "date for a square kiln before the blackout is 1 August, and for a round kiln 28 July.",
        ]),
        ("3. Payment", [
            "Payment schedule: 30% deposit with order; 60% on completion of installation of each kiln; 10% on "
            "successful commissioning after the first drying season, or 60 days after completion, whichever is sooner.",
            "Invoices are payable within 30 days of the invoice date. Late payment interest is charged at 4% above "
            "the Bank of England base rate. Delivery to any address in England and Wales is included in the prices.",
        ]),
        ("4. Site requirements", [
            "The customer provides: a 400 V three-phase supply, 32 A, within 25 m of the kiln; clear vehicle access "
            "for a 7.5 tonne rigid lorry to within 40 m of the kiln door; a kiln emptied of hops, pockets and loose "
            "equipment; and the existing burner isolated by the customer's Gas Safe registered engineer before work starts.",
            "Where these requirements are not met on the booked start date, waiting time is charged at the "
            "off-season call-out rate.",
        ]),
        ("5. Warranty", [
            "Perforated floor panels: 10 years against structural failure (cracking, or permanent deflection of more "
            "than 6 mm). Joist and support kits: 10 years. Hair cloth: 2 years or two drying seasons, whichever is "
            "earlier. Workmanship: 24 months from completion of each kiln.",
            "The remedy under warranty is repair or replacement of the defective part, fitted by Oastwell. "
            "Excluded: damage caused by sulphur burning on grade 304 panels, by chlorine-based cleaners, by "
            "forklift or loader traffic on the floor, or by bed depths above the rated maximum in the datasheet.",
        ]),
        ("6. Call-out rates", [
            "Off-season call-out (16 October to 14 August): GBP 145 per hour, minimum 3 hours, plus GBP 0.65 per mile "
            "from Robertsbridge.",
            "Harvest-season emergency call-out (15 August to 15 October): GBP 210 per hour, minimum 4 hours. Response "
            "within 24 hours for floor care plan customers and within 48 hours for other customers.",
        ]),
        ("7. Floor care plan (OW-SVC-3Y)", [
            "The 3-year floor care plan covers up to 3 kilns on one site and includes: one pre-harvest inspection "
            "per kiln per year, carried out in May or June; a hair cloth tension check and re-lacing; an airflow "
            "balance check with a hot-wire anemometer at 12 points per kiln; priority harvest-season response; and "
            "a 10% discount on spare parts.",
            "Emergency call-out hours are not included and are charged at the rates in section 6. The plan is "
            "invoiced in full with the first installation invoice and is not refundable after the first inspection.",
        ]),
        ("8. Cancellation", [
            "Orders may be cancelled free of charge until the panels are released to cutting, normally 10 working "
            "days after the deposit. Orders cancelled after release to cutting are charged at 40% of the panel value; "
            "orders cancelled after delivery are charged at 100% of materials plus any labour incurred.",
        ]),
        ("9. Strip-out and disposal", [
            "Strip-out (OW-STRIP-OLD) includes removal of existing timber slats, horsehair or jute cloth and fixings, "
            "and disposal at a licensed waste site with a waste transfer note. Boards suspected of containing "
            "asbestos are not handled: if found, work stops and the customer arranges a licensed asbestos survey; "
            "the crew's waiting time is charged at the off-season call-out rate.",
        ]),
    ]
    for h, paras in sections:
        d.add_heading(h, level=1)
        for p in paras:
            d.add_paragraph(p)
    d.save(os.path.join(K, "Oastwell_Installation_and_Service_Terms.docx"))


def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors
    st = getSampleStyleSheet()
    doc = SimpleDocTemplate(os.path.join(K, "Oastwell_Floor_Panel_Datasheet.pdf"), pagesize=A4)
    el = [Paragraph("Oastwell Perforated Drying Floor Panels - Technical Datasheet (rev. F, 2026)", st["Title"]),
          Paragraph("Perforated stainless steel floor panels for hop kilns (oasts), laid on Oastwell joist kits and "
                    "covered with kiln hair cloth. All panels are 1000 x 1200 mm, 2.0 mm thick, with 2.5 mm round "
                    "holes on a staggered 60 degree pitch and folded 25 mm edges drilled for M8 fixings.", st["BodyText"]),
          Spacer(1, 8)]
    rows = [["Property", "OW-FLR-SS16", "OW-FLR-SS22", "OW-FLR-SS16M"],
            ["Material", "stainless grade 304 (1.4301)", "stainless grade 304 (1.4301)", "stainless grade 316 (1.4401)"],
            ["Open area", "16%", "22%", "16%"],
            ["Weight per panel", "17.5 kg", "16.2 kg", "17.6 kg"],
            ["Rated uniformly distributed load", "350 kg/m2", "280 kg/m2", "350 kg/m2"],
            ["Maximum green hop bed depth", "75 cm", "60 cm", "75 cm"],
            ["Max. continuous air-on temperature", "95 C", "95 C", "95 C"],
            ["Pressure drop, clean floor, 0.3 m/s", "38 Pa", "24 Pa", "38 Pa"],
            ["Suitable for sulphur burning", "no", "no", "yes"]]
    t = Table(rows, colWidths=[150, 115, 115, 120])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    el += [t, Spacer(1, 10)]
    paras = [
        "The maximum continuous air-on temperature of 95 C is set by the EPDM edge seals (OW-EDGE-EPDM), not by the "
        "steel. Short peaks up to 105 C for less than 30 minutes per drying are tolerated.",
        "Recommended air velocity through the bed: 0.25 to 0.35 m/s. The SS22 panel has a lower pressure drop and "
        "suits kilns with weak fans, but its lower load rating limits the bed to 60 cm of green hops.",
        "Point loads: no more than 150 kg on a single panel; use crawl boards when walking on a loaded floor.",
        "Hair cloth. OW-HAIR-PM polyester monofilament cloth: 320 g/m2, aperture 0.6 mm, maximum temperature "
        "130 C, shrinkage below 1% after 10 dryings, supplied 2.1 m wide. OW-HAIR-PT PTFE-coated cloth: 410 g/m2, "
        "aperture 0.5 mm, maximum temperature 160 C, for kilns with direct-fired burners. Allow 10% extra cloth "
        "area for laps and lacing.",
        "Joist kit. OW-JST-GAL: hot-dip galvanised steel C-sections 100 x 50 mm at 600 mm centres on adjustable "
        "stools, for square kilns up to 30 m2. OW-JST-RND: radial layout for round kilns up to 6.2 m diameter.",
        "Fixings: A4 stainless M8 bolts with EPDM washers, 8 per panel. Panels are interchangeable between "
        "SS16, SS22 and SS16M on the same joist kit.",
    ]
    for p in paras:
        el.append(Paragraph(p, st["BodyText"]))
        el.append(Spacer(1, 4))
    doc.build(el)


def make_xlsx():
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = "Panels & Cloth"
    ws.append(["Oastwell Kiln Systems - Price List 2026 (GBP, excl. VAT), valid 1 January - 31 December 2026"])
    ws.append(["SKU", "Description", "Unit", "List price (GBP)", "Lead time (weeks)"])
    for r in [["OW-FLR-SS16", "Perforated floor panel, grade 304, 16% open area, 1000 x 1200 mm", "panel", 412.00, 8],
              ["OW-FLR-SS22", "Perforated floor panel, grade 304, 22% open area, 1000 x 1200 mm", "panel", 398.00, 8],
              ["OW-FLR-SS16M", "Perforated floor panel, grade 316, 16% open area, 1000 x 1200 mm", "panel", 538.00, 11],
              ["OW-HAIR-PM", "Kiln hair cloth, polyester monofilament, 320 g/m2", "m2", 18.50, 8],
              ["OW-HAIR-PT", "Kiln hair cloth, PTFE-coated, 410 g/m2", "m2", 31.00, 8],
              ["OW-JST-GAL", "Galvanised joist kit, square kiln up to 30 m2", "kiln", 3850.00, 8],
              ["OW-JST-RND", "Galvanised radial joist kit, round kiln up to 6.2 m diameter", "kiln", 4620.00, 10],
              ["OW-EDGE-EPDM", "EPDM edge seal strip", "m", 6.40, 2]]:
        ws.append(r)
    s = wb.create_sheet("Services")
    s.append(["Oastwell Kiln Systems - Services Price List 2026 (GBP, excl. VAT)"])
    s.append(["SKU", "Service", "Unit", "Price (GBP)", "Notes"])
    for r in [["OW-INST-FLR", "Floor installation, square kiln up to 30 m2, 2-person crew, 5 days", "kiln", 6200.00, "includes fixings and EPDM seals"],
              ["OW-INST-RND", "Floor installation, round kiln up to 6.2 m diameter, 2-person crew, 7 days", "kiln", 7400.00, "includes fixings and EPDM seals"],
              ["OW-STRIP-OLD", "Strip-out and disposal of existing timber floor and cloth", "kiln", 1450.00, "asbestos not handled"],
              ["OW-AIRF-SURV", "Airflow survey and commissioning", "kiln", 780.00, "report within 10 working days"],
              ["OW-SVC-3Y", "3-year floor care plan, up to 3 kilns on one site", "site", 2640.00, "annual inspection in May or June"]]:
        s.append(r)
    v = wb.create_sheet("Volume discounts")
    v.append(["Volume discounts 2026 (applied to list price per order)"])
    v.append(["Product group", "Quantity band", "Discount"])
    for r in [["Floor panels (any grade)", "1-23 panels", "0%"], ["Floor panels (any grade)", "24-47 panels", "5%"],
              ["Floor panels (any grade)", "48-95 panels", "10%"], ["Floor panels (any grade)", "96 panels or more", "14%"],
              ["Hair cloth", "50-199 m2", "5%"], ["Hair cloth", "200 m2 or more", "8%"],
              ["Floor care plan", "ordered together with an installation", "15%"],
              ["Services (installation, strip-out, survey)", "any quantity", "no volume discount"]]:
        v.append(r)
    wb.save(os.path.join(K, "Oastwell_Price_List_2026.xlsx"))


MD = """# Drying floor care: cleaning, hair cloth replacement and season start-up

*Oastwell Kiln Systems knowledge base, article KB-214, updated February 2026.*

## Cleaning intervals
- **Hair cloth:** vacuum the cloth after every drying during harvest, and at least once a week.
- **Panels:** deep clean once a year, after the last drying of the season, with the cloth removed.

## How to deep clean the panels
1. Dry-brush the panels from above to remove lupulin dust and leaf.
2. Pressure wash from below at no more than 120 bar, keeping the nozzle at least 300 mm from the steel.
3. Use a pH-neutral degreaser such as HopClean N at 3% dilution; leave 10 minutes, then rinse with clean water.
4. Dry the floor by running the kiln fan for 12 hours with the burner off.

Never use chlorine bleach or hydrochloric acid descalers on grade 304 panels: they cause pitting corrosion and
void the panel warranty.

## Sulphur
Burning sulphur in the kiln is not compatible with grade 304 panels (OW-FLR-SS16 and OW-FLR-SS22). If your
buyers still require sulphured hops, specify grade 316 panels (OW-FLR-SS16M).

## When to replace the hair cloth
Polyester monofilament cloth typically lasts 4 to 6 seasons. Replace it earlier when a tear is longer than 50 mm,
when it has shrunk so that the lacing eyelets pull out, or when the pressure drop across the clean floor has risen
by more than 30% compared with the commissioning report.

## Season start-up checklist (late July)
- Check all EPDM edge seals; replace any seal that is cracked or hardened.
- Check cloth tension: a 1 kg weight in the middle of a bay should not sag more than 15 mm.
- Run the empty kiln for 2 hours at 60 C to drive out moisture.
- Confirm the burner service certificate is current.

## Loading the floor
Spread green hops evenly; do not exceed the maximum bed depth in the datasheet (75 cm on SS16). Use crawl boards,
never walk directly on the cloth, and keep point loads below 150 kg per panel.
"""


def make_md():
    with open(os.path.join(K, "drying-floor-care.md"), "w") as f:
        f.write(MD)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("ok")
