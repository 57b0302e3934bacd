"""Generate the four knowledge sources of the kinoptra-cinema-projection scenario.

Run with a Python that has python-docx and openpyxl; reportlab may live in a scratch folder given in
REPORTLAB_PATH (default /tmp/rlpkg).
"""
import os
import sys
from pathlib import Path

sys.path.append(os.environ.get("REPORTLAB_PATH", "/tmp/rlpkg"))

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent / "knowledge"
OUT.mkdir(exist_ok=True)


# --------------------------------------------------------------------------- DOCX: service plan terms
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("CineCare Service Plans - Terms and Conditions", 0)
    d.add_paragraph("Kinoptra Cinema Systems B.V. - document CC-TC version 4.3, valid for contracts signed from "
                    "1 October 2026. These terms apply to every CineCare Silver, Gold and Platinum plan "
                    "(SKUs KX-CARE-S, KX-CARE-G, KX-CARE-P) sold in the Netherlands, Belgium, Luxembourg and "
                    "North Rhine-Westphalia.")

    d.add_heading("1. Plan overview", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Feature", "Silver", "Gold", "Platinum"]
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    rows = [
        ("List price per screen per year (EUR, excl. VAT)", "690", "1,150", "1,780"),
        ("Remote monitoring of projector, IMB and audio processor", "24/7", "24/7", "24/7"),
        ("Helpdesk hours", "08:00-22:00 daily", "24/7, 365 days", "24/7, 365 days"),
        ("On-site response to a critical fault (screen dark or no sound)", "next business day",
         "within 6 hours", "within 4 hours"),
        ("On-site response to a non-critical fault", "3 business days", "next business day", "within 8 hours"),
        ("Preventive maintenance visits per year", "1 visit", "2 visits", "4 visits"),
        ("Air filters and optical cleaning kits", "charged at list price", "included at PM visits",
         "included at all visits"),
        ("Loan projector", "not included", "when repair takes longer than 48 hours",
         "swap unit installed within 24 hours"),
        ("Show availability guarantee (per calendar quarter)", "none", "99.0%", "99.5%"),
        ("Software and firmware updates", "included", "included", "included"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v

    d.add_heading("2. Response times and service area", 1)
    d.add_paragraph("Response times run from the moment a ticket is logged with the Kinoptra helpdesk "
                    "(+31 30 700 4410 or through the CineCare portal), not from the moment the fault occurs. "
                    "A critical fault is one that prevents a scheduled show from starting or forces it to stop: "
                    "screen dark, no sound, or a KDM/security error caused by Kinoptra equipment. The response "
                    "times above apply to sites within 150 km of a Kinoptra service hub (Utrecht, Antwerp, "
                    "Dusseldorf). For sites further away, add 2 hours to every on-site response time.")
    d.add_paragraph("Holiday exception: between 24 December and 1 January inclusive, the Gold critical response "
                    "time is 8 hours instead of 6 hours; Platinum response times are unchanged.")

    d.add_heading("3. Show availability guarantee and service credits", 1)
    d.add_paragraph("Show availability is the number of scheduled shows that started within 10 minutes of the "
                    "scheduled time divided by the number of scheduled shows, per screen, per calendar quarter, "
                    "as logged by the theatre management system. Shows lost because of an excluded cause "
                    "(section 5) count as available.")
    d.add_paragraph("If availability falls below the guarantee, the customer receives a service credit of 5% of "
                    "the quarterly plan fee for the affected screen for each started 0.5 percentage point below "
                    "the guarantee, capped at 30% of the quarterly plan fee. Credits are deducted from the next "
                    "annual invoice and must be claimed within 60 days after the end of the quarter. Service "
                    "credits are the sole and exclusive remedy for missed availability; Kinoptra is not liable "
                    "for lost ticket, concession or advertising revenue.")

    d.add_heading("4. Term, invoicing and price adjustment", 1)
    d.add_paragraph("The minimum term of a CineCare plan is 3 years, starting on the date of signed acceptance of "
                    "the installation. Plans renew automatically for 1 year at a time unless cancelled with 90 "
                    "days written notice before the anniversary date. Fees are invoiced annually in advance, "
                    "payable within 30 days. From the second contract year the fee is indexed each 1 January to "
                    "the Dutch CPI (CBS), with a cap of 3% per year. A customer may upgrade a plan at any time "
                    "(the difference is invoiced pro rata); a downgrade only takes effect at the next "
                    "anniversary date.")

    d.add_heading("5. Exclusions", 1)
    for item in [
        "Damage caused by power surges where the booth is not fitted with the surge protection described in "
        "the installation guide, or by booth temperatures above 35 C.",
        "Faults caused by content: corrupt DCPs, expired or wrong KDMs issued by distributors, and TMS "
        "scheduling errors not caused by Kinoptra equipment.",
        "3D glasses, port glass, screens, seating and any speaker not supplied by Kinoptra (existing speakers "
        "retained in a project are checked once at the preventive maintenance visit but not repaired under the "
        "plan).",
        "Relocation of equipment to another auditorium or site; this is quoted separately.",
        "Consumables beyond those included in the plan overview above.",
    ]:
        d.add_paragraph(item, style="List Bullet")

    d.add_heading("6. Laser light source", 1)
    d.add_paragraph("For projectors covered by a Gold or Platinum plan for the full term, the laser light source "
                    "is replaced free of charge if its brightness can no longer reach 14 fL on the screen it was "
                    "commissioned for, even after the standard warranty has expired. Under Silver, laser "
                    "replacement after the standard warranty is charged at list price.")
    d.save(OUT / "CineCare-Service-Terms.docx")


# --------------------------------------------------------------------------- PDF: projector data sheet
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9
    body.leading = 11.5
    doc = SimpleDocTemplate(str(OUT / "KX-LP-Laser-Projectors-Datasheet.pdf"), pagesize=A4,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm,
                            title="Kinoptra KX-LP laser projector series - technical data sheet")
    s = []
    s.append(Paragraph("Kinoptra KX-LP Laser Projector Series - Technical Data Sheet", ss["Title"]))
    s.append(Paragraph("Revision 2026-09. Applies to KX-LP4K-40, KX-LP2K-22 and KX-LP2K-12. All models are DCI "
                       "compliant (DCI CTP 1.3) and accept the Kinoptra KX-IMB-S4 integrated media block in their "
                       "secure IMB slot.", body))
    s.append(Spacer(1, 6))
    data = [
        ["Specification", "KX-LP4K-40", "KX-LP2K-22", "KX-LP2K-12"],
        ["Light source", "RGB pure laser", "Laser phosphor", "Laser phosphor"],
        ["Native resolution", "4K (4096 x 2160)", "2K (2048 x 1080)", "2K (2048 x 1080)"],
        ["Light output (ISO)", "40,000 lumens", "22,000 lumens", "12,000 lumens"],
        ["Max. screen width, 2D at 14 fL (gain 1.0)", "32 m", "22 m", "15 m"],
        ["Max. screen width, 3D at 6 fL (silver, gain 2.4)", "26 m", "17 m", "not recommended"],
        ["Colour gamut", "98% of Rec.2020", "DCI-P3", "DCI-P3"],
        ["Sequential contrast", "2,500:1", "2,000:1", "1,900:1"],
        ["Noise at 1 m (typical)", "52 dBA", "49 dBA", "45 dBA"],
        ["Power supply", "3-phase 400 V, 32 A per phase", "230 V single phase, 16 A", "230 V single phase, 10 A"],
        ["Max. power consumption", "4.6 kW", "2.3 kW", "1.35 kW"],
        ["Heat dissipation", "15,700 BTU/h", "7,850 BTU/h", "4,600 BTU/h"],
        ["Exhaust requirement", "ducted, 850 m3/h", "ducted, 450 m3/h", "no duct (sealed), room air"],
        ["Weight without lens", "178 kg", "96 kg", "68 kg"],
        ["Standard lens (included)", "KX-LN-1828 (1.8-2.8:1)", "KX-LN-1828 (1.8-2.8:1)", "KX-LN-1320 (1.3-2.0:1)"],
        ["High frame rate", "up to 120 fps 2D 4K", "up to 120 fps 2D 2K", "up to 60 fps"],
        ["Laser safety class", "Risk Group 3", "Risk Group 3", "Risk Group 2"],
        ["Laser life (to 50% brightness)", "40,000 hours", "50,000 hours", "50,000 hours"],
    ]
    t = Table(data, colWidths=[58 * mm, 40 * mm, 38 * mm, 38 * mm])
    t.setStyle(TableStyle([
        ("FONTSIZE", (0, 0), (-1, -1), 7.6),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1d2a44")),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    s.append(t)
    s.append(Spacer(1, 8))
    paras = [
        ("Operating environment", "Ambient temperature 10 to 35 C at the projector air intake, relative humidity "
         "10 to 85% non-condensing. Above 35 C the projector reduces laser power automatically by up to 30% to "
         "protect the light source; the on-screen light level then falls below specification."),
        ("Laser safety", "Projectors in Risk Group 3 must be installed so that no person can enter the beam "
         "inside the hazard distance. For the KX-LP4K-40 the hazard distance is 9.5 m with the standard lens; for "
         "the KX-LP2K-22 it is 6.0 m. The installer records the restricted beam zone in the commissioning report, "
         "which the operator keeps available for the labour inspectorate. Risk Group 2 projectors need no "
         "restricted zone."),
        ("Standard warranty", "Projector electronics and optics: 3 years parts and labour from the date of "
         "acceptance. Laser light source: 5 years or 30,000 operating hours, whichever comes first. The warranty "
         "requires the projector to be operated within the environment above and the air filters to be changed at "
         "least every 1,000 operating hours. Extended cover is available through CineCare plans."),
        ("3D", "All models support triple-flash 3D at 144 Hz with an external 3D system connected to the GPIO "
         "port. 3D systems are not part of the projector and are quoted on request."),
        ("Remote management", "Each projector reports to CineCare remote monitoring over an outbound HTTPS "
         "(port 443) connection. No inbound ports need to be opened. SNMP v3 is available for the cinema's own "
         "network monitoring."),
        ("Noise", "Noise values are measured at 1 m in front of the projector in a free field at 25 C ambient. "
         "With the laser at 100% and ambient above 30 C, add up to 3 dBA."),
    ]
    for h, p in paras:
        s.append(Paragraph(f"<b>{h}.</b> {p}", body))
        s.append(Spacer(1, 4))
    doc.build(s)


# --------------------------------------------------------------------------- XLSX: price list and specs
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Projection & Servers"
    bold = Font(bold=True)
    ws.append(["Kinoptra Price List 2027 - Benelux and NRW (EUR, excl. VAT) - valid 1 Jan to 31 Dec 2027"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "List price (EUR)", "Unit", "Lead time (weeks)", "Notes"])
    for c in ws[3]:
        c.font = bold
    rows = [
        ("KX-LP4K-40", "Laser projector RGB 4K, 40,000 lm, incl. KX-LN-1828 lens", 118500, "each", 10,
         "For premium large format screens up to 32 m"),
        ("KX-LP2K-22", "Laser projector phosphor 2K, 22,000 lm, incl. KX-LN-1828 lens", 41900, "each", 6,
         "Screens up to 22 m"),
        ("KX-LP2K-12", "Laser projector phosphor 2K, 12,000 lm, incl. KX-LN-1320 lens", 27400, "each", 6,
         "Screens up to 15 m"),
        ("KX-IMB-S4", "Integrated media block, 4 TB RAID-5 storage, 4K / HFR capable", 9850, "each", 4,
         "One per projector; 1 Gbit/s ingest port"),
        ("KX-LN-1320", "Short throw zoom lens 1.3-2.0:1", 6900, "each", 5, "Option for KX-LP2K-22 / KX-LP4K-40"),
        ("KX-LN-2440", "Long throw zoom lens 2.4-4.0:1", 8400, "each", 5, "For booths far from the screen"),
        ("KX-TMS-SITE", "Theatre management system, site licence up to 16 screens", 12500, "site", 3,
         "Annual software support 15% of licence"),
        ("KX-SURGE-3P", "Booth surge protection unit, 3-phase", 780, "each", 2,
         "Required for CineCare surge cover"),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDEF", (14, 58, 16, 8, 16, 44)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Audio")
    ws2.append(["Kinoptra Cinema Audio - prices and key specifications 2027 (EUR, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Description", "List price (EUR)", "Lead time (weeks)", "Key specifications"])
    for c in ws2[3]:
        c.font = bold
    arows = [
        ("KX-AP-716", "Cinema audio processor 7.1", 6200, 4,
         "16 output channels, 7.1 plus HI/VI-N outputs, 8 AES3 inputs, Dante 32x32, auto-EQ to SMPTE ST 202 "
         "X-curve"),
        ("KX-IMM-64", "Immersive audio processor", 21400, 8,
         "Up to 64 speaker outputs, object-based rendering, decodes SMPTE ST 2098-2 immersive bitstream, "
         "Dante and AES67"),
        ("KX-SPK-PLF", "Speaker and amplifier package, premium large format", 86000, 12,
         "3 three-way screen speakers, 4 x 18-inch subwoofers, 24 surround and 10 overhead speakers, 14 "
         "four-channel class-D amplifiers; 105 dBC at reference seat"),
        ("KX-SPK-STD", "Speaker and amplifier package, standard 7.1 auditorium up to 250 seats", 24800, 6,
         "3 screen speakers, 2 subwoofers, 12 surrounds, 6 amplifiers"),
        ("KX-HIVI-KIT", "Hearing-impaired / visually-impaired headset kit, 10 receivers", 1450, 3,
         "Infrared, uses HI and VI-N outputs of the processor"),
    ]
    for r in arows:
        ws2.append(list(r))
    for col, w in zip("ABCDE", (14, 52, 16, 16, 90)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Services")
    ws3.append(["Kinoptra Services 2027 (EUR, excl. VAT)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["SKU", "Description", "Price (EUR)", "Unit", "Conditions"])
    for c in ws3[3]:
        c.font = bold
    srows = [
        ("KX-INST-SCR", "Installation and commissioning per screen", 4750, "per screen",
         "Daytime works Mon-Fri; night works +35%"),
        ("KX-CARE-S", "CineCare Silver service plan", 690, "per screen per year", "Minimum term 3 years"),
        ("KX-CARE-G", "CineCare Gold service plan", 1150, "per screen per year", "Minimum term 3 years"),
        ("KX-CARE-P", "CineCare Platinum service plan", 1780, "per screen per year", "Minimum term 3 years"),
        ("KX-TRN-OPS", "Additional operator training day (up to 6 staff)", 1200, "per day",
         "First day per site included in installation"),
        ("KX-DISP-XEN", "Removal and WEEE recycling of a xenon projector", 450, "per unit",
         "Includes lamp house and lamp disposal"),
        ("KX-TRADE-XEN", "Trade-in credit for a xenon DCI projector", -1500, "per unit",
         "Only for projectors less than 10 years old at removal; replaces KX-DISP-XEN"),
        ("KX-PORT-GL", "Port glass replacement, anti-reflective", 380, "per port", "Measured at survey"),
    ]
    for r in srows:
        ws3.append(list(r))
    for col, w in zip("ABCDE", (14, 52, 12, 20, 60)):
        ws3.column_dimensions[col].width = w
    wb.save(OUT / "Kinoptra-Price-List-2027.xlsx")


# --------------------------------------------------------------------------- Markdown KB article
KB = """# Installation and commissioning: what to expect (KB-0147)

*Kinoptra Cinema Systems knowledge base - last reviewed November 2026*

## What the per-screen installation (KX-INST-SCR) includes

- Delivery to the projection booth, positioning and levelling of the projector on its pedestal.
- Lens fitting, lens shift and focus alignment; colour calibration to DCI-P3 and light level set to 14 fL
  (48 cd/m2) for 2D at the centre of the screen.
- Installation of the integrated media block and audio processor, cabling up to 30 m per screen.
- Audio alignment of every channel to the SMPTE ST 202 X-curve; on screens with immersive audio, calibration of all
  overhead and surround channels (this takes a full extra day).
- Recording of the laser restricted zone for Risk Group 3 projectors in the commissioning report.
- Acceptance test with the customer, and one day of operator training for up to 6 staff per site.

**Not included:** electrical works beyond the booth socket or distribution board, exhaust ductwork and its fans,
structural works, asbestos surveys or removal, replacement of port glass (optional, EUR 380 per port), 3D systems
and any work on speakers that are retained from the previous installation.

## Booth readiness (customer responsibility)

| Item | Requirement |
|---|---|
| Power | a dedicated circuit per projector, as in the data sheet: 3-phase 32 A for the KX-LP4K-40, 16 A for the KX-LP2K-22, 10 A for the KX-LP2K-12 |
| Surge protection | KX-SURGE-3P or equivalent; without it, surge damage is excluded from CineCare |
| Booth temperature | 10 to 35 C at the projector intake at all times, including summer matinees |
| Exhaust | ducted extraction for the KX-LP4K-40 and KX-LP2K-22, installed and tested before our crew arrives |
| Network | 1 Gbit/s per screen to the booth switch, a 10 Gbit/s backbone to the library server for content ingest, outbound internet on port 443 for remote monitoring |

If the booth is not ready on the agreed installation day, the crew waits at most 2 hours; a re-visit is charged at
EUR 950 per crew day.

## Timeline

1. **Site survey** within 2 weeks of order: measures throw distances, screen sizes and port glass, and checks the
   retained speakers.
2. **Delivery** when the longest lead time in the order has passed (the price list gives lead times per item).
3. **Installation**: a crew of two installs and commissions up to 2 standard screens per working day. A premium
   large format screen with immersive audio takes 2 full days. Each screen is dark for about 1 day; night works are
   available at a 35% surcharge on the installation price so that screens stay open.
4. **Acceptance**: the customer signs the acceptance protocol within 5 working days after commissioning; if no
   written objection is raised in that period, the installation is deemed accepted. Warranty and CineCare terms start
   at acceptance.

## Keys and content (KDMs)

Every new media block has a new security certificate. Send the server certificates to your distributors at least 10
days before the first screening on the new equipment, otherwise KDMs for new releases may not arrive in time. On
request, Kinoptra uploads the certificates to the facility list (FLM) used by the distributors at no charge.

## Old equipment

Xenon projectors that are replaced can be removed and recycled under WEEE rules (KX-DISP-XEN, EUR 450 per unit). A
DCI xenon projector that is less than 10 years old at removal earns a trade-in credit of EUR 1,500 instead.
Projectors older than that are only eligible for removal and recycling.
"""


def make_md():
    (OUT / "installation-and-commissioning.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("written to", OUT)
