"""Generate the knowledge sources of the tempravel-clock-restoration scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from a scratch folder).
"""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

K = Path(__file__).parent / "knowledge"
K.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Tempravel Horlogerie Monumentale BV", 0)
    d.add_heading("Method Statement and Programme MS-2025-031: Stadhuis tower clock and Marktplein pillar clocks, Vellenbeek", 1)
    d.add_paragraph(
        "This method statement accompanies quote TQ-2025-0418 and describes how Tempravel will restore the turret clock "
        "of the Stadhuis (town hall) of Vellenbeek and the two cast-iron pillar clocks on the Marktplein. It is based on "
        "the condition survey carried out on 18 February 2025 by our senior horologist.")
    d.add_heading("1. Scope of works", 2)
    for t in [
        "Turret clock: a two-train flatbed movement (going train and hour-striking train) signed A. Michiels, Mechelen, 1874, "
        "driving four cast-iron skeleton dials of 2.4 m diameter through a leading-off work and four motion works.",
        "The movement is dismantled in the clock room, removed to our Ghent workshop, cleaned, re-bushed where pivot holes "
        "are worn beyond 0.15 mm, re-pivoted where needed, and reassembled. The pendulum suspension spring is replaced as standard.",
        "Dials are restored in situ from the scaffold: old paint removed, cast iron repaired and primed, numerals and minute "
        "marks re-gilded. Copper hands are taken down, re-gilded and re-balanced, and their counterweights adjusted.",
        "Two electric automatic winding units are fitted (one per train), replacing weekly hand winding. A GPS time "
        "synchronisation controller is fitted in the clock room with its antenna on the louvre frame.",
        "Pillar clocks: both four-sided pillar clocks are lifted off their bases, taken to the workshop, shot-blasted, "
        "repaired, repainted and fitted with new synchronous movements, then reinstated on their original bases.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("2. Programme", 2)
    d.add_paragraph(
        "The tower clock programme runs for 16 weeks from the day the scaffold is erected. The movement is in the workshop "
        "for 10 weeks. While the movement is away, the dials are driven by a temporary slave motor so that the town keeps "
        "a correct time on the dials, except during the 3 weeks when the dial restoration takes place and the hands are removed. "
        "The hour strike is silent for the full period the movement is in the workshop.")
    d.add_paragraph(
        "Scaffold is required for 6 weeks (dial and hand works plus re-hanging). If the scaffold is needed for longer, "
        "for example because of weather or client-side delays, each additional week is charged at the weekly rate "
        "of the scaffold line on the quote. Wind speeds above 45 km/h stop all work at dial level.")
    d.add_paragraph(
        "The pillar clocks are removed together and are away in the workshop for 7 weeks. Their removal and reinstatement "
        "each need a half-day road closure on the Marktplein; the road-closure permit is applied for by the Client and its fee "
        "is at the Client's cost. Pillar clock works can run in parallel with the tower clock or separately.")
    d.add_heading("3. Working hours and site rules", 2)
    d.add_paragraph(
        "Our crew works on site from 07:30 to 17:00, Monday to Friday. Saturday working is possible only with at least "
        "10 working days' notice and is charged at site labour rate plus 50%. No work is done on public holidays or "
        "during the Vellenbeek summer fair week, unless agreed in writing. During the works the hour strike, whenever "
        "running, is silenced from 22:00 to 07:00.")
    d.add_heading("4. Client responsibilities", 2)
    for t in [
        "The heritage permit (erfgoedtoelating) for works on the listed Stadhuis is obtained by the Client. Tempravel "
        "supplies the drawings, photographs and condition report needed for the application within 15 working days of order.",
        "The Client provides a 230 V 16 A supply, on its own circuit breaker, within 5 m of the clock room for the "
        "automatic winding units and the GPS controller.",
        "The Client provides free access to the tower between 07:00 and 18:00 and a secure, lockable place to store tools.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("5. Findings and variations", 2)
    d.add_paragraph(
        "The quote assumes the great wheel, escapement and pendulum rod can be repaired. If one of them must be replaced "
        "rather than repaired, this is treated as a variation: we stop, send a written variation proposal with photographs "
        "within 5 working days, and continue only after written approval. Variations are charged at our workshop labour "
        "rate of €68 per hour and our site labour rate of €74 per hour, plus materials at cost plus 12%.")
    d.add_paragraph(
        "The dials are assumed to carry lead-based paint; controlled removal with encapsulation and disposal is included. "
        "Asbestos is not included: if suspected material is found, work in that area stops until the Client has it "
        "tested and, where needed, removed by a licensed contractor.")
    d.add_heading("6. Handover", 2)
    d.add_paragraph(
        "After re-installation the clock enters a 4-week running-in period with a weekly check visit, after which we hand "
        "over with a logbook, a winding and maintenance manual, and a set of as-restored photographs. The warranty "
        "periods in our Warranty and Service Terms TSV-2025 start on the handover date.")
    d.save(K / "method-statement-vellenbeek.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(K / "warranty-service-terms-TSV-2025.pdf"), pagesize=A4,
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    s = [Paragraph("Tempravel Horlogerie Monumentale BV", ss["Title"]),
         Paragraph("Warranty and Service Terms TSV-2025", ss["Heading1"]),
         Paragraph("These terms apply to all restoration, supply and maintenance work quoted by Tempravel from 1 January "
                   "2025. Warranty periods start on the handover date recorded in the handover certificate.", body),
         Paragraph("1. Warranty periods", ss["Heading2"])]
    rows = [["Item", "Warranty", "Cover"],
            ["Restored turret clock movement", "5 years", "Parts and labour"],
            ["Automatic winding units", "2 years", "Parts and labour"],
            ["GPS synchronisation controller", "3 years", "Manufacturer warranty, parts only"],
            ["Gold leaf gilding (dials, hands)", "8 years", "Against flaking and lifting"],
            ["Restored pillar clocks", "3 years", "Parts and labour"]]
    t = Table(rows, colWidths=[7 * cm, 3 * cm, 6 * cm])
    s += [t, Spacer(1, 8),
          Paragraph("2. Exclusions", ss["Heading2"]),
          Paragraph("The warranty does not cover damage caused by lightning, vandalism, vehicle impact, power surges where "
                    "no surge protection is fitted, bird ingress where the netting has been removed or left open by the "
                    "Client, or any adjustment, oiling or repair carried out by persons other than Tempravel staff. "
                    "Normal wear of winding cables and motor brushes after the first 2 years is not covered.", body),
          Paragraph("3. Accuracy", ss["Heading2"]),
          Paragraph("With the GPS synchronisation controller fitted and powered, the dials are held within 1 second of "
                    "local time, including automatic changes for summer and winter time. Without GPS synchronisation a "
                    "restored mechanical movement is regulated to within 30 seconds per week.", body),
          Paragraph("4. Response times and call-outs", ss["Heading2"]),
          Paragraph("Emergency faults (clock stopped, hands detached, or striking at the wrong hour during the night): "
                    "an engineer on site within 2 working days. Standard faults: on site within 5 working days. "
                    "Clients without a maintenance plan pay a call-out fee of €320 per visit plus site labour at €74 per "
                    "hour. Clients with a maintenance plan pay no call-out fee and receive a 10% discount on parts.", body),
          Paragraph("5. Annual maintenance plan", ss["Heading2"]),
          Paragraph("The plan includes one scheduled visit per year of about 4 hours: cleaning, lubrication with "
                    "synthetic clock oil, inspection of the pendulum suspension spring, check of winding cables and "
                    "motor brushes, check of the GPS controller and dial hands, and an entry in the clock logbook. The "
                    "minimum term is 3 years and the annual price is fixed for that term. After the minimum term the "
                    "plan renews yearly, with the price indexed, and either party may cancel with 3 months' notice "
                    "before the anniversary date.", body),
          Paragraph("6. Payment", ss["Heading2"]),
          Paragraph("Restoration projects are invoiced in three stages: 30% on order, 40% on re-installation of the "
                    "movement, and 30% on handover. Maintenance plans are invoiced annually in advance. All invoices are "
                    "payable within 30 days of invoice date.", body),
          Paragraph("7. Ownership of removed parts", ss["Heading2"]),
          Paragraph("Original parts that are replaced remain the property of the Client and are returned labelled, "
                    "unless the Client asks us in writing to dispose of them.", body)]
    doc.build(s)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list"
    ws.append(["Tempravel Price and Specification Sheet 2025 (EUR, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price EUR", "Lead time"])
    for c in ws[3]:
        c.font = Font(bold=True)
    for r in [
        ["TWR-MOV-FULL", "Turret clock movement full restoration (two-train flatbed)", "each", 18400, "10 weeks in workshop"],
        ["DIAL-SKL-2400", "Skeleton dial restoration, 2.4 m cast iron, re-gilded numerals", "each dial", 3150, "3 weeks on site"],
        ["AWD-ELEC-TC", "Electric automatic winding unit, per train", "each", 2860, "4 weeks from order"],
        ["GPS-SYNC-MK3", "GPS time synchronisation controller with antenna", "each", 1240, "2 weeks from order"],
        ["STR-PIL-RES", "Street pillar clock restoration, four-sided cast iron", "each", 7650, "7 weeks in workshop"],
        ["ACC-SCF-WK", "Tower scaffold and access, per week", "week", 1480, "3 weeks from order"],
        ["MNT-ANN-1Y", "Annual maintenance plan, per year (minimum 3 years)", "year", 1150, "-"],
    ]:
        ws.append(r)
    ws.append([])
    ws.append(["Optional items (not included unless listed on the quote)"])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for r in [
        ["NIGHT-SIL", "Night silencing module for the hour strike (default 22:00 to 07:00, adjustable)", "each", 680, "2 weeks from order"],
        ["DIAL-LED-ILL", "LED dial illumination kit, warm white 3000 K, per dial", "each dial", 2450, "5 weeks from order"],
        ["BIRD-NET", "Stainless bird netting for clock room louvres", "set", 890, "2 weeks from order"],
        ["SURGE-PRT", "Surge protection for winders and controller", "each", 540, "1 week from order"],
    ]:
        ws.append(r)
    for col, w in zip("ABCDE", [16, 70, 10, 15, 22]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Technical data")
    ws2.append(["Technical data of supplied equipment"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Parameter", "Value"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in [
        ["AWD-ELEC-TC", "Mains supply", "230 V AC, 50 Hz"],
        ["AWD-ELEC-TC", "Motor", "24 V DC geared motor with slipping clutch"],
        ["AWD-ELEC-TC", "Power consumption while winding", "45 W"],
        ["AWD-ELEC-TC", "Running reserve after power cut", "36 hours (weights keep driving the movement)"],
        ["AWD-ELEC-TC", "Noise while winding", "below 42 dB(A) at 1 m"],
        ["AWD-ELEC-TC", "Winding cycle", "every 2 hours, about 40 seconds"],
        ["GPS-SYNC-MK3", "Mains supply", "230 V AC, 50 Hz"],
        ["GPS-SYNC-MK3", "Power consumption", "12 W"],
        ["GPS-SYNC-MK3", "Antenna cable", "up to 30 m, supplied 15 m"],
        ["GPS-SYNC-MK3", "Time hold without signal", "internal clock holds time for 7 days"],
        ["GPS-SYNC-MK3", "Summer/winter time", "automatic, EU rules"],
        ["DIAL-SKL-2400", "Dial diameter", "2.4 m, cast iron skeleton"],
        ["DIAL-SKL-2400", "Gilding", "double-weight 23 carat gold leaf on numerals and minute marks"],
        ["DIAL-SKL-2400", "Paint system", "zinc phosphate primer, two coats of micaceous iron oxide, black finish"],
        ["STR-PIL-RES", "Movement fitted", "new synchronous movement, 230 V, 4 W per dial"],
        ["STR-PIL-RES", "Glazing", "8 mm laminated polycarbonate"],
        ["DIAL-LED-ILL", "Power consumption", "18 W per dial"],
    ]:
        ws2.append(r)
    for col, w in zip("ABC", [16, 34, 60]):
        ws2.column_dimensions[col].width = w
    wb.save(K / "price-spec-sheet-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# Living with a restored tower clock: frequently asked questions

*Tempravel knowledge base, article KB-112, updated March 2025*

## Do we still need to wind the clock by hand?
No. With an electric automatic winding unit on each train, the weights are wound up every 2 hours for about 40
seconds. Hand winding (previously weekly on an 8-day movement) is no longer needed, but the winding handle stays in
the clock room so the clock can be wound by hand in an emergency.

## What happens in a power cut?
The weights keep driving the movement, so the clock keeps time on the dials for up to 36 hours without mains power.
When power returns the winders catch up automatically. If the cut lasts longer than 36 hours the clock stops and
the GPS controller sets it to the correct time once power and signal are back.

## How does the clock change to summer and winter time?
With the GPS synchronisation controller this is automatic. In spring the controller runs the movement at fast
advance, which moves the hands forward one hour in about 12 minutes. In autumn it holds the movement for one hour
and then releases it. The hour strike is suppressed while the hands are being corrected. Without a GPS controller,
someone has to stop or advance the clock by hand twice a year; we can do this as a paid visit.

## Can the hour strike be silenced at night?
Only with the optional night silencing module, which is not part of a standard restoration. It silences the hour
strike from 22:00 to 07:00 by default; the times can be changed by the clock keeper. The going train is not
affected, so the dials keep showing the time.

## How should the dials be cleaned?
Never pressure-wash gilded numerals. Use soft water and a soft sponge only, no detergent. Most clients leave dial
cleaning to the annual maintenance visit when a scaffold or a cherry picker is already on site for other work.

## The hands have stopped in icy weather. What do we do?
Ice on the minute hands can overload the motion work; the slipping clutch in the leading-off work protects the
movement. Do not try to free the hands from a ladder. Call our emergency line; the GPS controller corrects the time
by itself once the hands move freely again.
"""


def make_md():
    (K / "kb-living-with-a-restored-tower-clock.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
