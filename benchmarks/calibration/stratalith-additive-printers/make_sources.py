"""Generate the four knowledge sources of the stratalith-additive-printers scenario.

Run:  PYTHONPATH=/tmp/rl-print /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv; reportlab installed with pip install --target /tmp/rl-print reportlab)
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


# --------------------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Stratalith Care – Service Agreement Schedule SA-3", 0)
    d.add_paragraph("Service levels, inclusions, exclusions and contract conditions. Version 2025.1, "
                    "valid for contracts signed from 1 January 2025. Stratalith Additive Systems GmbH, "
                    "Aachen, Germany.")

    d.add_heading("1. Service tiers", 1)
    d.add_paragraph("Stratalith offers three service tiers for its M-series (metal) and P-series (polymer) "
                    "systems: Care Standard, Care Plus and Care Premium. Each contract covers one system, "
                    "identified by its serial number, and starts on the date of the site acceptance test (SAT) "
                    "or, for an existing system, on the date of the entry inspection.")
    rows = [
        ("Service element", "Care Standard", "Care Plus", "Care Premium"),
        ("Remote support hours", "Mon–Fri 08:00–18:00 CET", "Mon–Fri 07:00–20:00 CET and Sat 08:00–14:00 CET", "24/7"),
        ("Remote response time (engineer call-back)", "within 8 business hours", "within 4 business hours", "within 2 hours"),
        ("On-site response (engineer on site)", "within 5 business days", "within 2 business days", "next business day"),
        ("Preventive maintenance visits per year", "1", "2", "3"),
        ("Laser calibration and power verification", "chargeable, €2,150 per visit", "included once a year", "included twice a year"),
        ("Spare parts", "15% discount on list price", "included, except wear parts (section 3.2)", "included, wear parts included"),
        ("Uptime guarantee", "none", "95% per contract quarter", "97% per contract quarter"),
        ("Software and firmware updates", "included", "included", "included"),
        ("Stratalith Connect remote monitoring", "optional", "required (included)", "required (included)"),
    ]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v

    d.add_heading("2. Uptime guarantee and service credits", 1)
    d.add_paragraph("Uptime is measured by Stratalith Connect as the share of scheduled production hours in a contract "
                    "quarter during which the system is available for building. Downtime caused by the customer "
                    "(missing inert gas, power outages, powder not on the Approved Materials List, operator error) "
                    "and planned preventive maintenance are not counted as downtime. If uptime falls below the "
                    "guarantee, the customer receives a service credit of 2% of the quarterly service fee for each "
                    "full percentage point below the guarantee, capped at 20% of the quarterly service fee. Service "
                    "credits are deducted from the next annual invoice and are the customer's sole remedy for "
                    "missed uptime. They are not paid out in cash.")

    d.add_heading("3. Exclusions", 1)
    d.add_paragraph("3.1 Not covered by any tier: damage caused by powders that are not on the Stratalith Approved "
                    "Materials List (this voids parts coverage for the affected module for the rest of the contract "
                    "year); damage caused by an inert gas supply below the purity stated in the Site Preparation "
                    "Guide; water damage, fire and transport damage; relocation of the system (de-installation and "
                    "re-commissioning are charged at a flat €6,800 within Germany and the Benelux).")
    d.add_paragraph("3.2 Wear parts excluded from Care Plus: recoater blades and rubber wipers, F9 gas circulation "
                    "filter cartridges, build plates, sieve meshes, protective window glasses and O-rings. These are "
                    "supplied at a 20% discount to Care Plus customers.")

    d.add_heading("4. Term, renewal and price adjustment", 1)
    d.add_paragraph("The initial term is stated in the quote (minimum 1 year). After the initial term the contract "
                    "renews automatically for 12 months at a time unless either party gives written notice at least "
                    "90 days before the end of the current term. Fees for a multi-year initial term are fixed for that "
                    "term. On each renewal the annual fee may be adjusted in line with the German producer price index "
                    "for machinery (Destatis GP 28), at most 4% per year.")
    d.add_paragraph("The customer may terminate for convenience with 90 days' written notice, but not before the end of "
                    "the first 12 months. Fees already paid for full quarters that are not used are refunded less an "
                    "administrative fee of 15% of the refunded amount.")

    d.add_heading("5. Transfer and out-of-contract work", 1)
    d.add_paragraph("A contract may be transferred once to a new owner of the system within the EU, subject to an "
                    "inspection visit charged at €1,900. Work outside a contract, or not covered by it, is charged at "
                    "€165 per engineer hour plus a travel flat rate of €480 per visit within Germany and the Benelux; "
                    "work on Saturdays, Sundays and public holidays carries a 50% surcharge.")

    d.add_heading("6. Remote monitoring data", 1)
    d.add_paragraph("Stratalith Connect transmits machine status, sensor logs and alarms, but no build files or part "
                    "geometry. Data is stored in the EU (Frankfurt) for 24 months. An on-premise gateway without cloud "
                    "storage is available; with it the uptime guarantee is measured from logs the customer exports "
                    "monthly.")
    d.save(OUT / "stratalith-care-service-schedule-SA3.docx")


# --------------------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9
    body.leading = 11.5
    h1, h2 = ss["Title"], ss["Heading2"]
    story = [Paragraph("Stratalith M280 and P500 – Technical Data and Site Preparation Guide", h1),
             Paragraph("Document TD-280/500, revision F, February 2025. All values are typical; the SAT criteria in "
                       "section 4 are binding.", body), Spacer(1, 4 * mm)]

    cell = ss["BodyText"].clone("cell", fontSize=8.5, leading=10)

    def table(rows):
        rows = [[Paragraph(("<b>%s</b>" % v) if i == 0 else v, cell) for v in r] for i, r in enumerate(rows)]
        tb = Table(rows, colWidths=[48 * mm, 62 * mm, 62 * mm])
        tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
        return tb

    story += [Paragraph("1. Technical data", h2), table([
        ["Parameter", "M280 Dual-Laser (metal LPBF)", "P500 (polymer SLS)"],
        ["Build volume (W × D × H)", "280 × 280 × 365 mm incl. build plate", "340 × 340 × 600 mm"],
        ["Laser", "2 × 500 W Yb fibre laser, 1070 nm", "1 × 70 W CO2 laser"],
        ["Focus diameter", "80 µm", "450 µm"],
        ["Layer thickness", "20–100 µm", "100–150 µm (default 120 µm)"],
        ["Build rate", "up to 70 cm³/h (316L, 60 µm, both lasers)", "up to 2.4 l/h"],
        ["Process atmosphere", "argon or nitrogen, residual O2 below 0.1%", "nitrogen from integrated generator"],
        ["Gas consumption", "initial purge approx. 40 min; argon approx. 3 l/min during build", "compressed air 6–8 bar, 25 m³/h"],
        ["Electrical connection", "400 V, 3-phase, 50 Hz, 32 A; peak 9.5 kW", "400 V, 3-phase, 50 Hz, 32 A; average 6.5 kW"],
        ["Dimensions (W × D × H)", "2,450 × 1,150 × 2,380 mm", "2,100 × 1,400 × 2,200 mm"],
        ["Weight (empty)", "2,950 kg", "1,650 kg"],
        ["Minimum floor load", "1,500 kg/m²", "1,000 kg/m²"],
    ]), Spacer(1, 3 * mm)]

    story += [Paragraph("2. Approved materials", h2),
              Paragraph("M280: 316L, 17-4PH, Ti6Al4V Grade 23, AlSi10Mg, Inconel 718 and CuCrZr. Titanium and "
                        "aluminium powders are reactive and may only be processed with the WS-40 wet separator "
                        "connected to the gas circulation filter. CuCrZr requires the high-reflectivity optics "
                        "option HR-1. P500: PA12, PA11, PA12 glass-filled (PA12-GF) and TPU 88A; TPU requires "
                        "firmware 3.2 or later. Using powders that are not approved is at the customer's own risk "
                        "(see Service Agreement Schedule SA-3).", body), Spacer(1, 3 * mm)]

    story += [Paragraph("3. Site requirements", h2),
              Paragraph("Room temperature 18–26 °C, relative humidity at most 60% non-condensing, temperature change "
                        "at most 2 °C per hour. The M280 needs a door opening of at least 1,300 mm wide and 2,450 mm "
                        "high on its transport path and a level floor (max. 2 mm over 2 m). The metal powder room must "
                        "be a separate zone with conductive flooring, earthing points for all powder containers and a "
                        "Class D fire extinguisher. Argon must have a purity of at least 4.6 (99.996%) and be supplied "
                        "at 6–10 bar; a 50-litre bundle of 12 cylinders covers roughly 10 days of two-shift operation. "
                        "The P500 needs an extraction connection of 150 mm diameter and 300 m³/h for the unpacking "
                        "station. Both systems need a wired network connection (RJ45) for Stratalith Connect.",
                        body), Spacer(1, 3 * mm)]

    story += [Paragraph("4. Installation and site acceptance test (SAT)", h2),
              Paragraph("Installation takes 3 working days for the M280 and 2 working days for the P500, by one "
                        "Stratalith field engineer, once the site has passed the pre-delivery checklist. The SAT is "
                        "performed within 10 business days of installation. M280 SAT: a Stratalith reference test "
                        "part in 316L with relative density of at least 99.5% and dimensional accuracy within ±0.1 mm "
                        "up to 100 mm. P500 SAT: PA12 tensile bars with tensile strength of at least 48 MPa in the "
                        "XY direction and a full-height build without curl defects. If a criterion is missed, "
                        "Stratalith repeats the test at its own cost within 10 business days.", body),
              Spacer(1, 3 * mm)]

    story += [Paragraph("5. Options not included in the standard scope", h2),
              Paragraph("WS-40 wet separator for reactive powders; HR-1 high-reflectivity optics; second P500 build "
                        "frame STR-P500-FRM (allows a new build to start while the previous one cools, list price "
                        "€14,200); argon gas distribution piping (installed by the customer's gas supplier).", body)]

    SimpleDocTemplate(str(OUT / "stratalith-M280-P500-technical-data-site-guide.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                      title="Stratalith M280 and P500 Technical Data", author="Stratalith Additive Systems GmbH"
                      ).build(story)


# --------------------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)

    def sheet(ws, title, header, rows):
        ws.append([title])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append(header)
        for c in ws[2]:
            c.font = bold
        for r in rows:
            ws.append(r)
        for col in ws.columns:
            ws.column_dimensions[col[1].column_letter].width = 22

    ws = wb.active
    ws.title = "Metal powders"
    sheet(ws, "Stratalith Approved Materials – Price and Specification List 2025 (EUR, excl. VAT, valid 1 January – 31 December 2025)",
          ["SKU", "Material", "Particle size", "Pack", "Price per pack (EUR)", "Price per kg (EUR)",
           "Lead time", "Shelf life (unopened)", "Typical density (as built)", "Tensile strength (as built)"],
          [["MAT-316L-1545-20", "316L stainless steel", "15–45 µm", "20 kg bottle", "1,640.00", "82.00", "5 business days", "36 months", "99.7%", "640 MPa"],
           ["MAT-174PH-1545-20", "17-4PH stainless steel", "15–45 µm", "20 kg bottle", "1,780.00", "89.00", "10 business days", "36 months", "99.6%", "1,050 MPa (after H900)"],
           ["MAT-TI64-2063-10", "Ti6Al4V Grade 23", "20–63 µm", "10 kg bottle, argon sealed", "3,950.00", "395.00", "15 business days", "24 months", "99.8%", "1,100 MPa"],
           ["MAT-ALSI10-2063-10", "AlSi10Mg", "20–63 µm", "10 kg bottle, argon sealed", "1,240.00", "124.00", "10 business days", "12 months", "99.5%", "430 MPa"],
           ["MAT-IN718-1545-20", "Inconel 718", "15–45 µm", "20 kg bottle", "2,960.00", "148.00", "15 business days", "36 months", "99.7%", "1,000 MPa"],
           ["MAT-CUCRZR-1545-10", "CuCrZr (requires HR-1 optics)", "15–45 µm", "10 kg bottle", "1,690.00", "169.00", "20 business days", "18 months", "99.3%", "280 MPa (410 MPa aged)"]])

    ws = wb.create_sheet("Polymer powders")
    sheet(ws, "Stratalith Approved Materials – Polymer powders for the P500 (EUR, excl. VAT)",
          ["SKU", "Material", "Pack", "Price per pack (EUR)", "Price per kg (EUR)",
           "Refresh ratio (fresh / used)", "Lead time", "Shelf life (unopened)", "Tensile strength XY"],
          [["MAT-PA12-GF0-20", "PA12 natural", "20 kg bag", "1,180.00", "59.00", "30% fresh / 70% used", "5 business days", "24 months", "48 MPa"],
           ["MAT-PA11-20", "PA11 (bio-based)", "20 kg bag", "1,420.00", "71.00", "50% fresh / 50% used", "10 business days", "18 months", "52 MPa"],
           ["MAT-PA12GF-20", "PA12 glass-filled 40%", "20 kg bag", "1,360.00", "68.00", "40% fresh / 60% used", "10 business days", "24 months", "51 MPa"],
           ["MAT-TPU88-15", "TPU 88A (firmware 3.2+)", "15 kg bag", "1,515.00", "101.00", "20% fresh / 80% used", "15 business days", "12 months", "9 MPa"]])

    ws = wb.create_sheet("Conditions")
    sheet(ws, "Ordering conditions for powders and consumables",
          ["Topic", "Condition"],
          [["Volume discount", "Same SKU in one order: 5–9 packs 5%; 10–24 packs 8%; 25 packs or more 12%."],
           ["Frame agreement", "Annual commitment of at least €40,000: prices fixed for 12 months, call-offs of any size."],
           ["Minimum order", "€500 per order."],
           ["Shipping", "Free within the EU for orders above €2,500; otherwise a flat €145 per order."],
           ["Dangerous goods", "Ti6Al4V and AlSi10Mg ship as UN 3089 (metal powder, flammable): surcharge €95 per shipment."],
           ["Certificates", "Every lot ships with a certificate of analysis (chemistry and particle size distribution) to EN 10204 3.1."],
           ["Returns", "Unopened packs may be returned within 30 days of delivery with a 20% restocking fee. Opened packs cannot be returned."],
           ["Used powder", "Sieve metal powder after every build (63 µm mesh for 15–45 µm powders). Used polymer powder must be mixed at the refresh ratio shown on the Polymer powders sheet."],
           ["Storage", "Store below 30 °C and 50% relative humidity; reseal metal powder bottles under argon after opening."]])
    wb.save(OUT / "stratalith-materials-price-list-2025.xlsx")


# --------------------------------------------------------------------------- MD (kb_article)
MD = """# Delivery, installation, warranty and training – FAQ

*Stratalith Additive Systems GmbH – customer knowledge base, last updated February 2025.*

## Lead times and delivery

- **M280 Dual-Laser:** 14–16 weeks from order confirmation. **P500:** 8–10 weeks. **PowderHub 200:** 6 weeks.
- Systems are delivered DAP (Incoterms 2020) on air-ride trucks. Unloading is the customer's responsibility: the
  M280 crate weighs about 3,400 kg and needs a forklift of at least 5 t capacity or a crane. Stratalith can arrange
  a rigging company for unloading and moving into place for a flat €2,300 per system.
- A free site survey by a Stratalith application engineer takes place within 3 weeks of order confirmation. The
  customer returns the signed pre-delivery checklist at least 2 weeks before the planned delivery date.
- **Site not ready?** If the site has not passed the checklist, delivery is postponed and the system is stored at
  our Aachen warehouse. Storage is free for 14 calendar days; after that we charge €120 per system per calendar day.
  The delivery payment milestone stays due on the originally confirmed delivery date.

## Installation and acceptance

- One field engineer installs the M280 in 3 working days and the P500 in 2 working days. The PowderHub 200 is
  installed on the same visit as the M280 at no extra time.
- The site acceptance test (SAT) follows within 10 business days. The criteria are in the Technical Data and Site
  Preparation Guide (TD-280/500, section 4). The SAT protocol is signed by both parties; the signature date starts
  the warranty and any service contract.

## Warranty

- **M280:** 24 months from the SAT or 26 months from delivery, whichever ends first. The two laser sources are
  covered for 24 months or 10,000 laser-on hours, whichever comes first.
- **P500:** 12 months from the SAT or 14 months from delivery, whichever ends first.
- **PowderHub 200:** 12 months from the SAT.
- Warranty covers parts, labour and travel. It does not cover wear parts (recoater blades, filters, build plates,
  sieve meshes, protective glasses, O-rings) or damage from non-approved powders. During the warranty period a
  Care contract adds its service levels (response times, preventive maintenance, uptime guarantee) on top of the
  warranty; it does not extend the warranty itself.

## Training

- **TRN-OPS-5D** is 5 consecutive days on site for up to 6 trainees: 3 days machine operation and maintenance, 1 day
  powder handling and safety (ATEX awareness, PPE, fire risk) and 1 day design for additive manufacturing.
  Each trainee receives a Stratalith Certified Operator certificate.
- Additional trainees cost €690 per person (maximum 10 per course). The course must be held within 6 months of the
  SAT; after that it expires without refund.
- Advanced courses (process parameter development, support strategies for Inconel) are held in Aachen; dates are
  published each quarter.

## Software

- Each system includes 2 perpetual seats of Stratalith BuildPrep Pro (build preparation, support generation, nesting
  for the P500). Additional seats cost €3,400 per seat per year.
- Updates are included while the system is under warranty or a Care contract.
"""


def make_md():
    (OUT / "delivery-installation-warranty-faq.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("written to", OUT)
