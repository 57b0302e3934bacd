"""Generate the five knowledge sources of the staylume-hotel-iptv scenario.

Run with a Python that has python-docx and openpyxl, plus reportlab on the path, e.g.
  PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
"""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Staylume Master Services & Content Licence Terms – Hospitality (MSLT-H v3.2)", 0)
    d.add_paragraph("Staylume Hospitality Media B.V., Catharijnesingel 52, 3511 GC Utrecht, the Netherlands. "
                    "Version 3.2, effective 1 March 2025. These terms apply to every order form or quote that refers to MSLT-H v3.2.")
    d.add_heading("1. Definitions", 1)
    d.add_paragraph("“Licensed Rooms” means the guest rooms listed per hotel in the order form. “Go-Live Date” means the date on which "
                    "Staylume confirms in writing that a hotel's headend and all Licensed Rooms of that hotel have been commissioned. "
                    "“Public Areas” means lobbies, bars, restaurants, meeting and conference rooms, spa, fitness and any other area that is not a guest room.")
    d.add_heading("2. Content licence", 1)
    d.add_paragraph("2.1 The content licence (Europa 45, Europa 80 and any add-on) grants the customer the right to receive and display the licensed channels "
                    "in guest rooms only, for the private viewing of registered guests. Reception in Public Areas is not covered. Showing licensed channels in Public Areas "
                    "requires a separate public performance licence, which the hotel obtains from the relevant collecting society or through the Staylume "
                    "Public Area add-on (price on request, per screen).")
    d.add_paragraph("2.2 The customer reports the number of Licensed Rooms in operation each quarter. If the rooms in operation exceed the Licensed Rooms by more "
                    "than 5%, Staylume invoices the additional rooms pro rata from the start of that quarter. Rooms temporarily out of service for renovation are not credited.")
    d.add_paragraph("2.3 Broadcasters change their distribution terms from time to time. Staylume may replace up to 10% of the channels of a package in any contract year "
                    "with channels of an equivalent genre and language. If a channel marked “core” in the channel line-up is withdrawn without a replacement, "
                    "the customer may request a pro-rata reduction of the package fee from the month following the withdrawal.")
    d.add_paragraph("2.4 Sport add-on: requires Europa 45 or higher. Live rights for individual matches may be blacked out where the broadcaster does not hold hotel rights for the customer's territory; blackouts do not give rise to a fee reduction.")
    d.add_heading("3. Term, renewal and price adjustment", 1)
    d.add_paragraph("3.1 Content and casting licences have a minimum term of 36 months, starting on the Go-Live Date of the first hotel in the order. "
                    "Licences for hotels that go live later are co-terminous with the first hotel.")
    d.add_paragraph("3.2 After the minimum term the licences renew automatically for successive periods of 12 months unless either party gives written notice "
                    "at least 90 days before the end of the current period.")
    d.add_paragraph("3.3 Licence and support fees are fixed for the first 12 months. On each anniversary of the Go-Live Date Staylume may adjust them in line with the "
                    "euro-area HICP published by Eurostat for the preceding 12 months, capped at 4% per year. Hardware prices are not indexed once ordered.")
    d.add_paragraph("3.4 If the customer terminates for convenience during the minimum term, 75% of the licence fees remaining for the minimum term become due on termination.")
    d.add_heading("4. CastBridge casting licence", 1)
    d.add_paragraph("The CastBridge licence is per Licensed Room and allows one casting device per room at a time. It requires an active content licence and a "
                    "StayCore headend at software release 7.4 or later. CastBridge does not record, store or forward any content cast by guests.")
    d.add_heading("5. Hardware warranty", 1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Product", "Warranty", "Service while Support Plus is active"]):
        c.text = h
    for row in [
        ("Staylume H4 hospitality TVs (43\", 50\", 55\")", "3 years from delivery", "Next-business-day advance swap on site"),
        ("StayCore headend server", "2 years from delivery", "Warranty extended to 5 years; on-site parts and labour"),
        ("Wall brackets", "5 years from delivery", "Replacement part shipped, fitted by the hotel"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph("Without Support Plus, TV warranty service is return-to-base. The warranty excludes physical damage, liquid ingress, damage from power surges, "
                    "firmware not released by Staylume, and image retention caused by static content displayed for more than 12 hours per day. "
                    "Panel pixel defects are covered when a panel shows 4 or more bright sub-pixel defects.")
    d.add_heading("6. Invoicing and payment", 1)
    d.add_paragraph("Invoices are payable within 30 days of the invoice date. Late payments bear interest at 8 percentage points above the ECB main refinancing rate. "
                    "Licences and support are invoiced annually in advance. Staylume may suspend the content service after written notice if an invoice is more than 45 days overdue.")
    d.add_heading("7. Data protection", 1)
    d.add_paragraph("Where the PMS interface is used to show the guest's name on the welcome screen, Staylume acts as a processor under the data processing agreement in Annex C. "
                    "Guest names are deleted from the headend 24 hours after checkout. Staylume's cloud monitoring platform is hosted in the EU (Frankfurt region).")
    d.save(os.path.join(K, "Staylume_MSLT-H_v3.2_Licence_Terms.docx"))

# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]; body.fontSize = 9; body.leading = 11.5
    h1, h2 = ss["Title"], ss["Heading2"]
    story = [Paragraph("Staylume H4 Hospitality TV &amp; StayCore Headend – Technical Datasheet and Installation Guide", h1),
             Paragraph("Document TD-H4-SC, revision 2025-04. Applies to Staylume H4 TVs with firmware 12.x and StayCore software release 7.4 or later.", body),
             Spacer(1, 4 * mm), Paragraph("1. H4 hospitality TV specifications", h2)]
    tv = [["", "SLM-TV43-H4", "SLM-TV50-H4", "SLM-TV55-H4"],
          ["Screen size", "43 in", "50 in", "55 in"],
          ["Resolution", "3840 x 2160", "3840 x 2160", "3840 x 2160"],
          ["Typical power (on)", "48 W", "59 W", "71 W"],
          ["Maximum power", "85 W", "102 W", "128 W"],
          ["Standby power", "0.5 W", "0.5 W", "0.5 W"],
          ["Weight without stand", "7.9 kg", "11.2 kg", "14.6 kg"],
          ["Dimensions without stand (W x H x D)", "963 x 561 x 78 mm", "1117 x 648 x 80 mm", "1232 x 712 x 82 mm"],
          ["VESA pattern", "200 x 200", "200 x 200", "300 x 300"],
          ["Network", "RJ45 100 Mbit/s", "RJ45 100 Mbit/s", "RJ45 100 Mbit/s"]]
    tbl = Table(tv, colWidths=[55 * mm, 38 * mm, 38 * mm, 38 * mm])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [tbl, Spacer(1, 3 * mm)]
    story.append(Paragraph("All H4 models support Pro:Idiom and Verimatrix DRM, hotel mode with locked menus, a configurable power-on volume cap (default 30 of 100), "
                           "HDMI-CEC with input lock, a USB charging port (5 V, 1 A) and Bluetooth audio pairing that is disabled by default and cleared at checkout. "
                           "The H4 boots directly into the Staylume welcome screen in the guest's PMS language (12 languages available).", body))
    story.append(Paragraph("2. StayCore headend server (SLM-HE-2U)", h2))
    story.append(Paragraph("The StayCore 2U server streams up to 120 linear channels as multicast to up to 1,500 rooms per server. It has redundant 2 x 550 W power supplies "
                           "(typical draw 310 W), 2 x 10 GbE SFP+ ports and space for up to 4 optional tuner cards (SLM-HE-TC8, 8 tuners each, DVB-S2 or DVB-T2) for locally "
                           "received channels. Channels of the Europa packages are delivered over the internet from the Staylume content delivery network and need no tuner card. "
                           "Operating temperature 10 to 35 °C; install in a 19-inch rack with a UPS giving at least 15 minutes of autonomy. Software updates are installed remotely by the Staylume NOC.", body))
    story.append(Paragraph("3. Network requirements", h2))
    story.append(Paragraph("IPTV runs on a dedicated VLAN separated from guest Wi-Fi and back-office traffic. Every access and distribution switch carrying the IPTV VLAN must support "
                           "IGMPv3 snooping, with an IGMP querier configured on the core switch; without it, multicast floods every port. Multicast bandwidth per channel: "
                           "SD 3.5 Mbit/s, HD 8 Mbit/s, UHD 20 Mbit/s. Each TV receives one stream at a time. The internet uplink for CDN-delivered channels must provide at "
                           "least 150 Mbit/s per headend for Europa 45 and 300 Mbit/s for Europa 80, in addition to guest internet. Guest Wi-Fi client isolation must stay enabled; "
                           "CastBridge uses its own mDNS proxy on the headend.", body))
    story.append(Paragraph("4. Installation", h2))
    story.append(Paragraph("Hotel pre-requisites: a Cat6 cable to each TV position, a 230 V socket within 1 m of the TV, and 2U of rack space per headend plus 1U for the "
                           "Staylume edge switch if supplied. A pilot room is installed and signed off by the hotel before the rollout starts.", body))
    story.append(Paragraph("A room installation (bracket, TV, cable test, channel scan and casting test) takes about 45 minutes. A two-person crew completes 40 rooms per day "
                           "on vacated floors and 25 rooms per day on occupied floors, where work is limited to 10:00–16:00 and to rooms released by housekeeping. "
                           "Headend installation and commissioning take 2 days per site and are completed before the first room is installed. Existing TVs can be removed "
                           "and recycled under WEEE rules at an extra charge per set (see the price list).", body))
    story.append(Paragraph("5. Environmental and safety", h2))
    story.append(Paragraph("H4 TVs are CE marked, comply with EN 62368-1, and have an energy class G (SDR) label. Panels are rated for 16 hours of daily operation. "
                           "Brackets are tested to 4 times the rated TV weight.", body))
    SimpleDocTemplate(os.path.join(K, "Staylume_H4_StayCore_Technical_Datasheet.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm).build(story)

# ---------------------------------------------------------------- XLSX
E45 = [  # channel, language, genre, format, core
    ("Staylume Welcome", "multi", "Hotel info", "HD", "core"), ("RTP1", "pt", "General", "HD", "core"), ("RTP2", "pt", "General", "HD", ""),
    ("RTP3", "pt", "News", "HD", "core"), ("RTP Internacional", "pt", "General", "SD", ""), ("SIC Notícias", "pt", "News", "HD", "core"),
    ("CNN Portugal", "pt", "News", "HD", ""), ("BBC World News", "en", "News", "HD", "core"), ("CNN International", "en", "News", "HD", "core"),
    ("Sky News International", "en", "News", "HD", ""), ("Al Jazeera English", "en", "News", "HD", ""), ("Bloomberg TV", "en", "Business", "HD", ""),
    ("CNBC Europe", "en", "Business", "SD", ""), ("Euronews English", "en", "News", "HD", "core"), ("France 24 English", "en", "News", "HD", ""),
    ("France 24 Français", "fr", "News", "HD", ""), ("TV5Monde Europe", "fr", "General", "HD", "core"), ("Das Erste", "de", "General", "HD", "core"),
    ("ZDF", "de", "General", "HD", "core"), ("DW Deutsch", "de", "News", "HD", ""), ("DW English", "en", "News", "HD", ""),
    ("TVE Internacional", "es", "General", "HD", "core"), ("Canal 24 Horas", "es", "News", "HD", ""), ("Rai Italia", "it", "General", "SD", "core"),
    ("Rai News 24", "it", "News", "SD", ""), ("NPO 1", "nl", "General", "HD", ""), ("BVN", "nl", "General", "SD", ""),
    ("TVP World", "en", "News", "HD", ""), ("NHK World-Japan", "en", "News", "HD", ""), ("CGTN", "en", "News", "HD", ""),
    ("Arirang", "en", "General", "HD", ""), ("CNA", "en", "News", "HD", ""), ("Arte", "fr/de", "Culture", "HD", ""),
    ("Mezzo", "fr", "Music", "HD", ""), ("MTV 00s", "en", "Music", "SD", ""), ("Trace Urban", "en", "Music", "HD", ""),
    ("Travel Channel", "en", "Lifestyle", "HD", ""), ("Food Network", "en", "Lifestyle", "HD", ""), ("Discovery Channel", "en", "Documentary", "HD", ""),
    ("National Geographic", "en", "Documentary", "HD", ""), ("TLC", "en", "Lifestyle", "HD", ""), ("Fashion TV", "en", "Lifestyle", "HD", ""),
    ("Cartoon Network", "en/pt", "Kids", "HD", "core"), ("Baby TV", "multi", "Kids", "SD", ""), ("Staylume Ambient", "none", "Ambient", "UHD", ""),
]
E80_EXTRA = ["Eurosport 1", "Eurosport 2", "Sport TV+", "DAZN 1 Portugal", "Canal 11", "Benfica TV", "Sporting TV", "Porto Canal",
             "Sky Sports News", "Motorvision+", "Extreme Sports Channel", "Golf Channel", "Fox Life", "AXN", "AXN Movies", "TCM Cinema",
             "Hollywood", "Cinemundo", "Disney Channel", "Nickelodeon", "Panda", "Boomerang", "History", "Odisseia", "Crime+Investigation",
             "Animal Planet", "Love Nature 4K", "Insight UHD", "Bloomberg Originals", "Sky News Arabia", "Al Arabiya", "Canal Hollywood",
             "KBS World", "Star Life", "Stingray Classica"]

def make_xlsx():
    assert len(E45) == 45 and len(E80_EXTRA) == 35
    wb = Workbook()
    ws = wb.active; ws.title = "Price list 2025"
    ws.append(["Staylume Hospitality Price List 2025 – EUR, excluding VAT – valid 1 March 2025 to 28 February 2026"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (EUR)", "Notes"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("SLM-TV43-H4", "H4 43\" hospitality smart TV, 4K UHD", "each", 489.00, "Includes remote RC-H4 and 2 AAA batteries"),
        ("SLM-TV50-H4", "H4 50\" hospitality smart TV, 4K UHD", "each", 599.00, "Same bracket as 43\" (VESA 200 x 200)"),
        ("SLM-TV55-H4", "H4 55\" hospitality smart TV, 4K UHD", "each", 719.00, "Needs VESA 300 x 300 bracket"),
        ("SLM-BRK-T20", "Tilting wall bracket VESA 200/300, anti-theft lock", "each", 29.00, "Up to 35 kg"),
        ("SLM-BRK-S30", "Swivel arm bracket VESA 200/300, anti-theft lock", "each", 49.00, "Arm extension 45 cm"),
        ("SLM-HE-2U", "StayCore IPTV headend server 2U, redundant PSU", "each", 14500.00, "Up to 120 channels, 1,500 rooms"),
        ("SLM-HE-TC8", "StayCore tuner card, 8 tuners, DVB-S2 or DVB-T2", "each", 1850.00, "Max 4 per server"),
        ("SLM-CB-LIC12", "CastBridge guest casting licence", "per room, 12 months", 18.00, "Requires an active content licence"),
        ("SLM-CL-E45-12", "Content licence Europa 45 (45 channels)", "per room, 12 months", 26.40, "See sheet Channel line-up"),
        ("SLM-CL-E80-12", "Content licence Europa 80 (80 channels, incl. sport and film)", "per room, 12 months", 44.40, "Includes all Europa 45 channels"),
        ("SLM-CL-SPT-12", "Sport add-on (Eurosport 1, Eurosport 2, Sport TV+)", "per room, 12 months", 9.60, "Requires Europa 45; already included in Europa 80"),
        ("SLM-CL-PUB", "Public Area add-on (lobby, bar, restaurant screens)", "per screen", "on request", "See MSLT-H clause 2.1"),
        ("SLM-INST-RM", "Installation and commissioning", "per room", 42.00, "Vacated floors; headend commissioning included"),
        ("SLM-INST-OCC", "Occupied-floor surcharge", "per room", 8.00, "Applies to rooms installed on occupied floors"),
        ("SLM-WEEE", "Removal and WEEE recycling of an existing TV", "per set", 12.00, "Ordered separately"),
        ("SLM-SUP-STD12", "Support Standard (business hours, return-to-base)", "per room, 12 months", 6.00, ""),
        ("SLM-SUP-PL12", "Support Plus (24/7 NOC, next-business-day TV swap)", "per room, 12 months", 14.00, "Extends headend warranty to 5 years"),
    ]
    for r in rows:
        ws.append(list(r))
        if isinstance(r[3], float):
            ws.cell(row=ws.max_row, column=4).number_format = "#,##0.00"
    for col, w in zip("ABCDE", (16, 58, 22, 16, 48)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Channel line-up")
    ws2.append(["Channel line-up 2025 – Europa 45 and Europa 80 (Europa 80 = all Europa 45 channels + 35 channels below)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Package", "#", "Channel", "Language", "Genre", "Format", "Core (MSLT-H 2.3)"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for i, (ch, lang, genre, fmt, core) in enumerate(E45, 1):
        ws2.append(["Europa 45", i, ch, lang, genre, fmt, core])
    for i, ch in enumerate(E80_EXTRA, 46):
        genre = "Sport" if i <= 57 else ("Kids" if ch in ("Disney Channel", "Nickelodeon", "Panda", "Boomerang") else "Film/Entertainment")
        fmt = "UHD" if ch in ("Love Nature 4K", "Insight UHD", "Eurosport 1") else "HD"
        ws2.append(["Europa 80 only", i, ch, "various", genre, fmt, ""])

    ws3 = wb.create_sheet("Volume discounts")
    ws3.append(["Volume discounts on TVs (per order, all sizes combined) and other commercial rules"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["TV sets per order", "Discount on TV list price"])
    for r in [("1–49", "0%"), ("50–149", "5%"), ("150–299", "8%"), ("300 or more", "12%")]:
        ws3.append(list(r))
    ws3.append([])
    ws3.append(["Rule", "Detail"])
    ws3.append(["Headend", "5% discount on SLM-HE-2U when 2 or more servers are ordered together"])
    ws3.append(["Installation", "10% discount on SLM-INST-RM for 200 rooms or more in one order"])
    ws3.append(["Licences and support", "Not discountable; prices per room per 12 months"])
    wb.save(os.path.join(K, "Staylume_Price_List_2025.xlsx"))

# ---------------------------------------------------------------- MD (kb_article)
MD = """# CastBridge: how guest casting works

*FAQ for hotel IT and front-desk teams – CastBridge release 3.1 on StayCore 7.4 or later*

## How does a guest start casting?
The TV welcome screen shows a QR code and a 6-digit room code. The guest joins the hotel guest Wi-Fi, scans the QR code and confirms
the pairing on the TV with the remote. No app download, no account and no password are needed. From then on the room TV appears as a
cast target in the guest's apps, and only in that room.

## Which devices and apps are supported?
- **Google Cast**: Android 8 or later, and the Chrome browser on Windows, macOS and ChromeOS.
- **AirPlay 2**: iPhone and iPad with iOS 16 or later, Mac with macOS 13 or later.
- Netflix, YouTube, Disney+, Prime Video, Max and Spotify cast normally. Apple TV+ works through AirPlay 2.
- Google Cast sessions play up to 4K where the app supports it; AirPlay 2 sessions are limited to 1080p.
- Screen mirroring works on both protocols; some banking and video apps block mirroring of their own content.

## How many devices can cast at once?
One casting device per room at a time. If a second device pairs, the TV asks for confirmation on screen and the new device replaces the first.

## What happens at checkout?
With the PMS interface active, the room's CastBridge pairing is reset within 60 seconds of the PMS check-out message, and the room gets a
new QR code. Without a PMS interface, pairings expire after 8 hours without casting activity and all pairings are reset daily at the
configured reset time (default 12:00). Front desk can also reset a room manually in the StayCore console.

## Can the next guest see my content or my phone?
No. CastBridge keeps guest Wi-Fi client isolation in place and exposes the TV only to the paired device through its mDNS proxy.
Cast streams go from the guest's app directly over the internet to the TV; CastBridge does not record, store or forward any content.

## Network impact
Cast streams use the guest internet line, not the IPTV multicast VLAN. Plan for 25 Mbit/s per concurrent 4K casting session and
8 Mbit/s per HD session. In our installed base, peak concurrent casting averages 12% of occupied rooms between 20:00 and 23:00.

## Troubleshooting
1. TV not visible in the app: check the phone is on the guest Wi-Fi, not on mobile data or the staff network.
2. Pairing fails after checkout: ask front desk to reset the room in the console; the PMS message may not have arrived.
3. Audio but no picture: the app is blocking mirroring; use the app's own cast button instead.
4. Still failing: the Staylume NOC can see every room's pairing status remotely; open a P2 ticket.
"""

# ---------------------------------------------------------------- HTML (url)
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Staylume Support Plans &amp; Service Levels</title></head>
<body>
<h1>Support plans and service levels</h1>
<p>Staylume supports every installed hotel through its Network Operations Centre (NOC) in Utrecht and service points in Lisbon, Porto, Madrid,
Milan and Utrecht. Support is sold per room for 12 months and covers the TVs, the StayCore headend, CastBridge and the content delivery.</p>

<h2>Plans compared</h2>
<table border="1">
<tr><th></th><th>Support Standard</th><th>Support Plus</th></tr>
<tr><td>Price</td><td>EUR 6.00 per room per year</td><td>EUR 14.00 per room per year</td></tr>
<tr><td>NOC hours</td><td>Mon–Fri 08:00–18:00 CET, excluding Dutch public holidays</td><td>24/7, 365 days</td></tr>
<tr><td>P1 response (remote)</td><td>4 business hours</td><td>30 minutes</td></tr>
<tr><td>P1 on-site attendance</td><td>next business day</td><td>within 6 hours, for hotels within 100 km of a service point</td></tr>
<tr><td>P2 response (remote)</td><td>next business day</td><td>2 hours</td></tr>
<tr><td>Faulty TV</td><td>return-to-base, repaired or replaced within 10 working days</td><td>next-business-day advance swap on site</td></tr>
<tr><td>Headend warranty</td><td>2 years</td><td>extended to 5 years</td></tr>
<tr><td>Proactive monitoring</td><td>daily health report</td><td>real-time alarms, NOC acts before the hotel calls</td></tr>
</table>

<h2>Priority definitions</h2>
<ul>
<li><b>P1</b>: headend down, or more than 20% of a hotel's rooms without TV service.</li>
<li><b>P2</b>: a single room, a single channel or a single feature (for example casting in one room) not working.</li>
<li><b>P3</b>: questions, configuration changes and channel line-up requests; handled within 5 business days on both plans.</li>
</ul>

<h2>Availability target and service credits (Support Plus only)</h2>
<p>The target availability of the headend service is 99.9% per calendar month, excluding planned maintenance announced 5 days in advance
and scheduled between 02:00 and 05:00 local time. For each full 0.1% below target, the customer receives a service credit of 5% of the
monthly equivalent of its Support Plus fee for that hotel, capped at 30% per month. Credits must be claimed within 30 days after the month
concerned and are deducted from the next support invoice.</p>

<h2>Spare TVs</h2>
<p>We recommend that each hotel keeps spare TVs equal to 2% of its installed sets (minimum 2 per hotel and per screen size) so that
front desk can swap a faulty set immediately. Spare sets bought with the initial order receive the same discount as the order.</p>

<h2>Firmware and software updates</h2>
<p>TV firmware and StayCore software are updated remotely each quarter during the maintenance window. Security patches may be deployed
outside the quarterly cycle with 48 hours' notice.</p>

<h2>How to reach support</h2>
<p>Portal: support.staylume.example &middot; Phone (P1 only, Support Plus): +31 30 555 0190 &middot; E-mail: noc@staylume.example</p>
</body></html>
"""

if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    with open(os.path.join(K, "castbridge-guest-casting-faq.md"), "w", encoding="utf-8") as f:
        f.write(MD)
    with open(os.path.join(K, "support-plans.html"), "w", encoding="utf-8") as f:
        f.write(HTML)
    print("sources written to", K)
