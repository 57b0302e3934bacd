# -*- coding: utf-8 -*-
"""Generate the knowledge sources of the pistagate-ski-ticketing scenario.

Needs python-docx, openpyxl and reportlab. reportlab may live in a scratch folder:
    pip install --target /tmp/skigate_rl reportlab
    RL_PATH=/tmp/skigate_rl python make_sources.py
"""
import os
import sys
from pathlib import Path

for extra in filter(None, [os.environ.get("RL_PATH"), "/tmp/skigate_rl"]):
    if os.path.isdir(extra) and extra not in sys.path:
        sys.path.append(extra)

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
KN = HERE / "knowledge"
KN.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Pistagate Implementation & Service Terms 2025/26", 0)
    d.add_paragraph(
        "Pistagate Access Systems GmbH, Rennweg 14, 6020 Innsbruck, Austria. These terms apply to every order for "
        "AlpGate gates, PistaPoint kiosks, KeyCard media, PistaCore subscriptions, installation, training and service "
        "plans placed between 1 April 2025 and 31 March 2026, unless the quote states otherwise.")

    d.add_heading("1. Timeline and installation window", 1)
    d.add_paragraph(
        "A site survey takes place within 15 working days of order confirmation. Delivery lead times per product are "
        "given in the current price list and run from the date of the site survey report, not from the order date. "
        "Installation and commissioning take 2 working days per lift station with a two-person crew; stations with "
        "more than 6 lanes take 3 working days. The standard installation window runs from 15 September to "
        "30 November. Orders confirmed after 31 July cannot be guaranteed an installation before 1 December; such "
        "orders are scheduled in order of confirmation.")

    d.add_heading("2. What the resort provides", 1)
    for t in [
        "A reinforced concrete plinth of class C25/30, at least 250 mm thick and cured for at least 28 days, for every "
        "gate lane; Pistagate supplies the M16 anchor bolts and the drilling template.",
        "One separately fused 230 V / 16 A circuit per gate lane and per kiosk, with an RCD; surge protection at each "
        "lift station (Pistagate kit PG-SURGE-4 or equivalent) is mandatory for the warranty on reader modules.",
        "A Cat6 cable or single-mode fibre link from each lift station to the resort network, plus one outbound HTTPS "
        "connection (port 443) to the PistaCore cloud.",
        "A named resort IT contact and a lift-operations contact available during the installation days.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("3. Acceptance", 1)
    d.add_paragraph(
        "Each lane passes an acceptance test of 1,000 passages with KeyCards carried in jacket pockets; the lane is "
        "accepted when the read rate is at least 99.5%. The resort signs the acceptance certificate within 5 working "
        "days of a successful test. A lane that is used for commercial operation is deemed accepted from its first "
        "day of use, even if the certificate has not been signed.")

    d.add_heading("4. Payment", 1)
    d.add_paragraph(
        "Hardware, installation and training are invoiced in three milestones: 30% on order confirmation, 50% on "
        "delivery and 20% on acceptance, each payable net 30 days. Service plans are invoiced in full on acceptance. "
        "PistaCore subscriptions are invoiced annually in advance, the first year on go-live. Late payments bear "
        "interest at 9.2 percentage points above the base rate of the Austrian National Bank.")

    d.add_heading("5. Warranty", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Item", "Warranty", "Counted from"
    for row in [
        ("AlpGate T3 and W9 gate mechanics and housing", "24 months", "acceptance"),
        ("Hands-free reader modules (PG-RDR-H2)", "36 months", "acceptance"),
        ("PistaPoint K2 kiosk, incl. printer and dispenser", "12 months", "acceptance"),
        ("Arctic heater elements", "12 months", "acceptance"),
        ("KeyCard reusable media", "5 years functional guarantee or 500 seasons of re-encoding, whichever first", "delivery"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph(
        "Excluded from warranty: damage by snow-groomer, snow-plough or snow-blower impact; lightning and overvoltage "
        "where no surge protection was installed; vandalism; de-icing salt applied directly to the gate housing; use of "
        "media not supplied or approved by Pistagate. Warranty repairs are carried out on site during the season "
        "(1 December to 30 April) and may be carried out by exchange of modules outside the season.")

    d.add_heading("6. Service plans", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, v in enumerate(["", "Silver", "Gold", "Platinum"]):
        t.rows[0].cells[i].text = v
    for row in [
        ("Hotline in season (1 Dec - 30 Apr)", "07:00-19:00 daily", "24/7", "24/7"),
        ("Hotline off-season", "08:00-17:00 Mon-Fri", "07:00-19:00 Mon-Fri", "07:00-19:00 Mon-Fri"),
        ("Remote response", "2 hours", "30 minutes", "15 minutes"),
        ("On-site response in season", "next working day", "6 hours", "3 hours"),
        ("Pre-season inspection (November)", "not included", "1 per year", "1 per year"),
        ("On-site spare-parts kit", "not included", "included", "included"),
        ("Weekend resident technician, peak weeks", "no", "no", "yes (Christmas, February holidays)"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph(
        "On-site response times apply to resorts within 150 km by road of the Innsbruck depot; beyond that distance "
        "the Gold on-site response is 10 hours and the Platinum on-site response is 6 hours. Response time is measured "
        "from the logged call to the technician's arrival at the lift station. Parts used from the on-site kit are "
        "replenished free of charge under Gold and Platinum.")

    d.add_heading("7. Training", 1)
    d.add_paragraph(
        "A training day lasts 6 hours on site and is held in German, English or Italian for up to 12 participants. "
        "Additional participants cost EUR 85 per person per day. The standard programme is ticket office and kiosk "
        "operation in the morning and gate operation, fault clearing and card blocking for lift staff in the "
        "afternoon. Training days must be used before 31 March of the first season.")

    d.add_heading("8. PistaCore subscription", 1)
    d.add_paragraph(
        "The subscription covers hosting in an EU data centre in Frankfurt am Main, all software updates, the "
        "PistaCore mobile control app and second-level support. Availability of the platform is at least 99.8% per "
        "month during the season, excluding announced maintenance between 01:00 and 04:00. Gates keep running on "
        "their local whitelist when the platform is unreachable. After the initial term the subscription renews "
        "automatically for 12 months unless either party terminates with 3 months' notice before the end of the term.")
    d.save(KN / "pistagate-implementation-service-terms-2025-26.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(KN / "alpgate-t3-w9-datasheet.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="AlpGate T3 and W9 technical datasheet")
    s = []
    s.append(Paragraph("AlpGate T3 and AlpGate W9 - Technical datasheet (rev. 2025-03)", ss["Title"]))
    s.append(Paragraph(
        "The AlpGate T3 is a tripod turnstile for standard lift lanes; the AlpGate W9 is a wide-lane swing gate for "
        "ski-school groups, wheelchair users, sledges and skiers with children. Both share the same hands-free "
        "reader, controller and PistaCore firmware, and can be mixed in one lift station.", body))
    s.append(Spacer(1, 6))
    rows = [
        ["Property", "AlpGate T3", "AlpGate W9"],
        ["Type", "Tripod turnstile, drop-arm", "Swing arm, motorised"],
        ["Clear passage width", "520 mm", "900 mm"],
        ["Throughput (hands-free)", "up to 1,100 passages per hour", "up to 480 passages per hour"],
        ["Weight (without plinth)", "96 kg", "118 kg"],
        ["Dimensions L x W x H", "1,250 x 280 x 1,020 mm", "1,250 x 320 x 1,020 mm"],
        ["Power supply", "230 V AC, 50 Hz", "230 V AC, 50 Hz"],
        ["Standby consumption", "45 W", "60 W"],
        ["Heater (Arctic kit)", "250 W", "2 x 250 W"],
        ["Peak consumption", "320 W", "590 W"],
        ["Operating temperature", "-30 to +50 °C with heater kit, -15 °C without", "-30 to +50 °C with heater kit, -15 °C without"],
        ["Housing protection", "IP54", "IP54"],
        ["Mechanism endurance", "10 million cycles", "5 million cycles"],
        ["Behaviour on power loss", "arm drops, lane opens", "arm swings free"],
    ]
    t = Table(rows, colWidths=[52 * mm, 62 * mm, 62 * mm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(Paragraph("Hands-free reader PG-RDR-H2 (fitted to both gates)", ss["Heading2"]))
    s.append(Paragraph(
        "Reads ISO 15693 and ISO 14443 A/B media. Read range up to 70 cm for a KeyCard carried in the inside pocket "
        "of a ski jacket; wristbands and Eco paper cards are read up to 40 cm. Reader enclosure rated IP67 and "
        "tested with driving snow at -25 °C. A UHF EPC Gen2 reader is available as an option at EUR 1,450 per lane; "
        "UHF media are not compatible with the K2 kiosk dispenser.", body))
    s.append(Paragraph("Controller and offline operation", ss["Heading2"]))
    s.append(Paragraph(
        "Each lane controller keeps a local whitelist of up to 500,000 media and continues to validate tickets "
        "for 72 hours without a connection to PistaCore; passages are buffered and uploaded when the link returns. "
        "Network: 1 x Ethernet 100 Mbit/s (PoE not supported); optional LTE fallback modem per lift station. "
        "Lane status LEDs and a 7-inch lane display show ticket type, remaining days and block reasons.", body))
    s.append(Paragraph("Installation notes", ss["Heading2"]))
    s.append(Paragraph(
        "Fix with four M16 anchor bolts per gate on a concrete plinth (see Implementation & Service Terms). Leave "
        "a clear zone of 1.5 m in front of each lane for skis. Lanes of T3 and W9 may be mounted side by side at a "
        "centre distance of 1,100 mm. The W9 meets the clear-width recommendation of EN 17210 for wheelchair access. "
        "Cable entry from below through a 110 mm conduit.", body))
    doc.build(s)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    money = "#,##0.00"

    def sheet(ws, title, header, rows, money_cols):
        ws.append([title])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append([])
        ws.append(header)
        for c in ws[3]:
            c.font = Font(bold=True)
        for r in rows:
            ws.append(list(r))
            for col in money_cols:
                ws.cell(row=ws.max_row, column=col).number_format = money
        for col, w in zip("ABCDEFG", [18, 52, 16, 16, 16, 16, 50]):
            ws.column_dimensions[col].width = w

    ws = wb.active
    ws.title = "Hardware"
    sheet(ws, "Pistagate price list 2025/26 - Hardware (EUR, excl. VAT)",
          ["SKU", "Product", "List price", "Lead time (weeks)", "Warranty (months)", "Notes"],
          [
              ("PG-GATE-T3", "AlpGate T3 tripod RFID gate, heater kit fitted", 8450, 10, 24, "Standard lift lane"),
              ("PG-GATE-W9", "AlpGate W9 wide-lane swing gate, 900 mm", 11200, 12, 24, "Ski school, wheelchairs, sledges"),
              ("PG-KIOSK-K2", "PistaPoint K2 self-service ticket kiosk", 16900, 14, 12,
               "EMV chip and contactless payment; dispenser holds 500 KeyCards; return slot refunds the card deposit"),
              ("PG-RDR-H2", "Hands-free reader module, spare", 1280, 4, 36, "Fits T3 and W9"),
              ("PG-HEAT-KIT", "Arctic heater kit, retrofit", 640, 4, 12, "Needed below -15 °C"),
              ("PG-SURGE-4", "Surge protection kit, per lift station", 390, 3, 24, "Required for reader warranty"),
              ("PG-TOT-50", "Lane totem with photo-compare camera", 1950, 8, 24, "Needed for the Photo-compare module"),
          ], [3])

    ws = wb.create_sheet("Cards & media")
    sheet(ws, "Pistagate price list 2025/26 - Cards & media (EUR per pack, excl. VAT)",
          ["SKU", "Medium", "1-19 packs", "20-49 packs", "50+ packs", "Pack size", "Notes"],
          [
              ("PG-CARD-KC1000", "KeyCard reusable hands-free card", 1240, 1150, 1090, 1000,
               "Recommended guest deposit EUR 5.00; re-encodable; resort logo print included from 20 packs"),
              ("PG-CARD-ECO1000", "KeyCard Eco paper card, single season", 185, 172, 160, 1000,
               "Not refundable; for day tickets; read range up to 40 cm"),
              ("PG-BAND-S100", "Silicone RFID wristband", 310, 295, 280, 100, "Kids and ski school"),
          ], [3, 4, 5])

    ws = wb.create_sheet("Software & services")
    sheet(ws, "Pistagate price list 2025/26 - Software & services (EUR, excl. VAT)",
          ["SKU", "Item", "Price", "Unit", "Minimum term", "", "Notes"],
          [
              ("PG-SW-CORE-Y", "PistaCore Core platform, up to 30 lanes", 22500, "per year", "3 years", "",
               "Ticket office, access control, reporting, card blocking"),
              ("PG-SW-LANE-Y", "Additional lane beyond 30", 420, "per lane per year", "with Core", "", ""),
              ("PG-SW-WEB-Y", "Web shop & direct-to-lift module", 4800, "per year", "with Core", "", ""),
              ("PG-SW-DYN-Y", "Dynamic pricing module", 6900, "per year", "with Core", "", "Requires Web shop module"),
              ("PG-SW-PHOTO-Y", "Photo-compare module", 3200, "per year", "with Core", "", "Requires PG-TOT-50 totems"),
              ("PG-SVC-SILVER", "Silver service plan", 7900, "per year", "12 months", "", ""),
              ("PG-SVC-GOLD", "Gold service plan", 12600, "per year", "12 months", "", "36-month plan = 3 x annual price"),
              ("PG-SVC-PLAT", "Platinum service plan", 19400, "per year", "12 months", "", ""),
              ("PG-INST-STN", "Installation & commissioning, per lift station", 4750, "per station", "", "", "Up to 6 lanes"),
              ("PG-TRAIN-DAY", "On-site training day", 1350, "per day", "", "", "Up to 12 participants"),
          ], [3])
    wb.save(KN / "pistagate-price-list-2025-26.xlsx")


# ---------------------------------------------------------------- Markdown KB
KB = """# PistaCore online sales, direct-to-lift and photo-compare: FAQ

*Pistagate knowledge base - applies to PistaCore release 8.x (winter 2025/26).*

## Direct-to-lift: how fast can a guest ride after buying online?
Guests enter the 16-character Card ID printed on the back of their KeyCard in the web shop. Once the payment is
authorised, the ticket is pushed to every gate whitelist and is valid at the gate within **90 seconds**. A KeyCard can
hold up to **4 future-dated tickets** at once. Direct-to-lift needs the *Web shop & direct-to-lift* module; without it
online orders are collected at a kiosk or the ticket office.

## Which payment providers does the web shop support?
Adyen, Stripe and Worldline Saferpay. The resort holds the merchant contract and pays the provider's transaction fees
directly; Pistagate charges no per-transaction fee. Apple Pay and Google Pay are available through all three
providers.

## How does photo-compare work and how long are the photos kept?
A camera in the PG-TOT-50 lane totem takes a photo at the first passage of a multi-day or season ticket. At later
passages the lift attendant's display shows the stored photo next to the live image. Photos of day and multi-day
tickets are deleted automatically **21 days** after the ticket expires; season-pass photos are kept until the end of
the season plus 30 days. Guests can ask the resort to delete a photo earlier; the ticket then falls back to random
manual checks.

## What happens when a guest loses a KeyCard?
The ticket office or the guest (via the web shop account) blocks the card; when the gates are online the block
reaches every lane within **60 seconds**. The remaining ticket value can be moved to a replacement card at the office
or a K2 kiosk. In offline mode the block is applied when the lane reconnects.

## Dynamic pricing
The Dynamic pricing module recalculates online prices every 15 minutes from the booking curve, the weather forecast
and the days left before the ski day, within a floor and a ceiling price set by the resort for each product. A product
can have at most 12 price bands. Prices at the ticket office and kiosks can follow the online price or stay fixed -
the resort chooses per product.

## Card deposits and returns
Resorts typically charge a deposit of EUR 5.00 per KeyCard. K2 kiosks have a return slot that reads the card, refunds
the deposit to the original payment card or as cash voucher, and stacks the card for re-use.

## Interfaces
PistaCore exposes a documented REST API with webhooks for ticket sales and passages, and exports bookings to
accounting as DATEV or CSV files every night.
"""


def make_md():
    (KN / "pistacore-online-sales-faq.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("written:", sorted(p.name for p in KN.iterdir()))
