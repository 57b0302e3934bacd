"""Generate the four knowledge sources of the aluvire-mirror-recoating scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv; reportlab installed with pip --target /tmp/rl)
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

K = Path(__file__).parent / "knowledge"
K.mkdir(exist_ok=True)

# ---------------------------------------------------------------- DOCX: service terms
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Aluvire Optical Coatings GmbH - Mirror Recoating Service Terms (v4.2, January 2026)", 0)
    d.add_paragraph(
        "These Service Terms apply to every recoating order placed with Aluvire Optical Coatings GmbH, "
        "Hermannstein-Strasse 14, 35576 Wetzlar, Germany (\"Aluvire\"), for astronomical mirrors coated on the "
        "customer's site (on-site work) or in the Aluvire Wetzlar works (off-site work). Where an order "
        "confirmation and these terms differ, the order confirmation prevails.")
    sections = [
        ("1. Scope of on-site and off-site work", [
            "On-site work: Aluvire provides a coating crew of three (one lead coating engineer, two technicians), "
            "evaporation filaments, 99.999% aluminium wire, the overcoat sources and the portable process-control "
            "rack, and operates the customer's existing vacuum chamber. Removal of the mirror from the telescope, "
            "removal from and reinstallation in its cell, and all crane lifts remain the customer's responsibility "
            "and risk.",
            "Off-site work: mirrors up to 1.6 m diameter are coated in the Wetzlar works. Mirrors travel in "
            "Aluvire climate-controlled crates (SKU ALV-CRT-CC) under Aluvire transit insurance from the moment "
            "the crate is sealed at the customer's dock until it is reopened there.",
            "Realignment, collimation and optical testing of the telescope after reinstallation are not part "
            "of the recoating service.",
        ]),
        ("2. Scheduling and turnaround", [
            "A kickoff meeting is held no later than 10 weeks before the agreed on-site work window. The on-site "
            "window for a primary mirror of 3.5 m to 4.2 m is 15 working days from crew arrival, including "
            "stripping, washing, pump-down, coating and witness-sample measurement.",
            "Off-site turnaround, door to door: 7 weeks for mirrors from 1.0 m to 1.6 m diameter (for example a "
            "secondary mirror); 5 weeks for mirrors under 1.0 m (for example a flat or elliptical tertiary or "
            "fold mirror). Turnaround starts when the sealed crate is collected.",
            "Crews working above 3,000 m altitude must pass an altitude medical; one acclimatisation day per crew "
            "member is billed at the standby rate.",
        ]),
        ("3. Prices and payment", [
            "Prices are in EUR, excluding VAT and local taxes. Unless the quote states otherwise: 30% of the order "
            "value is invoiced on order, 40% on completion of the on-site work, and 30% when the last off-site "
            "mirror is returned. Invoices are payable within 30 days. Late payment bears interest at 8 percentage "
            "points above the ECB base rate.",
            "Standby: when the crew cannot work for reasons on the customer's side or at the site (closed access "
            "road, snow, chamber fault, crane unavailable, mirror not ready), standby is charged at EUR 1,150 per "
            "crew member per day (SKU ALV-STBY). Standby is not charged for delays caused by Aluvire.",
        ]),
        ("4. Coating warranty", [
            "Protected aluminium (ALV-PAL and ALV-EUV): 36 months from the date of the acceptance report. "
            "Protected silver (ALV-PAG): 24 months from the date of the acceptance report.",
            "The warranty covers delamination, blistering, pinholes above 5 per 100 cm2 and loss of reflectance "
            "of more than 2.0 percentage points (averaged over the specified band) relative to the acceptance "
            "report, measured with a calibrated portable reflectometer.",
            "Excluded: mechanical damage; damage caused by contact cleaning (drag-wiping, swabbing or wiping with "
            "solvents) of protected silver coatings; exposure of the open mirror to relative humidity above 85% "
            "for more than 48 hours in total; chemical attack from fire-suppression agents; volcanic ash events.",
        ]),
        ("5. Acceptance and rework", [
            "Acceptance is based on the witness samples coated in the same run (see the Technical Specification). "
            "If the witness samples fail the acceptance values, Aluvire will strip and recoat the mirror at its "
            "own cost, once. If the second run also fails, the customer may choose a further run or a refund of "
            "the coating line concerned; stripping, transport and engineer days are not refunded.",
        ]),
        ("6. Cancellation and rescheduling", [
            "Cancellation by the customer more than 60 days before the work window: 10% of the order value. "
            "Between 30 and 60 days: 35%. Less than 30 days: 60%, plus non-recoverable costs already incurred "
            "(travel, consumables ordered for the mirror). Rescheduling requests are handled as a cancellation "
            "unless Aluvire confirms a new window in writing.",
        ]),
        ("7. Liability and insurance", [
            "During off-site work, Aluvire's liability for damage to a mirror substrate is limited to the lesser "
            "of the value declared on the crate manifest and EUR 2,000,000 per mirror. During on-site work, "
            "Aluvire is liable only for damage caused by its crew's negligence while the mirror is inside the "
            "chamber, up to EUR 500,000 per event. Aluvire is never liable for loss of observing time or "
            "consequential loss.",
            "Force majeure (including road closures lasting more than 10 consecutive days, volcanic activity and "
            "wildfire evacuations) suspends both parties' obligations; no standby is charged during force majeure.",
        ]),
    ]
    for title, paras in sections:
        d.add_heading(title, level=1)
        for p in paras:
            d.add_paragraph(p)
    d.save(K / "aluvire-service-terms-v4.2.docx")


# ---------------------------------------------------------------- PDF: technical specification
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 9.5
    body.leading = 12.5
    story = [Paragraph("Aluvire Technical Specification TS-07: Astronomical Mirror Coatings (rev. C, 2026)", ss["Title"])]
    def h(t):
        story.append(Paragraph(t, ss["Heading2"]))
    def p(t):
        story.append(Paragraph(t, body))
        story.append(Spacer(1, 3 * mm))
    h("1. Coating recipes")
    p("<b>ALV-PAL Protected aluminium.</b> Aluminium 85 nm, evaporated from tungsten filaments, with an SiO2 "
      "overcoat of 105 nm. Average reflectance of at least 89.5% from 400 to 700 nm, at least 86.0% at 850 nm "
      "and at least 88.0% at 350 nm. Recommended for primary mirrors used from the near-UV to the near-infrared.")
    p("<b>ALV-EUV Enhanced UV aluminium.</b> Aluminium 80 nm with an MgF2 overcoat of 25 nm. Average reflectance "
      "of at least 90.5% from 320 to 400 nm. Less abrasion-resistant than ALV-PAL: CO2 snow cleaning only.")
    p("<b>ALV-PAG Protected silver (AgP-4 stack).</b> NiCrNx adhesion layer 0.6 nm, silver 120 nm, NiCrNx 0.6 nm, "
      "Si3N4 overcoat 8 nm. Average reflectance of at least 97.0% from 500 to 1000 nm and at least 98.5% from "
      "1.0 to 2.5 um. At 450 nm the reflectance is typically 94%. Not recommended for use below 380 nm.")
    h("2. Acceptance values and tests")
    t = Table([
        ["Test", "Method", "Acceptance"],
        ["Adhesion", "Tape test per MIL-C-48497A, 3 locations", "No coating removal"],
        ["Abrasion (ALV-PAL only)", "Severe abrasion, cheesecloth, 20 strokes", "No visible damage"],
        ["Humidity", "24 h at 49 C and 95% RH", "No blistering or haze"],
        ["Thickness uniformity", "Witness samples, 3 radial zones", "+/- 5% across aperture"],
        ["Reflectance", "Spectrophotometer 300-2500 nm", "Values in section 1"],
    ], colWidths=[40 * mm, 75 * mm, 45 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [t, Spacer(1, 4 * mm)]
    p("Each coating run carries 6 witness samples (25 mm borosilicate discs) placed at the centre, mid-radius "
      "and edge zones. The witness-sample report (SKU ALV-WIT-6) is delivered within 5 working days of the run "
      "and serves as the acceptance report for the warranty.")
    h("3. Process limits")
    p("Substrates: Zerodur, ULE, fused silica and low-expansion borosilicate. Substrate temperature during "
      "deposition never exceeds 40 C. Base pressure before deposition: 2 x 10^-6 mbar or better. The Wetzlar "
      "works chamber accepts mirrors up to 1.6 m diameter and 900 kg; larger mirrors are coated on site in the "
      "customer's chamber.")
    p("Stripping: protected aluminium is removed with a dilute hydrochloric acid and copper sulphate solution; "
      "protected silver with an ammonia and hydrogen peroxide solution. Stripping is followed by a wash with "
      "deionised water of at least 18 MOhm.cm; about 400 litres are used per wash of a 4 m class mirror.")
    h("4. Site utilities for on-site work")
    p("The crew's process-control rack and filament power supply need a 400 V three-phase supply of 63 A on a "
      "dedicated breaker within 25 m of the chamber, a compressed-air point (6 bar, oil-free) and a lockable "
      "store of at least 12 m2 for consumables. The customer provides the crane, the lifting fixture of the "
      "mirror cell and a crane operator for all lifts.")
    SimpleDocTemplate(str(K / "aluvire-ts07-coating-specification.pdf"), pagesize=A4,
                      leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=16 * mm).build(story)


# ---------------------------------------------------------------- XLSX: price list and coating data
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list 2026"
    ws.append(["Aluvire Optical Coatings - Price list and service catalogue 2026 (EUR, excl. VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["SKU", "Description", "Unit", "List price EUR", "Lead time", "Note"])
    for c in ws[3]:
        c.font = Font(bold=True)
    rows = [
        ["ALV-STRIP-410", "Chemical stripping and wash of existing coating, 3.5-4.2 m mirror", "per mirror", "14,800", "in on-site window", ""],
        ["ALV-PAL-410", "On-site protected aluminium recoating, 3.5-4.2 m primary", "per mirror", "186,500", "book 16 weeks ahead", "crew of 3, consumables included"],
        ["ALV-EUV-410", "On-site enhanced UV aluminium recoating, 3.5-4.2 m primary", "per mirror", "204,900", "book 20 weeks ahead", "MgF2 overcoat"],
        ["ALV-PAG-110", "Off-site protected silver recoating, mirror 1.0-1.6 m", "per mirror", "38,400", "7 weeks door to door", ""],
        ["ALV-PAG-M3E", "Off-site protected silver recoating, mirror under 1.0 m", "per mirror", "21,600", "5 weeks door to door", ""],
        ["ALV-CRT-CC", "Climate-controlled transport crate, return shipping, nitrogen purge", "per mirror", "6,250", "", "EU destinations"],
        ["ALV-WIT-6", "Witness sample set (6 samples) with spectral reflectance report", "per run", "1,180", "5 working days", ""],
        ["ALV-ENG-DAY", "On-site coating engineer day", "per day", "1,640", "", "travel billed at cost"],
        ["ALV-STBY", "Standby, per crew member", "per day", "1,150", "", "see Service Terms 3"],
        ["ALV-CARE-YR", "Annual mirror-care plan: 2 CO2-snow cleaning visits + reflectometry survey", "per year", "12,900", "", "8% off for 3-year commitment"],
        ["ALV-CO2-KIT", "CO2 snow cleaning kit with 1 training day", "per kit", "9,450", "3 weeks", ""],
        ["ALV-RFM-P", "Portable reflectometer hire (470/650/880 nm)", "per week", "640", "1 week", ""],
    ]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCDEF", (16, 64, 12, 15, 22, 32)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Coating data")
    ws2.append(["Aluvire coating data sheet - summary of TS-07 rev. C and Service Terms v4.2"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append([])
    ws2.append(["Coating", "Layers", "Guaranteed reflectance", "Warranty", "Recommended recoat interval", "Storage RH limit"])
    for c in ws2[3]:
        c.font = Font(bold=True)
    ws2.append(["ALV-PAL protected aluminium", "Al 85 nm + SiO2 105 nm", "avg >= 89.5% 400-700 nm", "36 months", "18-24 months", "below 60% RH"])
    ws2.append(["ALV-EUV enhanced UV aluminium", "Al 80 nm + MgF2 25 nm", "avg >= 90.5% 320-400 nm", "36 months", "18-24 months", "below 50% RH"])
    ws2.append(["ALV-PAG protected silver", "NiCrNx / Ag 120 nm / NiCrNx / Si3N4 8 nm", "avg >= 97.0% 500-1000 nm", "24 months", "36-48 months", "below 45% RH"])
    for col, w in zip("ABCDEF", (32, 40, 28, 12, 28, 18)):
        ws2.column_dimensions[col].width = w
    wb.save(K / "aluvire-price-list-2026.xlsx")


# ---------------------------------------------------------------- Markdown KB article
MD = """# Preparing your observatory for a recoating and caring for the mirror afterwards

*Aluvire knowledge base - article KB-112, updated February 2026*

## Before the crew arrives (on-site primary recoating)
- **10 weeks before:** kickoff meeting; agree the work window, the crane plan and who operates the crane.
  Aluvire never operates the observatory crane.
- **4 weeks before:** test the vacuum chamber to its base pressure and send Aluvire the pump-down log.
  A chamber that cannot reach 2 x 10^-6 mbar delays the start and standby is charged.
- **2 weeks before:** check the utilities: 400 V three-phase, 63 A on a dedicated breaker, oil-free compressed
  air at 6 bar, and at least 400 litres of 18 MOhm.cm deionised water per wash.
- **On arrival:** the mirror must already be out of the telescope and in its cell on the washing cart.

## Between recoats
- Clean the primary with CO2 snow every 2 to 4 weeks, and always after a dust event (for example calima).
- Never contact-clean protected silver: no drag-wiping, no swabs, no lens tissue with solvent. Use CO2 snow
  only; contact cleaning of silver is excluded from the coating warranty.
- Protected aluminium tolerates an in-situ wash with deionised water and a mild detergent once a year.
- Take reflectometer readings at 470, 650 and 880 nm once a month at the same 9 points and keep a log; the
  warranty claim process asks for it.
- Close the dome when relative humidity exceeds 85%, and keep mirror covers closed in daytime.

## Storing a recoated mirror
- Protected aluminium: store below 60% RH, between 5 and 30 C.
- Protected silver: store below 45% RH, in the sealed crate with its nitrogen purge until the day of
  installation; open the crate inside the dome, never outdoors.

## When to recoat
Recoat protected aluminium when the reflectance at 650 nm has fallen by more than 4 percentage points from the
acceptance report, which at most sites happens after 18 to 24 months. Protected silver usually lasts 36 to 48
months at a dry, high site.
"""


def make_md():
    (K / "kb-112-site-preparation-and-mirror-care.md").write_text(MD, encoding="utf-8")


if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
