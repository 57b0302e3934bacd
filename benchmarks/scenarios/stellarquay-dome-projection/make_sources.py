"""Generate the knowledge sources of the stellarquay-dome-projection scenario.

Run with: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder)
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

K = Path(__file__).resolve().parent / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("CareDome Service Plans and Warranty Terms", 0)
    d.add_paragraph("StellarQuay Dome Systems GmbH, Überseetor 14, 28217 Bremen. Schedule SQ-CS-2025, valid for systems "
                    "accepted on or after 1 January 2025. This schedule forms part of every StellarQuay supply contract.")

    d.add_heading("1. Standard warranty", 1)
    d.add_paragraph("All warranty periods start on the date of signed site acceptance, not on delivery.")
    for t in [
        "LaserPix 25K projectors: 36 months parts and labour. The laser light source is warranted for 5 years or "
        "30,000 hours of operation, whichever comes first, against output falling below 70% of rated brightness.",
        "Vertex V7 render nodes: 36 months return-to-base. Under CareDome Gold or Platinum a replacement node is shipped "
        "in advance within 2 business days of diagnosis.",
        "Dome screens: 10-year warranty on the aluminium panel structure and 5-year warranty on the coating against "
        "discolouration and flaking.",
        "AutoAlign calibration kit and lenses: 24 months.",
        "StellaNav Pro perpetual licence: includes 12 months of software updates from acceptance. After that, updates "
        "require an active CareDome Silver, Gold or Platinum plan, or Software Assurance at 18% of the licence list "
        "price per year.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("2. CareDome plans", 1)
    rows = [
        ("", "Silver", "Gold", "Platinum"),
        ("Annual fee (EUR, excl. VAT)", "14,800", "27,400", "41,900"),
        ("Remote response (hotline)", "Next business day", "4 business hours", "1 hour, 24/7"),
        ("On-site response, critical fault", "5 business days", "2 business days", "Next business day"),
        ("On-site response, non-critical fault", "10 business days", "5 business days", "3 business days"),
        ("Preventive maintenance visits", "1 per year", "2 per year", "4 per year"),
        ("Annual colour and blend recalibration", "Not included", "Included", "Included"),
        ("StellarWatch remote monitoring", "Included", "Included", "Included"),
        ("Advance replacement of render nodes", "No", "Yes", "Yes"),
        ("Loan projector during repair", "No", "No", "Yes"),
    ]
    tb = d.add_table(rows=len(rows), cols=4)
    tb.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            tb.cell(i, j).text = v
    d.add_paragraph("Business hours are 08:00 to 18:00 CET, Monday to Friday, excluding German public holidays. "
                    "A critical fault is one that prevents shows from running: more than one projector down, failure "
                    "of the render master node, or loss of edge blending across the dome. Any other fault is non-critical.")

    d.add_heading("3. Service credits", 1)
    d.add_paragraph("If StellarQuay misses the on-site response target for a critical fault under a Gold or Platinum plan, "
                    "the customer receives a service credit of 5% of the annual plan fee for each business day of delay, "
                    "capped at 25% of the annual plan fee per contract year. Service credits are deducted from the next "
                    "annual invoice and are the customer's sole remedy for late response.")

    d.add_heading("4. Exclusions", 1)
    for t in [
        "Damage caused by power surges where no Class II surge protection device is installed on the projector circuits.",
        "Optical contamination from haze or smoke machines: use of haze for more than 20 hours per month voids the optical "
        "warranty of the projectors unless the SQ-HZF haze filter kit is fitted and its filters are changed every 500 hours.",
        "Physical damage to the dome screen from objects, cleaning with solvents, or water ingress from the building roof.",
        "Faults caused by software or show content not supplied or approved by StellarQuay.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("5. Remote monitoring", 1)
    d.add_paragraph("StellarWatch reports projector temperatures, light-source hours and render node health. It needs "
                    "only outbound HTTPS on port 443 to watch.stellarquay.com; no inbound ports are opened on the "
                    "customer network. If the customer declines remote monitoring, remote response targets do not apply.")

    d.add_heading("6. Term and cancellation", 1)
    d.add_paragraph("CareDome plans run for 12 months from acceptance and renew automatically for further 12-month periods. "
                    "Either party may cancel with 90 days' written notice before the renewal date. Fees paid for a "
                    "running year are not refunded.")
    d.save(K / "CareDome-Service-Plans-and-Warranty.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(K / "LaserPix-25K-Technical-Data.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="LaserPix 25K RGB Technical Data and Site Requirements")
    el = [Paragraph("LaserPix 25K RGB - Technical Data and Site Requirements", ss["Title"]),
          Paragraph("StellarQuay Dome Systems GmbH - document TD-LPX25-R3, February 2025", body), Spacer(1, 6)]
    spec = [
        ["Parameter", "Value"],
        ["Light source", "RGB pure laser, sealed optical block, no lamps or filters to replace"],
        ["Brightness", "25,000 ISO lumens (full mode)"],
        ["Native resolution", "4096 x 2160 (4K DCI) per projector"],
        ["Colour gamut", "98% of Rec.2020"],
        ["Native contrast", "5,000:1; dynamic black with laser dimming to 0.0005 nits"],
        ["Rated light-source life", "40,000 hours to 50% brightness"],
        ["Noise", "39 dB(A) in eco mode, 48 dB(A) in full mode, measured at 1 m"],
        ["Power supply", "200-240 V AC, 50/60 Hz, 16 A dedicated circuit per projector"],
        ["Power consumption", "2,150 W maximum, 1,300 W in eco mode, under 3 W standby"],
        ["Heat output", "7,340 BTU/h at maximum power"],
        ["Weight", "68 kg without lens"],
        ["Dimensions (W x D x H)", "620 x 880 x 310 mm"],
        ["Operating environment", "10 to 35 C ambient, 20 to 80% relative humidity, non-condensing"],
        ["Signal input", "10 GbE fibre link from the render node, up to 300 m"],
    ]
    t = Table(spec, colWidths=[55 * mm, 115 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    el += [t, Spacer(1, 8)]
    paras = [
        ("Multi-projector fulldome configurations", None),
        ("Four LaserPix 25K projectors mounted in the cove edge-blend to a fulldome image of 8192 x 8192 pixels "
         "(8K domemaster) on domes from 12 m to 21 m. Domes above 21 m need six projectors. Edge blending and "
         "geometry are set by the AutoAlign camera calibration kit, which re-runs a full alignment in under "
         "15 minutes. One Vertex V7 render node drives each projector; a fifth node acts as master and show controller.", body),
        ("Lens options", None),
        ("SQ-LNS-038F UltraFish 0.38:1 is the standard lens for cove-mounted systems on domes of 12 m to 21 m. "
         "SQ-LNS-065Z 0.65-0.85:1 motorised zoom is required for domes over 21 m or where projectors must be mounted "
         "behind the last seating row. Lenses are interchangeable on site without tools; after a lens change "
         "an AutoAlign run is required.", body),
        ("Site requirements", None),
        ("Cove ventilation: each projector needs mechanical extraction of at least 450 m3/h with the cove air "
         "temperature kept below 30 C during shows. Projectors may be mounted at any angle within 0 to 360 degrees "
         "of vertical rotation.", body),
        ("Electrical: one 16 A dedicated circuit per projector and one 10 A circuit per two render nodes, each "
         "protected by a Class II surge protection device. The render rack needs 2,000 W of cooling per node.", body),
        ("Network: a single-mode fibre pair from the control room to each projector position, terminated LC/LC. "
         "The customer provides the fibre routes; StellarQuay supplies and terminates the fibre.", body),
        ("Haze and smoke: the optical block is sealed, but the intake is not rated for continuous haze. Sites running "
         "haze or smoke effects regularly should fit the SQ-HZF haze filter kit on each projector.", body),
        ("Readiness before projector installation: the dome screen must be fully installed and cleaned, cove power "
         "circuits tested and certified, fibre routes in place, and the dome able to be made completely dark. "
         "Installation cannot start while other trades are working inside the dome.", body),
    ]
    for text, style in paras:
        el.append(Paragraph(text, ss["Heading3"]) if style is None else Paragraph(text, style))
    doc.build(el)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price List"
    ws.append(["StellarQuay Price List 2025 - EUR, DAP customer site, excluding VAT - valid 1 Jan to 31 Dec 2025"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (EUR)", "Lead time (weeks)"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("SQ-LPX25-RGB", "LaserPix 25K RGB laser projector, 25,000 ISO lumens, 4K", "each", 96500, 10),
        ("SQ-LNS-038F", "UltraFish 0.38:1 fisheye lens (domes 12-21 m)", "each", 7850, 6),
        ("SQ-LNS-065Z", "0.65-0.85:1 motorised zoom lens (domes over 21 m)", "each", 11200, 8),
        ("SQ-HZF", "Haze filter kit for LaserPix 25K, incl. 4 filters", "per projector", 1450, 3),
        ("SQ-RND-V7", "Vertex V7 render node", "each", 14200, 6),
        ("SQ-CAL-AUTO", "AutoAlign camera calibration kit", "each", 18900, 6),
        ("SQ-SPD-2", "Class II surge protection kit (4 circuits)", "each", 680, 2),
        ("SQ-DS15-T15", "15 m dome screen, 15 degree tilt", "each", 168000, 16),
        ("SQ-DS18-T15", "18 m dome screen, 15 degree tilt", "each", 212000, 16),
        ("SQ-DS21-T15", "21 m dome screen, 15 degree tilt", "each", 268000, 18),
        ("SQ-SW-SNAVP", "StellaNav Pro perpetual licence, one dome", "each", 42000, 1),
        ("SQ-SW-SNAVE", "StellaNav Edu subscription, one dome", "per year", 9600, 1),
        ("SQ-INST-DAY", "Installation and commissioning", "per engineer day", 1850, None),
        ("SQ-CARE-SLV", "CareDome Silver service plan", "per year", 14800, None),
        ("SQ-CARE-GLD", "CareDome Gold service plan", "per year", 27400, None),
        ("SQ-CARE-PLT", "CareDome Platinum service plan", "per year", 41900, None),
        ("SQ-TRN-OPR", "On-site operator training, 1 day, up to 6 staff", "per session", 2400, None),
        ("SQ-TRN-TEC", "On-site technician training, 2 days, up to 4 staff", "per session", 3900, None),
        ("SQ-TRN-RMT", "Remote operator refresher training, half day", "per session", 950, None),
    ]
    for r in rows:
        ws.append(list(r))
    ws.append([])
    ws.append(["Notes: installation days are charged per engineer day including travel time within the EU. "
               "Dome screen prices include scaffolding and panel installation. Lead times run from order confirmation."])
    for col, w in zip("ABCDE", (16, 58, 18, 16, 18)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Dome Screens")
    ws2.append(["StellarQuay dome screen specifications 2025"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["Model", "Diameter (m)", "Tilt options", "Typical seating (unidirectional)", "Perforation",
                "Open area", "Surface gain", "Panel warranty", "Install time on site"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    ws2.append(["SQ-DS15", 15, "0, 15 or 25 degrees", 120, "1.2 mm holes", "20%", 0.38, "10 years", "4 weeks"])
    ws2.append(["SQ-DS18", 18, "0, 15 or 25 degrees", 180, "1.2 mm holes", "20%", 0.38, "10 years", "5 weeks"])
    ws2.append(["SQ-DS21", 21, "0, 15 or 25 degrees", 260, "1.2 mm holes", "20%", 0.38, "10 years", "6 weeks"])
    ws2.append([])
    ws2.append(["A 25 degree tilt adds 6% to the screen price. Acoustic transparency: loss under 2 dB above 1 kHz, "
                "so speakers can be mounted behind the screen."])

    ws3 = wb.create_sheet("Render Nodes")
    ws3.append(["Vertex V7 render node - specification"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append([])
    ws3.append(["Component", "Specification"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    for r in [("CPU", "AMD Threadripper PRO 7975WX, 32 cores"),
              ("GPU", "2 x NVIDIA RTX 6000 Ada, 48 GB each"),
              ("Memory", "256 GB DDR5 ECC"),
              ("Storage", "8 TB NVMe in RAID 1 plus 2 TB system drive"),
              ("Network", "2 x 10 GbE fibre, 1 x 1 GbE management"),
              ("Form factor", "4U rack-mount, 610 mm depth"),
              ("Power", "1,600 W maximum, redundant power supplies"),
              ("Operating system", "StellaOS 6 (Linux based), managed by StellarQuay")]:
        ws3.append(list(r))
    ws3.column_dimensions["A"].width = 20
    ws3.column_dimensions["B"].width = 50
    wb.save(K / "StellarQuay-Price-List-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# Fulldome show licensing and StellaNav content

*Knowledge base article KB-0412, StellarQuay customer success team, updated January 2025.*

## StellaNav Pro in short
StellaNav Pro is the real-time astronomy engine delivered with every StellarQuay system. It renders the sky from the
Gaia DR3 catalogue (1.8 billion stars), flies to any of the 8 planets and 200+ moons, and plays pre-rendered fulldome
shows from the same timeline, so presenters can mix live navigation and recorded shows in one programme.

## Show library licences
StellarQuay distributes around 70 fulldome shows from partner studios. Every licence covers **one fixed dome** at one
address and unlimited screenings in that dome.

| Tier | Annual licence | Perpetual buy-out |
|---|---|---|
| Standard show (up to 30 minutes) | EUR 3,200 per show per year | EUR 8,500 per show |
| Premium show (new releases, 4K-per-eye stereo or over 30 minutes) | EUR 6,900 per show per year | EUR 18,000 per show |

- Annual licences start on the day the show files are delivered and are invoiced in advance.
- Mobile or inflatable domes (for example school outreach) need a separate Mobile licence at 40% of the fixed-dome
  fee for the same show and tier.
- Shows may not be screened in a dome that is not covered by a licence, even if it belongs to the same organisation.
- Translated soundtracks are available for 40 shows in Dutch, German and French at no extra cost.

## Bringing your own content
StellaNav Pro plays content you produce or buy elsewhere if it meets these specifications:

- Video: 8K domemaster (8192 x 8192) or 4K domemaster (4096 x 4096), 30 or 60 fps, encoded as **ProRes 4444** or **HAP**
  (HAP Q recommended for 8K). Image sequences (PNG or TIFF, 16-bit) are converted on ingest.
- Audio: WAV, 48 kHz, 24-bit, as 5.1 or 7.1 stems; object-based audio is not supported.
- Ingest of an 8K show of 30 minutes takes about 3 hours on a Vertex V7 cluster.

## Custom production
StellarQuay's studio produces custom fulldome sequences from EUR 1,450 per finished minute for 4K and EUR 2,300 per
finished minute for 8K, with a minimum order of 5 minutes. Production takes 10 to 14 weeks from approved storyboard.

## Updates
Sky catalogue and feature updates are released every quarter and install automatically overnight when StellarWatch
is connected. Licence rules for updates are set out in the CareDome schedule.
"""

# ---------------------------------------------------------------- HTML page
HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Project delivery and installation | StellarQuay Dome Systems</title></head>
<body>
<h1>How a StellarQuay dome project runs</h1>
<p>From order to opening night, a typical fulldome refurbishment takes 22 to 28 weeks. This page explains each phase,
what we need from you, and how payments are staged.</p>

<h2>1. Site survey</h2>
<p>A StellarQuay engineer carries out a detailed site survey within 3 weeks of order confirmation: laser scan of the
dome shell, cove dimensions, power and ventilation check. The survey is free for orders over EUR 250,000; otherwise it
is charged at EUR 2,900. Removal and disposal of an existing screen is not part of our standard scope and is quoted
separately after the survey.</p>

<h2>2. Manufacturing and lead times</h2>
<ul>
<li>LaserPix 25K projectors: 10 weeks from order confirmation.</li>
<li>Vertex V7 render nodes and AutoAlign kit: 6 weeks.</li>
<li>Dome screens: 16 weeks for 15 m and 18 m domes, 18 weeks for 21 m domes.</li>
</ul>
<p>All equipment is delivered DAP to your site in flight cases; you provide a loading bay and a clear route to the dome.</p>

<h2>3. Installation</h2>
<p>The dome screen goes in first: 4 to 6 weeks on site depending on size, with scaffolding supplied by StellarQuay.
Projection installation follows and needs the dome fully dark, with no other trades inside, for at least
5 consecutive days for projector mounting, alignment and colour calibration. Installation days are charged per
engineer day; a four-projector system usually needs 20 to 26 engineer days.</p>

<h2>4. Site acceptance</h2>
<p>The site acceptance test (SAT) runs over 2 consecutive days and includes 8 hours of continuous show playback,
a blend and uniformity check against the contract specification, and a failover test of the master node. Minor
snags that do not stop shows do not delay acceptance; they are listed and fixed within 30 days.</p>

<h2>5. Payment milestones</h2>
<table border="1">
<tr><th>Milestone</th><th>Share of order value</th></tr>
<tr><td>Order confirmation</td><td>30%</td></tr>
<tr><td>Delivery of projection equipment</td><td>50%</td></tr>
<tr><td>Signed site acceptance</td><td>20%</td></tr>
</table>
<p>Invoices are payable within 30 days. Service plans are invoiced separately, annually in advance.</p>

<h2>6. Training</h2>
<p>Operator training takes place in your dome after acceptance, in groups of up to 6 staff per session. Technician
training covers cleaning, AutoAlign runs and node replacement and is recommended for at least two in-house staff.</p>
</body></html>
"""


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "show-licensing-and-content.md").write_text(MD, encoding="utf-8")
    (K / "project-delivery-and-installation.html").write_text(HTML, encoding="utf-8")
    print("sources written to", K)
