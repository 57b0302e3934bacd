"""Generate the four knowledge sources of the ergonomo-office-furniture scenario.

Needs python-docx, openpyxl and reportlab (e.g. PYTHONPATH=/tmp/blindgen python make_sources.py).
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "knowledge"
OUT.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX: warranty & service terms
def make_docx():
    from docx import Document
    from docx.shared import Pt

    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Ergonomo Warranty & Service Terms 2025", 0)
    d.add_paragraph(
        "Issued by Ergonomo Workplace BV, Rotterdam. Version 2025-02, valid for all furniture delivered from "
        "1 March 2025 in Belgium, the Netherlands and Luxembourg. These terms complement the Ergonomo General "
        "Terms of Sale; where they differ, these terms prevail for warranty and service matters.")

    d.add_heading("1. Warranty periods", 1)
    d.add_paragraph(
        "Warranty periods run from the date of delivery and cover defects in materials and workmanship under "
        "normal use. The periods below apply per component.")
    rows = [
        ("Product", "Component", "Warranty", "Use rating"),
        ("Aria Pro task chair", "Frame and base", "12 years", "24-hour multi-user use"),
        ("Aria Pro task chair", "Mechanism and gas lift", "7 years", "24-hour multi-user use"),
        ("Aria Pro task chair", "Mesh, upholstery, castors and armpads", "3 years", "24-hour multi-user use"),
        ("Aria Lite task chair", "Frame and base", "7 years", "single-shift use (up to 8 hours a day)"),
        ("Aria Lite task chair", "Mechanism and gas lift", "5 years", "single-shift use (up to 8 hours a day)"),
        ("Aria Lite task chair", "Upholstery and castors", "2 years", "single-shift use (up to 8 hours a day)"),
        ("Lift sit-stand desk", "Steel frame", "10 years", "multi-user"),
        ("Lift sit-stand desk", "Motors, control box and handset", "5 years", "multi-user"),
        ("Lift sit-stand desk", "Desktop", "5 years", "multi-user"),
        ("Duo bench pod", "Frame", "10 years", "multi-user"),
        ("Duo bench pod", "Desktops", "5 years", "multi-user"),
        ("Perch high stool", "Frame and footring", "5 years", "multi-user"),
        ("Perch high stool", "Seat upholstery", "2 years", "multi-user"),
        ("Mobile pedestal", "Body and drawers", "10 years", "multi-user"),
        ("Mobile pedestal", "Lock and keys", "2 years", "multi-user"),
    ]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph(
        "Exception for the Aria Lite: when an Aria Lite chair is used in hot-desking, shared or 24-hour settings, "
        "the mechanism and gas lift warranty is reduced to 2 years. The Aria Pro carries no such restriction.")

    d.add_heading("2. Maximum user weight", 1)
    d.add_paragraph(
        "Aria Pro task chair: 150 kg. Aria Lite task chair: 120 kg. Perch high stool: 110 kg. Damage caused by "
        "use above the maximum user weight is not covered.")

    d.add_heading("3. Making a warranty claim", 1)
    d.add_paragraph(
        "Report a defect through the Ergonomo service portal or by e-mail to care@ergonomo.example within 14 days "
        "of discovering it. Include the serial number (label under the seat of chairs and stools, under the "
        "desktop of desks), a photo and the site address. Ergonomo acknowledges the claim within 2 working days. "
        "Replacement parts or a repair visit follow within 10 working days in the Benelux; outside the Benelux "
        "parts are shipped within 10 working days and fitted by the customer. A replaced part is warranted for "
        "the remainder of the original period.")

    d.add_heading("4. Exclusions", 1)
    for s in [
        "Normal wear and tear, including shine or pilling of mesh and fabric.",
        "Damage from cleaning with solvents, chlorine bleach or abrasive products.",
        "Unauthorised modifications or repairs, and parts not supplied by Ergonomo.",
        "Damage during a relocation not carried out by Ergonomo.",
        "Floor damage caused by the wrong castor type: type H castors (hard floors: wood, tile, vinyl) and "
        "type C castors (carpet) must match the floor; chairs are shipped with type H unless ordered otherwise.",
        "Outdoor use, and use in rooms above 35 °C or 85% relative humidity.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("5. CareFlex service plans", 1)
    d.add_paragraph(
        "CareFlex plans add preventive maintenance and faster service on top of the warranty. Both plans are "
        "priced per workstation per year (one workstation = one desk place with its chair) and invoiced annually "
        "in advance; the plan starts on the installation sign-off date.")
    rows = [
        ("", "CareFlex Standard", "CareFlex Plus"),
        ("Price", "€13 per workstation per year", "€21 per workstation per year (minimum €1,500 a year)"),
        ("Preventive visits", "1 per year", "2 per year"),
        ("On-site response", "5 working days", "1 working day in the Brussels, Antwerp, Amsterdam and Rotterdam "
                                                   "regions; 3 working days elsewhere in the Benelux"),
        ("Wear parts (castors, armpads, gas lifts)", "charged at list price", "included"),
        ("Loan chairs during repairs", "no", "yes, up to 5 at a time"),
        ("Annual condition report", "no", "yes, per site"),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph(
        "A plan may be cancelled with 3 months' written notice before an anniversary of the start date; the year "
        "already invoiced is not refunded. Workstations added during the term are charged pro rata.")

    d.add_heading("6. Returns", 1)
    d.add_paragraph(
        "Standard catalogue items in their original, unopened packaging may be returned within 30 days of "
        "delivery, subject to a 15% restocking fee and a collection charge of €9 per item. Items with custom "
        "fabric, custom desktop sizes, logo embroidery, and any item that has been assembled or used cannot be "
        "returned.")

    d.add_heading("7. Spare parts", 1)
    d.add_paragraph(
        "Spare parts for the Aria, Lift, Duo and Perch families remain available for 10 years after the end of "
        "production of the model.")
    d.save(OUT / "ergonomo-warranty-service-terms-2025.docx")


# ---------------------------------------------------------------- PDF: delivery, installation, sustainability
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib import colors

    ss = getSampleStyleSheet()
    H1, H2, P = ss["Title"], ss["Heading2"], ss["BodyText"]
    story = [Paragraph("Ergonomo Delivery, Installation &amp; Sustainability Guide", H1),
             Paragraph("Edition April 2025. Applies to projects in Belgium, the Netherlands and Luxembourg.", P),
             Paragraph("1. Lead times", H2),
             Paragraph("Lead times run from the written order confirmation, which Ergonomo issues after receiving "
                       "the deposit.", P)]
    data = [["Configuration", "Lead time"],
            ["Standard colours and finishes (black or grey mesh, white or black desk frames, oak-look or white tops)",
             "4 to 6 weeks"],
            ["Fabric seat upgrades, grades 2 and 3", "7 to 9 weeks"],
            ["Custom desktop sizes or colours", "10 to 12 weeks"],
            ["Logo embroidery", "add 2 weeks"]]
    tbl = Table([[Paragraph(a, P), Paragraph(b, P)] for a, b in data], colWidths=[330, 120])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story += [tbl, Spacer(1, 6),
              Paragraph("Projects of more than 150 workstations may be delivered in two phases at no extra cost. "
                        "Between 20 July and 15 August the factory runs at reduced capacity and standard lead "
                        "times increase by 2 weeks.", P),
              Paragraph("2. Delivery and installation", H2),
              Paragraph("Deliveries and installation take place Monday to Friday between 07:00 and 18:00. "
                        "Installation in the evening (after 18:00) or at weekends carries a surcharge of 35% on the "
                        "installation price. A 4-person crew installs approximately 45 workstations per day "
                        "(desk, chair and pedestal, including cable management kits).", P),
              Paragraph("Site requirements: a loading bay or parking space for a 12-tonne truck within 30 m of the "
                        "entrance; a goods lift with an interior of at least 1,100 x 2,100 mm for Duo bench "
                        "desktops. Where there is no suitable lift, items are carried by stairs at a surcharge of "
                        "€6 per item per floor above the 2nd floor. Waiting time caused by the site (no access, "
                        "lift unavailable) is charged at €65 per crew member per hour after the first 30 minutes.",
                        P),
              Paragraph("Acceptance: at the end of installation the customer and the Ergonomo crew leader walk "
                        "through the site and sign the installation sign-off. Snag items recorded on the sign-off "
                        "are fixed within 5 working days. Items not recorded are handled as warranty claims.", P),
              Paragraph("Packaging: all packaging is taken back on the day of installation. 92% of our packaging "
                        "by weight is cardboard and paper; blankets and corner protectors are reused.", P),
              Paragraph("3. Standards and certifications", H2),
              Paragraph("The Aria Pro task chair is tested to EN 1335-1:2020 and ANSI/BIFMA X5.1 and holds "
                        "GREENGUARD Gold certification. The Lift sit-stand desk is tested to EN 527-1:2011 and "
                        "EN 527-2; the Duo bench pod to EN 527-1:2011. The Perch high stool is tested to EN 16139. "
                        "Both Ergonomo factories are certified to ISO 9001 and ISO 14001.", P),
              Paragraph("4. Materials and carbon", H2),
              Paragraph("The Aria Pro contains 46% recycled content by weight and is 94% recyclable at end of life. "
                        "Lift desk frames contain 38% recycled steel. Desktops are made of FSC-certified "
                        "particleboard with E1 emission class and a 25 mm melamine finish. Environmental Product "
                        "Declarations (EPDs) are published for the Aria Pro (EPD-ERG-0112: 72 kg CO2e per chair, "
                        "cradle to gate) and the Lift desk 1600 (EPD-ERG-0131: 118 kg CO2e per desk, cradle to "
                        "gate). EPDs for other products are in preparation.", P),
              Paragraph("5. End-of-life take-back", H2),
              Paragraph("Ergonomo collects used Ergonomo furniture for refurbishment or recycling at €12 per chair "
                        "or stool and €25 per desk. Take-back is free when the items are replaced one for one by "
                        "new Ergonomo products delivered in the same visit. Furniture of other brands is not taken "
                        "back.", P)]
    SimpleDocTemplate(str(OUT / "ergonomo-delivery-installation-guide.pdf"), pagesize=A4,
                      title="Ergonomo Delivery, Installation & Sustainability Guide").build(story)


# ---------------------------------------------------------------- XLSX: price & spec sheet
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Seating"
    ws.append(["Ergonomo Price & Specification Sheet 2025 - Seating (EUR, excluding VAT, list prices)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Product", "Seat height min (mm)", "Seat height max (mm)", "Seat depth adjustment (mm)",
               "Max user weight (kg)", "Colours", "List price (EUR)"])
    for r in [
        ["ERG-CH-AP-BLK", "Aria Pro task chair, black 3D mesh back, 4D arms", 420, 540, 60, 150, "black", 389.00],
        ["ERG-CH-AP-GRY", "Aria Pro task chair, grey 3D mesh back, 4D arms", 420, 540, 60, 150, "grey", 389.00],
        ["ERG-CH-AL-BLK", "Aria Lite task chair, black mesh back, 2D arms", 430, 530, 50, 120, "black", 249.00],
        ["ERG-ST-PRC-65", "Perch high stool, 65 cm seat", 650, 650, 0, 110, "anthracite, sand", 149.00],
        ["ERG-ST-PRC-75", "Perch high stool, 75 cm seat", 750, 750, 0, 110, "anthracite, sand", 159.00],
    ]:
        ws.append(r)
    ws.append([])
    ws.append(["Options for Aria chairs"])
    ws.append(["SKU", "Option", "", "", "", "", "", "Price (EUR)"])
    for r in [
        ["ERG-OP-HDR", "Adjustable headrest (Aria Pro only)", "", "", "", "", "", 59.00],
        ["ERG-OP-FAB2", "Fabric seat upgrade, grade 2 (per chair)", "", "", "", "", "", 35.00],
        ["ERG-OP-FAB3", "Fabric seat upgrade, grade 3 (per chair)", "", "", "", "", "", 62.00],
        ["ERG-OP-CST-C", "Carpet castors type C, set of 5 (instead of type H)", "", "", "", "", "", 0.00],
    ]:
        ws.append(r)

    ws2 = wb.create_sheet("Desks & Storage")
    ws2.append(["Ergonomo Price & Specification Sheet 2025 - Desks & Storage (EUR, excluding VAT, list prices)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Product", "Top (mm)", "Height range (mm)", "Lift capacity (kg)", "Lift speed (mm/s)",
                "Noise (dB)", "List price (EUR)"])
    for r in [
        ["ERG-DK-LFT-1400", "Lift electric sit-stand desk, dual motor", "1400 x 700", "620-1270", 120, 38, 45, 599.00],
        ["ERG-DK-LFT-1600", "Lift electric sit-stand desk, dual motor", "1600 x 800", "620-1270", 120, 38, 45, 645.00],
        ["ERG-DK-LFT-1800", "Lift electric sit-stand desk, dual motor", "1800 x 800", "620-1270", 120, 38, 45, 689.00],
        ["ERG-BN-DUO-4", "Duo bench pod, 4 seats, fixed height", "2800 x 1600", "740 fixed", 100, "", "", 1240.00],
        ["ERG-BN-DUO-6", "Duo bench pod, 6 seats, fixed height", "4200 x 1600", "740 fixed", 150, "", "", 1790.00],
        ["ERG-PD-MOB-3", "Mobile pedestal, 3 drawers, central lock, 2 keys", "420 x 560", "", "", "", "", 179.00],
        ["ERG-PD-MOB-2", "Mobile pedestal, 1 drawer + 1 file drawer, central lock", "420 x 560", "", "", "", "", 169.00],
        ["ERG-AC-CBL-KIT", "Cable management kit (tray, spine, 6-port power strip)", "", "", "", "", "", 54.00],
        ["ERG-AC-MON-1", "Single monitor arm, up to 9 kg", "", "", "", "", "", 89.00],
    ]:
        ws2.append(r)
    ws2.append([])
    ws2.append(["Lift capacity of Duo bench pods is per pod, evenly distributed. Lift desk capacity excludes the desktop."])

    ws3 = wb.create_sheet("Services")
    ws3.append(["Ergonomo Price & Specification Sheet 2025 - Services (EUR, excluding VAT)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["SKU", "Service", "Unit", "Price (EUR)"])
    for r in [
        ["ERG-SV-INST", "Delivery, assembly and packaging removal", "per workstation", 32.00],
        ["ERG-SV-PLAN", "Space planning and 2D floor plan (free for orders above EUR 40,000)", "per site", 450.00],
        ["ERG-SV-LOAN", "Trial loan of up to 3 sample chairs for 14 days", "per loan", 0.00],
        ["ERG-SV-CARE-S", "CareFlex Standard", "per workstation per year", 13.00],
        ["ERG-SV-CARE-P", "CareFlex Plus", "per workstation per year", 21.00],
    ]:
        ws3.append(r)
    for w in (ws, ws2, ws3):
        w.column_dimensions["A"].width = 18
        w.column_dimensions["B"].width = 55
    wb.save(OUT / "ergonomo-price-spec-sheet-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# FAQ for co-working and flexible-office operators

*Ergonomo knowledge base - last updated 3 April 2025*

Co-working spaces put furniture under more stress than a classic office: many different users a day, frequent
re-adjustment and intensive cleaning. This article answers the questions operators ask us most often.

## Cleaning and hygiene between members

Aria mesh backs and Perch seats can be wiped with mild soapy water or with disinfecting wipes of up to 70% alcohol.
Do not use chlorine bleach, solvents or quaternary-ammonium sprays on mesh: they make it brittle and the damage is
not covered by the warranty. Desktops can be cleaned with any non-abrasive household cleaner.

## Adjusting to many different users

The Lift desk handset stores 4 memory positions and has an anti-collision sensor that stops and reverses the desk
when it meets an obstacle. A lock function on the handset prevents members from moving the desk (hold the M key
for 5 seconds). The Aria Pro has a weight-sensing synchro mechanism, so no tension adjustment is needed between
users.

## Buying more later

- **Continuity guarantee:** the Aria Pro chair and the Lift desk in their 2025 colours remain orderable until at
  least 31 December 2029, so new floors can match existing ones.
- **Repeat-order price protection:** a repeat order for the same site or a new site of the same operator, placed
  within 12 months of the first delivery and of at least 20 workstations, gets the same discount percentages as
  the first order.
- Each site is invoiced separately, even when several sites are ordered together.

## Branding

Logo embroidery is available on the back of fabric-upholstered chairs and on the front edge of the seat cushion of
mesh-back chairs, at €8.50 per chair with a minimum of 50 chairs per design. It adds 2 weeks to the lead time, and
embroidered chairs cannot be returned.

## Lockable storage

Mobile pedestals ship with 2 keys each. Operators who need one key for all pedestals can order a master-key system
at €4.00 per pedestal; it must be ordered together with the pedestals and cannot be fitted afterwards. Lost keys
are replaced at €7.50 per pair, quoting the key number stamped on the lock.

## Payments

Our standard terms are a 30% deposit on order and the balance net 30 days after installation sign-off. For orders
above €100,000 excluding VAT, staged payments per installation phase can be requested from your account manager.

## Trying before buying

We lend up to 3 sample chairs for 14 days free of charge, so members can try them before you order. Our showroom in
Rotterdam is open on weekdays by appointment.
"""


def make_md():
    (OUT / "coworking-operator-faq.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("written:", sorted(p.name for p in OUT.iterdir()))
