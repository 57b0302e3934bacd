"""Generate the four knowledge sources of the kassory-restaurant-pos scenario.

Run:  PYTHONPATH=/tmp/rl-pos /work/main/.venv/bin/python make_sources.py
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


# ---------------------------------------------------------------------------
# 1. DOCX: support and hardware service agreement (Schedule B)
# ---------------------------------------------------------------------------
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Kassory POS B.V. - Schedule B: Support, Service Levels and Hardware Warranty", 0)
    d.add_paragraph("Version 4.2, effective 1 March 2025. This Schedule forms part of every Kassory subscription "
                    "agreement for hospitality customers in the European Economic Area and applies to all sites "
                    "listed in the customer's order form.")

    d.add_heading("1. Support channels and hours", 1)
    d.add_paragraph("Standard support is included with every active Kassory Core POS licence. Phone and chat support "
                    "is available from 08:00 to 23:00 CET, seven days a week, including public holidays. The support "
                    "portal and e-mail (support@kassory.eu) are available 24/7; tickets raised outside support hours "
                    "are picked up at 08:00 CET unless they are Priority 1.")
    d.add_paragraph("Priority 1 incidents are handled 24/7 through the emergency line printed on the back of every "
                    "T15 Pro terminal. Support is delivered in Dutch, English, French and German.")

    d.add_heading("2. Incident priorities and response times", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Priority", "Definition", "First response", "Restore target"]):
        c.text = h
    rows = [
        ("P1 - Critical", "All terminals at a site unable to take orders or card payments", "within 15 minutes, 24/7",
         "4 hours"),
        ("P2 - High", "One device or one function down; the site can still trade",
         "within 1 hour during support hours", "next business day"),
        ("P3 - Normal", "Questions, menu or configuration changes, reporting requests",
         "within 1 business day", "5 business days"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph("Response is measured from the moment a ticket is logged or a call is answered. Restore targets "
                    "are targets, not guarantees, and exclude time spent waiting for the customer or for a third party "
                    "such as the site's internet provider.")

    d.add_heading("3. Cloud back-office availability and service credits", 1)
    d.add_paragraph("Kassory commits to 99.9% monthly availability of the cloud back office (menu management, "
                    "reporting, API). Scheduled maintenance is announced at least 72 hours in advance, is performed "
                    "between 02:00 and 05:00 CET and does not count as downtime. Terminals keep trading in offline "
                    "mode during back-office downtime.")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Monthly availability"
    t.rows[0].cells[1].text = "Service credit (share of that month's subscription fee)"
    for a, b in [("99.0% to below 99.9%", "5% of the monthly subscription fee"),
                 ("95.0% to below 99.0%", "10% of the monthly subscription fee"),
                 ("below 95.0%", "25% of the monthly subscription fee")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = a, b
    d.add_paragraph("Service credits are capped at 25% of the monthly subscription fee, must be requested in writing "
                    "within 30 days of the end of the affected month and are deducted from the next invoice. Credits "
                    "are not paid out in cash.")

    d.add_heading("4. Hardware warranty", 1)
    d.add_paragraph("Warranty runs from the date of delivery to the site:")
    for line in ["T15 Pro countertop terminal and KDS22 kitchen display: 36 months.",
                 "HH6 handheld ordering device and P400 payment terminal: 24 months.",
                 "Batteries of HH6 and P400 devices: 12 months (a battery holding less than 70% of its rated "
                 "capacity within that period is replaced free of charge).",
                 "Accessories (bump bars, charging cradles, cables, power supplies): 12 months."]:
        d.add_paragraph(line, style="List Bullet")
    d.add_paragraph("The warranty excludes liquid damage, cracked screens and impact damage, grease or moisture "
                    "ingress beyond the device's IP rating, use of power supplies not supplied by Kassory, and "
                    "devices opened or repaired by third parties. Accidental damage can be covered with Kassory Care+ "
                    "at EUR 6 per device per month, with an excess of EUR 45 per claim and a maximum of two claims "
                    "per device per year.")

    d.add_heading("5. Advance replacement", 1)
    d.add_paragraph("For a confirmed warranty fault Kassory ships a replacement device before the faulty one is "
                    "returned. If the fault is logged before 14:00 CET on a business day, the replacement ships the "
                    "same business day and is delivered within 2 business days in the Netherlands, Belgium and "
                    "Luxembourg, and within 3 to 5 business days elsewhere in the EU. The faulty device must be "
                    "returned in the prepaid box within 14 days; a device not returned in time is invoiced at list "
                    "price. Customers with 10 or more sites are advised to keep one spare HH6 handheld for every "
                    "four sites.")

    d.add_heading("6. Software updates and device support life", 1)
    d.add_paragraph("Minor software updates are released monthly and installed automatically between 03:00 and "
                    "05:00 local time. Two major releases are published each year. Kassory supports each hardware "
                    "model with software updates for at least 6 years from the model's launch date; the T15 Pro and "
                    "KDS22 were launched in 2024.")

    d.add_heading("7. Term, notice and data on termination", 1)
    d.add_paragraph("Subscriptions renew automatically for successive 12-month periods after the initial term unless "
                    "either party gives 90 days' written notice before the renewal date. On termination the customer "
                    "can request a full export of sales, menu and customer data in CSV format within 30 days. Kassory "
                    "retains customer data for 90 days after the end of the agreement and then deletes it, except "
                    "for records it must keep under tax law.")
    d.save(OUT / "kassory-support-and-warranty-schedule.docx")


# ---------------------------------------------------------------------------
# 2. PDF: Kassory Pay merchant fee schedule
# ---------------------------------------------------------------------------
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h1, h2 = ss["Title"], ss["Heading2"]
    story = [Paragraph("Kassory Pay - Merchant Fee Schedule and Payment Terms (Benelux, 2025)", h1),
             Paragraph("Applies to hospitality merchants processing card-present and online payments through Kassory "
                       "Pay with an active KSY-SUB-PAY gateway subscription. All fees are in EUR and exclude VAT. "
                       "Issued by Kassory Payments B.V., a licensed payment institution supervised by De "
                       "Nederlandsche Bank.", body),
             Spacer(1, 4 * mm),
             Paragraph("1. Transaction fees (blended)", h2)]
    fees = [["Payment method", "Fee per transaction"],
            ["Consumer debit cards (Maestro, V Pay, Debit Mastercard, Visa Debit)", "0.29% + EUR 0.05"],
            ["Bancontact (Belgium)", "EUR 0.09 flat"],
            ["Consumer credit cards, EEA-issued (Visa, Mastercard)", "0.95% + EUR 0.05"],
            ["Commercial and business cards, EEA-issued", "1.95% + EUR 0.05"],
            ["American Express", "2.40%"],
            ["Cards issued outside the EEA", "2.90% + EUR 0.10"],
            ["iDEAL (online and QR-code orders)", "EUR 0.29 flat"]]
    t = Table(fees, colWidths=[115 * mm, 50 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    story += [t, Spacer(1, 3 * mm),
              Paragraph("There is no monthly minimum processing fee while the gateway subscription is active. Card "
                        "scheme fee changes are passed through with 30 days' written notice. Tips entered on a P400 "
                        "or HH6 are processed as part of the payment and carry the same fee as the payment.", body),
              Paragraph("2. Settlement and payouts", h2),
              Paragraph("Visa, Mastercard, Maestro, V Pay and Bancontact payments are settled T+1 (the next business "
                        "day after the transaction). American Express payments are settled T+3. Payouts are made "
                        "daily to one IBAN per merchant account; groups can choose one account per site so that each "
                        "restaurant receives its own payout. Payout reports are available in the back office by "
                        "09:00 CET.", body),
              Paragraph("3. Refunds and chargebacks", h2),
              Paragraph("Refunds are free of charge and can be made up to 180 days after the original transaction, "
                        "to the card used for the payment only. Each chargeback carries a handling fee of EUR 15, "
                        "whether or not it is won. The merchant has 10 days from the chargeback notification to "
                        "upload evidence (itemised receipt, signed bill or table log) in the back office.", body),
              Paragraph("4. Offline card payments", h2),
              Paragraph("If a P400 loses its connection it can store up to 200 offline transactions of at most "
                        "EUR 150 each, provided offline acceptance has been switched on by the merchant. Stored "
                        "transactions must be uploaded within 24 hours. Offline transactions declined by the issuer "
                        "after upload are not guaranteed: the risk of offline acceptance is borne by the merchant. "
                        "Contactless payments above EUR 50 require a PIN under card scheme rules.", body),
              Paragraph("5. Security and compliance", h2),
              Paragraph("Kassory Pay is certified as a PCI DSS Level 1 service provider, renewed annually. The P400 "
                        "payment terminal is PCI PTS 6.x approved and uses point-to-point encryption (P2PE), which "
                        "reduces the merchant's own PCI scope to the SAQ P2PE questionnaire. Card numbers never reach "
                        "the POS terminals or the back office.", body),
              Paragraph("6. Agreement and fee review", h2),
              Paragraph("The payment processing agreement is separate from the software subscription. It runs for an "
                        "indefinite period and either party may terminate it with 30 days' written notice. Blended "
                        "rates are reviewed once a year in January; a merchant processing more than EUR 2 million per "
                        "year in card volume may ask for an individual rate review. As an alternative to purchase, the "
                        "P400 can be rented at EUR 14.90 per month with a minimum rental of 12 months.", body)]
    SimpleDocTemplate(str(OUT / "kassory-pay-fee-schedule-2025.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                      title="Kassory Pay Merchant Fee Schedule 2025").build(story)


# ---------------------------------------------------------------------------
# 3. XLSX: product and price list with specifications
# ---------------------------------------------------------------------------
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    ws = wb.active
    ws.title = "Hardware"
    ws.append(["Kassory Product & Price List 2025 - Hardware (EUR, excl. VAT, list prices)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    hdr = ["SKU", "Product", "Display", "Processor / memory", "Battery", "IP rating", "Weight",
           "List price (EUR)", "Warranty (months)", "Notes"]
    ws.append(hdr)
    for c in ws[3]:
        c.font = bold
    rows = [
        ["KSY-T15-PRO", "T15 Pro countertop POS terminal", "15.6-inch full HD touchscreen",
         "8-core, 8 GB RAM, 128 GB storage", "none (mains powered; UPS optional)", "IP54 (front)", "2.9 kg",
         1290.00, 36, "Customer-facing 10.1-inch second display included; 4x USB, 1x LAN, cash drawer port"],
        ["KSY-T10-GO", "T10 Go compact POS terminal", "10.1-inch touchscreen", "8-core, 4 GB RAM, 64 GB storage",
         "5,000 mAh, up to 6 hours", "IP54 (front)", "1.1 kg", 790.00, 36, "For bars and counters; not quoted"],
        ["KSY-HH6", "HH6 handheld ordering device", "6.5-inch touchscreen", "8-core, 4 GB RAM, 64 GB storage",
         "4,500 mAh, up to 12 hours of table service", "IP65", "265 g", 489.00, 24,
         "Survives 1.5 m drops onto concrete; built-in barcode scanner; hot-swap battery not supported"],
        ["KSY-KDS22", "KDS22 kitchen display screen", "21.5-inch full HD touchscreen",
         "4-core, 4 GB RAM, 32 GB storage", "none (mains powered)", "IP65 (front)", "5.8 kg", 845.00, 36,
         "Operating temperature 0 to 50 C; VESA 100 mount; KSY-BB-10 bump bar included"],
        ["KSY-KDS15", "KDS15 compact kitchen display", "15.6-inch touchscreen", "4-core, 2 GB RAM, 32 GB storage",
         "none (mains powered)", "IP65 (front)", "3.2 kg", 649.00, 36, "For pass and bar stations; not quoted"],
        ["KSY-P400", "P400 card payment terminal", "4-inch colour touchscreen", "secure payment processor",
         "2,600 mAh, up to 300 transactions per charge", "IP54", "310 g", 329.00, 24,
         "Contactless, chip and PIN, Apple Pay, Google Pay; built-in receipt printer; 4G and Wi-Fi"],
    ]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCDEFGHIJ", [14, 32, 28, 30, 38, 14, 9, 15, 16, 70]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Software subscriptions")
    ws2.append(["Kassory Product & Price List 2025 - Software subscriptions (EUR, excl. VAT, billed annually in advance)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Subscription", "Billing unit", "Price per month (EUR)", "Price per year (EUR)",
                "Included", "Limits and extras"])
    for c in ws2[3]:
        c.font = bold
    subs = [
        ["KSY-SUB-CORE", "Kassory Core POS licence", "per site", 99.00, 1188.00,
         "POS software, table plans, cloud back office, reporting, open REST API, standard support",
         "Includes up to 4 POS terminals and unlimited handhelds per site; each additional POS terminal "
         "EUR 19 per month"],
        ["KSY-SUB-KDS", "Kassory Kitchen Display licence", "per screen", 18.00, 216.00,
         "Order routing by station, cook timers, recall, all-day counts", "One licence per KDS screen"],
        ["KSY-SUB-PAY", "Kassory Pay gateway", "per site", 35.00, 420.00,
         "Integrated card payments, split bills, tips, daily payout reports",
         "Transaction fees charged separately (see Kassory Pay fee schedule)"],
        ["KSY-SUB-INV", "Inventory & recipe costing add-on", "per site", 45.00, 540.00,
         "Stock counts, recipe costing, supplier orders", "Not quoted"],
        ["KSY-SUB-LOY", "Loyalty & gift cards add-on", "per site", 29.00, 348.00,
         "Points, stamp cards, digital gift cards", "Not quoted"],
        ["KSY-CONNECT", "Kassory Connect (delivery platforms)", "per site", 25.00, 300.00,
         "Uber Eats, Deliveroo and Thuisbezorgd orders straight to POS and KDS", "Not quoted"],
    ]
    for r in subs:
        ws2.append(r)
    for col, w in zip("ABCDEFG", [15, 36, 12, 20, 19, 60, 70]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Accessories & services")
    ws3.append(["Kassory Product & Price List 2025 - Accessories and services (EUR, excl. VAT)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["SKU", "Item", "Unit", "Price (EUR)", "Notes"])
    for c in ws3[3]:
        c.font = bold
    acc = [
        ["KSY-BB-10", "Bump bar, 10 keys, sealed", "each", 79.00, "Spare; one is included with each KDS22"],
        ["KSY-PR80", "80 mm thermal receipt / kitchen printer", "each", 249.00, "LAN and USB"],
        ["KSY-CD41", "Cash drawer, 4 notes / 8 coins", "each", 119.00, "Connects to T15 Pro cash drawer port"],
        ["KSY-UPS6", "Mini UPS for T15 Pro", "each", 139.00, "About 45 minutes of runtime"],
        ["KSY-INST-SITE", "On-site installation and staff training", "per site", 650.00,
         "One technician day; covers up to 12 devices and a 3-hour training session; each additional device "
         "EUR 45"],
        ["KSY-TRN-REM", "Remote training session, 2 hours", "per session", 180.00, "Up to 10 participants"],
        ["KSY-CARE", "Kassory Care+ accidental damage cover", "per device per month", 6.00,
         "EUR 45 excess per claim; max. two claims per device per year"],
        ["KSY-FDM", "Belgian fiscal data module (FDM)", "per site", 420.00,
         "Required for Belgian restaurants; one-off"],
    ]
    for r in acc:
        ws3.append(r)
    for col, w in zip("ABCDE", [15, 42, 20, 12, 80]):
        ws3.column_dimensions[col].width = w
    wb.save(OUT / "kassory-price-and-spec-list-2025.xlsx")


# ---------------------------------------------------------------------------
# 4. Markdown knowledge-base article
# ---------------------------------------------------------------------------
KB = """# Offline mode, network requirements and integrations

*Kassory Help Centre - article KB-1107, last reviewed April 2025*

This article explains what a site needs before go-live and what keeps working when the internet connection drops.

## Offline mode

Every site has one T15 Pro configured as the **site master**. The site master keeps a full copy of the menu, table plan
and open orders and acts as the local hub for all devices on the site's network.

- When the internet connection drops, POS terminals and HH6 handhelds keep taking orders and sending them to the
  kitchen displays over the local network. A site can keep trading offline for up to 72 hours; orders and payments
  are synchronised with the back office automatically when the connection returns.
- KDS screens keep receiving and bumping orders as long as the local network and the site master are powered.
- Card payments while offline are limited; see section 4 of the Kassory Pay fee schedule for the offline limits.
- Menu and price changes made in the back office during an outage reach the site when it reconnects.
- If the site master itself fails, any other T15 Pro on the site can be promoted to site master from its settings
  menu in about 2 minutes, without losing open orders.

## Network requirements per site

| Requirement | Minimum | Recommended |
|---|---|---|
| Internet bandwidth | 10 Mbit/s down / 5 Mbit/s up | 50 Mbit/s down / 10 Mbit/s up |
| Failover | none | 4G failover router (Kassory can supply one) |
| Wi-Fi for handhelds | 5 GHz, WPA2-PSK or WPA2-Enterprise | signal of -67 dBm or better at every table |
| KDS connection | wired Ethernet | wired Ethernet (PoE is not supported) |

Firewall: devices only make outbound connections. Allow outbound TCP 443 (HTTPS) and TCP 8883 (MQTT over TLS) to
`*.kassory.eu`. No inbound ports need to be opened. Guest Wi-Fi must be a separate network from the POS network.

## Hosting and data protection

The Kassory back office is hosted in AWS eu-central-1 (Frankfurt) with encrypted backups in eu-west-1 (Ireland).
Backups are taken every 6 hours and kept for 35 days. A GDPR data processing agreement (DPA) is part of every
subscription agreement.

## Integrations

- **Open REST API and webhooks**: included with every Core POS licence, rate limit 600 requests per minute per group.
- **Accounting**: native integrations with Exact Online, Twinfield and Xero (daily sales journal per site).
- **Delivery platforms**: Uber Eats, Deliveroo and Thuisbezorgd through Kassory Connect (EUR 25 per site per month).
- **Payroll and scheduling**: clock-in data can be exported to Nmbrs and Loket.nl as CSV.

## Belgian sites: fiscal requirements

Restaurants in Belgium must use a certified cash register system (GKS/SCE). Kassory is certified, but each Belgian site
also needs one FDM (fiscal data module) connected to its site master. Kassory supplies the FDM at EUR 420 per site,
one-off; it is **not included in standard quotes** and must be added for each Belgian site before installation.

## Multi-site menu management

Groups manage one central menu with per-site price overrides, per-site opening hours and per-site kitchen routing.
Changes can be scheduled ahead (for example a new seasonal menu going live at 06:00 on a set date at all sites).
"""


def make_md():
    (OUT / "kb-offline-network-integrations.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", OUT)
