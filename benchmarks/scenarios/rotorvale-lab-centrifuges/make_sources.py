"""Generate the four knowledge sources of the rotorvale-lab-centrifuges scenario.

Run with a Python that has python-docx and openpyxl, and reportlab on PYTHONPATH, e.g.
  PYTHONPATH=/tmp/rlpkg /work/main/.venv/bin/python make_sources.py
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

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX: service agreement
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Rotorvale CarePlan Service Agreement: Terms and Service Levels", 0)
    d.add_paragraph("Document RV-SLA-2025, version 3.2, valid for contracts signed from 1 March 2025. "
                    "Applies to Rotorvale Scientific GmbH instruments installed in the EU, UK, Norway and Switzerland.")
    d.add_heading("1. CarePlan tiers", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Feature", "Bronze", "Silver", "Gold"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    rows = [
        ["Preventive maintenance (PM) visits per year", "1 visit", "1 visit",
         "2 visits for ultracentrifuges, 1 visit for floor-standing and benchtop centrifuges"],
        ["Parts and labour for repairs", "Charged at list price", "Included, except rotors and drive",
         "All parts and labour included, including the ultracentrifuge drive"],
        ["Remote diagnosis by a service engineer", "Next business day", "Within 8 business hours",
         "Within 4 business hours"],
        ["On-site response after remote diagnosis", "Within 5 business days", "Within 3 business days",
         "Within 2 business days"],
        ["Loan instrument", "No", "No",
         "Yes, if a repair takes more than 5 business days (subject to availability of the model)"],
        ["Annual rotor inspection and electrical safety test (IEC 61010)", "Charged", "Included", "Included"],
        ["Discount on consumables and accessories", "0%", "5%", "10%"],
        ["Annual fee, list price per instrument", "EUR 690 benchtop / EUR 1,450 floor-standing / EUR 3,900 ultracentrifuge",
         "EUR 980 benchtop / EUR 2,100 floor-standing / EUR 5,600 ultracentrifuge",
         "EUR 1,150 benchtop / EUR 2,350 floor-standing / EUR 6,800 ultracentrifuge"],
    ]
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.add_paragraph("Fleet contracts covering five or more instruments at one site are priced as one annual fee for the "
                    "whole fleet; the fleet fee is stated in the quote and replaces the per-instrument list prices above.")
    d.add_heading("2. Service hours and emergencies", 1)
    d.add_paragraph("Service hours are Monday to Friday, 08:00 to 17:00 CET, excluding public holidays at the customer's site. "
                    "Response times are counted in service hours only. Out-of-hours emergency call-outs are available at "
                    "EUR 185 per engineer hour (minimum 3 hours); CarePlan Gold customers receive 20% off this rate.")
    d.add_heading("3. Uptime guarantee (Gold only)", 1)
    d.add_paragraph("Rotorvale guarantees 97% uptime per instrument per contract year, measured in service hours from the "
                    "customer's fault report to the engineer's return-to-service report. If uptime falls below 97%, the customer "
                    "receives a service credit of 5% of the annual fee for that instrument for each full percentage point below "
                    "the guarantee, capped at 25% of the annual fee. Credits are applied to the next annual invoice and are not paid "
                    "out in cash. Downtime caused by excluded events (section 5) or by the customer's failure to provide access "
                    "does not count.")
    d.add_heading("4. Decontamination before service", 1)
    d.add_paragraph("Before any visit the customer must decontaminate the instrument, its rotors and accessories and sign the "
                    "decontamination certificate, form RV-DC-02. Instruments used with biological agents of risk group 3 must "
                    "additionally be fumigated by the customer's biosafety officer. If the engineer arrives and no signed "
                    "RV-DC-02 is available, the engineer will not start work and a wasted call-out fee of EUR 390 is charged, "
                    "also under CarePlan Gold.")
    d.add_heading("5. Exclusions", 1)
    for x in [
        "Damage caused by unbalanced loads, tube failure or running a rotor above its derated speed.",
        "Use of non-Rotorvale rotors, buckets or adapters in a Rotorvale instrument.",
        "Corrosion caused by cleaning or disinfecting agents not approved in the Rotor Safety, Care and Site Preparation Guide.",
        "Rotors that have passed their retirement limit (run count or age) stated in the specification sheet.",
        "Relocation of instruments, including moves within the same building; relocation is quoted separately "
        "(typically EUR 1,150 per ultracentrifuge move and EUR 480 per floor-standing centrifuge move within one site).",
        "Consumables such as tubes, bottles and sealing caps. O-rings and lid seals replaced during PM visits are included.",
        "Loss of samples, reagents or research data, and any indirect or consequential loss.",
    ]:
        d.add_paragraph(x, style="List Bullet")
    d.add_heading("6. Term, price and cancellation", 1)
    d.add_paragraph("The minimum term is 12 months from the start date stated in the quote. Contracts renew automatically for "
                    "further 12-month periods. Annual fees may be adjusted at renewal in line with the German consumer price "
                    "index, capped at 3.5% per year. Either party may cancel with 90 days' written notice before the contract "
                    "anniversary; notice received later takes effect at the following anniversary. A 3-year commitment earns a "
                    "5% discount on the annual fee; the fee is invoiced annually in advance and the discount is lost if the "
                    "customer cancels before the end of year 3, in which case the difference is invoiced.")
    d.add_paragraph("During the 24-month instrument warranty, CarePlan Gold adds the second PM visit, the uptime guarantee, the "
                    "loan instrument and the consumables discount; parts and labour are in any case covered by the warranty.")
    d.save(K / "careplan-service-agreement.docx")


# ---------------------------------------------------------------- PDF: rotor safety and site guide
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9.5
    body.leading = 12.5
    h1, h2 = ss["Title"], ss["Heading2"]
    story = [Paragraph("Rotor Safety, Care and Site Preparation Guide", h1),
             Paragraph("Rotorvale Scientific GmbH, document RV-GUIDE-07, edition 2025-02. For Apex UC-100X, Forta 5R and "
                       "Benchtop 16R instruments and their rotors.", body), Spacer(1, 6)]
    def sec(title, paras):
        story.append(Paragraph(title, h2))
        for p in paras:
            story.append(Paragraph(p, body))
            story.append(Spacer(1, 4))
    sec("1. Site requirements", [
        "Apex UC-100X ultracentrifuge: dedicated single-phase 208 to 240 V circuit protected at 30 A; keep a clearance of "
        "30 cm on both sides and at the rear and 1 m in front of the instrument. The floor must carry a point load of "
        "490 kg on four castors; the instrument must not be installed on a raised access floor without a load assessment. "
        "Room temperature 15 to 30 &deg;C, relative humidity at most 80% non-condensing. No flammable or hazardous materials "
        "may be stored within the 30 cm clearance zone.",
        "Forta 5R floor-standing refrigerated centrifuge: 400 V three-phase supply, 16 A, with a 5-pin CEE socket within 2 m. "
        "Clearance 30 cm on both sides and at the rear. Heat output is up to 4200 W at full load, so rooms with more than one "
        "Forta 5R usually need additional air conditioning.",
        "Benchtop 16R refrigerated microcentrifuge: 230 V single-phase, 10 A. The bench must carry at least 100 kg and be "
        "level to within 2 degrees; keep 10 cm clearance at the sides and rear for the condenser air flow.",
        "Access for delivery: the UC-100X is delivered on a pallet 1,100 x 850 mm; doorways on the route must be at least "
        "80 cm wide once the pallet is removed, and a goods lift rated for 600 kg is needed for upper floors.",
    ])
    sec("2. Installation and qualification", [
        "Installation of a UC-100X or Forta 5R is carried out only by a Rotorvale engineer and takes one working day per "
        "instrument. Installation Qualification (IQ) and Operational Qualification (OQ) are performed with the customer "
        "present and documented in the RV-IQOQ protocol, which is handed over on the day. Benchtop 16R units can be "
        "installed by the customer; IQ/OQ for them is optional.",
    ])
    sec("3. Rotor life, derating and retirement", [
        "Every ultracentrifuge rotor carries a RotorID chip; the UC-100X logs each run automatically and refuses to "
        "start a rotor that has reached its retirement limit.",
    ])
    tbl = Table([
        ["Rotor", "Material", "Derating", "Retirement"],
        ["SW-41 Ti swing-bucket", "Titanium", "Max speed reduced by 10% after 5,000 runs", "10,000 runs or 10 years"],
        ["FA-70 Ti fixed-angle", "Titanium", "None", "25,000 runs or 10 years"],
        ["SB 4x750 swing-bucket (Forta 5R)", "Aluminium", "None", "No run limit; retire on failed annual inspection"],
        ["FA-24 microtube rotor (Benchtop 16R)", "Aluminium", "None", "No run limit; retire after 7 years"],
    ], colWidths=[4.4 * cm, 2.2 * cm, 5.0 * cm, 5.4 * cm])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story.append(tbl)
    story.append(Spacer(1, 6))
    sec("4. Cleaning and disinfection", [
        "Clean rotors after each day of use with a mild detergent of pH 6 to 8, rinse with distilled water and dry upside "
        "down. Never use sodium hypochlorite (bleach) or other chloride-containing disinfectants on aluminium rotors or "
        "buckets: chloride causes stress corrosion and is an excluded cause of damage. Alkaline detergents above pH 9 must "
        "not be used on any rotor. Approved disinfectants are 70% ethanol and 2% glutaraldehyde.",
        "Autoclaving: the SW-41 Ti buckets and their caps may be autoclaved at 121 &deg;C for 20 minutes; the SW-41 Ti rotor "
        "body and the FA-70 Ti rotor must not be autoclaved. SB 4x750 buckets are autoclavable at 121 &deg;C, but the "
        "aerosol-tight lids are not.",
    ])
    sec("5. Biosafety and balancing", [
        "The SB 4x750 buckets with aerosol-tight lids are certified to EN 61010-2-020 Annex AA and may be used for "
        "risk group 2 material; open and load them in a microbiological safety cabinet. The UC-100X tolerates an imbalance "
        "of 0.5 g between opposite positions, the Forta 5R 10 g, the Benchtop 16R 1 g. An imbalance above these limits "
        "triggers an automatic stop; repeated imbalance stops must be reported to Rotorvale before further use.",
        "Training: each user must complete the Rotorvale Rotor Safety e-learning (about 45 minutes) before operating a "
        "UC-100X; the certificate is valid for 2 years.",
    ])
    SimpleDocTemplate(str(K / "rotor-safety-site-guide.pdf"), pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                      topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                      title="Rotor Safety, Care and Site Preparation Guide").build(story)


# ---------------------------------------------------------------- XLSX: price and spec sheet
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Centrifuges"
    ws.append(["Rotorvale Scientific 2025 Price and Specification Sheet: Centrifuges (academic list prices, EUR, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU", "Model", "Type", "Max speed (rpm)", "Max RCF (x g)", "Max capacity", "Temperature range",
               "Noise at max speed", "Power supply", "Heat output (W)", "Weight (kg)", "Dimensions W x D x H (mm)",
               "List price EUR"])
    rows = [
        ["RV-UC100X", "Apex UC-100X", "Floor-standing ultracentrifuge", "100,000 rpm", "802,000 x g", "8 x 39 mL (FA-70 Ti)",
         "0 to 40 °C", "51 dB(A)", "208-240 V single-phase, 30 A", "3400 W", "490 kg", "950 x 700 x 860", 148500],
        ["RV-F5R", "Forta 5R", "Floor-standing refrigerated centrifuge", "14,000 rpm", "29,400 x g", "4 x 1,000 mL",
         "-20 to 40 °C", "62 dB(A)", "400 V three-phase, 16 A", "4200 W", "310 kg", "780 x 900 x 920", 38900],
        ["RV-F6R", "Forta 6R", "Floor-standing refrigerated high-capacity centrifuge", "12,500 rpm", "26,800 x g",
         "6 x 1,000 mL", "-20 to 40 °C", "64 dB(A)", "400 V three-phase, 16 A", "5100 W", "355 kg", "820 x 940 x 930", 44600],
        ["RV-B16R", "Benchtop 16R", "Refrigerated benchtop microcentrifuge", "15,000 rpm", "21,300 x g",
         "24 x 1.5/2.0 mL (FA-24 rotor, included)", "-10 to 40 °C", "54 dB(A)", "230 V single-phase, 10 A", "650 W",
         "58 kg", "390 x 620 x 290", 7450],
        ["RV-B24", "Benchtop 24", "Non-refrigerated benchtop microcentrifuge", "14,800 rpm", "21,100 x g",
         "24 x 1.5/2.0 mL", "Ambient", "49 dB(A)", "230 V single-phase, 6 A", "300 W", "24 kg", "300 x 460 x 250", 5190],
    ]
    for r in rows:
        ws.append(r)
    ws.append([])
    ws.append(["Instrument warranty: 24 months parts and labour from installation. Lead times: see the ordering FAQ."])
    ws2 = wb.create_sheet("Rotors")
    ws2.append(["Rotorvale Scientific 2025 Price and Specification Sheet: Rotors"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["SKU", "Rotor", "Compatible instrument", "Max speed (rpm)", "Max RCF (x g)", "Capacity", "Material",
                "Retirement limit", "Rotor warranty", "List price EUR"])
    for r in [
        ["RV-SW41", "SW-41 Ti swing-bucket", "Apex UC-100X", "41,000 rpm", "288,000 x g", "6 x 13.2 mL", "Titanium",
         "10,000 runs or 10 years (derate 10% after 5,000 runs)", "5 years", 14200],
        ["RV-FA70", "FA-70 Ti fixed-angle", "Apex UC-100X", "70,000 rpm", "504,000 x g", "8 x 39 mL", "Titanium",
         "25,000 runs or 10 years", "7 years", 16800],
        ["RV-SB4x750", "SB 4x750 swing-bucket with aerosol-tight lids", "Forta 5R, Forta 6R", "4,200 rpm", "4,900 x g",
         "4 x 750 mL", "Aluminium", "No run limit; retire on failed annual inspection", "3 years", 6350],
        ["RV-FA6x500", "FA 6x500 fixed-angle", "Forta 5R", "10,500 rpm", "17,700 x g", "6 x 500 mL", "Aluminium",
         "No run limit; retire on failed annual inspection", "3 years", 7980],
        ["RV-FA24", "FA-24 microtube rotor", "Benchtop 16R", "15,000 rpm", "21,300 x g", "24 x 1.5/2.0 mL", "Aluminium",
         "7 years", "2 years", 890],
    ]:
        ws2.append(r)
    ws3 = wb.create_sheet("Accessories")
    ws3.append(["Rotorvale Scientific 2025 Price and Specification Sheet: Accessories and consumables"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append([])
    ws3.append(["SKU", "Item", "Fits", "Pack", "List price EUR"])
    for r in [
        ["RV-TB-13", "Thinwall polypropylene tubes 13.2 mL", "SW-41 Ti", "50 tubes", 168],
        ["RV-TB-39", "Sealable polycarbonate tubes 39 mL", "FA-70 Ti", "25 tubes", 212],
        ["RV-BT-750", "Polypropylene bottles 750 mL with screw caps", "SB 4x750", "6 bottles", 149],
        ["RV-AD-15", "Adapter for 15 mL conical tubes, 12 places", "SB 4x750", "Set of 4", 420],
        ["RV-LID-750", "Spare aerosol-tight lid", "SB 4x750", "1 lid", 185],
        ["RV-SW-P11", "RotorTrack audit-trail software option (21 CFR Part 11)", "Apex UC-100X", "1 licence", 2900],
        ["RV-LOG", "Paper rotor log book", "Any rotor", "1 book", 35],
    ]:
        ws3.append(r)
    for w in (ws, ws2, ws3):
        for col in "ABCDEFGHIJKLM":
            w.column_dimensions[col].width = 22
    wb.save(K / "rotorvale-price-spec-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# Ordering, delivery, warranty and training: FAQ for academic customers

*Rotorvale Scientific knowledge base, article KB-114, last reviewed April 2025.*

## Quotes and ordering
- Academic quotes are valid for 60 days. Prices are in EUR, excluding VAT, and already include the academic price level.
- Purchase orders must quote the Rotorvale quote number. We accept orders through university procurement portals;
  framework-agreement terms apply only where the framework is named in the quote.

## Payment
- Instruments: 80% of the instrument value is invoiced on delivery and 20% on successful installation (signed OQ),
  each payable 30 days net.
- CarePlan service contracts are invoiced annually in advance from the contract start date.

## Lead times (from receipt of the purchase order)
- Apex UC-100X ultracentrifuge: 10 to 12 weeks.
- Forta 5R and Forta 6R: 6 weeks.
- Benchtop 16R and Benchtop 24: 2 weeks, usually from stock in our Kassel warehouse.
- Rotors and accessories: 3 to 4 weeks; consumables: 5 business days.

## Delivery
- Delivery is DAP to the address on the quote, to the ground floor or a goods lift. Where no goods lift is available,
  a stair-climbing delivery is possible for the Forta 5R and Benchtop units at a surcharge of EUR 650 per floor-standing
  unit; the UC-100X cannot be delivered by stair climber.
- We take back one old centrifuge of any brand for each new floor-standing instrument, free of charge, provided it is
  decontaminated and signed off on form RV-DC-02.

## Warranty
- All instruments: 24 months parts and labour from the installation date (for customer-installed Benchtop units, from
  the delivery date).
- The Apex UC-100X drive carries a drive warranty of 5 years (parts only; labour after month 24 is covered only under
  CarePlan Silver or Gold).
- Rotor warranties differ by rotor and are listed in the price and specification sheet.
- The warranty is void for damage caused by running a rotor past its retirement limit.

## Training
- Each UC-100X installation includes two on-site training sessions of 3 hours each, for up to 8 users per session.
- Forta and Benchtop installations include one 1-hour session for up to 8 users.
- Additional on-site sessions cost EUR 480 each. The Rotor Safety e-learning is free.

## Returns
- Unused accessories and rotors in original packaging can be returned within 30 days with a 15% restocking fee.
- Installed instruments cannot be returned.
"""


def make_md():
    (K / "ordering-warranty-faq.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
