"""Generate the knowledge sources of the tallyvox-cloud-telephony scenario.

Run with a Python that has python-docx and openpyxl; reportlab may live in a scratch folder:
    PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
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

K = Path(__file__).resolve().parent / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX: service schedule
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Tallyvox Communications Ltd — Service Schedule: Cloud UC and Contact Centre", 0)
    d.add_paragraph("Schedule 2 to the Tallyvox Master Services Agreement v7.2. Issue 7.2.1, effective 1 April 2025. "
                    "This Schedule applies to the Tallyvox Cloud UC Essentials, Cloud UC Professional and Contact "
                    "Centre Agent services and to the Compliance Recording add-on. Capitalised terms are defined in the MSA.")

    d.add_heading("1. Service availability", 1)
    d.add_paragraph("Tallyvox targets a monthly availability of 99.99% for the core call-control platform (call "
                    "routing, registration of handsets and softphones, inbound and outbound PSTN calls). The "
                    "contact-centre reporting portal and wallboards have a target monthly availability of 99.9%. "
                    "Availability is measured per calendar month and excludes Planned Maintenance, Emergency "
                    "Maintenance announced on the status page, and faults caused by the Customer's LAN, firewall, "
                    "internet access circuit or power supply.")
    d.add_paragraph("Planned Maintenance takes place in the window Sunday 01:00–05:00 UK time. Tallyvox gives at "
                    "least 10 business days' notice of Planned Maintenance by e-mail to the Customer's nominated "
                    "technical contacts. Planned Maintenance is limited to 8 hours per calendar month.")

    d.add_heading("2. Service credits", 1)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Monthly availability of the core call-control platform"
    t.rows[0].cells[1].text = "Service credit (% of monthly licence fees for the affected service)"
    for a, b in [("Below 99.99% but at or above 99.9%", "5%"),
                 ("Below 99.9% but at or above 99.5%", "10%"),
                 ("Below 99.5%", "25%")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_paragraph("Service credits are capped at 25% of the monthly licence fees for the affected service in any "
                    "calendar month. The Customer must claim a credit in writing within 30 days of the end of the "
                    "month concerned; unclaimed credits lapse. Credits are applied to the next invoice and are not "
                    "paid in cash. Service credits are the Customer's sole and exclusive remedy for unavailability "
                    "of the services. No credit is due for unavailability caused by a third-party carrier during a "
                    "number port, by the Customer's own equipment or network, or by suspension for non-payment.")

    d.add_heading("3. Support and fault priorities", 1)
    d.add_paragraph("Support is available by telephone on 0330 088 4410 and through the customer portal. Business "
                    "Hours are 08:00–18:00 Monday to Friday, excluding English bank holidays. P1 faults must be "
                    "reported by telephone; faults logged only through the portal are treated as P2 until triaged.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Priority", "Definition", "Response", "Target restoration"]):
        t.rows[0].cells[i].text = h
    for row in [
        ("P1", "Total loss of service, or more than 25% of users unable to make or receive external calls",
         "30 minutes, 24x7", "4 hours"),
        ("P2", "Degraded service, or one site or queue affected", "2 Business Hours", "8 Business Hours"),
        ("P3", "Single user or non-critical feature affected", "1 business day", "3 business days"),
        ("P4", "Service requests: moves, adds and changes (MACs)", "3 business days", "5 business days"),
    ]:
        r = t.add_row().cells
        for i, v in enumerate(row):
            r[i].text = v
    d.add_paragraph("Up to 20 MACs per month are included in the licence fees; further MACs are charged at £25 each. "
                    "Hardware faults are handled under the Hardware Warranty and Returns Policy, not under this table.")

    d.add_heading("4. Data location and security", 1)
    d.add_paragraph("Call records, voicemail and call recordings are stored in Tallyvox's UK data centres in London "
                    "and Manchester, which replicate to each other. Customer data is not stored outside the United "
                    "Kingdom. Data is encrypted at rest with AES-256 and in transit with TLS 1.2 or higher for "
                    "signalling and SRTP for media. Tallyvox holds ISO/IEC 27001:2022 certification and Cyber "
                    "Essentials Plus. Support staff with access to recordings are based in the UK and access is "
                    "logged.")

    d.add_heading("5. Emergency calls", 1)
    d.add_paragraph("Calls to 999 and 112 are supported from handsets and softphones. The Customer must keep the "
                    "registered emergency address for each number up to date in the portal. For nomadic users on "
                    "the mobile or desktop softphone, the emergency services may receive the registered office "
                    "address rather than the user's actual location.")

    d.add_heading("6. Term, renewal and licence changes", 1)
    d.add_paragraph("The Minimum Term is 36 months from the Service Commencement Date. After the Minimum Term the "
                    "agreement renews automatically for successive periods of 12 months unless either party gives "
                    "at least 90 days' written notice before the end of the current term. Licences may be added at "
                    "any time and are co-terminous with the existing licences, pro-rated to the next annual billing "
                    "date. Licence counts may be reduced only at renewal, except that the Customer may reduce the "
                    "number of licences of each type by up to 10% once per contract year (the flex-down allowance). "
                    "If the Customer terminates during the Minimum Term, the licence fees for the remainder of the "
                    "Minimum Term become payable immediately.")

    d.add_heading("7. Prices", 1)
    d.add_paragraph("Licence prices, including any discount stated on the accepted quote, are fixed for the Minimum "
                    "Term. On renewal, licence price increases are capped at CPI + 3%. Call charges outside the "
                    "included UK landline and mobile minutes are charged at the rates in the Tallyvox Tariff Guide.")
    d.save(K / "Tallyvox_Service_Schedule_v7.2.docx")


# ---------------------------------------------------------------- PDF: porting guide
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9.5
    body.leading = 12.5
    story = [Paragraph("Tallyvox Number Porting Guide for Business Customers (UK)", ss["Title"]),
             Paragraph("Issue 4, March 2025. How we move your existing telephone numbers to Tallyvox, what we need "
                       "from you, how long it takes and what happens on port day.", body), Spacer(1, 8)]

    def h(t):
        story.append(Paragraph(t, ss["Heading2"]))

    def p(t):
        story.append(Paragraph(t, body))
        story.append(Spacer(1, 4))

    h("1. Port types and lead times")
    p("Lead times are counted in working days from the date the losing provider accepts the port order, not from "
      "the date you sign the order with us. The losing provider normally accepts or rejects an order within 2 "
      "working days of submission.")
    data = [["Port type", "What it covers", "Lead time"],
            ["Single-line port", "One number on one line (PSTN, ISDN single or VoIP)", "7 working days"],
            ["Multi-line port", "Several numbers on one account, not a contiguous range", "10 working days"],
            ["DDI range port", "A contiguous block of up to 100 numbers", "15 working days"],
            ["Large range port", "A range of more than 100 numbers", "20 working days"],
            ["Non-geographic port", "0800, 0808, 0330, 0345 and other non-geographic numbers", "20 working days"]]
    tb = Table(data, colWidths=[3.6 * cm, 8.6 * cm, 3.2 * cm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    story += [tb, Spacer(1, 6)]
    p("Large range ports need the approval of the original range holder as well as the losing provider. "
      "Non-geographic numbers are ported through a separate process and are not covered by the standard porting "
      "products TVX-PORT-SINGLE and TVX-PORT-RANGE; they are priced on request.")

    h("2. What we need from you")
    p("A Letter of Authority (LOA) on your letterhead, signed by an authorised signatory of the account holder; a "
      "copy of the latest bill from the losing provider, dated within the last 3 months; the account number; and "
      "the installation postcode exactly as the losing provider holds it. For DDI ranges, list the first and last "
      "number of each range and the main billing number.")
    p("The most common rejection reasons are: installation postcode mismatch (about 40% of all rejections), account "
      "number mismatch, a number that is not on the account, and an open order (for example a cease or a move) "
      "at the losing provider. Every rejection restarts the lead time. Where a rejection is caused by incorrect "
      "data supplied by the customer, a re-submission fee of £35 per order applies.")

    h("3. Port day")
    p("Ports complete between 09:00 and 12:00 on a working day. We do not schedule ports on Fridays or on the "
      "working day before a bank holiday unless you ask us in writing. On port day inbound calls may be "
      "interrupted for up to 30 minutes while the losing provider's exchange is updated. Outbound calls work from "
      "the moment your Tallyvox service is live; until a number has ported, calls present a temporary number.")
    p("You can reschedule a port date free of charge until 48 hours before the agreed port date. Later changes "
      "are treated as a new order and the lead time starts again.")

    h("4. Temporary numbers and call forwarding")
    p("On request we provide temporary geographic numbers free of charge for the porting period so that you can "
      "go live before your numbers move. You may also ask your current provider to forward calls to the temporary "
      "numbers; any forwarding charges from your current provider are yours.")

    h("5. Lines, broadband and the PSTN switch-off")
    p("Porting a number ceases the line it sat on with the losing provider. If your broadband runs over that line, "
      "the broadband will also cease: check this before you order. Because the UK analogue network (PSTN) is being "
      "switched off, make sure a number is ported before its line is ceased; a number on a ceased line enters a "
      "6-month quarantine and may be lost.")

    h("6. Porting out")
    p("Your numbers belong to you. Tallyvox does not charge a fee for porting numbers out to another provider. "
      "Porting out does not end the agreement: licence fees for the remainder of the Minimum Term remain payable.")
    SimpleDocTemplate(str(K / "Tallyvox_Number_Porting_Guide.pdf"), pagesize=A4,
                      leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                      title="Tallyvox Number Porting Guide").build(story)


# ---------------------------------------------------------------- XLSX: price and spec sheet
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)

    def sheet(ws, title, header, rows, note=None):
        ws.append([title])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append(header)
        for c in ws[2]:
            c.font = bold
        for r in rows:
            ws.append(r)
        if note:
            ws.append([])
            ws.append([note])
        for col in ws.columns:
            ws.column_dimensions[col[1].column_letter].width = 22

    ws = wb.active
    ws.title = "Desk phones"
    sheet(ws, "Tallyvox Hardware & Licence Price and Specification Sheet — UK, effective 1 April 2025 (prices GBP ex VAT)",
          ["SKU", "Model", "Display", "SIP accounts", "Programmable keys", "Network", "PoE class", "Wi-Fi",
           "Bluetooth", "Headset", "Expansion module", "Warranty", "List price (GBP)"],
          [["TVX-HW-P320", "P320 entry IP phone", "2.8-inch mono", 4, 4, "Dual 10/100", "Class 1", "No", "No",
            "RJ9", "None", "2 years", 69.00],
           ["TVX-HW-P420", "P420 colour IP desk phone", "4.3-inch colour", 12, "27 (paged)", "Dual Gigabit",
            "Class 2", "No", "Optional BT50 USB dongle", "RJ9 + USB", "EXP20 only (up to 2)", "3 years", 124.00],
           ["TVX-HW-P640", "P640 executive IP desk phone", "7-inch colour touchscreen", 16, 29, "Dual Gigabit",
            "Class 3", "Wi-Fi 5 dual band", "Bluetooth 5.0", "RJ9 + USB + Bluetooth", "EXP40 (up to 3)",
            "3 years", 236.00],
           ["TVX-HW-D30", "D30 DECT base + 1 handset", "1.8-inch colour (handset)", 10, 0, "10/100", "Class 1",
            "No", "No", "3.5 mm", "None", "2 years", 139.00],
           ["TVX-HW-EXP20", "EXP20 expansion module for P420", "Mono LCD", "-", 20, "-", "Powered by phone",
            "-", "-", "-", "-", "3 years", 59.00],
           ["TVX-HW-EXP40", "EXP40 expansion module for P640", "4.3-inch colour", "-", "40 (20 x 2 pages)", "-",
            "Powered by phone", "-", "-", "-", "-", "3 years", 78.00],
           ["TVX-HW-PSU12", "12 V power supply (sites without PoE)", "-", "-", "-", "-", "-", "-", "-", "-", "-",
            "1 year", 9.50]],
          "The EXP40 is not compatible with the P420; the P420 takes the EXP20. Each D30 base supports up to 5 "
          "handsets and 4 simultaneous calls.")

    ws = wb.create_sheet("Licences")
    sheet(ws, "Tallyvox licences — per user, billed annually in advance (prices GBP ex VAT)",
          ["SKU", "Licence", "Price per user per month", "Price per user per year", "Included calls",
           "Key features", "Call recording"],
          [["TVX-LIC-UCESS-12", "Cloud UC Essentials", 9.50, 114.00,
            "UK landlines and mobiles, fair use 3,000 minutes per user per month",
            "Desk phone + mobile app, voicemail to e-mail, hunt groups. No Microsoft Teams integration.",
            "Not available"],
           ["TVX-LIC-UCPRO-12", "Cloud UC Professional", 14.00, 168.00,
            "Unlimited UK landlines and mobiles, fair use 5,000 minutes per user per month",
            "Microsoft Teams direct routing, softphone on up to 3 devices, screen-pop integration with Clio, "
            "LEAP and Actionstep, call parking, auto attendant",
            "On-demand and automatic recording, 90 days retention"],
           ["TVX-LIC-CCAGENT-12", "Contact Centre Agent", 46.00, 552.00, "As the agent's UC licence",
            "Requires a Cloud UC Professional licence for the same user. Queues, IVR, skills-based routing, "
            "callback in queue, webchat and e-mail channels, supervisor listen/whisper/barge, wallboards, "
            "reporting history 25 months", "As UC Professional"],
           ["TVX-ADD-REC7-12", "Compliance Recording add-on", 4.50, 54.00, "-",
            "Legal hold, tamper-evident audit log, PCI DSS pause and resume", "Retention extended to 7 years"],
           ["TVX-ADD-INTL-12", "International calls bundle", 6.00, 72.00,
            "1,000 minutes per user per month to 40 listed countries", "-", "-"]])

    ws = wb.create_sheet("Services")
    sheet(ws, "Tallyvox one-off services (prices GBP ex VAT)",
          ["SKU", "Service", "Unit", "List price (GBP)", "Notes"],
          [["TVX-PORT-SINGLE", "Single-line number port", "per number", 18.00, "Geographic numbers only"],
           ["TVX-PORT-RANGE", "DDI range port", "per range of up to 100 numbers", 120.00,
            "Ranges over 100 numbers: one charge per started 100 numbers"],
           ["TVX-PORT-NONGEO", "Non-geographic number port", "per number", "On request", "0800, 0808, 03 numbers"],
           ["TVX-SVC-ONB", "Onboarding, site survey and number-plan configuration", "fixed fee, up to 150 users",
            2850.00, "Includes remote survey of up to 2 sites, call-flow design workshop, portal set-up"],
           ["TVX-SVC-TRAIN", "End-user training", "half day, up to 15 attendees", 650.00, "On site or remote"],
           ["TVX-SVC-INST", "On-site handset installation", "per engineer day", 720.00,
            "Engineer places, connects and tests up to 60 handsets a day"]])
    wb.save(K / "Tallyvox_Price_and_Spec_Sheet_2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# Call recording for law firms: how Tallyvox recording and retention work

*Knowledge base article KB-1187, last reviewed 14 April 2025.*

## Standard recording (Cloud UC Professional)
Every Cloud UC Professional licence includes call recording. Recording can be automatic (all calls, all inbound, or
all outbound for a user, group or queue) or on demand, started from the handset or the softphone. Recordings made
under the standard licence are kept for 90 days and then deleted automatically. Cloud UC Essentials does not include
recording.

## Compliance Recording add-on (7-year retention)
The Compliance Recording add-on (TVX-ADD-REC7-12) extends retention to 7 years for the users who hold it. It is
licensed per user: users without the add-on keep the standard 90-day retention, even if they are in the same queue.
The add-on also provides:
- **Legal hold**: an administrator can place a recording, a user or a matter tag on hold; held recordings are not
  deleted at the end of the retention period until the hold is released.
- **Tamper-evident audit log**: every play, download, share and deletion is logged with user, time and IP address;
  the log itself is retained for the same period as the recordings.
- **PCI DSS pause and resume**: recording pauses automatically when an agent opens a card-payment form and the
  caller's keypad tones are masked, so card numbers are never recorded.
- Fair use storage of 2,000 recorded hours per user per year.

## Announcements and matter tagging
A recorded announcement ("Calls may be recorded for training and compliance purposes") can be played per queue or
per inbound number. Users can tag a call with a client or matter number from the softphone, or automatically through
the Clio, LEAP or Actionstep integration, so that recordings can be searched by matter.

## Access and export
Recordings are searchable by date, number, user, queue and matter tag. Access is controlled by role: by default only
administrators and compliance officers can play other users' recordings. Recordings export as MP3 or WAV with a JSON
metadata file per call. When an agreement ends, the customer has 60 days after termination to export recordings;
after that Tallyvox deletes them within 30 days and confirms deletion in writing on request.

## Storage location
Recordings are stored only in Tallyvox's UK data centres (London and Manchester) and encrypted with AES-256 at rest.

## Transcription
AI transcription and call summaries are available as a separate add-on in UK English only. Transcription is not
included in Cloud UC Professional or the Compliance Recording add-on.

## What this article does not cover
Tallyvox does not give legal or regulatory advice. Whether a retention period meets a firm's obligations (for example
under SRA rules, anti-money-laundering regulations or UK GDPR) is for the firm and its advisers to decide.
"""


# ---------------------------------------------------------------- HTML page: warranty and returns
HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Hardware warranty, delivery and returns | Tallyvox</title></head>
<body>
<h1>Hardware warranty, delivery and returns policy</h1>
<p>Applies to Tallyvox-branded handsets and accessories bought from Tallyvox Communications Ltd in the UK. Last updated
3 March 2025.</p>

<h2>Warranty</h2>
<p>P420 and P640 desk phones and the EXP20 and EXP40 expansion modules carry a 3-year return-to-base warranty from the
date of delivery. The P320 and the D30 DECT range carry a 2-year warranty. Power supplies carry 1 year. The warranty
covers manufacturing faults; it does not cover physical damage, liquid damage, lightning or power surges, or wear of
handset cords and cushions.</p>

<h2>Advance replacement</h2>
<p>For P-series desk phones under warranty, we send a replacement in advance: if the fault is logged with support
before 14:00 on a business day, the replacement is dispatched the same day for next business day delivery. Return
the faulty unit within 14 days using the prepaid label, or we invoice the replacement at list price.</p>
<p>Dead on arrival (DOA): a unit reported faulty within 30 days of delivery is replaced with a new unit; later
replacements may be refurbished to as-new standard.</p>
<p>Out of warranty, we repair or replace a desk phone for a flat fee of &pound;45 ex VAT.</p>

<h2>Delivery</h2>
<p>Delivery is free for orders over &pound;500 ex VAT; smaller orders are charged &pound;19.50. Stock items are
delivered within 5 working days. Orders of more than 50 handsets are delivered within 10 working days, pre-provisioned
and labelled by user or extension when the number plan has been agreed at least 10 working days before dispatch.</p>

<h2>Returns of unwanted equipment</h2>
<p>Unused equipment in sealed, original packaging can be returned within 30 days of delivery, subject to a 15%
restocking fee. Opened equipment can be returned only if it is faulty.</p>

<h2>Firmware and end of life</h2>
<p>We provide firmware and security updates for each model for 5 years after its end-of-sale date. Firmware is
updated automatically overnight through the Tallyvox provisioning service.</p>

<h2>Disposal</h2>
<p>Under the WEEE regulations we take back old Tallyvox handsets free of charge when you buy replacements. Old
handsets from other manufacturers can be collected for &pound;3 per unit.</p>
</body></html>
"""

if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "KB-1187_call_recording_for_law_firms.md").write_text(KB, encoding="utf-8")
    (K / "hardware-warranty-returns.html").write_text(HTML, encoding="utf-8")
    print("sources written to", K)
