"""Generate the four knowledge sources of the clavimont-organ-restoration scenario.

Run with /work/main/.venv/bin/python make_sources.py. reportlab is taken from /tmp/rl when it is not installed
(pip install --target /tmp/rl reportlab).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KN = os.path.join(HERE, "knowledge")
os.makedirs(KN, exist_ok=True)

try:
    import reportlab  # noqa: F401
except ImportError:
    sys.path.insert(0, "/tmp/rl")

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors


# ---------------------------------------------------------------- DOCX: method statement and programme
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Clavimont Organ Builders Ltd", level=0)
    d.add_paragraph("Method Statement and Programme: Restoration of the Thaxted Organ, St Aldhelm's Cathedral, "
                    "Wexbridge. Document MS-0417, revision B, 15 September 2025. Prepared for the Chapter, the "
                    "Director of Music and the Cathedral Surveyor of the Fabric.")

    d.add_heading("1. The instrument and the scope", level=1)
    d.add_paragraph("The organ was built by Thaxted & Sons in 1898 and rebuilt in 1963 with electro-pneumatic action. "
                    "It has four manuals (Choir, Great, Swell, Solo) and Pedal, 62 speaking ranks as surveyed on "
                    "3 June 2025, four wind reservoirs and eight soundboard chests. The restoration keeps the 1898 "
                    "tonal character: no stops are added or removed within this scope, and no pipe metal is melted "
                    "down. Any pipe that cannot be repaired and is replaced is retained, labelled and returned to "
                    "the cathedral for its archive.")

    d.add_heading("2. Programme", level=1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Phase", "Work", "Duration", "Organ available?"]):
        t.rows[0].cells[i].text = h
    rows = [
        ("0. Survey", "Tonal and mechanical survey, pipe inventory, photographic record", "3 weeks on site",
         "Yes, all divisions"),
        ("1. Dismantling", "Pipework removed, crated and taken to the Ludcombe workshop in 6 loads; chests and "
         "reservoirs lifted out", "3 weeks", "No"),
        ("2. Workshop", "Reservoirs re-leathered, chests renewed, pipes cleaned and repaired, console refurbished",
         "17 weeks", "No"),
        ("3. Reinstallation", "Chests, reservoirs, blower, console and pipework reinstalled and connected",
         "6 weeks", "No"),
        ("4. Tonal finishing", "Regulation and voicing (45 voicing days), final tuning, acceptance",
         "9 weeks on site", "Sundays and Evensong only"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            c[i].text = v
    d.add_paragraph("The organ is silent for services from the first day of Phase 1 until the end of Phase 3, a "
                    "period of 26 weeks. With a start on site on 12 January 2026, final acceptance is expected in "
                    "the week of 5 October 2026. During Phase 4 voicing takes place from 07:30 to 16:30, Monday "
                    "to Friday; the organ is handed back each Saturday at 12:00 for Sunday services and is "
                    "available for Choral Evensong (17:30) on weekdays.")

    d.add_heading("3. Site conditions provided by the cathedral", level=1)
    for s in [
        "A secure, lockable store of at least 40 m2 within 30 m of the organ loft, dry and heated, for the whole of "
        "Phases 0 to 4.",
        "Two 230 V 16 A supplies at loft level and, for the new blower, a 400 V three-phase supply to the blower "
        "chamber, installed by the cathedral's electrician before Phase 3.",
        "Scaffolding inside the organ case and loft, erected by the cathedral's contractor to Clavimont's drawing "
        "and inspected weekly.",
        "While Clavimont is working on site, the building is kept at an air temperature between 12°C and 18°C and "
        "a relative humidity between 50% and 65%. During Phase 4 the temperature must be held at the normal service "
        "temperature, within 2°C, for at least 48 hours before any tuning.",
        "No noisy work is done during services; the Precentor's office gives Clavimont the service list each week.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("4. Heritage approvals", level=1)
    d.add_paragraph("The cathedral obtains the approval of its Fabric Advisory Committee and, where required, of "
                    "the Cathedrals Fabric Commission. Clavimont supplies the drawings, the conservation statement "
                    "and the pipe inventory for the application within 10 working days of a written request. Work "
                    "on site does not start before written approval is received; a delay in approval moves the "
                    "programme by the same period.")

    d.add_heading("5. Transport and insurance", level=1)
    d.add_paragraph("Pipework travels in Clavimont's own ventilated pipe crates on Clavimont's air-suspension "
                    "vehicle. From the moment it leaves the cathedral until it is back in the organ case, it is "
                    "insured under Clavimont's policy, in transit and at the workshop, up to £1,500,000 per event. "
                    "While the instrument and its parts are inside the cathedral they remain under the cathedral's "
                    "buildings and contents insurance.")

    d.add_heading("6. Health and safety", level=1)
    d.add_paragraph("No lone working inside the organ case. Old pipe metal contains lead: pipes are handled with "
                    "nitrile gloves and dust is collected with H-class vacuum cleaners; no dry sweeping. The 1963 "
                    "blower housing is lined with a board of unknown composition: if the Phase 0 sample shows "
                    "asbestos, work on the blower stops, the cathedral's licensed contractor removes it, and the "
                    "programme is extended by the time needed.")

    d.add_heading("7. Team and documentation", level=1)
    d.add_paragraph("The project is led by Tobias Renshaw (project leader) with Anselm Drury as head voicer. "
                    "Between 4 and 6 Clavimont staff work on site during Phases 1 and 3; the voicing team is the "
                    "head voicer and one assistant. A final report with the pipe inventory, the photographic record "
                    "and the as-restored specification is delivered within 8 weeks of final acceptance, as a digital "
                    "copy and two bound copies.")
    d.save(os.path.join(KN, "Clavimont-Method-Statement-St-Aldhelms.docx"))


# ---------------------------------------------------------------- PDF: warranty, maintenance and service terms
def make_pdf():
    path = os.path.join(KN, "Clavimont-Warranty-and-Service-Terms-2025.pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Clavimont Warranty, Maintenance and Service Terms 2025")
    st = getSampleStyleSheet()
    body = st["BodyText"]
    h = st["Heading2"]
    out = [Paragraph("Clavimont Organ Builders Ltd: Warranty, Maintenance and Service Terms", st["Title"]),
           Paragraph("Edition 2025/2, in force from 1 July 2025. These terms apply to every restoration and "
                     "maintenance contract unless the signed contract says otherwise.", body),
           Paragraph("1. Warranty periods", h),
           Paragraph("All warranties start on the date of final acceptance and cover parts and labour.", body)]
    data = [["Work or component", "Warranty"],
            ["Reservoir and bellows re-leathering", "10 years"],
            ["New soundboard chests and electro-pneumatic action", "5 years"],
            ["Console electronics and solid-state combination system", "3 years"],
            ["Blower and motor (manufacturer's warranty passed through)", "2 years"],
            ["Tonal regulation and voicing", "12 months"],
            ["Cleaning and repair of existing pipework", "12 months"]]
    tb = Table(data, colWidths=[11 * cm, 5 * cm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    out += [tb, Spacer(1, 6),
            Paragraph("The voicing warranty includes one free tonal revision visit of up to 3 days, made between "
                      "month 10 and month 14 after final acceptance, to correct speech and regulation after the "
                      "instrument has been through a full heating season.", body),
            Paragraph("2. What the warranty does not cover", h),
            Paragraph("The warranty does not cover: damage caused when the relative humidity in the building is "
                      "outside 40% to 70% for more than 14 consecutive days (the cathedral keeps a hygrometer log "
                      "and provides it on request); direct heating of the organ case; water ingress from the roof "
                      "or windows; vermin; work by anyone other than Clavimont; lightning and mains surges unless "
                      "surge protection (CLV-SPD) is fitted; ordinary tuning drift.", body),
            Paragraph("3. Maintenance contracts", h),
            Paragraph("Parish tier (CLV-MNT-PAR): 2 tuning visits per year by one technician, reeds tuned at each "
                      "visit, emergency call-outs charged separately.", body),
            Paragraph("Cathedral tier (CLV-MNT-3Y): 4 tuning visits per year (before Easter, before the summer "
                      "festival, in October and before Christmas), each by two technicians for two days; full reed "
                      "tuning before Easter and before Christmas; a written condition report after each visit; "
                      "2 emergency call-outs per year included. For ciphers, dead notes and wind failures we attend "
                      "within 48 hours of the call; weekend and bank-holiday attendance carries a 50% surcharge, "
                      "and attendance on Christmas Eve, Christmas Day or Easter Day a 100% surcharge.", body),
            Paragraph("Call-outs outside the contract, or beyond the included call-outs, are charged at £96 per "
                      "technician hour plus travel at £0.68 per mile from the Ludcombe workshop.", body),
            Paragraph("Maintenance fees are adjusted on each anniversary of the contract by the UK Consumer Prices "
                      "Index (CPI) for the previous twelve months, capped at 5%. A maintenance contract runs for "
                      "its stated term; after the first year either party may end it with 6 months' written "
                      "notice. Tuning by another firm during the contract term ends the warranty on voicing and "
                      "regulation.", body),
            Paragraph("4. Prices and payment", h),
            Paragraph("Restoration prices in a quote are fixed for work starting on or before the date stated in "
                      "the quote. For work starting later they increase by 4% for each started year after that "
                      "date. Invoices are payable within 30 days; late payments bear interest at 4% above the Bank "
                      "of England base rate. Clavimont may suspend work on site if an invoice is more than 60 days "
                      "overdue.", body),
            Paragraph("5. Liability", h),
            Paragraph("Clavimont's total liability under a contract is limited to the contract value. Clavimont is "
                      "not liable for loss of income, cancelled events or other indirect or consequential loss. "
                      "Nothing in these terms limits liability for death or personal injury caused by negligence.",
                      body),
            Paragraph("6. Disputes", h),
            Paragraph("Disputes are first referred to a meeting between the Clavimont managing director and the "
                      "client's nominated representative within 14 days; failing agreement, to mediation. These "
                      "terms are governed by the law of England and Wales.", body)]
    doc.build(out)


# ---------------------------------------------------------------- XLSX: price and specification sheet
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list"
    ws.append(["Clavimont Organ Builders Ltd: Price and Specification Sheet 2025 (GBP, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price (GBP)", "Lead time (weeks)", "Notes"])
    rows = [
        ("CLV-SRV-DOC", "Pre-restoration survey, pipe inventory and photographic documentation", "per instrument",
         8400, 2, "Up to 70 ranks; larger instruments on request"),
        ("CLV-WND-REL", "Reservoir re-leathering, alum-tawed sheepskin", "per reservoir", 6850, 10,
         "Standard for reservoirs up to 2.5 m x 1.5 m"),
        ("CLV-WND-RELH", "Reservoir re-leathering, heavy-duty hair-sheep leather", "per reservoir", 7600, 12,
         "For high-pressure reservoirs (above 200 mm WG)"),
        ("CLV-PIP-CLN", "Pipework removal, cleaning and repair", "per speaking rank", 1180, "", "Includes "
         "re-coning and seam repair; new resonators extra"),
        ("CLV-PIP-NEWF", "New flue rank, 50% tin / 50% lead, voiced to match", "per rank", 14500, 26,
         "Price from; 61 pipes at 8 ft pitch"),
        ("CLV-PIP-NEWR", "New reed rank with tuned shallots, voiced to match", "per rank", 22800, 30,
         "Price from; 61 pipes at 8 ft pitch"),
        ("CLV-ACT-ELP", "Electro-pneumatic soundboard chest renewal", "per chest", 9750, 16, ""),
        ("CLV-CON-4M", "Four-manual console refurbishment with Cantus 256 solid-state combination system",
         "each", 48500, 20, "Keys re-bushed, stop-knobs re-engraved where worn"),
        ("CLV-CON-4MP", "Four-manual console refurbishment with Cantus Pro 1000 (MIDI, record and playback)",
         "each", 56900, 24, ""),
        ("CLV-VOI-TON", "Tonal regulation and on-site voicing, voicing team", "per day", 1420, "",
         "Head voicer and one assistant"),
        ("CLV-BLW-75", "Low-noise blower 7.5 kW with silencing cabinet", "each", 14200, 8,
         "Supplied and installed; electrical supply by client"),
        ("CLV-BLW-110", "Low-noise blower 11 kW with silencing cabinet", "each", 17650, 10,
         "For instruments with high-pressure Solo reeds"),
        ("CLV-SPD", "Surge protection unit for console and blower", "each", 1150, 2, ""),
        ("CLV-MNT-PAR", "Parish-tier tuning and maintenance contract", "per year", 3200, "", "2 visits"),
        ("CLV-MNT-3Y", "Cathedral-tier tuning and maintenance contract", "per year", 7800, "", "4 visits, 3-year term"),
        ("CLV-TMP-CHM", "Temporary chamber organ loan, 4 stops, delivered and tuned", "per month", 640, 2, ""),
        ("CLV-TMP-DIG", "Temporary three-manual digital instrument hire with speakers", "per month", 1150, 3,
         "Minimum 3 months; delivery and installation 480"),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDEF", (15, 72, 18, 16, 16, 48)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Blowers and consoles")
    ws2.append(["Technical specifications: blowers and combination systems"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Blower", "Motor power", "Airflow", "Static pressure", "Noise at 1 m in cabinet", "Supply"])
    ws2.append(["CLV-BLW-75", "7.5 kW", "95 m³/min", "180 mm WG", "52 dB(A)", "400 V three-phase"])
    ws2.append(["CLV-BLW-110", "11 kW", "130 m³/min", "230 mm WG", "56 dB(A)", "400 V three-phase"])
    ws2.append([])
    ws2.append(["Combination system", "Memory levels", "User profiles", "General pistons", "MIDI", "Record/playback"])
    ws2.append(["Cantus 256 (CLV-CON-4M)", 256, 8, 10, "No", "No"])
    ws2.append(["Cantus Pro 1000 (CLV-CON-4MP)", 1000, 32, 12, "Yes", "Yes, USB"])
    for col in "ABCDEF":
        ws2.column_dimensions[col].width = 26

    ws3 = wb.create_sheet("Day rates")
    ws3.append(["Day rates for work outside a fixed-price scope (GBP per day, 8 hours, excluding VAT)"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Role", "Day rate (GBP)", "Notes"])
    ws3.append(["Project leader", 980, ""])
    ws3.append(["Voicing team (head voicer and assistant)", 1420, "Same as CLV-VOI-TON"])
    ws3.append(["Tuner-technician", 690, ""])
    ws3.append(["Apprentice", 310, "Only with a tuner-technician or voicer"])
    ws3.append(["Out-of-hours work (evenings, weekends)", "+50%", "On any rate above"])
    ws3.column_dimensions["A"].width = 44
    ws3.column_dimensions["B"].width = 16
    ws3.column_dimensions["C"].width = 40
    wb.save(os.path.join(KN, "Clavimont-Price-and-Specification-Sheet-2025.xlsx"))


# ---------------------------------------------------------------- Markdown KB article
MD = """# During the restoration: services, temporary instruments, visits and variations

*Clavimont knowledge base, article KB-112, updated August 2025. For cathedral and large-church restoration projects.*

## Will the organ be available for services?
No organ music is possible from the start of dismantling until the end of reinstallation (Phases 1 to 3 of the
method statement). No recitals or concerts can be booked on the instrument in that period. During tonal finishing
the organ is handed back for Sunday services each week, but concerts are not advised until final acceptance.

## Temporary instruments
- **Chamber organ loan (CLV-TMP-CHM):** a 4-stop chamber organ on a wheeled platform, £640 per month, delivered,
  tuned on delivery and retuned once a month. Best for accompanying the choir and continuo work.
- **Digital instrument hire (CLV-TMP-DIG):** a three-manual digital instrument with six speaker cabinets,
  £1,150 per month, minimum 3 months, plus £480 for delivery and installation. Best for congregational hymns in a
  large nave.
Neither instrument is included in a restoration quote unless it is listed as a line item.

## Can we visit the workshop?
Yes. Groups from the Chapter, the choir or the Friends of the Cathedral can visit the Ludcombe workshop while the
pipework is there: up to 20 people per visit, weekdays only, free of charge. Book at least 3 weeks ahead through
your project leader. Children under 14 must be accompanied, and the voicing room is not open to visitors.

## Adopt-a-Pipe and fundraising
Clavimont supplies, free of charge, the pipe inventory numbers and a printable certificate template for an
Adopt-a-Pipe appeal. Donor names are recorded in the inventory in the final report; pipes themselves are never
engraved or marked. The project leader gives one free public talk ("The organ in pieces") per project.

## What if you find more damage than expected?
Extra work is never started without the client's written approval. We send a variation notice with a description,
photographs and a fixed price. A variation of up to £2,500 may be approved by the client's named project contact
by e-mail; a variation above £2,500 needs the signature of the person who signed the contract (for a cathedral,
normally on behalf of the Chapter). Approved variations are invoiced with the next stage payment.

## Old materials
Old leather, felts and wiring are disposed of by Clavimont. Old pipes that are replaced are labelled and returned to
the client. The original 1963 relay boards are offered back to the client before disposal.
"""


def make_md():
    with open(os.path.join(KN, "during-the-restoration-faq.md"), "w", encoding="utf-8") as f:
        f.write(MD)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", KN)
