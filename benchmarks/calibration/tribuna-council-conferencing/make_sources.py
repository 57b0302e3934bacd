"""Generate the four knowledge sources of the tribuna-council-conferencing scenario.

Run with a Python that has python-docx and openpyxl; reportlab may live in a scratch folder:
    PYTHONPATH=/tmp/tribuna_pylib /work/main/.venv/bin/python make_sources.py
"""
import os

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)


# ---------------------------------------------------------------- DOCX: statement of work
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Statement of Work: Raadzaal Conferencing, Voting and Streaming", 0)
    d.add_paragraph("Tribuna Systems B.V. for Gemeente Zuiderhaven, council chamber (Raadzaal), Stadhuisplein 1. "
                    "Reference: quote Q-TRB-2025-0417. Document version 1.1, 10 March 2025.")

    d.add_heading("1. Scope of supply", 1)
    d.add_paragraph("Tribuna supplies, installs and commissions 39 DU-520 delegate units for the councillors, "
                    "2 CU-520 chair units (mayor and griffier), 41 GM-45 gooseneck microphones, one CCU-8 central "
                    "control unit in the technical rack behind the public gallery, and 3 PTZ-20 cameras (one facing "
                    "the chair, two covering the council benches). Tribuna configures the VoteDesk voting software "
                    "for 41 seats and the ChamberCast streaming and archive subscription, including the embedded "
                    "player on the municipality website.")

    d.add_heading("2. Schedule", 1)
    d.add_paragraph("Equipment is delivered 6-8 weeks after receipt of the purchase order. On-site installation takes "
                    "an installation window of 5 working days and is scheduled during the council recess "
                    "(July-August) or, if the order is placed later, on days without council or committee meetings. "
                    "Normal working hours on site are 07:30-17:00, Monday to Friday. Evening or weekend work is "
                    "possible on request at an out-of-hours surcharge of 35% on the labour part of the installation.")
    d.add_paragraph("The installation start date is fixed in writing at least 15 business days in advance. If the "
                    "municipality postpones a confirmed start date less than 5 business days before it, a "
                    "re-scheduling fee of EUR 650 applies.")

    d.add_heading("3. Cabling and floor boxes", 1)
    d.add_paragraph("The CCU-8 has 4 trunk ports. Each port serves at most 40 units and a trunk of at most 100 m "
                    "including extension cables. Delegate units are daisy-chained per bench row. Existing floor "
                    "boxes in the Raadzaal are reused where their condition allows; 4 additional floor boxes are "
                    "included in the installation price. Core drilling through concrete floors is not included; "
                    "if the survey or the works show it is needed, it is quoted separately at EUR 185 per hole.")

    d.add_heading("4. What the municipality provides", 1)
    for t in [
        "At least 10 business days before the start: one network port at the technical rack on a dedicated VLAN "
        "with at least 20 Mbit/s upstream bandwidth for the stream, and outbound access to the ChamberCast "
        "ingest servers on port 443.",
        "One free 230 V power socket (16 A group) at the technical rack.",
        "For buildings built before 1994: an asbestos inventory report for the Raadzaal and the cable routes. "
        "Tribuna does not start drilling without it.",
        "Access to the chamber from 07:30 and a parking place for one service van during the installation window.",
        "A named contact person (usually the griffie) who can take decisions during the installation.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("5. Commissioning and acceptance", 1)
    d.add_paragraph("Commissioning ends with the acceptance test protocol (ATP), performed together with the "
                    "municipality: every microphone and loudspeaker, a test vote with all 41 units (open, named "
                    "and secret ballot), the quorum display, camera presets for every seat, a test stream to the "
                    "municipality website and a local recording on the CCU-8. The municipality signs the acceptance "
                    "certificate or sends its written objections within 10 business days of the ATP. Without "
                    "written objections in that period, the installation is deemed accepted. Minor points that do "
                    "not prevent the use of the system (for example a missing cable label) do not block acceptance "
                    "and are fixed within 20 business days.")

    d.add_heading("6. Training, dress rehearsal and first meeting", 1)
    d.add_paragraph("Two on-site training days are included. Day 1 is for the chair, the griffie and meeting "
                    "operators (agenda, speaker list, VoteDesk votes and results). Day 2 is for technical and IT staff "
                    "(CCU-8 web interface, camera presets, ChamberCast publishing, first-line fault finding). Each "
                    "training day accepts up to 12 participants. Training materials are provided in Dutch and "
                    "English. Before the first live council meeting, Tribuna runs a 2-hour dress rehearsal with the "
                    "chair and the griffie, and a Tribuna technician attends the first live council meeting on site "
                    "(up to 4 hours).")

    d.add_heading("7. Not included", 1)
    d.add_paragraph("Furniture modifications (the DU-520 is table-top; flush mounting in the council benches is a "
                    "separate carpentry job), building works, asbestos removal, painting and plastering, network "
                    "switches or cabling beyond the technical rack, and displays or projectors in the public gallery.")
    d.save(os.path.join(K, "tribuna-statement-of-work-zuiderhaven.docx"))


# ---------------------------------------------------------------- PDF: warranty and SLA
def make_pdf():
    path = os.path.join(K, "tribuna-warranty-and-service-levels.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Tribuna Warranty, Support and Service Levels")
    ss = getSampleStyleSheet()
    H, B, T = ss["Heading2"], ss["BodyText"], ss["Title"]
    s = [Paragraph("Tribuna Warranty, Support and Service Levels", T),
         Paragraph("Version 3.2, January 2025. Applies to all Tribuna public-sector orders unless the order "
                   "confirmation states otherwise.", B), Spacer(1, 8)]

    s.append(Paragraph("1. Hardware warranty", H))
    s.append(Paragraph("DU-520 delegate units, CU-520 chair units, CCU-8 central control units, GM-45 microphones "
                       "and system cabling supplied by Tribuna carry a warranty of 36 months from the date of "
                       "acceptance. PTZ-20 cameras are manufactured for Tribuna by a third party and carry a warranty "
                       "of 24 months from the date of acceptance; Tribuna handles camera claims on the customer's "
                       "behalf.", B))
    s.append(Paragraph("Advance replacement: when a fault is confirmed by Tribuna support before 14:00 CET on a "
                       "business day, a replacement unit is shipped the same day for next-business-day delivery. "
                       "The faulty unit must be returned within 14 days in the replacement's packaging.", B))
    s.append(Paragraph("The warranty does not cover: liquid damage (for example coffee or water spilled on a unit); "
                       "physical damage from misuse or transport by the customer; goosenecks bent beyond their "
                       "stated range; damage caused by firmware not released by Tribuna; damage from power surges "
                       "where the rack has no surge protection; and consumables such as foam windscreens and NFC "
                       "cards. Out-of-warranty repairs of a DU-520 are charged at a flat rate of EUR 210 per unit.", B))

    s.append(Paragraph("2. Support hours and Meeting Watch", H))
    s.append(Paragraph("Tribuna support is available by phone and portal Monday to Friday, 08:00-18:00 CET, except "
                       "Dutch public holidays. Council meetings often run in the evening: with Meeting Watch, a "
                       "registered meeting is covered by a remote support engineer on standby until 23:00. A meeting "
                       "must be registered at least 48 hours in advance. Meeting Watch is included for the first 12 "
                       "months after acceptance; after that it costs EUR 95 per registered meeting.", B))

    s.append(Paragraph("3. ChamberCast service levels", H))
    data = [["Priority", "Definition", "Response time"],
            ["P1", "Live stream or archive unavailable during a public meeting", "30 minutes, 24/7"],
            ["P2", "Feature degraded (captions, chapters, embed player)", "4 business hours"],
            ["P3", "Question, cosmetic issue, change request", "next business day"]]
    tb = Table(data, colWidths=[2 * cm, 10 * cm, 4.5 * cm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("FONTSIZE", (0, 0), (-1, -1), 9)]))
    s += [tb, Spacer(1, 6)]
    s.append(Paragraph("ChamberCast is offered with a monthly availability of 99.9%, excluding maintenance announced "
                       "at least 5 days ahead and never scheduled on a registered meeting day. For each 0.1% below "
                       "99.9% in a calendar month the customer receives a service credit of 5% of the monthly "
                       "subscription fee, capped at 25% of that month's fee. Service credits are deducted from the "
                       "next annual invoice and must be claimed within 30 days after the end of the month.", B))

    s.append(Paragraph("4. Software, firmware and spare parts", H))
    s.append(Paragraph("Firmware updates for Tribuna hardware are provided free of charge for 5 years from the date "
                       "of purchase. VoteDesk updates are included for the licence term. Spare parts remain "
                       "available for at least 7 years after a product's end of sale. An optional preventive "
                       "maintenance visit (cleaning, firmware check, test vote with all units, camera re-alignment) "
                       "costs EUR 1,150 per visit.", B))

    s.append(Paragraph("5. How to file a warranty claim", H))
    s.append(Paragraph("Claims are filed in the Tribuna support portal with the serial number (on the underside of "
                       "each unit), a description of the fault and, for voting faults, the VoteDesk session log. "
                       "Claims by e-mail are accepted but are handled after portal claims.", B))
    doc.build(s)


# ---------------------------------------------------------------- XLSX: product and spec sheet
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    title = Font(bold=True, size=14)

    ws = wb.active
    ws.title = "Hardware"
    ws.append(["Tribuna Product and Specification Sheet 2025 - Hardware (list prices EUR excl. VAT)"])
    ws["A1"].font = title
    ws.append([])
    ws.append(["SKU", "Product", "Key specifications", "Power", "Size / weight", "List price EUR"])
    for c in ws[3]:
        c.font = bold
    rows = [
        ["TRB-DU-520", "DU-520 delegate unit",
         "3 voting keys (Yes, No, Abstain), request-to-speak key, NFC card reader (ISO 14443A) for identification "
         "and quorum, built-in loudspeaker, 2 headphone outputs (3.5 mm), microphone socket for GM-45",
         "2.8 W", "220 x 140 x 68 mm, 1.1 kg", 1240],
        ["TRB-CU-520", "CU-520 chair unit",
         "As DU-520 plus priority key (mutes all delegate microphones), next-speaker key and 4.3 inch display "
         "showing speaker list, quorum and vote totals",
         "3.1 W", "260 x 150 x 70 mm, 1.4 kg", 1480],
        ["TRB-GM-45", "GM-45 gooseneck microphone",
         "45 cm gooseneck, cardioid, frequency response 80 Hz - 16 kHz, red light ring when live", "-",
         "45 cm, 180 g", 96],
        ["TRB-CCU-8", "CCU-8 central control unit",
         "System maximum 150 units; 4 trunk ports (max 40 units per port); 16 Dante channels; internal recording "
         "64 GB (approx. 900 hours); web interface; fallback voting mode", "45 W", "19 inch, 1U, 4.2 kg", 6850],
        ["TRB-CAM-PTZ", "PTZ-20 camera",
         "20x optical zoom, 1080p60, automatic speaker tracking through CCU-8 presets (moves to the active "
         "microphone's preset within 1.5 seconds), SDI and IP video output", "24 W (PoE+)", "1.9 kg", 2950],
    ]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCDEF", (14, 28, 90, 12, 26, 14)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Software and Streaming")
    ws2.append(["Tribuna Product and Specification Sheet 2025 - Software and streaming"])
    ws2["A1"].font = title
    ws2.append([])
    ws2.append(["ChamberCast tier", "Concurrent viewers", "Archive storage", "Live captions", "Annual price EUR"])
    for c in ws2[3]:
        c.font = bold
    ws2.append(["Basic", "500", "500 GB", "none", 2400])
    ws2.append(["Pro", "2,000", "2 TB", "automatic live captions (Dutch, English, German)", 4200])
    ws2.append(["Enterprise", "10,000", "10 TB", "automatic live captions plus picture-in-picture slot for a sign "
                                                "language interpreter", 7900])
    ws2.append([])
    ws2.append(["VoteDesk licence", "Unit", "Term", "Includes", "Price EUR"])
    for c in ws2[8]:
        c.font = bold
    ws2.append(["TRB-VOTE-LIC", "per seat", "3 years",
                "open, named (roll-call) and secret ballot; live quorum; results export to PDF and CSV; updates "
                "during the term", 180])
    ws2.append([])
    ws2.append(["Notes: ChamberCast is invoiced annually in advance. Changing tier takes effect at the next "
                "annual invoice; an upgrade during the year is charged pro rata."])
    for col, w in zip("ABCDE", (22, 20, 16, 80, 16)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Accessories")
    ws3.append(["Tribuna Product and Specification Sheet 2025 - Accessories and spares"])
    ws3["A1"].font = title
    ws3.append([])
    ws3.append(["SKU", "Accessory", "Price EUR"])
    for c in ws3[3]:
        c.font = bold
    for r in [["TRB-NFC-1", "NFC member card, single", 4.50],
              ["TRB-NFC-50", "NFC member cards, pack of 50", 195],
              ["TRB-EXT-10", "System extension cable 10 m", 68],
              ["TRB-EXT-25", "System extension cable 25 m", 125],
              ["TRB-WS-10", "Foam windscreens for GM-45, pack of 10", 39],
              ["TRB-CASE-10", "Flight case for 10 delegate units", 310]]:
        ws3.append(r)
    ws3.column_dimensions["B"].width = 44
    wb.save(os.path.join(K, "tribuna-product-spec-sheet-2025.xlsx"))


# ---------------------------------------------------------------- HTML: FAQ page served as URL
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>ChamberCast and VoteDesk FAQ - Tribuna Systems</title></head>
<body>
<h1>ChamberCast and VoteDesk: frequently asked questions</h1>
<p>Security, data protection, voting and streaming questions from municipalities. Last updated February 2025.</p>

<h2>Where is our data hosted?</h2>
<p>ChamberCast recordings, VoteDesk results and audit logs are hosted in EU data centres in Amsterdam (primary) and
Frankfurt (backup). No meeting data is stored or processed outside the European Union.</p>

<h2>How is the data protected?</h2>
<p>All traffic uses TLS 1.3 in transit; stored recordings and vote results are encrypted with AES-256 at rest.
Administrator accounts require two-factor authentication.</p>

<h2>Is a secret ballot really secret?</h2>
<p>Yes. In secret-ballot mode each vote is recorded anonymously: individual votes are not linked to a member's NFC
card or seat, and only the totals (Yes, No, Abstain, not voted) are stored and published. In named (roll-call) mode
the vote of each member is shown on the chamber display and published with the results. Results can be exported to
PDF and CSV.</p>

<h2>What happens if the VoteDesk PC or the network fails during a vote?</h2>
<p>The CCU-8 switches automatically to fallback voting mode: delegate units keep collecting votes and the totals
are shown on the CU-520 chair unit display, so the chair can announce the result. When VoteDesk is back, the
results of votes held in fallback voting mode are synchronised into the meeting record.</p>

<h2>How is the quorum determined?</h2>
<p>Members sign in by placing their NFC card on their delegate unit. VoteDesk shows the quorum live; the threshold
is configurable and defaults to 50% + 1 of the seats.</p>

<h2>Can the stream be shown on our own website?</h2>
<p>Yes. The ChamberCast player is embedded in the municipality website with an iframe and meets WCAG 2.1 AA. The
stream can be restreamed to YouTube at the same time. Recordings are chaptered automatically per agenda item, so
residents can jump to the item they are interested in.</p>

<h2>Do the cameras follow the speaker?</h2>
<p>Yes. Each seat has a camera preset; when a member's microphone is switched on, the PTZ-20 camera moves to that
preset within 1.5 seconds. When no microphone is on, the stream shows the overview shot of the chamber.</p>

<h2>Are live captions available?</h2>
<p>Automatic live captions are included in the Pro and Enterprise tiers, in Dutch, English and German. Accuracy is
typically 90-95% for clear speech; captions of the archived recording can be corrected afterwards in the editor.</p>

<h2>How long are recordings kept?</h2>
<p>Recordings stay in the archive for as long as the subscription runs, within the storage of the tier, plus 90
days after the subscription ends. They can be downloaded as MP4 at any time.</p>

<h2>What bandwidth do we need?</h2>
<p>At least 20 Mbit/s upstream on a dedicated VLAN for one 1080p stream with backup ingest.</p>
</body></html>
"""


def make_html():
    with open(os.path.join(K, "chambercast-votedesk-faq.html"), "w", encoding="utf-8") as f:
        f.write(HTML)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_html()
    print("written to", K)
