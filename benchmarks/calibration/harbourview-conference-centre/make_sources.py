"""Generate the .docx and .pptx knowledge sources for the Harbourview calibration scenario."""
from pathlib import Path

from docx import Document
from docx.shared import Pt
from pptx import Presentation
from pptx.util import Inches, Pt as PPt

HERE = Path(__file__).resolve().parent
OUT = HERE / "knowledge"
OUT.mkdir(exist_ok=True)


def make_docx():
    d = Document()
    d.add_heading("Harbourview Conference Centre - Event Booking Terms and Conditions 2027", 0)
    d.add_paragraph(
        "These terms apply to all conference, meeting and event bookings at Harbourview Conference "
        "Centre, Ocean Quay, Southampton, including any accommodation block at the connected "
        "Harbourview Hotel. In these terms, 'the Venue' means Harbourview Conference Centre Ltd and "
        "'the Client' means the organisation named on the signed contract."
    )

    d.add_heading("1. Deposit and payment schedule", 1)
    d.add_paragraph(
        "A booking is confirmed only once the contract has been signed and the first instalment has "
        "been received. Payments follow the schedule below."
    )
    t = d.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    hdr = t.rows[0].cells
    hdr[0].text, hdr[1].text, hdr[2].text = "Instalment", "Amount", "Due"
    for row in [
        ("Deposit", "30% of the total contract value", "Within 14 days of contract signature"),
        ("Second instalment", "40% of the total contract value", "90 days before the first event day"),
        ("Balance", "Remaining 30% plus any additional charges", "28 days before the first event day"),
    ]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph("Payment methods accepted:")
    d.add_paragraph("Bank transfer to the account shown on the invoice (preferred).", style="List Bullet")
    d.add_paragraph(
        "Credit or debit card; card payments above £5,000 carry a 1.5% processing surcharge.",
        style="List Bullet",
    )
    d.add_paragraph("Cheques are not accepted.", style="List Bullet")

    d.add_heading("2. Cancellation by the Client", 1)
    d.add_paragraph(
        "Cancellation must be made in writing to the Venue's event manager. Charges are calculated as "
        "a percentage of the total contract value according to the notice given before the first event day."
    )
    t = d.add_table(rows=1, cols=2)
    t.style = "Light Grid Accent 1"
    t.rows[0].cells[0].text = "Notice given"
    t.rows[0].cells[1].text = "Cancellation charge"
    for row in [
        ("More than 180 days", "Deposit retained (30%)"),
        ("180 to 91 days", "50% of the total contract value"),
        ("90 to 31 days", "75% of the total contract value"),
        ("30 days or less", "100% of the total contract value"),
    ]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = row
    d.add_paragraph(
        "Any payments already made are offset against the cancellation charge. The Venue strongly "
        "recommends that the Client takes out event cancellation insurance."
    )

    d.add_heading("3. Attrition and final numbers", 1)
    d.add_heading("3.1 Accommodation block", 2)
    d.add_paragraph(
        "The Client may release up to 10% of the contracted room nights without charge until 45 days "
        "before arrival.",
        style="List Bullet",
    )
    d.add_paragraph(
        "Room nights released after that date, or in excess of the free allowance, are charged at 80% "
        "of the contracted room rate.",
        style="List Bullet",
    )
    d.add_heading("3.2 Delegate catering", 2)
    d.add_paragraph(
        "Delegate numbers may be reduced by up to 15% of the contracted number without charge until "
        "21 days before the event.",
        style="List Bullet",
    )
    d.add_paragraph(
        "Final delegate numbers must be confirmed no later than 7 working days before the first event "
        "day. The Client is charged for the final confirmed number or the actual number attending, "
        "whichever is higher.",
        style="List Bullet",
    )

    d.add_heading("4. Insurance requirements", 1)
    d.add_paragraph(
        "The Client must hold public liability insurance with a minimum indemnity of £5 million for "
        "the duration of the event, including set-up and breakdown."
    )
    d.add_paragraph(
        "Exhibitors and third-party contractors engaged by the Client must each hold public liability "
        "insurance of at least £2 million."
    )
    d.add_paragraph(
        "Copies of all insurance certificates must be sent to the event manager no later than 30 days "
        "before the first event day."
    )

    d.add_heading("5. Contractors, noise and conduct", 1)
    d.add_paragraph(
        "Contractors appointed by the Client must submit a risk assessment and method statement (RAMS) "
        "at least 14 days before the event.",
        style="List Bullet",
    )
    d.add_paragraph(
        "Amplified music on the Harbour Terrace must end by 22:00; amplified music indoors must end by 23:30.",
        style="List Bullet",
    )
    d.add_paragraph(
        "Nothing may be fixed to walls, ceilings or glazing without the written consent of the Venue. "
        "The Client is responsible for the cost of repairing any damage caused by its delegates, "
        "exhibitors or contractors.",
        style="List Bullet",
    )

    d.add_heading("6. General", 1)
    d.add_paragraph(
        "These terms are governed by the law of England and Wales. Any variation must be agreed in "
        "writing by both parties."
    )
    d.save(OUT / "harbourview-booking-terms-2027.docx")


def add_bullets(slide, title, bullets):
    slide.shapes.title.text = title
    body = slide.placeholders[1].text_frame
    body.clear()
    for i, b in enumerate(bullets):
        p = body.paragraphs[0] if i == 0 else body.add_paragraph()
        p.text = b
        p.font.size = PPt(18)


def add_table(slide, title, rows, col_widths):
    slide.shapes.title.text = title
    n_rows, n_cols = len(rows), len(rows[0])
    shape = slide.shapes.add_table(n_rows, n_cols, Inches(0.4), Inches(1.5), Inches(9.2), Inches(0.4) * n_rows)
    table = shape.table
    for c, w in enumerate(col_widths):
        table.columns[c].width = Inches(w)
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            cell = table.cell(r, c)
            cell.text = val
            for p in cell.text_frame.paragraphs:
                p.font.size = PPt(12)


def make_pptx():
    prs = Presentation()
    title_layout, bullet_layout, title_only = prs.slide_layouts[0], prs.slide_layouts[1], prs.slide_layouts[5]

    s = prs.slides.add_slide(title_layout)
    s.shapes.title.text = "Harbourview Conference Centre - Venue Guide 2027"
    s.placeholders[1].text = "Ocean Quay, Southampton | Conferences, meetings and celebrations on the waterfront"

    add_bullets(prs.slides.add_slide(bullet_layout), "Harbourview at a glance", [
        "Seven event spaces, from a 16-seat boardroom to the 420-seat Lighthouse Hall",
        "Connected by a covered walkway to the 142-bedroom Harbourview Hotel",
        "Natural daylight in every meeting room, with full blackout blinds",
        "Dedicated event manager assigned to every booking from contract to final invoice",
    ])

    add_table(prs.slides.add_slide(title_only), "Meeting rooms and capacities", [
        ["Room", "Theatre", "Cabaret", "Boardroom", "Size"],
        ["Lighthouse Hall", "420", "240", "-", "510 m²"],
        ["Lighthouse East / West (each half)", "190", "104", "-", "250 m²"],
        ["Quay Room", "120", "64", "40", "150 m²"],
        ["Anchor Suite", "80", "48", "30", "105 m²"],
        ["Mezzanine Lounge", "60", "40", "24", "90 m²"],
        ["Compass Boardroom", "-", "-", "16", "45 m²"],
        ["Harbour Terrace (outdoor)", "200 standing reception", "-", "-", "380 m²"],
    ], [3.0, 1.8, 1.4, 1.4, 1.6])

    add_table(prs.slides.add_slide(title_only), "AV packages (price per room per day)", [
        ["Package", "What is included", "Technician", "Price"],
        ["Essential", "Projector and screen, 2 wireless handheld microphones, lectern", "On call from the AV desk", "£450"],
        ["Professional", "Dual laser projectors, 4 wireless microphones (2 handheld, 2 lapel), confidence monitor, lighting wash",
         "Dedicated technician 08:00 to 18:00", "£1,350"],
        ["Premium", "Everything in Professional plus a 6 m x 3 m LED wall, 8 wireless microphones, stage lighting design and session recording",
         "Two dedicated technicians 07:30 to 20:00", "£2,600"],
    ], [1.4, 4.6, 2.0, 1.2])

    add_bullets(prs.slides.add_slide(bullet_layout), "Upgrades and extras", [
        "AV upgrade from Professional to Premium: £1,250 per room per day",
        "Sea-view room upgrade at the Harbourview Hotel: £25 per room per night",
        "Additional lectern microphone or clicker: no charge on request",
        "Branded lectern panel printed to your artwork: £95 per panel",
    ])

    add_bullets(prs.slides.add_slide(bullet_layout), "Accessibility", [
        "Step-free access from the main entrance to all ground-floor event spaces",
        "Induction hearing loops installed in the Lighthouse Hall and the Quay Room",
        "The Quay Room and Anchor Suite are on the first floor, served by two passenger lifts",
        "The Mezzanine Lounge is reached by stairs only and has no lift access",
        "Changing Places toilet on the ground floor next to the main foyer",
        "8 accessible bedrooms in the Harbourview Hotel; assistance dogs are welcome throughout",
    ])

    add_bullets(prs.slides.add_slide(bullet_layout), "Next steps", [
        "Contact your event manager to arrange a site visit",
        "Provisional holds are kept until the quote expiry date",
        "Full terms: Harbourview Event Booking Terms and Conditions 2027",
    ])
    prs.save(OUT / "harbourview-venue-guide-2027.pptx")


if __name__ == "__main__":
    make_docx()
    make_pptx()
    print("written to", OUT)
