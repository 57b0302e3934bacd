"""Generate the knowledge sources of the corvane-mri-systems scenario.

Run with a Python that has python-docx and openpyxl, plus reportlab (e.g. installed with
`pip install --target /tmp/rl reportlab` and PYTHONPATH=/tmp/rl).
"""
import os
import sys

sys.path.append("/tmp/rl")

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib import colors
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)


# ---------------------------------------------------------------- DOCX: service terms
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Corvane Medical Imaging Ltd - PrimeCare Service Plans for MRI Systems", 0)
    d.add_paragraph("Schedule S-3 (United Kingdom), version 2025.1, effective 1 February 2025. Applies to Aventis 1.5T "
                    "and Aventis 3T systems installed in the United Kingdom. All fees are in GBP and exclude VAT.")
    d.add_heading("1. Plan overview", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Feature", "PrimeCare Platinum", "PrimeCare Gold", "PrimeCare Silver"]):
        t.rows[0].cells[i].text = h
    rows = [
        ("Guaranteed uptime", "98%", "97%", "No guarantee"),
        ("On-site response (fault call to engineer on site)", "4 hours", "Next business day", "Within 3 business days"),
        ("Cover hours", "08:00-20:00 Monday to Saturday", "08:00-18:00 Monday to Friday", "08:00-18:00 Monday to Friday"),
        ("Planned preventive maintenance visits per year", "4", "2", "1"),
        ("RF coils", "Included, incl. accidental cable damage", "Included, excl. accidental damage", "Excluded"),
        ("Parts and labour", "Included", "Included", "Labour only; parts at list price less 10%"),
        ("CorLink remote monitoring", "Included", "Included", "Not available"),
        ("Software updates", "All updates + one hardware-dependent upgrade per term", "All updates", "Safety updates only"),
        ("Applications hotline", "Unlimited", "20 hours per year", "Not included"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_heading("2. Uptime guarantee and service credits", 1)
    d.add_paragraph(
        "Uptime is measured over each contract year during the cover hours of the plan, from the moment a fault is logged "
        "with the Corvane Service Desk (0345 210 7760 or through CorLink) until the system is handed back for clinical use. "
        "Time taken by planned preventive maintenance, customer-requested downtime, power or chilled-water failures on the "
        "customer's side, and periods when Corvane engineers are refused access to the site is excluded.")
    d.add_paragraph(
        "If measured uptime falls below the guaranteed level, the customer receives a service credit of 5% of the annual "
        "service fee for each full percentage point below the guarantee, capped at 20% of the annual service fee. Credits "
        "are applied to the next annual invoice and are not paid in cash. Service credits are the customer's sole financial "
        "remedy for downtime; loss of revenue, rescheduling costs and referral costs are not compensated.")
    d.add_heading("3. Magnet, helium and quench", 1)
    d.add_paragraph(
        "The Aventis 1.5T magnet is a zero-boil-off design. Under Platinum and Gold, helium top-ups needed because of a "
        "cold-head or compressor failure are included. A quench caused by the customer (including unjustified use of the "
        "emergency run-down unit or the quench button, or a loss of chilled water lasting more than 12 hours on the "
        "customer's side) is not covered: magnet re-fill and re-ramp after a customer-caused quench is charged at a fixed "
        "price of GBP 38,500 plus helium at the market rate on the day of the re-fill.")
    d.add_heading("4. Exclusions (all plans)", 1)
    for s in [
        "Damage caused by ferromagnetic objects brought into the magnet room (projectile or 'missile' incidents), including "
        "damage to the magnet cover, the patient table and coils.",
        "Damage from water ingress, fire, flood or building works not carried out by Corvane.",
        "Consumables: positioning pads, straps, headphones, ECG electrodes and phantom filling fluid.",
        "Third-party software and hardware not supplied by Corvane, including PACS and RIS connections.",
        "Relocation of the system or the RF cage.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("5. Term, fees and price indexation", 1)
    d.add_paragraph(
        "PrimeCare contracts run for 3, 5 or 7 years from the date of system acceptance; the first 12 months of any "
        "PrimeCare contract replace the standard 12-month system warranty. The annual fee is invoiced yearly in advance. "
        "The annual fee is fixed for the first three contract years; from year 4 it is indexed each year to UK CPI "
        "(12 months to the preceding January), capped at 4% per year. After contract year 3, either party may terminate "
        "on 6 months' written notice; an early termination before year 3 requires payment of the remaining fees up to "
        "the end of year 3.")
    d.add_heading("6. Preventive maintenance", 1)
    d.add_paragraph(
        "Planned visits are scheduled at least 15 business days in advance and take 6 to 8 hours per visit. They include "
        "image-quality checks with the Corvane phantom set, cold-head and compressor inspection, RF and gradient "
        "calibration and a written report within 5 business days. Platinum customers may ask for visits on Saturdays "
        "without extra charge; Gold customers pay GBP 640 per Saturday visit.")
    d.save(os.path.join(K, "primecare-service-terms.docx"))


# ---------------------------------------------------------------- PDF: site planning guide
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = [Paragraph("Aventis 1.5T - Site Planning Guide (UK edition)", ss["Title"]),
             Paragraph("Corvane Medical Imaging Ltd, document SPG-A15-UK rev. F, March 2025", body),
             Spacer(1, 8),
             Paragraph("1. Room requirements", ss["Heading2"])]
    data = [["Room", "Minimum internal size", "Notes"],
            ["Magnet room (inside RF cage)", "6.2 m x 4.0 m", "Finished ceiling height 2.6 m minimum"],
            ["Technical (equipment) room", "3.5 m x 2.5 m", "Gradient cabinet, RF amplifier, cold-head compressor"],
            ["Control room", "3.0 m x 2.4 m", "Operator console with direct view through RF window"]]
    t = Table(data, colWidths=[150, 120, 220])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    story += [t, Spacer(1, 6)]
    paras = [
        ("2. Structural", "The magnet weighs 4,350 kg including helium; the complete system in the magnet room weighs "
         "5,100 kg. The floor under the magnet must carry a distributed load of 1,800 kg/m2 and be level to within 2 mm "
         "over the magnet footprint. A structural survey by the customer's engineer is required before the site works "
         "design is frozen. Delivery needs an access route with a clear opening of at least 2.4 m wide by 2.5 m high; "
         "where this is not available, a crane lift through a temporary wall opening is quoted separately."),
        ("3. Magnetic fringe field", "The 0.5 mT (5 gauss) line extends 2.5 m radially and 4.0 m axially from the "
         "magnet isocentre. Pacemaker warning signs must be placed at this line; areas inside it must be access "
         "controlled (MR Zone III/IV)."),
        ("4. RF shielding", "The RF cage must provide at least 100 dB attenuation between 10 MHz and 100 MHz. Corvane "
         "supplies a copper-panel cage with a waveguide penetration panel, RF door and RF window, and issues an RF test "
         "certificate at handover. The RF cage carries a 10-year warranty on panels and seams; the RF door seals carry a "
         "2-year warranty. Magnetic shielding (steel) is only needed where the fringe field survey shows the 0.5 mT line "
         "outside the controlled area; it is assessed during the site survey."),
        ("5. Quench pipe", "A stainless-steel quench pipe of 250 mm diameter must vent helium outdoors. Maximum length "
         "15 m with no more than 3 bends; the outlet must be at least 3 m above ground and 5 m from air intakes, doors and "
         "windows."),
        ("6. Power and cooling", "Supply: 3-phase 400 V, 95 kVA, with a dedicated isolator in the technical room. "
         "Chilled water: 45 kW heat load at 10-15 deg C supply temperature, 60 l/min. Magnet room environment: 18-22 deg C "
         "and 40-60% relative humidity. The technical room must be kept at 15-25 deg C."),
        ("7. Programme", "Typical programme from order to first patient: site survey and design 2 weeks; site works "
         "(floor, quench pipe, HVAC, chilled water, electrical) 10 weeks, during which the RF cage is installed over "
         "3 weeks; magnet delivery, helium fill and ramp 2 weeks; calibration, acceptance testing and applications "
         "training start 2 weeks. Total programme: 16 weeks. The system itself has a lead time of 14 weeks from order."),
        ("8. Responsibilities", "Customer: planning permission and landlord consent, structural survey, building-control "
         "approval, a named site contact and access for deliveries. Corvane: site survey, room layout drawings, RF cage, "
         "quench pipe, magnet-room HVAC, installation, RF test certificate, acceptance testing. If a booked site survey "
         "visit is cancelled by the customer with less than 5 business days' notice, a rebooking fee of GBP 950 applies."),
    ]
    for h, p in paras:
        story += [Paragraph(h, ss["Heading2"]), Paragraph(p, body)]
    SimpleDocTemplate(os.path.join(K, "aventis-site-planning-guide.pdf"), pagesize=A4,
                      title="Aventis 1.5T Site Planning Guide").build(story)


# ---------------------------------------------------------------- XLSX: coils, specs, training
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Coils"
    ws.append(["Corvane Aventis 1.5T - RF coils and options price list 2025 (GBP, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Coil", "Channels", "Weight (kg)", "List price GBP", "Warranty", "Notes"])
    coils = [
        ("CMI-COIL-HN20", "Head/Neck 20-channel coil", 20, 7.9, 38400, "24 months", "Includes mirror and padding set"),
        ("CMI-COIL-BA18", "Body Array 18-channel flex coil", 18, 2.1, 29750, "24 months", "Abdomen, pelvis, cardiac"),
        ("CMI-COIL-KN16", "Knee 16-channel coil", 16, 4.6, 24900, "24 months", "Transmit/receive"),
        ("CMI-COIL-SH16", "Shoulder 16-channel coil", 16, 3.2, 22600, "24 months", "Left/right"),
        ("CMI-COIL-FS04", "Flex Small 4-channel coil", 4, 0.6, 9800, "24 months", "Wrist, elbow, small joints"),
        ("CMI-COIL-FL04", "Flex Large 4-channel coil", 4, 0.9, 11200, "24 months", "Hip, thigh, large joints"),
        ("CMI-COIL-BR16", "Breast 16-channel coil", 16, 9.8, 41500, "24 months", "Diagnostic bilateral imaging"),
        ("CMI-COIL-BB07", "Breast Biopsy 7-channel coil", 7, 8.4, 33900, "24 months", "Grid and post biopsy access"),
        ("CMI-COIL-FA16", "Foot/Ankle 16-channel coil", 16, 5.1, 23700, "24 months", ""),
        ("CMI-COIL-SP32", "Spine 32-channel coil (in table)", 32, 0, 0, "With system", "Integrated; included with the system"),
    ]
    for c in coils:
        ws.append(list(c))
    for col, w in zip("ABCDEFG", [16, 34, 10, 12, 15, 12, 38]):
        ws.column_dimensions[col].width = w

    s2 = wb.create_sheet("System specs")
    s2.append(["Aventis 1.5T - key system specifications"])
    s2["A1"].font = Font(bold=True, size=13)
    s2.append([])
    s2.append(["Parameter", "Value"])
    for r in [
        ("Field strength", "1.5 T"),
        ("Bore diameter", "70 cm"),
        ("Magnet length", "157 cm"),
        ("Helium inventory", "1,450 litres, sealed zero-boil-off"),
        ("Gradient amplitude", "45 mT/m"),
        ("Gradient slew rate", "200 T/m/s"),
        ("RF receive channels", "48"),
        ("Maximum field of view", "50 cm x 50 cm x 45 cm"),
        ("Patient table maximum load", "250 kg"),
        ("Acoustic noise reduction", "QuietScan, up to 97% reduction on supported sequences"),
        ("System warranty", "12 months from acceptance"),
    ]:
        s2.append(list(r))
    s2.column_dimensions["A"].width = 30
    s2.column_dimensions["B"].width = 50

    s3 = wb.create_sheet("Training")
    s3.append(["Applications training packages 2025"])
    s3["A1"].font = Font(bold=True, size=13)
    s3.append([])
    s3.append(["SKU", "Package", "Content", "Price GBP"])
    for r in [
        ("CMI-TRN-APP", "Standard applications training", "10 on-site days + 2 Corvane Academy places", 18600),
        ("CMI-TRN-NEU", "Advanced follow-up: neuro", "3 on-site days, neuro and spectroscopy protocols", 5400),
        ("CMI-TRN-MSK", "Advanced follow-up: MSK", "3 on-site days, joint and sports protocols", 4950),
        ("CMI-TRN-ACA", "Additional Corvane Academy place", "3-day course, per person", 1850),
    ]:
        s3.append(list(r))
    s3.column_dimensions["B"].width = 34
    s3.column_dimensions["C"].width = 48
    wb.save(os.path.join(K, "aventis-coils-and-options-2025.xlsx"))


# ---------------------------------------------------------------- Markdown KB article
MD = """# Applications training and go-live: what to expect

Applies to new Aventis 1.5T installations with the Standard applications training package (CMI-TRN-APP).

## What is included
- **10 on-site training days**, delivered in two visits: **6 days at go-live** (starting the day after acceptance
  testing) and **4 days of follow-up 6 to 8 weeks later**, once the team has scanned its first patients.
- A maximum of **4 radiographers per session**; larger teams need extra days (GBP 1,550 per additional on-site day).
- **2 places at the Corvane Academy** in Manchester: a 3-day course (scanner physics, MR safety, protocol
  optimisation) that earns **21 CPD hours** and a certificate. Further places cost GBP 1,850 per person.
- A starter protocol library for neuro, spine, MSK, body and pelvis, adapted to the coils on the order.

## Conditions
- Training days must be used within **12 months of acceptance**; unused days expire and are not refunded.
- Days cancelled by the customer with less than 10 working days' notice are charged at **GBP 1,200 per day**.
- At least one trainee per session must hold an MR safety qualification (MR Responsible Person or equivalent) before
  patients are scanned unsupervised.
- Training is delivered in English; sessions run 08:30-17:00 and need the scanner free of patients.

## After go-live
Questions on protocols after the follow-up visit go to the applications hotline (unlimited under PrimeCare Platinum,
20 hours per year under Gold). Advanced follow-up packages (neuro or MSK, 3 on-site days each) can be added at any time.
"""

# ---------------------------------------------------------------- HTML page
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>MR safety and helium FAQ - Corvane Medical Imaging</title></head>
<body>
<h1>MR safety and helium: frequently asked questions</h1>
<p>Corvane Medical Imaging Ltd - customer support pages - updated April 2025</p>
<h2>Is a ferromagnetic detector included?</h2>
<p>Yes. Every Corvane site-works package for the Aventis 1.5T includes a FerroGuard wall-mounted ferromagnetic
detection system at the entrance to the magnet room (Zone IV), installed and tested with the RF cage. It does not replace
patient and staff screening.</p>
<h2>What happens in a quench?</h2>
<p>A quench vents the helium through the quench pipe to the outside within about 30 seconds and the field falls to zero.
The magnet room has an oxygen monitor that alarms when oxygen falls below 19.5% and starts the emergency extract fan at
a rate of 12 air changes per hour. Emergency run-down units (ERDU) are fitted at the operator console and beside the
magnet room door.</p>
<h2>How much helium does the magnet use?</h2>
<p>The Aventis 1.5T is sealed and zero-boil-off: in normal operation no helium is consumed. The cold-head compressor
must run continuously; if chilled water or power is lost, the magnet keeps its field for about 10 hours before helium
starts to boil off.</p>
<h2>Who is our MR safety contact?</h2>
<p>The customer appoints its own MR Responsible Person. Corvane provides a site MR safety pack (zoning drawings, signage
and emergency procedures) at handover.</p>
</body></html>
"""


def main():
    make_docx()
    make_pdf()
    make_xlsx()
    with open(os.path.join(K, "applications-training-go-live.md"), "w") as f:
        f.write(MD)
    with open(os.path.join(K, "mr-safety-helium-faq.html"), "w") as f:
        f.write(HTML)
    print("sources written to", K)


if __name__ == "__main__":
    main()
