"""Generate the four knowledge sources of the hillvaro-skijump-maintenance scenario.

Run with an interpreter that has python-docx, openpyxl and reportlab, e.g.
    PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
"""
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = HERE / "knowledge"
K.mkdir(exist_ok=True)


# ---------------------------------------------------------------- DOCX
def make_docx():
    from docx import Document
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.add_heading("Hillvaro Schanzentechnik GmbH", level=0)
    d.add_heading("Service Conditions for Ski-Jump Facilities (SC-2025, edition 3)", level=1)
    d.add_paragraph(
        "These Service Conditions apply to every maintenance, inspection and repair order placed with Hillvaro "
        "Schanzentechnik GmbH (\"Hillvaro\") for ski-jumping hills from HS 20 to HS 240, including in-run tracks, "
        "take-off tables, landing hills, outruns, wind protection and measurement equipment. Where a quote states "
        "different terms, the quote prevails for that order only."
    )

    d.add_heading("1. Response times", level=2)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ["Priority", "Definition", "Remote response", "On-site attendance"]):
        c.text = txt
    rows = [
        ("Priority 1", "Hill unusable for a scheduled competition or official training",
         "within 2 hours, 24/7", "within 24 hours (15 November to 31 March); within 48 hours at other times"),
        ("Priority 2", "Hill usable with restrictions (e.g. one ceramic track element cracked, wind display fault)",
         "within 8 hours", "within 3 working days"),
        ("Priority 3", "Cosmetic defects, documentation requests", "next working day", "at the next scheduled visit"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, txt in zip(cells, r):
            c.text = txt
    d.add_paragraph(
        "Response times start when the fault is reported through the Hillvaro service hotline or the customer "
        "portal; e-mails received outside office hours (Mon-Fri 07:00-17:00 CET) count from 07:00 the next working "
        "day unless they are Priority 1. An unscheduled emergency call-out is charged at the price-list rate per "
        "attendance plus travel; it is free of charge when the cause is a defect covered by warranty."
    )

    d.add_heading("2. Weather and working limits", level=2)
    d.add_paragraph(
        "Work at height on the in-run and on the take-off table is suspended when the mean wind speed measured at "
        "the take-off exceeds 12 m/s, during thunderstorms, or when the air temperature is below -15 °C. "
        "Landing-hill matting can only be laid and clipped at an air temperature of +5 °C or more, because the "
        "clips become brittle in the cold. Days lost to weather are not charged. If weather prevents work for more "
        "than 3 consecutive days while the crew is on site, the customer may either release the crew (a new date "
        "is agreed, remobilisation is free once per order) or keep it on standby at the standby crew-day rate of "
        "the price list."
    )

    d.add_heading("3. Crews and safety", level=2)
    d.add_paragraph(
        "In-run work is carried out by a minimum of two technicians working on rope access under the supervision "
        "of an IRATA Level 3 technician. The customer provides access to the jump tower lift or stairs, a lockable "
        "room for tools, and a 400 V / 32 A power supply at the top of the in-run and at the knoll. The hill must be "
        "closed to athletes while Hillvaro crews are on the profile."
    )

    d.add_heading("4. Warranty", level=2)
    d.add_paragraph(
        "Workmanship: 24 months from acceptance of the work. Ceramic in-run track elements supplied by Hillvaro: "
        "5 years against cracking and glaze loss, excluding impact damage from machinery, dropped objects or "
        "incorrect ice-milling settings. Landing-hill matting: as stated in the manufacturer's technical data "
        "sheet. Calibrated wind sensors: the calibration certificate is valid for 12 months; sensor hardware "
        "carries 24 months' warranty. Warranty claims must be reported within 14 days of discovery, with photos."
    )

    d.add_heading("5. Inspections and surveys", level=2)
    d.add_paragraph(
        "A pre-homologation structural survey covers: a 3D laser scan of the profile compared with the certified "
        "design profile (tolerance ±20 mm on the landing hill, ±5 mm on the take-off table), visual and hammer "
        "testing of all concrete and steel load-bearing parts, a check of railings, stairs and the judges' tower, and "
        "a written report with photographs delivered within 15 working days of the site visit. Minor concrete crack "
        "injection of up to 2 m per survey is included; larger structural repairs are quoted separately. The survey "
        "report is prepared for the national association's homologation inspector; Hillvaro does not itself issue "
        "the homologation certificate."
    )

    d.add_heading("6. Cancellation and rescheduling of visits", level=2)
    d.add_paragraph(
        "Scheduled visits may be moved free of charge up to 10 working days before the agreed date. A visit cancelled "
        "or moved by the customer less than 10 working days before the date is charged at 50% of the visit price; "
        "less than 48 hours before the date, at 100%. Visits cancelled by Hillvaro for weather are not charged."
    )

    d.add_heading("7. Exclusions", level=2)
    for txt in [
        "Snow clearing and snow preparation of the landing hill and outrun.",
        "Daily ice-track milling during the season (training of the customer's staff is available on request).",
        "Floodlighting, electrical installations beyond the equipment Hillvaro maintains, and the tower lift.",
        "Repairs caused by vandalism, avalanche, rockfall or third-party vehicles.",
    ]:
        d.add_paragraph(txt, style="List Bullet")

    d.add_heading("8. Payment", level=2)
    d.add_paragraph(
        "Invoices are issued per completed work package and are payable within 30 days net. A 2% early-payment "
        "discount applies to invoices paid in full within 10 days of the invoice date. Materials ordered specifically "
        "for the customer (matting, ceramic elements) may be invoiced at 40% on order."
    )
    d.save(K / "hillvaro-service-conditions-2025.docx")


# ---------------------------------------------------------------- PDF
def make_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    doc = SimpleDocTemplate(str(K / "hvx-s8-matting-datasheet.pdf"), pagesize=A4,
                            title="HVX-S8 Landing-Hill Matting - Technical Data Sheet")
    s = []
    s.append(Paragraph("HVX-S8 Landing-Hill Matting", ss["Title"]))
    s.append(Paragraph("Technical Data Sheet and Installation Guide - revision 2025-02", ss["Heading3"]))
    s.append(Paragraph(
        "HVX-S8 is a polyethylene bristle matting for summer jumping on landing hills and outruns of hills from "
        "HS 20 to HS 240. It is laid on a 10 mm drainage underlay and fixed to the substructure with stainless steel "
        "clips. The matting is supplied by Hillvaro Schanzentechnik GmbH and installed by Hillvaro crews.", body))
    s.append(Spacer(1, 8))
    data = [
        ["Property", "Value"],
        ["Element size", "600 x 400 mm (approx. 4.17 elements per m2)"],
        ["Bristle height", "32 mm"],
        ["Bristle material", "UV-stabilised polyethylene, colour green"],
        ["Weight", "4.1 kg/m2"],
        ["Fixing", "6 stainless steel clips per element"],
        ["Service temperature", "-20 °C to +60 °C"],
        ["Installation temperature", "+5 °C minimum (air)"],
        ["Installation rate", "60 m2 per day with a crew of 4"],
        ["Lead time", "6 weeks from written order"],
        ["Maximum vehicle load on matting", "4.5 t (tracked grooming vehicles only)"],
    ]
    t = Table(data, colWidths=[170, 300])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
    ]))
    s.append(t)
    s.append(Spacer(1, 10))
    s.append(Paragraph("Irrigation", ss["Heading2"]))
    s.append(Paragraph(
        "Matting must be wet for jumping. Switch the irrigation on at least 20 minutes before the first jump of the "
        "day. During jumping, apply 2.5 l/m2 per hour; when the surface temperature exceeds 25 °C, increase to "
        "4 l/m2 per hour. Nozzles are spaced every 3 m along both sides of the landing hill; a blocked nozzle leaves "
        "a dry strip and must be cleared before the next session. Irrigation lines must be drained before the first "
        "frost: water left in the lines freezes and can split pipes and lift matting elements.", body))
    s.append(Paragraph("Warranty", ss["Heading2"]))
    s.append(Paragraph(
        "HVX-S8 matting carries a warranty of 8 years against bristle loss exceeding 15% of any element and against "
        "UV embrittlement. The warranty requires (a) an irrigation-system service at least once a year by Hillvaro or "
        "an approved partner, (b) no wheeled vehicles on the matting and no tracked vehicle heavier than 4.5 t, and "
        "(c) the use of Hillvaro clips for any replacement. Elements damaged by spikes, fire, chemicals or snow "
        "ploughs are not covered. Replacement under warranty is pro rata after year 4.", body))
    s.append(Paragraph("Removal and recycling", ss["Heading2"]))
    s.append(Paragraph(
        "Hillvaro takes back old matting of any brand when new HVX-S8 matting is installed. Old matting is sorted and "
        "sent to polyethylene recycling; a recycling fee of EUR 2.10 per m2 applies (SKU HVX-MAT-RCY) and is not part "
        "of the matting price. Matting contaminated with oil or bitumen is disposed of at cost.", body))
    s.append(Paragraph("Installation sequence", ss["Heading2"]))
    for i, txt in enumerate([
        "Close the hill, drain irrigation lines, and mark the design profile every 5 m.",
        "Remove old elements from the bottom of the landing hill upwards; check the underlay for tears.",
        "Lay new elements from the top of the landing hill down, staggered by half an element.",
        "Fix each element with 6 clips; check the surface for steps greater than 3 mm.",
        "Refill and pressure-test the irrigation system at 6 bar for 30 minutes before handover.",
    ], 1):
        s.append(Paragraph(f"{i}. {txt}", body))
    doc.build(s)


# ---------------------------------------------------------------- XLSX
def make_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2025"
    ws["A1"] = "Hillvaro Schanzentechnik GmbH - Price and Specification List 2025 (EUR, excl. VAT)"
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price EUR", "Lead time", "Notes"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ("HVX-ICE-134", "In-run ice-track refrigeration service, large hill (HS 110-150), per season", "season", 18400.00, "-", "See KB article on ice-track season preparation"),
        ("HVX-ICE-106", "In-run ice-track refrigeration service, normal hill (HS 85-109), per season", "season", 14900.00, "-", "See KB article on ice-track season preparation"),
        ("HVX-CER-EL", "Ceramic in-run track element pair, supply and replacement", "pair", 315.00, "10 weeks", "Including removal of the old pair"),
        ("HVX-MAT-S8", "HVX-S8 landing-hill matting, supply and installation", "m2", 38.50, "6 weeks", "Minimum order 50 m2"),
        ("HVX-MAT-RCY", "Removal and recycling of old matting", "m2", 2.10, "-", "Only with new matting"),
        ("HVX-IRR-VIS", "Matting irrigation system service visit (flush, nozzle check, pressure test, winter draining)", "visit", 2150.00, "2 weeks", "Up to 40 nozzles per visit"),
        ("HVX-IRR-NOZ", "Irrigation nozzle replacement", "each", 38.00, "stock", ""),
        ("HVX-WND-CAL", "Ultrasonic anemometer calibration on site, with certificate", "sensor", 640.00, "3 weeks", "Certificate valid 12 months"),
        ("HVX-WND-SEN", "Replacement ultrasonic anemometer UA-3D", "each", 2480.00, "4 weeks", ""),
        ("HVX-NET-TEN", "Wind-net inspection and re-tensioning", "m", 14.20, "2 weeks", "Net height up to 12 m"),
        ("HVX-NET-RPL", "Wind-net fabric replacement", "m2", 46.00, "8 weeks", ""),
        ("HVX-INSP-HOM", "Pre-homologation structural survey and report, up to two hills on one site", "survey", 6900.00, "4 weeks", "3D scan included"),
        ("HVX-SGT-SVC", "Start-gate mechanism service (bench, locking bar, signal lights)", "hill", 1725.00, "2 weeks", ""),
        ("HVX-EMG-CO", "Emergency call-out (Priority 1), per attendance, excl. travel", "attendance", 1150.00, "-", "Free if warranty defect"),
        ("HVX-STBY", "Standby crew day (weather)", "crew day", 890.00, "-", "From the 4th consecutive weather day"),
    ]
    for r in rows:
        ws.append(list(r))
    for col, w in zip("ABCDEF", [15, 80, 11, 15, 11, 45]):
        ws.column_dimensions[col].width = w

    w2 = wb.create_sheet("Ceramic track spec")
    w2["A1"] = "Ceramic in-run track element HVX-CER - technical data"
    w2["A1"].font = Font(bold=True, size=13)
    w2.append([])
    w2.append(["Property", "Value"])
    for r in [
        ("Element length", "1,200 mm"),
        ("Element mass", "38 kg"),
        ("Groove depth", "12 mm"),
        ("Track gauge (centre to centre)", "as per hill certificate, adjustable ±10 mm"),
        ("Frost resistance", "tested to -30 °C, 100 freeze-thaw cycles"),
        ("Refrigeration pipe spacing under track", "150 mm"),
        ("Replacement time", "45 minutes per element pair (crew of 2, dry conditions)"),
        ("Warranty", "5 years against cracking and glaze loss"),
    ]:
        w2.append(list(r))
    w2.column_dimensions["A"].width = 40
    w2.column_dimensions["B"].width = 55

    w3 = wb.create_sheet("Wind sensors")
    w3["A1"] = "Ultrasonic anemometer UA-3D - specification"
    w3["A1"].font = Font(bold=True, size=13)
    w3.append([])
    w3.append(["Property", "Value"])
    for r in [
        ("Measuring range", "0 to 60 m/s"),
        ("Accuracy", "0.1 m/s up to 5 m/s; 2% of reading above 5 m/s"),
        ("Direction resolution", "1°"),
        ("Heating", "24 V, ice-free operation down to -40 °C"),
        ("Output", "RS-485 Modbus, 1 Hz averaged values for the wind display"),
        ("Calibration interval", "12 months (wind-tunnel reference, on-site comparison)"),
        ("Typical positions", "5 sensors along the landing hill: knoll, 1/3, K-point, 2/3, take-off"),
    ]:
        w3.append(list(r))
    w3.column_dimensions["A"].width = 30
    w3.column_dimensions["B"].width = 60
    wb.save(K / "hillvaro-price-spec-list-2025.xlsx")


# ---------------------------------------------------------------- Markdown KB
KB = """# Ice-track in-run: preparing the refrigeration for the winter season

*Hillvaro knowledge base - article KB-117, updated January 2025*

Refrigerated ice tracks keep the in-run grooves identical from the first to the last jumper. This article explains
what the Hillvaro ice-track refrigeration service (HVX-ICE-134 for large hills, HVX-ICE-106 for normal hills)
includes and what the hill operator has to do.

## What the season service includes
- **Two commissioning visits**: one in October (leak test, brine concentration check, pump and compressor service)
  and one when cooling starts (start-up, flow balancing of every in-run loop).
- **Remote monitoring** of flow and return temperatures, compressor hours and alarms, from 1 December to 15 March.
- **Season hotline** for Priority 1 faults, staffed 24/7 from 1 December to 15 March.
- One **annual refrigerant leak test** with the log-book entry required by the F-gas regulation.
- A **shut-down visit** in spring: system drained or put on standby, filters changed, season report.

Not included: refrigerant top-up (charged at EUR 64 per kg of R-449A), replacement compressors, and daily
ice-track milling (the operator's staff cut the grooves; Hillvaro trains up to 4 people per season free of charge).

## Timeline
| When | What |
|---|---|
| 10 days before the first training | Start cooling so the track base reaches -8 °C |
| 5 days before | First ice layer of 20 mm is built up in thin layers |
| Daily in season | Groove milling by the operator, 15-20 minutes per track |
| Mid-March | Shut-down visit |

## Operating values
- Brine: ethylene glycol 35%, flow temperature -12 °C at full load.
- Ice thickness in the grooves: 20 to 25 mm; above 30 mm the grooves lose their profile.
- Alarm when the return temperature rises above -4 °C for more than 30 minutes.

## Frequently asked
**Can the cooling run in plus temperatures?** Yes, the plant holds the track up to +10 °C air temperature in
shade; in direct sun above +5 °C expect softer ice after midday, so schedule training in the morning.

**Does the service cover the normal hill too?** Only if HVX-ICE-106 is ordered for it; each hill has its own plant
and its own season fee.
"""


def make_md():
    (K / "kb-117-ice-track-season-preparation.md").write_text(KB, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
