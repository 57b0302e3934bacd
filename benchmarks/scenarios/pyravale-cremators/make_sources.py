"""Generate the four knowledge sources of the pyravale-cremators scenario.

Run with a Python that has python-docx and openpyxl; reportlab may live in a scratch folder:
    PYTHONPATH=/tmp/pyravale_deps /work/main/.venv/bin/python make_sources.py
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


# ---------------------------------------------------------------- DOCX: service schedule
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("PyraCare Service Agreement - Schedule 2: Service Levels", 0)
    d.add_paragraph("Pyravale Thermal Systems Ltd - document SL-2025.1, applicable to PyraFlow cremators, "
                    "FGA flue-gas abatement lines and CRP cremated remains processors supplied by Pyravale. "
                    "This schedule forms part of the PyraCare Service Agreement and prevails over any summary "
                    "in sales literature.")

    d.add_heading("1. Service tiers", 1)
    data = [
        ["Annual fee per cremator (EUR, excl. VAT)", "6,900", "10,400", "14,800"],
        ["Preventive maintenance visits per year", "1", "2", "4"],
        ["Remote diagnosis via PyraLink", "next working day", "within 8 working hours", "within 2 hours, 24/7"],
        ["Engineer on site after a breakdown call", "within 5 working days", "within 48 hours", "within 24 hours, Saturdays included"],
        ["Parts included per cremator per contract year", "none", "up to EUR 1,500", "up to EUR 4,000"],
        ["Discount on spare parts beyond the included amount", "0%", "10%", "15%"],
        ["Operator refresher training", "-", "-", "1 day per year on site"],
        ["Availability guarantee", "-", "-", "97% per cremator per contract year"],
    ]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Item", "Bronze", "Silver", "Gold"]):
        t.rows[0].cells[i].text = h
    for r in data:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v

    d.add_paragraph("Preventive visits are scheduled with the Council's bereavement services manager at least "
                    "four weeks in advance and carried out on weekdays between 07:30 and 17:00. Each visit covers "
                    "burner and afterburner tuning, door-seal and hearth inspection, thermocouple checks, "
                    "filter-house differential-pressure review, sorbent dosing calibration and a PLC back-up.")

    d.add_heading("2. Gold tier - what is included", 1)
    for s in [
        "All labour and travel for preventive visits and for corrective visits following a breakdown call.",
        "Parts up to EUR 4,000 per cremator per contract year, refractory materials excluded; unused amounts "
        "do not roll over to the following year.",
        "An annual functional test of the continuous emissions monitoring system (CEMS), including span-gas "
        "calibration of the CO and O2 analysers and a dust-monitor zero and span check.",
        "Remote monitoring through the PyraLink portal, with monthly availability and gas-consumption reports.",
        "One day per year of operator refresher training on site for up to 6 trainees.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("3. Availability guarantee and service credits (Gold only)", 1)
    d.add_paragraph("Pyravale guarantees an availability of 97% per cremator per contract year. Availability is "
                    "measured by the PyraLink log over the crematorium's declared operating hours and excludes "
                    "planned preventive visits, refractory relining, power or gas supply failures and stoppages "
                    "requested by the Council. For each full percentage point below 97%, the Council receives a "
                    "service credit of 2% of the annual fee for that cremator, capped at 20% of the annual fee. "
                    "Service credits are deducted from the next annual invoice and are the Council's sole remedy "
                    "for availability shortfalls under this schedule.")

    d.add_heading("4. Exclusions (all tiers)", 1)
    for s in [
        "Refractory relining of the hearth or of the primary chamber. A hearth reline is typically required every "
        "2,500 to 3,000 cremations and takes 5 working days per cremator; a full primary-chamber reline takes "
        "15 working days per cremator. Relines are quoted at the price-list rates in force.",
        "Filter bags, sorbent (activated carbon and hydrated lime mix) and other consumables.",
        "Damage caused by pacemakers, implanted batteries or other prohibited items not removed before charging "
        "is not covered by any tier and is charged at the rates in clause 6.",
        "Damage caused by coffins with zinc or PVC linings, by power surges, or by operation by staff who have "
        "not completed Pyravale operator training.",
        "Modifications requested by the Council or required by changes in emission legislation after handover.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("5. Term, fees and indexation", 1)
    d.add_paragraph("The minimum term of a PyraCare agreement is 3 years from the date of handover. After the "
                    "minimum term the Council may terminate for convenience by giving 6 months' written notice. "
                    "Fees are invoiced annually in advance. Fees are adjusted every 1 January by the change in the "
                    "Irish CSO Consumer Price Index over the previous twelve months, capped at 4% per year; the "
                    "first adjustment takes place no earlier than 12 months after the start date.")

    d.add_heading("6. Work outside the agreement", 1)
    d.add_paragraph("Call-outs and work not covered by the tier are charged at EUR 145 per engineer hour "
                    "(EUR 217.50 per hour on Sundays and public holidays), plus travel at EUR 0.65 per km from the "
                    "Athlone service hub, with a minimum charge of 3 hours per visit.")
    d.save(OUT / "pyracare-service-levels.docx")


# ---------------------------------------------------------------- PDF: technical data sheet
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9
    body.leading = 11.5
    h = ss["Heading2"]
    story = [Paragraph("PyraFlow CR900 Cremator and FGA-2L Flue-Gas Abatement Line - Technical Data", ss["Title"]),
             Paragraph("Pyravale Thermal Systems Ltd - document TDS-CR900-FGA2L, revision D, March 2025. "
                       "Values are guaranteed unless marked 'typical'.", body)]

    cell = ss["BodyText"].clone("cell", fontSize=8.5, leading=10)

    def table(rows):
        rows = [[Paragraph(v, cell) for v in r] for r in rows]
        t = Table(rows, colWidths=[60 * mm, 114 * mm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
        return t

    story += [Spacer(1, 4), Paragraph("1. PyraFlow CR900 cremator", h), table([
        ["Parameter", "Value"],
        ["Maximum coffin size", "2,250 mm long, 850 mm wide, 700 mm high"],
        ["Maximum charge weight (coffin and body)", "250 kg; bariatric cases need the CR900 wide-door kit or a CR1100"],
        ["Cremation cycle (typical)", "70-85 minutes for an adult of 75 kg with hot loading"],
        ["Capacity (typical)", "up to 6 cremations per 8-hour shift"],
        ["Gas consumption (typical)", "28 Nm³ natural gas per cremation in consecutive cycles; 55 Nm³ from cold start"],
        ["Burners", "main burner 350 kW, afterburner 400 kW, natural gas or LPG"],
        ["Secondary chamber", "at least 850 °C, residence time at least 2 seconds, O2 at least 6%"],
        ["Refractory", "high-alumina castable (60% Al2O3) primary chamber; silicon-carbide hearth tiles"],
        ["Electrical supply", "400 V, 3-phase, 50 Hz, 63 A per cremator"],
        ["Dimensions and weight", "5.6 m x 2.4 m footprint, 3.1 m high, 38 t including refractory"],
        ["Noise", "at most 70 dB(A) at 1 m in the cremator hall"],
        ["Controls", "Siemens S7-1500 PLC, 15-inch touch HMI, PyraLink remote access over 4G/VPN; cremation records kept 10 years"],
    ])]
    story += [Spacer(1, 4), Paragraph("2. FGA-2L flue-gas abatement and filtration line (serves two cremators)", h), table([
        ["Parameter", "Value"],
        ["Flue-gas cooling", "plate heat exchanger cools flue gas from 850 °C to 180 °C"],
        ["Heat recovery", "up to 180 kW thermal into an 80/60 °C water circuit for building heating; "
                          "requires the optional heat-recovery package PYR-HRX"],
        ["Sorbent dosing", "activated carbon and hydrated lime mix, about 0.9 kg per cremation"],
        ["Bag filter", "2 compartments, 168 bags, 210 m² filter area; supplied with PTFE-membrane bags"],
        ["Replacement bags", "PTFE-membrane (PYR-FB-PTFE) or P84 needle felt (PYR-FB-P84); both fit the FGA-2L cages"],
        ["Induced-draught fan", "22 kW with frequency drive; at most 75 dB(A) at 1 m in the plant room"],
        ["Electrical supply", "400 V, 3-phase, 50 Hz, 125 A"],
        ["Dimensions", "11.5 m x 4.2 m footprint, 6.8 m high"],
        ["Stack", "minimum 12 m above ground, final height set by the Council's air dispersion assessment"],
        ["CEMS", "continuous measurement of dust, CO, O2 and flue-gas temperature"],
    ])]
    story += [Spacer(1, 4), Paragraph("3. Guaranteed emission values", h),
              Paragraph("Daily averages, dry gas at 11% O2, measured at the stack: dust at most 5 mg/Nm³; "
                        "mercury at most 0.05 mg/Nm³; PCDD/F (dioxins and furans) at most 0.1 ng I-TEQ/Nm³; "
                        "CO at most 50 mg/Nm³; HCl at most 20 mg/Nm³. If a guaranteed value is not met at the "
                        "acceptance emissions test, Pyravale modifies the installation at its own cost and the test "
                        "is repeated.", body)]
    story += [Spacer(1, 4), Paragraph("4. Warranty summary", h), table([
        ["Item", "Warranty from handover"],
        ["CR900 and CR1100 cremators, FGA lines", "24 months"],
        ["Refractory lining", "12 months or 1,000 cremations, whichever comes first"],
        ["CRP-40 and CRP-60 cremated remains processors", "36 months"],
        ["Filter bags", "24 months against manufacturing defects; wear is not covered"],
    ]), Paragraph("Warranty does not cover damage from prohibited items, coffins with zinc or PVC linings, or "
                  "operation by untrained staff.", body)]
    SimpleDocTemplate(str(OUT / "cr900-fga2l-technical-data.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm, bottomMargin=15 * mm).build(story)


# ---------------------------------------------------------------- XLSX: price list
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)
    ws = wb.active
    ws.title = "Equipment & Options"
    ws.append(["Pyravale Price List 2025 - Equipment, options and services (EUR, excl. VAT, ex works)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price EUR", "Lead time (weeks)", "Notes"])
    for c in ws[3]:
        c.font = bold
    rows = [
        ("PYR-CR900", "PyraFlow CR900 cremator, hot-loading, max coffin width 850 mm", "each", 412000, 26, "Max charge 250 kg"),
        ("PYR-CR1100", "PyraFlow CR1100 bariatric cremator, max coffin width 1,100 mm", "each", 468000, 30, "Max charge 400 kg"),
        ("PYR-OPT-WDK", "Wide-door kit for CR900 (coffin width up to 900 mm)", "each", 24500, 8, "Max charge 300 kg; factory-fitted only"),
        ("PYR-FGA-1L", "FGA-1L flue-gas abatement line for one cremator", "each", 342000, 26, ""),
        ("PYR-FGA-2L", "FGA-2L flue-gas abatement line for two cremators", "each", 538000, 26, "PTFE-membrane bags"),
        ("PYR-HRX", "Heat-recovery package: plate heat exchanger, pumps and controls to building heating", "each", 38000, 12, "Up to 180 kW thermal"),
        ("PYR-CRP-40", "CRP-40 cremated remains processor", "each", 18500, 6, ""),
        ("PYR-CRP-60", "CRP-60 high-capacity processor with magnetic metal separator", "each", 26900, 8, ""),
        ("PYR-CHG-200", "Automatic coffin charger, 200 kg", "each", 57500, 16, ""),
        ("PYR-DEC-1", "Decommissioning, dismantling and removal of an existing cremator", "per unit", 18900, 4, "Includes waste refractory disposal"),
        ("PYR-INST-2", "Installation, commissioning and acceptance emissions test, two cremators", "lot", 96000, "", ""),
        ("PYR-TRN-OPS", "Operator training on site (up to 6 trainees)", "per day", 1450, "", ""),
        ("PYR-TRN-ACAD", "Operator training at the Pyravale Academy, Athlone", "per person per day", 980, "", "Travel not included"),
        ("PYR-SP-KIT", "Refractory start-up spares kit (door tiles, hearth tiles, mortar)", "each", 6200, 4, ""),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDEF", (16, 80, 18, 15, 18, 36)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Spares & Consumables")
    ws2.append(["Pyravale Price List 2025 - Spares, consumables and relining (EUR, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["SKU", "Description", "Unit", "List price EUR", "Typical life"])
    for c in ws2[3]:
        c.font = bold
    for r in [
        ("PYR-FB-PTFE", "Filter bag, PTFE membrane on glass fibre, FGA lines", "each", 164, "4-5 years"),
        ("PYR-FB-P84", "Filter bag, P84 needle felt, FGA lines", "each", 118, "2-3 years"),
        ("PYR-SORB-25", "Sorbent mix, activated carbon and hydrated lime, 25 kg bag", "bag", 46, "about 28 cremations"),
        ("PYR-RL-HEARTH", "Hearth reline, one cremator, labour and materials", "each", 19500, "2,500-3,000 cremations"),
        ("PYR-RL-FULL", "Full primary-chamber reline, one cremator, labour and materials", "each", 68000, "10-12 years"),
        ("PYR-TC-K", "Thermocouple type K, 1,000 mm", "each", 185, "1-2 years"),
        ("PYR-DS-900", "Charging-door seal set, CR900", "set", 740, "1 year"),
        ("PYR-CRP-CUT", "Cutter set for CRP-40 processor", "set", 640, "about 4,000 cycles"),
    ]:
        ws2.append(list(r))
    for col, w in zip("ABCDE", (16, 64, 10, 15, 24)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Model comparison")
    ws3.append(["PyraFlow cremator models - comparison"])
    ws3["A1"].font = Font(bold=True, size=13)
    ws3.append([])
    ws3.append(["Parameter", "CR900", "CR900 with wide-door kit", "CR1100"])
    for c in ws3[3]:
        c.font = bold
    for r in [
        ("Max coffin width (mm)", 850, 900, 1100),
        ("Max charge weight (kg)", 250, 300, 400),
        ("Typical cycle (min)", "70-85", "75-90", "90-120"),
        ("Gas per cremation, consecutive cycles (Nm3)", 28, 30, 41),
        ("Footprint (m)", "5.6 x 2.4", "5.6 x 2.5", "6.3 x 2.9"),
        ("Compatible abatement line", "FGA-1L / FGA-2L", "FGA-1L / FGA-2L", "FGA-1L / FGA-2L"),
    ]:
        ws3.append(list(r))
    for col, w in zip("ABCD", (44, 18, 26, 18)):
        ws3.column_dimensions[col].width = w
    wb.save(OUT / "pyravale-price-list-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# Installation, site preparation and the CRP-40 processor: what the Council needs to know

*Pyravale Thermal Systems knowledge base, article KB-114, updated April 2025.*

## Programme
- Delivery of cremators and the abatement line: 26 weeks from order and approval of the general-arrangement drawings.
  The CRP-40 processor is delivered with the second cremator.
- Installation takes about 8 weeks on site for a twin installation. Pyravale works in two phases so that a
  crematorium with two existing cremators keeps one in service: phase 1 installs the first cremator and the
  abatement line, phase 2 the second cremator.
- Commissioning is followed by the acceptance emissions test, carried out by an independent laboratory
  accredited to ISO/IEC 17025 and paid for by Pyravale as part of PYR-INST-2. Handover takes place when the
  test report shows all guaranteed values met.

## What the Council provides
- Civil and structural works: cremator and filter-house plinths, stack foundation, builder's work openings and
  making good, to Pyravale's loading drawings issued within 4 weeks of order.
- A clear delivery opening of 2.8 m wide by 3.4 m high into the cremator hall (or a removable wall panel) and
  hardstanding for a 100-tonne mobile crane within 12 m of the opening.
- Natural gas at a minimum of 21 mbar with a capacity of 110 Nm³/h for two cremators, terminated with an isolation
  valve within 2 m of each cremator.
- Electrical supplies to the Pyravale panels (see the technical data sheet), a 4G-capable location or a wired
  internet connection for PyraLink, and a water supply for the heat exchanger commissioning.
- The planning consent, the air-emission licence application and the air dispersion assessment that sets the
  final stack height.

## What Pyravale provides
- The mobile crane, rigging and lifting plan for delivery; all mechanical and electrical installation from the
  Council's termination points; the stack (up to 15 m) and its connection to the abatement line.
- Disconnection and capping of the existing cremators. Dismantling and removal of old cremators is not part of
  PYR-INST-2 and is priced separately per unit.

## CRP-40 cremated remains processor
- Reduces cremated remains to a uniform fine granulate in a typical cycle of 4 minutes, with a 6 kg batch
  capacity.
- Metals (coffin nails, joint implants) are removed by hand with the magnetic wand and separation tray before
  processing; the CRP-60 has an automatic magnetic separator.
- Single-phase 230 V, 16 A supply; noise at most 68 dB(A); stainless-steel drum and an integrated HEPA dust
  extraction unit.
- The cutter set lasts about 4,000 cycles. Warranty: 36 months from handover.
"""


def make_md():
    (OUT / "installation-and-processor-kb.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("written:", sorted(p.name for p in OUT.iterdir()))
