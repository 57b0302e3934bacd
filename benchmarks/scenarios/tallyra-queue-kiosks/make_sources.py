"""Generate the four knowledge sources of the tallyra-queue-kiosks scenario.

Run: PYTHONPATH=/path/to/reportlab /work/main/.venv/bin/python make_sources.py
Needs python-docx, openpyxl and reportlab.
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


# --------------------------------------------------------------------------- PDF: technical datasheet
def make_pdf():
    path = OUT / "tallyra-kiosk-technical-datasheet.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Tallyra kiosk technical datasheet", author="Tallyra Queue Systems")
    ss = getSampleStyleSheet()
    h1, h2, body = ss["Title"], ss["Heading2"], ss["BodyText"]
    s = []
    s.append(Paragraph("Tallyra Queue Systems - Technical Datasheet, Kiosk Range 2025 (rev. C)", h1))
    s.append(Paragraph(
        "This datasheet covers the TQ-KSK-410 self-service check-in kiosk and the TQ-KSK-420P photo and signature "
        "capture kiosk, the TQ-DSP-55 waiting-area call display and the TQ-CTR-TERM counter terminal. Figures are "
        "nominal values measured at 23 degrees C and 230 V AC unless stated otherwise.", body))

    s.append(Paragraph("1. TQ-KSK-410 self-service check-in kiosk", h2))
    rows = [
        ["Property", "TQ-KSK-410 check-in kiosk"],
        ["Dimensions (W x D x H)", "520 x 480 x 1,620 mm"],
        ["Weight (without base plate)", "68 kg; floor load 290 kg/m2 on the standard 0.24 m2 base plate"],
        ["Touchscreen", "21.5 inch projected-capacitive, 1920 x 1080, 400 cd/m2, 6 mm tempered anti-glare glass"],
        ["Document reader", "Full-page MRZ and chip reader, ICAO Doc 9303 compliant (TD1, TD2, TD3), ISO/IEC 14443 RFID"],
        ["Ticket printer", "Thermal, 80 mm paper, 300 m roll (approx. 2,800 tickets), auto-cutter, paper-low sensor"],
        ["Power", "230 V AC, 50 Hz; 45 W idle, 180 W peak"],
        ["Network", "1 x RJ45 Gigabit Ethernet (wired connection required); Wi-Fi not supported for production use"],
        ["Operating environment", "Indoor only, 0 to 35 degrees C, 10-85 % relative humidity, non-condensing, IP30"],
        ["Lead time", "6 weeks from purchase order"],
    ]
    s.append(_table(rows))
    s.append(Spacer(1, 4 * mm))

    s.append(Paragraph("2. TQ-KSK-420P photo and signature capture kiosk", h2))
    rows = [
        ["Property", "TQ-KSK-420P photo and signature kiosk"],
        ["Dimensions (W x D x H)", "900 x 1,350 x 2,050 mm (enclosed booth with curtain)"],
        ["Weight", "212 kg; floor load 175 kg/m2 across the 1.2 m2 footprint"],
        ["Camera", "24 MP camera on a motorised column, lens height 950 to 1,850 mm, automatic face-finding"],
        ["Photo compliance", "Live checks against ISO/IEC 19794-5 and ICAO portrait quality rules; average session 95 seconds"],
        ["Lighting", "Twin diffused LED panels, 5,600 K, flicker-free, shadow-free background"],
        ["Signature pad", "Electromagnetic pen pad, 1,024 pressure levels, 500 dpi"],
        ["Receipt printer", "Thermal, 58 mm paper, 150 m roll (approx. 1,600 receipts)"],
        ["Power", "230 V AC, 50 Hz; 90 W idle, 420 W peak"],
        ["Network", "1 x RJ45 Gigabit Ethernet (wired connection required)"],
        ["Lead time", "10 weeks from purchase order"],
    ]
    s.append(_table(rows))
    s.append(Spacer(1, 4 * mm))

    s.append(Paragraph("3. Accessibility", h2))
    s.append(Paragraph(
        "Both kiosks are designed to EN 301 549 (v3.2.1) for ICT accessibility. On the TQ-KSK-410 every touch target "
        "lies between 750 mm and 1,200 mm above the floor so that it can be reached from a wheelchair; an "
        "'accessible layout' button moves all controls to the lower half of the screen. Audio guidance is provided "
        "through a 3.5 mm headphone jack with a tactile navigation keypad (EN 301 549 clause 5.1.3). The TQ-KSK-420P "
        "booth has a 900 mm clear entrance, a fold-away seat, and the camera column lowers to 950 mm so applicants "
        "can be photographed seated in their own wheelchair. Induction loops are not fitted as standard.", body))

    s.append(Paragraph("4. Call display and counter terminal", h2))
    s.append(Paragraph(
        "TQ-DSP-55: 55 inch commercial LCD, 700 cd/m2, 24/7 rated, VESA 400 x 400 mount, built-in chime and "
        "text-to-speech announcement of ticket and counter numbers in up to 4 languages in sequence, 110 W typical. "
        "TQ-CTR-TERM: desk-top caller unit with 7 inch touch panel for the officer and a separate 3-digit red LED "
        "counter-number sign (visible up to 25 m), powered over PoE (IEEE 802.3af, 9 W). Officers can call next, "
        "recall, transfer a ticket to another service, or mark a no-show.", body))

    s.append(Paragraph("5. Installation requirements (customer responsibilities)", h2))
    s.append(Paragraph(
        "The customer provides one wired network outlet and one protected 230 V socket within 1.5 m of each kiosk, "
        "a PoE switch port for each counter terminal, and clear access routes at least 1,000 mm wide for delivery of "
        "the TQ-KSK-420P booth, which ships as 3 crates. Floors must be level within 5 mm over 2 m. Kiosks are bolted "
        "to the floor with 4 M10 anchors; for listed buildings a weighted base plate (TQ-OPT-BASE) is available "
        "instead. Tallyra does not perform electrical or data-cabling work.", body))
    doc.build(s)


def _table(rows):
    cell = getSampleStyleSheet()["BodyText"].clone("cell", fontSize=8.5, leading=10.5)
    head = cell.clone("head", fontName="Helvetica-Bold")
    rows = [[Paragraph(v, head if i == 0 else cell) for v in r] for i, r in enumerate(rows)]
    t = Table(rows, colWidths=[52 * mm, 120 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), "Helvetica-Bold"),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


# --------------------------------------------------------------------------- DOCX: service agreement
def make_docx():
    path = OUT / "tallyra-service-and-maintenance-terms.docx"
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Tallyra Queue Systems - Service and Maintenance Terms (SMT-2025)", 0)
    d.add_paragraph(
        "These terms apply to every maintenance plan sold by Tallyra Queue Systems B.V. for kiosks, displays and "
        "counter terminals, and to the hosted queue-management software. They form part of the customer's order "
        "unless a signed framework agreement states otherwise.")

    d.add_heading("1. Hardware warranty", 1)
    d.add_paragraph(
        "All Tallyra hardware carries a 24-month warranty from the date of the installation acceptance certificate. "
        "During the warranty parts are replaced free of charge and returned to our depot (return-to-base). On-site "
        "attendance during the warranty is only included when a maintenance plan is purchased. Consumables (paper "
        "rolls, printer heads after 150 km of printed paper, signature pens, curtains) are excluded from the warranty.")

    d.add_heading("2. Maintenance plans", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["", "Silver", "Gold", "Platinum"]
    for c, v in zip(t.rows[0].cells, hdr):
        c.text = v
    data = [
        ["Service hours", "Mon-Fri 08:00-18:00", "Mon-Sat 07:00-20:00", "24/7"],
        ["Critical fault: on-site response", "next business day", "within 4 hours", "within 2 hours"],
        ["Non-critical fault: on-site response", "within 3 business days", "next business day", "next business day"],
        ["Preventive maintenance visits", "1 per year", "2 per year", "4 per year"],
        ["Spare parts and labour", "labour only", "parts and labour", "parts and labour"],
        ["Hot-swap spare kiosk on site", "no", "no", "1 per 10 kiosks"],
        ["Remote monitoring and alerts", "yes", "yes", "yes"],
    ]
    for r in data:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph(
        "A critical fault is one that stops a kiosk from issuing tickets, reading documents or capturing photos, or "
        "stops more than 25 % of counter terminals at one site. Response times are measured from the moment the "
        "ticket is logged with the Tallyra service desk (+31 20 555 0188 or service@tallyra.example) and run only "
        "within the service hours of the plan. Plans are priced per kiosk per year; displays and counter terminals "
        "on a site with a plan are covered at no extra charge.")

    d.add_heading("3. Exclusions", 1)
    d.add_paragraph(
        "Plans do not cover: damage from vandalism, impact or liquid ingress; faults caused by the customer's network, "
        "power supply or third-party software; relocation of kiosks (quoted separately at the installation day rate); "
        "consumables; and repairs after a kiosk has been opened by anyone other than a Tallyra engineer. Vandalism "
        "repairs are charged at time and materials, with the touchscreen glass available as a fixed-price swap.")

    d.add_heading("4. Software service levels", 1)
    d.add_paragraph(
        "The hosted queue-management software is available 99.5% of each calendar month, excluding planned maintenance "
        "announced 5 business days ahead and carried out between 22:00 and 05:00 CET. If availability falls below "
        "99.5% the customer receives a service credit of 5% of the monthly licence fee for each full 0.5 percentage "
        "point below the target, capped at 25% of that month's fee. Service credits are the sole financial remedy "
        "for missed availability and must be claimed within 30 days after the month ends. Kiosks keep issuing "
        "tickets in offline mode for up to 8 hours if the connection to the hosted platform is lost.")

    d.add_heading("5. Term, renewal and price changes", 1)
    d.add_paragraph(
        "Maintenance plans and software licences run for an initial term of 36 months and renew automatically for "
        "12-month periods unless either party gives 90 days' written notice before the renewal date. Prices may be "
        "adjusted once a year on the anniversary of the acceptance certificate in line with the Eurostat HICP index, "
        "capped at 3.5% per year. Upgrading from Silver to Gold or Gold to Platinum is possible at any anniversary; "
        "downgrading is only possible at the end of the initial term.")

    d.add_heading("6. Escalation", 1)
    d.add_paragraph(
        "Level 1: service desk. Level 2: regional service manager, if a critical fault is not resolved within "
        "8 hours. Level 3: Head of Customer Operations, if a critical fault is not resolved within 24 hours or "
        "if the same kiosk has three critical faults in 30 days, in which case Tallyra replaces the kiosk.")
    d.save(path)


# --------------------------------------------------------------------------- XLSX: price list and editions
def make_xlsx():
    path = OUT / "tallyra-price-list-2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list"
    ws.append(["Tallyra Queue Systems - Public Sector Price List 2025 (EUR, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price EUR", "Lead time", "Notes"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ["TQ-KSK-410", "Self-service check-in kiosk, 21.5in touch, MRZ/chip reader, 80 mm ticket printer", "each", 6850, "6 weeks", "Volume discount 10% from 5 units"],
        ["TQ-KSK-420P", "Photo and signature capture kiosk (booth), ICAO photo checks", "each", 14200, "10 weeks", "Volume discount 5% from 3 units"],
        ["TQ-DSP-55", "Waiting-area call display 55in with chime and text-to-speech", "each", 1480, "3 weeks", ""],
        ["TQ-CTR-TERM", "Counter terminal with 7in officer panel and LED counter sign, PoE", "each", 395, "3 weeks", ""],
        ["TQ-SW-QMS-STD", "Queue management software, Standard edition", "per counter per year", 180, "-", "Max. 15 counters per site"],
        ["TQ-SW-QMS-ENT", "Queue management software, Enterprise edition", "per counter per year", 240, "-", "15% public-sector discount for a 36-month term"],
        ["TQ-INT-PASS", "Integration with national passport application system (REST API), fixed fee", "each", 18500, "-", "Includes 2 test cycles"],
        ["TQ-SVC-INST", "Installation, configuration and training, engineer day", "day", 980, "-", "Minimum 2 days per site"],
        ["TQ-SLA-SLV", "Silver maintenance plan", "per kiosk per year", 390, "-", ""],
        ["TQ-SLA-GOLD", "Gold maintenance plan", "per kiosk per year", 620, "-", "10% discount from 10 kiosks"],
        ["TQ-SLA-PLT", "Platinum maintenance plan", "per kiosk per year", 1150, "-", ""],
    ]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCDEF", [16, 70, 22, 15, 11, 34]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Options and consumables")
    ws2.append(["Options, spare parts and consumables (EUR, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Description", "Fits", "Unit", "Price EUR"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    rows2 = [
        ["TQ-CON-R80", "Thermal ticket paper 80 mm x 300 m, box of 12 rolls", "TQ-KSK-410", "box", 54],
        ["TQ-CON-R58", "Thermal receipt paper 58 mm x 150 m, box of 24 rolls", "TQ-KSK-420P", "box", 61],
        ["TQ-OPT-PAY", "EMV contactless card payment module (PCI PTS 6.x), for fee collection", "TQ-KSK-410", "each", 890],
        ["TQ-OPT-PRIV", "Privacy filter for 21.5in touchscreen (30 degree viewing angle)", "TQ-KSK-410", "each", 145],
        ["TQ-OPT-BASE", "Weighted base plate, no floor drilling (listed buildings)", "TQ-KSK-410", "each", 310],
        ["TQ-SPR-TS215", "Replacement 21.5in touchscreen module incl. glass (fixed-price vandalism swap)", "TQ-KSK-410", "each", 640],
        ["TQ-SPR-LCD55", "Replacement 55in display panel", "TQ-DSP-55", "each", 1050],
        ["TQ-SPR-PEN", "Spare signature pen with tether, pack of 5", "TQ-KSK-420P", "pack", 75],
        ["TQ-SPR-PRN80", "Spare 80 mm ticket printer module", "TQ-KSK-410", "each", 420],
    ]
    for r in rows2:
        ws2.append(r)
    for col, w in zip("ABCDE", [16, 72, 14, 8, 11]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Software editions")
    ws3.append(["Queue management software - edition comparison"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Feature", "Standard (TQ-SW-QMS-STD)", "Enterprise (TQ-SW-QMS-ENT)"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    rows3 = [
        ["Counters per site", "up to 15", "unlimited"],
        ["Sites", "1", "unlimited, central dashboard"],
        ["Online appointment booking with QR check-in", "no", "yes"],
        ["SMS and e-mail 'your turn is coming' notifications", "e-mail only", "SMS and e-mail (SMS billed at EUR 0.06 per message)"],
        ["Service-based routing and officer skills", "basic", "advanced, with priority rules for urgent travel"],
        ["Analytics data retention", "12 months", "36 months"],
        ["Single sign-on (SAML 2.0 / OpenID Connect)", "no", "yes"],
        ["Open REST API and webhooks", "read-only", "read and write"],
        ["Kiosk user-interface languages", "8", "24"],
    ]
    for r in rows3:
        ws3.append(r)
    for col, w in zip("ABC", [48, 28, 52]):
        ws3.column_dimensions[col].width = w
    wb.save(path)


# --------------------------------------------------------------------------- Markdown KB article
KB = """# Implementation, hosting and data protection: what to expect

*Tallyra Queue Systems knowledge base - article KB-0412, last reviewed March 2025*

## Project timeline
A typical passport-office rollout takes **12 weeks from purchase order to go-live** for one site:

1. **Weeks 1-2 - site survey and design.** A Tallyra project manager visits the site, checks power and network
   outlets, floor levels and delivery routes, and agrees the service list (e.g. first application, renewal,
   child passport, collection, urgent travel) with the customer.
2. **Weeks 3-8 - integration.** The connection to the national passport application system is built and run
   through 2 test cycles in the customer's acceptance environment. Extra test cycles are charged at the
   installation day rate.
3. **Weeks 9-10 - hardware delivery and installation.** Photo kiosks have the longest lead time (10 weeks), so
   their order is released in week 1.
4. **Weeks 11-12 - training and soft launch.** Staff training follows a train-the-trainer model: each training
   day covers up to 12 officers or supervisors. Go-live is followed by 5 days of on-site hypercare.

Installation acceptance is signed when all kiosks pass the 48-hour burn-in test; the warranty starts on that date.

## Where the data lives
The hosted platform runs in two ISO/IEC 27001 certified data centres in the EU, in **Frankfurt** (primary) and
**Amsterdam** (disaster recovery), with a recovery point objective of 15 minutes and a recovery time objective of
4 hours. No personal data leaves the European Economic Area. Tallyra signs the customer's data processing
agreement template where it is compatible with our standard security annex (SA-3).

## Personal data on the kiosks
- **Ticket and visit data** (service chosen, timestamps, ticket number, the document number entered or read) are
  kept for **30 days** and then anonymised; only aggregated statistics remain for the analytics retention period.
- **Photos and signatures** captured on the TQ-KSK-420P are encrypted on the kiosk (AES-256), transmitted to the
  passport application system and **deleted from the kiosk within 15 minutes** of a confirmed transfer. Tallyra's
  hosted platform never stores them.
- Chip data read by the TQ-KSK-410 document reader is used only to pre-fill the check-in and is not stored.

## Languages
The kiosk interface is available in **24 languages** on the Enterprise edition (8 on Standard), including English,
French, German, Spanish, Portuguese, Italian, Dutch, Polish, Romanian, Ukrainian, Arabic, Turkish and Chinese.
Right-to-left layouts are supported. The customer can edit all screen texts in the admin console.

## Frequently asked
- **What happens if the network goes down?** Kiosks continue to issue tickets in offline mode for up to 8 hours
  and synchronise when the connection returns; appointment check-in by QR code needs the connection.
- **Can citizens see their place in the queue on their phone?** Yes, with the Enterprise edition: the ticket shows
  a QR code that opens a live waiting-time page.
- **Who replaces the paper?** Counter staff; the kiosk alerts the supervisor dashboard when a roll is below 10%.
"""


def make_md():
    (OUT / "implementation-and-data-protection-faq.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_pdf()
    make_docx()
    make_xlsx()
    make_md()
    print("sources written to", OUT)
