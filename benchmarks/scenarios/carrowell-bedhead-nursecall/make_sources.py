"""Generate the four knowledge sources of the carrowell-bedhead-nursecall scenario.

Run with a Python that has python-docx and openpyxl; reportlab may live in a scratch folder:
    PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
"""
import os

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

HERE = os.path.dirname(os.path.abspath(__file__))
KNOW = os.path.join(HERE, "knowledge")
os.makedirs(KNOW, exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Carrowell Medical Systems - Installation & Commissioning Guide for Ward Projects", 1)
    d.add_paragraph("Document CMS-IC-07, issue 5 (September 2026). Applies to bed-head trunking, nurse call and "
                    "medical gas outlet packages supplied and installed by Carrowell Medical Systems Ltd in occupied "
                    "or decanted hospital wards in the UK.")
    d.add_heading("1. Lead times", 2)
    for t in [
        "Bed-head trunking (BHT series): 8-10 weeks from signed order and approved setting-out drawings. "
        "Non-standard lengths or RAL colours other than RAL 9010 add 2 weeks.",
        "Nurse call equipment (NC series patient units, pull cords, dome lights): 6 weeks from signed order.",
        "Master consoles (NC-MST-900 and NC-MST-700): 4 weeks from signed order, pre-configured with the ward bed map.",
        "Medical gas outlets (MGO series) are factory-fitted to trunking and ship with the trunking; loose outlets 4 weeks.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("2. Site readiness (Trust responsibilities)", 2)
    d.add_paragraph("Before Carrowell engineers start, the Trust must provide: the ward decanted or the working bays "
                    "screened off in line with the Trust's infection prevention plan; a current asbestos survey "
                    "(refurbishment and demolition type) covering every wall that receives trunking; isolation of "
                    "medical gases arranged through the Trust's Authorised Person (MGPS); a permit to work for any "
                    "electrical isolation; and a secure lockable store of at least 15 m2 on the same floor. Delays "
                    "caused by missing site readiness are charged as standing time at the engineer day rate.")
    d.add_heading("3. Working hours and rates", 2)
    d.add_paragraph("An engineer day is 8 hours on site between 08:00 and 17:00, Monday to Friday, including a 1-hour "
                    "unpaid break. Work requested outside these hours carries an uplift on the engineer day rate: "
                    "50% for weekday evenings (17:00-22:00) and 75% for Saturdays, Sundays and bank holidays. "
                    "Night working (22:00-06:00) is only offered for single-bay works and is quoted separately. "
                    "Engineers hold enhanced DBS clearance and complete the Trust's site induction on day one; "
                    "induction time is not charged if it is under 2 hours.")
    d.add_heading("4. Installation method", 2)
    d.add_paragraph("Trunking sections are fixed at 1,450 mm to the centre line above finished floor level unless the "
                    "approved drawing states otherwise. Dust control uses H-class extraction on all drilling and a "
                    "negative-pressure enclosure where the Trust's risk assessment requires it. A typical 24-bed ward "
                    "takes 14-16 engineer days for trunking, outlets and nurse call first fix, plus 3 days of "
                    "commissioning. Phased handover by bay is available at no extra charge when agreed before order.")
    d.add_heading("5. Medical gases", 2)
    d.add_paragraph("Carrowell fits and pressure-tests medical gas outlets to the terminal unit only. Final MGPS "
                    "testing, verification and the permit to use the pipeline are the responsibility of the Trust's "
                    "Authorised Person (MGPS) and an independent Quality Controller appointed by the Trust; Carrowell "
                    "does not sign the permit to use.")
    d.add_heading("6. Commissioning and handover", 2)
    d.add_paragraph("Bed-head services and nurse call are commissioned in accordance with HTM 08-03. Every call point "
                    "is tested end to end and recorded on the commissioning sheet, witnessed by the Trust's nominated "
                    "representative. Handover documentation (as-installed drawings, test certificates, O&M manuals "
                    "and the bed map export) is issued within 10 working days of practical completion. Ward staff "
                    "training is included: two 45-minute sessions per ward, one of them at the start of a night shift.")
    d.add_heading("7. Defects and warranty start", 2)
    d.add_paragraph("A defects liability period of 12 months runs from practical completion of each ward. Product "
                    "warranties (see the price list) also start at practical completion, not at delivery. Defects "
                    "reported in writing are attended within 5 working days, or within the CareCover response times "
                    "where a service plan is in place.")
    d.save(os.path.join(KNOW, "carrowell-installation-guide.docx"))


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = [Paragraph("CareCover Service Plans - Schedule of Service (2026 edition)", ss["Title"]),
             Paragraph("Carrowell Medical Systems Ltd. This schedule applies to CareCover plans ordered from "
                       "1 January 2026 and forms part of the order when a CareCover line appears on the quote.", body),
             Spacer(1, 0.3 * cm),
             Paragraph("1. Plans", ss["Heading2"]),
             Paragraph("CareCover is priced per ward per year. SVC-CARE-1Y is a one-year plan that renews annually; "
                       "SVC-CARE-3Y is a three-year plan paid annually in advance. Prices of a 3-year plan are fixed "
                       "for the term of the plan. One-year plans are re-priced at each renewal by CPI, capped at 4%.",
                       body),
             Spacer(1, 0.2 * cm)]
    table = Table([
        ["Item", "SVC-CARE-1Y", "SVC-CARE-3Y"],
        ["Price per ward per year", "GBP 3,350.00", "GBP 2,950.00"],
        ["Planned preventive maintenance", "1 visit per ward per year", "2 visits per ward per year"],
        ["Critical fault response (on site)", "8 hours, 24/7", "4 hours, 24/7"],
        ["Non-critical fault response", "3 working days", "next working day"],
        ["Loan master console", "not included", "delivered within 24 hours"],
        ["Parts and labour for covered faults", "included", "included"],
    ], colWidths=[6 * cm, 4.5 * cm, 4.5 * cm])
    story += [table, Spacer(1, 0.3 * cm),
              Paragraph("2. Fault categories", ss["Heading2"]),
              Paragraph("A critical fault is any fault that stops patient calls or en-suite emergency calls from "
                        "reaching staff on one or more beds, or a master console failure. All other faults, such as a "
                        "failed reading light, a cosmetic defect or a single dome light lamp, are non-critical. "
                        "Faults are logged on 0345 210 7730 or through the Carrowell service portal; the response "
                        "clock starts when a fault reference is issued.", body),
              Paragraph("3. Exclusions", ss["Heading2"]),
              Paragraph("CareCover does not cover: damage from vandalism, impact or misuse; damage caused by cleaning "
                        "agents not on the approved list in the nurse call FAQ; faults in Trust-owned cabling, "
                        "networks or telephony; modifications by third parties; consumables such as handset cords "
                        "and pull-cord triangles beyond 10 per ward per year; and moves, additions or changes, which "
                        "are quoted at the engineer day rate.", body),
              Paragraph("4. Term, renewal and cancellation", ss["Heading2"]),
              Paragraph("Either party may cancel with 90 days' written notice. Cancelling a 3-year plan before the end "
                        "of its term incurs an early termination fee of 25% of the fees remaining for the term. "
                        "Plans start at practical completion of the ward they cover. Service reports are issued "
                        "within 5 working days of each visit, and a quarterly uptime report lists every critical "
                        "fault with its response and fix times.", body),
              Paragraph("5. Service credits", ss["Heading2"]),
              Paragraph("If a critical fault response is missed, the Trust may claim a service credit of 5% of that "
                        "ward's annual fee per missed response, capped at 20% of the annual fee. Service credits are "
                        "the sole remedy for missed response times.", body)]
    SimpleDocTemplate(os.path.join(KNOW, "carecover-service-schedule.pdf"), pagesize=A4,
                      leftMargin=2 * cm, rightMargin=2 * cm).build(story)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    bold = Font(bold=True)

    def sheet(ws, title, header, rows):
        ws.append([title])
        ws["A1"].font = Font(bold=True, size=13)
        ws.append(header)
        for c in ws[2]:
            c.font = bold
        for r in rows:
            ws.append(r)
        for col in "ABCDEFG":
            ws.column_dimensions[col].width = 26

    ws = wb.active
    ws.title = "Bed-head trunking"
    sheet(ws, "Carrowell 2026 Healthcare Price List - Bed-head trunking (GBP, ex VAT)",
          ["SKU", "Description", "Length", "Compartments", "Finish", "Fire / IP", "List price"],
          [["BHT-3200-D", "Dual-compartment bed-head trunking, power + data / low voltage", "3.2 m", 2,
            "RAL 9010 antimicrobial powder coat", "IP40", 1245.00],
           ["BHT-3200-T", "Triple-compartment bed-head trunking, power + data + medical gas", "3.2 m", 3,
            "RAL 9010 antimicrobial powder coat", "IP40", 1490.00],
           ["BHT-2400-D", "Dual-compartment bed-head trunking, short rooms", "2.4 m", 2,
            "RAL 9010 antimicrobial powder coat", "IP40", 985.00],
           ["BHT-RL-LED", "Integrated LED reading light, 4000 K, 500 lux at pillow", "-", "-", "-", "IP20", 142.00],
           ["MGO-O2V-S", "Medical gas outlet pair, oxygen + vacuum, BS 5682 probes, fitted", "-", "-", "-", "-",
            318.00],
           ["MGO-AIR-S", "Medical air outlet, fitted", "-", "-", "-", "-", 176.00]])

    ws = wb.create_sheet("Nurse call")
    sheet(ws, "Carrowell 2026 Healthcare Price List - Nurse call (GBP, ex VAT)",
          ["SKU", "Description", "Mounting", "IP rating", "Cleaning limit", "Notes", "List price"],
          [["NC-PAT-410", "Patient call unit with handset, reading light control", "Trunking", "IP67 handset",
            "1,000 ppm chlorine", "Handset cord 2.5 m", 186.00],
           ["NC-PAT-420", "Patient call unit with handset, reading light and TV control", "Trunking",
            "IP67 handset", "1,000 ppm chlorine", "Requires TV interface kit", 214.00],
           ["NC-ENS-220", "En-suite pull-cord alarm with reset, 2 m cord", "Wall", "IP44",
            "1,000 ppm chlorine", "Reset at point of call only", 94.50],
           ["NC-CDL-60", "Corridor dome light, 4-colour LED with sounder", "Ceiling", "IP40", "-",
            "Colours: call, en-suite, staff assist, emergency", 72.00],
           ["NC-MST-900", "Nurse station master console, 10.1\" touchscreen, desk", "Desk", "IP54 front",
            "70% alcohol", "Includes 4-hour UPS", 4850.00],
           ["NC-MST-700", "Master console, 7\" touchscreen, wall-mounted", "Wall", "IP54 front", "70% alcohol",
            "No UPS; 30-minute internal battery", 3690.00],
           ["NC-GW-SIP", "SIP / ESPA 4.4.4 gateway for DECT and pager integration", "Comms room", "-", "-",
            "One per site", 2400.00]])

    ws = wb.create_sheet("Warranty & spares")
    sheet(ws, "Carrowell 2026 Healthcare Price List - Warranty and spares",
          ["Product group", "Warranty", "Starts", "Recommended spares", "Spare price", "", ""],
          [["Bed-head trunking (BHT) body and finish", "10 years", "practical completion", "-", "-"],
           ["Nurse call electronics (NC series)", "3 years", "practical completion", "1 NC-PAT handset per 12 beds",
            "GBP 58.00 per handset"],
           ["Master console UPS batteries", "2 years", "practical completion", "-", "GBP 210.00"],
           ["Medical gas outlets (MGO)", "5 years", "practical completion", "Service kit per 24 outlets",
            "GBP 96.00"],
           ["Trunking powder coat cleaning limit", "10,000 ppm chlorine", "-", "-", "-"]])
    wb.save(os.path.join(KNOW, "carrowell-price-list-2026.xlsx"))


# ---------------------------------------------------------------- Markdown KB
KB = """# Nurse call FAQ: alarms, integration, data and cleaning

*Carrowell Medical Systems knowledge base - article KB-NC-112, updated October 2026*

## Call types and escalation
The NC series raises four call types, each with its own dome light colour and tone: patient call (white),
en-suite emergency (red, pulsing), staff assistance (amber) and emergency/cardiac (blue, fast tone). En-suite
emergency calls can only be reset at the point of call, so a member of staff must attend the room.
An unanswered patient call escalates after 3 minutes: the call tone repeats at the master console and the call
is sent to the nurse-in-charge pager or handset. Escalation times are configurable per ward between 1 and 10 minutes.

## Integration with handsets and pagers
Calls can be sent to Ascom and Spectralink DECT handsets and to on-site pagers through the NC-GW-SIP gateway
(SIP and ESPA 4.4.4), sold separately, one gateway per site. Integration with other handset brands is not
validated by Carrowell. The gateway needs one Trust network port and a static IP address on a segregated VLAN.

## Power failure
The NC-MST-900 console includes a UPS that keeps the console, dome lights and patient units on the ward running
for 4 hours on mains failure. Ward nurse call should also be fed from an essential (generator-backed) supply.
The wall-mounted NC-MST-700 has a 30-minute internal battery only.

## Call logs and reports
Every call, answer and reset is time-stamped. Logs are kept on the console for 13 months and then overwritten;
they can be exported as CSV or as a PDF response-time report by bed, bay or shift. Logs hold bed numbers and
times only, no patient names.

## Cleaning
Patient handsets, pull-cord units and dome lights tolerate wipes with up to 1,000 ppm available chlorine and 70%
alcohol. The trunking powder coat tolerates up to 10,000 ppm chlorine. Hydrogen peroxide vapour (HPV) room
decontamination is approved for all NC products when the handsets are left on their hooks. Damage from products
not on this list is not covered by CareCover.

## Compliance
Design, installation and commissioning follow HTM 08-03 (bedhead services) and the relevant parts of
BS 8300 for en-suite alarm placement. Pull cords are supplied at 2 m so that the triangle hangs between 800 mm
and 1,000 mm above floor level and can be reached by a person on the floor.
"""


def make_md():
    with open(os.path.join(KNOW, "nurse-call-faq.md"), "w", encoding="utf-8") as f:
        f.write(KB)


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", KNOW)
