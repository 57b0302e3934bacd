"""Generate the four knowledge sources of the surgivane-theatre-pendants scenario.

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
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

K = Path(__file__).parent / "knowledge"
K.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Aurora Ceiling Supply Units - Technical Description and Installation Requirements", 0)
    d.add_paragraph("Surgivane Medical Systems GmbH - Document SV-TD-114, revision F, March 2025. "
                    "Applies to the Aurora 1, Aurora 2 and Aurora Bridge product lines delivered in the EU.")

    d.add_heading("1. Product overview", 1)
    d.add_paragraph(
        "SV-AP2-DA Aurora 2 anaesthesia pendant: double-arm ceiling supply unit with a 1,000 mm primary arm and an "
        "800 mm secondary arm (total reach 1,800 mm). Each joint rotates 330 degrees with mechanical end stops. "
        "Maximum payload is 180 kg for the complete unit, with no single shelf loaded above 60 kg. The supply head "
        "carries 8 medical gas terminal units, 12 electrical sockets (230 V), 4 RJ45 data ports and 2 equipotential "
        "bonding points. Standard configuration: two shelves (630 x 480 mm) and one drawer.")
    d.add_paragraph(
        "SV-SP3-SA Aurora 1 surgical pendant: single-arm unit with a 1,200 mm arm rotating 340 degrees and a motorised "
        "height adjustment with a 600 mm stroke. Maximum payload is 250 kg. The supply head carries 5 medical gas "
        "terminal units, 16 electrical sockets (230 V), 6 RJ45 data ports and an IT column prepared for two monitor arms "
        "(SV-MON-ARM, ordered separately). Three shelves are fitted as standard.")
    d.add_paragraph(
        "SV-ERB-1600 Aurora Bridge equipment rail: a 1,600 mm ceiling bridge for induction rooms and recovery bays with "
        "4 sliding trolleys. Total payload is 300 kg, with 75 kg per trolley. The bridge has no gas terminal units of "
        "its own; gases are taken from the adjacent wall or pendant.")

    d.add_heading("2. Brakes and positioning", 1)
    d.add_paragraph(
        "The Aurora 2 anaesthesia pendant uses pneumatic brakes operated from the medical air supply (4 to 5 bar). "
        "The Aurora 1 surgical pendant uses electromagnetic brakes powered from the pendant's own 24 V supply. "
        "Electromagnetic brakes can be retrofitted on the Aurora 2 with kit SV-BRK-EM. "
        "Both brake types release only while the release button on the handle is pressed. Residual drift under "
        "rated payload is less than 2 degrees per hour on a level ceiling.")

    d.add_heading("3. Ceiling and structural requirements", 1)
    for t in [
        "The structural slab must withstand a pull-out force of 4 times the maximum static load of the pendant, including the pendant's own weight.",
        "Minimum concrete quality C25/30 and minimum slab thickness 200 mm. Steel-beam and timber ceilings require a project-specific structural calculation by the hospital's structural engineer.",
        "The standard column suits a finished ceiling height between 2,800 and 3,200 mm. Above 3,200 mm an extension tube is required (SV-EXT-200 up to 3,400 mm, SV-EXT-400 up to 3,600 mm).",
        "The interstitial ceiling void must be at least 450 mm deep to accommodate the mounting plate, gas hoses and cable routing.",
        "The ceiling mounting plate is supplied by Surgivane and must be installed and grouted at least 4 weeks before the pendant installation date.",
    ]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("4. Electrical and data", 1)
    d.add_paragraph(
        "All pendants comply with IEC 60601-1 (3rd edition) and IEC 60601-1-2 for electromagnetic compatibility. "
        "Each pendant needs two separate supply circuits of 16 A each: one from the normal supply and one from the "
        "medical IT (isolated) system. Surgivane recommends that at least one circuit is UPS-backed. Data cabling "
        "above the ceiling is Cat 6A and is terminated by the hospital's IT contractor.")

    d.add_heading("5. Medical gases", 1)
    d.add_paragraph(
        "Terminal units comply with ISO 9170-1 and are supplied with the probe geometry specified on the order, "
        "for example NF S 90-116 (AFNOR) or DIN 13260-2. Surgivane connects the pendant-side hoses to the hospital's "
        "terminal connection points above the ceiling. The upstream pipework to EN ISO 7396-1 and the identity and "
        "purity testing of every outlet remain the responsibility of the hospital's Authorised Person (MGPS); "
        "a pendant may not be used clinically until that person has signed the gas permit.")

    d.add_heading("6. Installation sequence", 1)
    for t in [
        "Site survey and ceiling support structure survey (SV-CEIL-STR), at the latest 10 weeks before installation.",
        "Installation of the mounting plates (at least 4 weeks before the pendants).",
        "Pendant installation: 2 working days per theatre for an Aurora 1 plus Aurora 2 pair; a bridge adds 1 day.",
        "Load test at 1.5 times rated payload for 10 minutes on each arm, recorded in the commissioning protocol.",
        "Functional test of brakes, height drive and sockets, handover of the signed commissioning protocol.",
    ]:
        d.add_paragraph(t, style="List Number")
    d.add_paragraph("Theatres must be free of clinical activity during installation. Dust protection of adjacent "
                    "rooms is the responsibility of the hospital's main contractor.")
    d.save(K / "aurora-technical-description.docx")

# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    story = [Paragraph("Surgivane Service and Warranty Conditions 2025", ss["Title"]),
             Paragraph("Document SV-SWC-2025. Valid for orders placed from 1 January 2025. "
                       "These conditions form part of every Surgivane quote that references them.", body),
             Spacer(1, 8)]
    def h(t): story.append(Paragraph(t, ss["Heading2"]))
    def p(t): story.append(Paragraph(t, body))
    h("1. Warranty")
    p("Surgivane warrants Aurora pendants and bridges for 24 months from the date of commissioning, but no longer "
      "than 30 months from delivery. The warranty covers parts and labour, including travel of the service engineer. "
      "Wear parts (brake cartridges, cable chains, castors of trolleys and handle grips) are warranted for "
      "12 months. Installation workmanship is warranted for 12 months from commissioning.")
    h("2. Warranty exclusions")
    for t in ["Damage caused by loading a pendant, shelf or trolley above its rated payload.",
              "Damage caused by cleaning or disinfecting agents outside the Surgivane list of approved agents.",
              "Modifications, repairs or relocations carried out by third parties without written approval.",
              "Damage to gas terminal units caused by probes of a different standard than the one ordered.",
              "Defects of the hospital's gas pipework, electrical supply or ceiling structure."]:
        p("- " + t)
    h("3. Service plans")
    data = [["Plan", "Preventive visits", "On-site response", "Parts", "Uptime commitment"],
            ["Silver", "1 per year", "next business day", "charged", "none"],
            ["Gold", "2 per year", "within 8 business hours", "included", "98.5%"],
            ["Platinum", "2 per year", "within 4 hours, 24/7", "included", "99.0%"]]
    t = Table(data, colWidths=[2.2*cm, 3.2*cm, 4.2*cm, 2.2*cm, 3.4*cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    story += [t, Spacer(1, 6)]
    p("Business hours are Monday to Friday, 07:30 to 18:00 CET, excluding public holidays at the installation site. "
      "Uptime is measured per pendant per contract year. If Gold or Platinum uptime falls below the commitment, "
      "the hospital receives a service credit of 5% of the annual plan fee per full percentage point below the "
      "commitment, capped at 25% of the annual plan fee. Service credits are the sole remedy for missed uptime.")
    p("Plans run for the initial term stated in the quote and then renew for one year at a time unless either party "
      "cancels in writing at least 90 days before the end of the term. Firmware updates for the motorised height "
      "drive are included in all plans. Preventive visits follow the Surgivane checklist SV-PM-07 (brake torque, "
      "arm levelling, socket and earth continuity test, hose inspection).")
    h("4. Spare parts and end of life")
    p("Spare parts remain available for 10 years after the end of production of a model. Surgivane will announce "
      "the end of production at least 12 months in advance. Loan units are not offered for ceiling pendants, as they "
      "are fixed installations.")
    h("5. Contact")
    p("Service hotline +49 6221 555 0190, service@surgivane.example. Faults reported outside business hours under "
      "Silver or Gold are treated as received at 07:30 on the next business day.")
    SimpleDocTemplate(str(K / "service-warranty-conditions-2025.pdf"), pagesize=A4,
                      leftMargin=2*cm, rightMargin=2*cm, topMargin=2*cm, bottomMargin=2*cm).build(story)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Pendants"
    ws.append(["Surgivane Aurora Price & Specification List 2025 (EUR, excl. VAT, ex works)"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU", "Description", "Arms", "Reach (mm)", "Payload (kg)", "Gas outlets", "Sockets 230 V",
               "Brakes", "Lead time", "List price EUR"])
    for r in [
        ["SV-AP2-DA", "Aurora 2 anaesthesia pendant, double arm, 2 shelves, 1 drawer", 2, 1800, 180, 8, 12, "pneumatic", "10 weeks", 18400],
        ["SV-AP2-DA-EM", "Aurora 2 anaesthesia pendant with electromagnetic brakes", 2, 1800, 180, 8, 12, "electromagnetic", "10 weeks", 19880],
        ["SV-SP3-SA", "Aurora 1 surgical pendant, single arm, 3 shelves, IT column, motorised height", 1, 1200, 250, 5, 16, "electromagnetic", "12 weeks", 15950],
        ["SV-ERB-1600", "Aurora Bridge equipment rail 1,600 mm, 4 trolleys", 0, 1600, 300, 0, 8, "friction", "14 weeks", 9800],
        ["SV-ERB-2400", "Aurora Bridge equipment rail 2,400 mm, 6 trolleys", 0, 2400, 420, 0, 12, "friction", "14 weeks", 13450],
    ]:
        ws.append(r)
    ws.append([])
    ws.append(["Lead time runs from order confirmation and receipt of the ceiling survey report."])

    ws2 = wb.create_sheet("Options")
    ws2.append(["Aurora options and accessories 2025 (EUR, excl. VAT)"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["SKU", "Description", "Fits", "List price EUR"])
    for r in [
        ["SV-EXT-200", "Extension tube +200 mm (ceilings up to 3,400 mm)", "all pendants", 640],
        ["SV-EXT-400", "Extension tube +400 mm (ceilings up to 3,600 mm)", "all pendants", 980],
        ["SV-GAS-ISO", "Medical gas outlet upgrade kit (O2, AIR, VAC, N2O, AGSS), per pendant", "all pendants", 1240],
        ["SV-MON-ARM", "Monitor arm, VESA 100, 15 kg", "SV-SP3-SA", 1150],
        ["SV-DRW", "Additional drawer, lockable", "SV-AP2-DA, SV-SP3-SA", 420],
        ["SV-IVP", "IV pole with 4 hooks, 10 kg", "all pendants", 310],
        ["SV-BRK-EM", "Retrofit kit electromagnetic brakes", "SV-AP2-DA", 1480],
    ]:
        ws2.append(r)

    ws3 = wb.create_sheet("Services")
    ws3.append(["Installation, training and service plans 2025 (EUR, excl. VAT)"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append([])
    ws3.append(["SKU", "Description", "Unit", "List price EUR"])
    for r in [
        ["SV-CEIL-STR", "Ceiling support structure survey incl. written report", "per site visit", 2400],
        ["SV-INST-OT", "Installation and commissioning incl. mounting plate and load test", "per theatre", 3600],
        ["SV-TRN-DAY", "Clinical user training day on site", "per day", 1150],
        ["SV-SLA-SIL-3Y", "Silver service plan, 3-year term", "per pendant, 3-year term", 1650],
        ["SV-SLA-GOLD-3Y", "Gold service plan, 3-year term", "per pendant, 3-year term", 2700],
        ["SV-SLA-PLAT-3Y", "Platinum service plan, 3-year term", "per pendant, 3-year term", 4100],
    ]:
        ws3.append(r)
    for w in (ws, ws2, ws3):
        w.column_dimensions["A"].width = 18
        w.column_dimensions["B"].width = 70
    wb.save(K / "aurora-price-spec-list-2025.xlsx")

# ---------------------------------------------------------------- Markdown KB article
KB = """# Aurora pendants: FAQ for clinical and estates teams

*Surgivane knowledge base, article KB-0412, last reviewed April 2025.*

## Cleaning and disinfection
- Approved agents: alcohol-based disinfectants up to 70% ethanol or isopropanol, quaternary ammonium compounds,
  and chlorine-based agents up to 1,000 ppm available chlorine.
- Hydrogen peroxide vapour room decontamination has been tested for 200 cycles without damage to the powder coating.
- Do not use abrasive pads, acetone or undiluted chlorine. Agents outside this list void the warranty on affected
  surfaces (see the service and warranty conditions).

## What happens in a power or air failure?
The brakes are fail-safe: on loss of compressed air or electrical power, the brakes engage automatically and the arms
stay where they are. The motorised height drive of the Aurora 1 stops in position; it cannot be moved by hand.

## Training
- One training day covers up to 12 participants, split into two sessions (morning and afternoon).
- Theatre staff who complete the extra superuser module receive a superuser certificate valid for 3 years.
- Training is delivered in English, French, German or Dutch; other languages on request with an interpreter provided
  by the hospital.

## Installation windows
- Standard installation is carried out Monday to Friday between 07:00 and 17:00.
- Weekend or night installation is possible with a surcharge of 35% on the installation price.
- The theatre must be cleared of equipment and the ceiling tiles around the mounting plate removed before the team
  arrives.

## Removing the old pendants
Surgivane can remove and dispose of existing ceiling pendants of any brand for EUR 850 per unit, including the
WEEE-compliant disposal certificate. Gas and power must be isolated by the hospital beforehand. This service is
quoted separately and is not part of the standard installation price.

## Relocating a pendant later
A pendant may only be relocated by Surgivane. Relocation requires a new ceiling survey and a new load test, and it is
quoted per project.
"""

if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    (K / "kb-aurora-faq.md").write_text(KB, encoding="utf-8")
    print("sources written to", K)
