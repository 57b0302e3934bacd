"""Generate the knowledge sources of the hatchmere-incubator-servicing scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv, reportlab from the scratch folder)
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


# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Hatchmere Incubation Services Ltd - Service Plans: Terms and Service Levels", 0)
    d.add_paragraph("Edition 2026/2, effective 1 October 2026. Applies to all Bronze, Silver and Gold plans for "
                    "single-stage setters, multi-stage setters and hatchers maintained by Hatchmere. Depot: "
                    "Unit 4, Carrwood Park, York YO19 5UZ.")

    d.add_heading("1. Plan levels and response times", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Plan", "Phone support", "Engineer on site (critical fault)",
                                      "Engineer on site (non-critical fault)"]):
        c.text = h
    rows = [
        ("Bronze", "Mon-Fri 08:00-17:00", "within 5 working days", "within 10 working days"),
        ("Silver", "Mon-Fri 08:00-18:00", "within 48 hours (Mon-Fri)", "within 5 working days"),
        ("Gold", "24/7 hotline 01904 555 210", "within 8 hours, 7 days a week", "within 2 working days"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph(
        "Gold response times apply to sites within 120 miles by road of the York depot. For sites beyond 120 miles "
        "the Gold critical-fault response is within 12 hours. A critical fault is: a temperature deviation of more "
        "than 0.5 °C from setpoint lasting more than 20 minutes in a loaded machine; a failure of the turning "
        "system in a loaded setter; a failure of the main circulation fan; or a controller fault that prevents "
        "alarms from being raised. All other faults are non-critical. The response clock starts when the fault is "
        "logged on the hotline and a job number is issued, not when an e-mail is sent.")

    d.add_heading("2. What each plan includes", 1)
    for s in [
        "Bronze: two preventive maintenance (PM) visits per machine per year; parts and call-out labour charged "
        "at list price.",
        "Silver: two PM visits per machine per year; call-out labour included up to 16 hours per site per plan "
        "year; parts at 6% off list price.",
        "Gold: two PM visits per machine per year; unlimited call-out labour for critical and non-critical faults; "
        "parts at 12% off list price; remote monitoring through HM-Link with alarm escalation to the Hatchmere "
        "duty engineer; loan of a portable CO2 analyser during any CO2 sensor fault.",
        "Travel within 60 miles of the depot is included in every plan. Travel beyond 60 miles is charged per mile "
        "at the rate in the current price list, except Gold critical-fault call-outs, where travel is included.",
        "Parts fitted during PM visits (filters, nozzles, gaskets) are invoiced separately unless listed on the quote.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("3. Exclusions", 1)
    for s in [
        "Damage caused by power surges or supply failures where no surge protection device is installed on the "
        "incubator supply.",
        "Scale, corrosion or nozzle blockage caused by humidifier water with a hardness above 180 mg/l CaCO3, or "
        "where the customer's water softener has not been maintained.",
        "Faults caused by parts not supplied by Hatchmere, or fitted by third parties.",
        "Faults on controllers whose firmware has not been updated within 6 months of a Hatchmere release notice.",
        "Cleaning and disinfection of machines, which remains the customer's responsibility before every visit.",
    ]:
        d.add_paragraph(s, style="List Bullet")

    d.add_heading("4. Service credits (Gold only)", 1)
    d.add_paragraph(
        "If a Gold critical-fault response time is missed, the customer receives a service credit of 5% of the "
        "annual plan fee per missed response, capped at 25% of the annual plan fee in any plan year. Credits are "
        "applied against the next invoice and are never paid in cash. Claims must be made in writing within 30 "
        "days of the incident. No credit is due when access was refused or delayed for biosecurity reasons, "
        "during an avian influenza restriction zone declared by the authorities, or in force majeure events.")

    d.add_heading("5. Hatch-window freeze", 1)
    d.add_paragraph(
        "No planned work is carried out on a machine within 48 hours before transfer, or on a hatcher while "
        "chicks are hatching (days 19 to 21 for broiler and layer eggs), unless the customer requests it in "
        "writing. Emergency work on critical faults is not affected by the freeze.")

    d.add_heading("6. Warranty", 1)
    d.add_paragraph(
        "Parts supplied and fitted by Hatchmere carry a 12-month warranty from the date of fitting. NDIR CO2 "
        "sensors carry a 24-month warranty. Workmanship (labour) is guaranteed for 90 days. Warranty does not "
        "cover consumables (door gaskets, humidifier nozzles, air filters).")

    d.add_heading("7. Term, renewal and cancellation", 1)
    d.add_paragraph(
        "Plans run for 12 months from the first PM visit and renew automatically for a further 12 months. "
        "Either party may cancel by giving 90 days' written notice before the renewal date. On renewal the plan "
        "fee is indexed to CPI plus 2 points, with a maximum increase of 6% per year.")

    d.add_heading("8. Liability", 1)
    d.add_paragraph(
        "Hatchmere's total liability in any plan year is capped at the fees paid by the customer in the previous "
        "12 months. Hatchmere is not liable for loss of eggs, embryos or chicks, reduced hatchability or loss of "
        "production, except where caused by Hatchmere's gross negligence. Customers are advised to keep "
        "hatchery business-interruption insurance.")
    d.save(K / "service-plan-terms.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(K / "pm-procedure-s90-h15.pdf"), pagesize=A4,
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Preventive Maintenance Procedure PM-S90/H15 rev. 7")
    st = []
    st.append(Paragraph("Preventive Maintenance Procedure PM-S90/H15 rev. 7", ss["Title"]))
    st.append(Paragraph("Hatchmere Incubation Services Ltd - for Ovantra S-90 single-stage setters and Ovantra "
                        "H-15 hatchers. Issued 14 July 2026. Supersedes rev. 6.", body))
    st.append(Spacer(1, 8))
    st.append(Paragraph("1. Scope and duration", ss["Heading2"]))
    st.append(Paragraph(
        "A full PM visit takes 5.5 hours per S-90 setter and 3 hours per H-15 hatcher, with one engineer. "
        "A site with up to 6 machines is normally served by one engineer; larger sites get two engineers so that "
        "no more than 4 setters are out of service on the same day. The machine must be empty, washed, "
        "disinfected and dry when the engineer arrives. Power must be isolated under the site's lock-out "
        "procedure and a permit issued to the engineer.", body))
    st.append(Paragraph("2. Calibration tolerances", ss["Heading2"]))
    data = [["Measurement", "Check point", "Acceptance", "Action if outside"],
            ["Air temperature probe", "37.8 °C", "+/- 0.1 °C", "adjust offset; replace if > 0.3 °C"],
            ["Relative humidity probe", "55 % RH", "+/- 2 % RH", "recalibrate; replace if > 5 % RH"],
            ["CO2 (NDIR)", "5,000 ppm check gas", "+/- 50 ppm", "replace sensor if drift > 150 ppm"],
            ["Turning angle", "45° each side", "+/- 2°", "adjust end stops"],
            ["Damper stroke", "full open", "90 s +/- 10 s", "replace actuator kit"]]
    tb = Table(data, colWidths=[4.2 * cm, 3.6 * cm, 3.2 * cm, 5.8 * cm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                            ("FONTSIZE", (0, 0), (-1, -1), 8.5)]))
    st.append(tb)
    st.append(Spacer(1, 6))
    st.append(Paragraph(
        "Temperature probes are checked against a reference PT100 thermometer with a UKAS-traceable calibration "
        "certificate less than 12 months old. RH is checked with a chilled-mirror reference or a two-point salt "
        "test. CO2 is checked with certified check gas; sensors more than 5 years old are replaced regardless "
        "of drift.", body))
    st.append(Paragraph("3. Mechanical checks", ss["Heading2"]))
    for s in [
        "Turning system: the egg-turning mechanism is overhauled when the actuator cycle counter exceeds 250,000 "
        "cycles or when gearbox backlash exceeds 3 mm at the tray edge. Turning interval is verified at 60 minutes.",
        "Circulation fan: motor bearing vibration must be below 4.5 mm/s RMS; above 7.1 mm/s the motor is "
        "replaced before the machine is returned to service.",
        "Humidifier: spray nozzles are replaced every 12 months; water hardness is measured at every visit and "
        "recorded on the report.",
        "Door: gaskets are inspected for tears and compression set; a smoke test is carried out on every door.",
        "Heaters: element resistance is measured and compared with the nameplate value (tolerance 10%).",
    ]:
        st.append(Paragraph("- " + s, body))
    st.append(Paragraph("4. Electrical and alarm tests", ss["Heading2"]))
    st.append(Paragraph(
        "Insulation resistance must be at least 1 megohm at 500 V DC. The high-temperature alarm is tested at "
        "setpoint plus 0.6 °C and the low-temperature alarm at setpoint minus 1.0 °C. The independent "
        "over-temperature safety thermostat must cut the heaters at 39.5 °C. Alarm relay outputs to the site "
        "alarm system and to HM-Link are tested end to end.", body))
    st.append(Paragraph("5. Reporting", ss["Heading2"]))
    st.append(Paragraph(
        "The engineer leaves a signed paper checklist on site. A digital service report with all measured values "
        "and calibration certificates is uploaded to the customer portal within 2 working days of the visit. "
        "Any part found outside tolerance that is not on the customer's order is quoted separately and is only "
        "replaced with the customer's written approval, except where safety requires the machine to be left "
        "out of service.", body))
    doc.build(st)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Parts"
    ws.append(["Hatchmere Parts Price List 2027 - GBP, excluding VAT, valid 1 January to 31 December 2027"])
    ws["A1"].font = Font(bold=True, size=12)
    ws.append([])
    ws.append(["SKU", "Description", "Fits", "List price (GBP)", "Lead time (working days)"])
    for c in ws[3]:
        c.font = Font(bold=True)
    for r in [
        ("HM-KIT-DMP-24", "Damper actuator replacement kit, 24 V, with linkage", "S-90, S-120", 385, 3),
        ("HM-SEN-CO2-NDIR", "NDIR CO2 sensor 0-10,000 ppm, pre-calibrated", "S-90, S-120, H-15", 214, 5),
        ("HM-SEN-TRH", "Combined temperature/RH probe", "S-90, S-120, H-15", 268, 5),
        ("HM-FAN-MTR-15", "Circulation fan motor 1.5 kW", "S-90, S-120", 1120, 10),
        ("HM-GBX-TURN", "Turning gearbox with limit switches", "S-90, S-120", 890, 15),
        ("HM-NOZ-SET", "Humidifier spray nozzle set (6 nozzles)", "S-90, H-15", 96, 2),
        ("HM-HTR-2K", "Heater element 2 kW", "S-90, S-120, H-15", 148, 3),
        ("HM-DOOR-GSK", "Door gasket set", "S-90, H-15", 230, 4),
        ("HM-CTRL-BRD", "Controller main board, firmware 5.x", "S-90, S-120, H-15", 2450, 20),
    ]:
        ws.append(list(r))
    for col, w in zip("ABCDE", (18, 48, 20, 16, 22)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Labour and surcharges")
    ws2.append(["Hatchmere Labour Rates and Surcharges 2027 - GBP, excluding VAT"])
    ws2["A1"].font = Font(bold=True, size=12)
    ws2.append([])
    ws2.append(["Item", "Rate (GBP)", "Unit", "Conditions"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    for r in [
        ("Standard labour", 88, "per engineer hour", "Mon-Fri 08:00-18:00"),
        ("Out-of-hours labour", 132, "per engineer hour", "Mon-Fri 18:00-08:00"),
        ("Weekend and bank holiday labour", 176, "per engineer hour", "Sat, Sun and UK bank holidays"),
        ("Emergency call-out fee (no plan)", 295, "per call-out", "waived for Silver and Gold plan holders"),
        ("Travel beyond 60 miles", 1.10, "per mile", "measured by road from the York depot, each way"),
        ("Overnight subsistence", 145, "per engineer night", "when a visit needs more than one day on site"),
        ("Minimum charge", 2, "engineer hours", "applies to any chargeable call-out"),
    ]:
        ws2.append(list(r))
    for col, w in zip("ABCD", (34, 12, 20, 50)):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Compatibility")
    ws3.append(["Supported machine models and service intervals"])
    ws3["A1"].font = Font(bold=True, size=12)
    ws3.append([])
    ws3.append(["Model", "Type", "Egg capacity", "PM visits per year", "PM duration (hours)"])
    for c in ws3[3]:
        c.font = Font(bold=True)
    for r in [("Ovantra S-90", "single-stage setter", 90720, 2, 5.5),
              ("Ovantra S-120", "single-stage setter", 120960, 2, 6.5),
              ("Ovantra H-15", "hatcher", 15120, 2, 3)]:
        ws3.append(list(r))
    wb.save(K / "parts-and-labour-2027.xlsx")


# ---------------------------------------------------------------- Markdown KB article
KB = """# Engineer site visits: biosecurity and scheduling

*Hatchmere knowledge base, article KB-112, last reviewed 3 November 2026.*

Every Hatchmere visit to a hatchery follows the rules below, on top of the site's own biosecurity plan.
Where the two differ, the stricter rule applies.

## Before the visit

- **Booking:** PM visits are booked at least **15 working days** ahead through the customer portal or by your
  account manager. Gold plan customers can book at 10 working days' notice.
- **Empty machines:** the customer confirms **48 hours** before the visit that the machines to be serviced will be
  empty, cleaned and disinfected. If the engineer arrives and a machine is not ready, the visit for that machine is
  aborted and an **aborted visit fee of £420** per machine is charged (not covered by any plan).
- **Poultry-free period:** engineers must not have entered any other poultry site for **72 hours** before a
  planned visit. For a Gold critical-fault call-out the period is reduced to 24 hours, with a full change of
  clothing, a shower-in where the site has one, and disposable overalls.

## On site

1. The engineer signs the visitor log and follows the site's shower-in / shower-out or clothing-change procedure.
2. Tools and test instruments are carried in a sealed crate and wiped with a DEFRA-approved disinfectant at the
   general orders dilution before entering the clean area.
3. Reference instruments (PT100 thermometer, RH reference, CO2 check gas) stay in the crate between machines.
4. Waste parts are bagged on site and removed by the engineer; nothing is left in the hatchery bins.

## Avian influenza restrictions

If the hatchery is inside a protection zone (3 km) declared by the authorities, planned visits are postponed
until the zone is lifted. Critical faults are handled remotely through HM-Link where possible; an engineer only
attends with the agreement of the site's veterinary surgeon. Inside a surveillance zone (10 km) planned visits go
ahead with a 7-day poultry-free period for the engineer.

## After the visit

The digital report is available on the customer portal. Out-of-tolerance findings are flagged in red and quoted
separately. Questions about a report go to service@hatchmere.co.uk or to your account manager.
"""


def make_md():
    (K / "kb-biosecurity-site-visits.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
