"""Generate the four knowledge sources for the carillard-bell-restoration scenario.

Run: PYTHONPATH=/tmp/rl /work/main/.venv/bin/python make_sources.py
(python-docx and openpyxl from the venv; reportlab from a scratch folder.)
"""
import os
import sys

sys.path.append("/tmp/rl")

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------------------------------------------------------- DOCX
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Carillard Bell Restoration Ltd - Conditions of Contract and Works Programme", 0)
    d.add_paragraph("Document CBR-COC-26, revision 3 (issued September 2026). These conditions apply to every bell "
                    "restoration, rehanging and tuning order placed with Carillard Bell Restoration Ltd, Foundry Lane, "
                    "Ludbury, Shropshire. Where a quotation and these conditions differ, the quotation prevails.")
    d.add_heading("1. Works programme", 1)
    for t in [
        "Tower survey: carried out within 4 weeks of a signed order. The written survey report is issued within 10 working days of the visit.",
        "Removal: lowering a ring of 6 to 8 bells takes 3 working days, including the crane day. Bells are lowered through the existing trapdoors wherever possible; opening up louvres or stonework is excluded (see section 7).",
        "Foundry period: for a ring of 8 the bells are typically away for 12 to 16 weeks, counted from the day they arrive at our Ludbury works to the day they leave it. A ring of 6 typically takes 10 to 13 weeks.",
        "Rehanging: 8 to 10 working days on site for a ring of 8, ending with the ringing trial.",
        "Crane lifts are suspended when the mean wind speed at the tower exceeds 20 mph; lost crane days caused by weather are rebooked at no charge to the customer.",
    ]:
        d.add_paragraph(t, style="List Bullet")
    d.add_heading("2. Payment", 1)
    d.add_paragraph("Stage payments for restoration works are: 30% deposit with the signed order; 40% on issue of the "
                    "tuning report; 30% within 14 days of the ringing trial. All other invoices are payable within 30 days "
                    "of the invoice date. Interest on late payment accrues at 4% above the Bank of England base rate. "
                    "Maintenance plans are billed annually in advance from the date of the ringing trial and are not part "
                    "of the stage payments. Prices are in pounds sterling and exclude VAT, which is charged at the "
                    "standard rate of 20%.")
    d.add_heading("3. Permissions (faculty)", 1)
    d.add_paragraph("The customer (normally the Parochial Church Council) is responsible for obtaining the faculty or "
                    "List B approval from the diocese before any work starts. Carillard provides the frame drawings, "
                    "fittings specification and survey report needed for the Diocesan Advisory Committee (DAC) application "
                    "at no extra charge. No bell is removed until written approval has been received. If approval is "
                    "delayed beyond 6 months from the order date, quoted prices may be revised by up to 4%.")
    d.add_heading("4. Insurance and responsibility", 1)
    d.add_paragraph("Bells are insured by Carillard in transit and while at the foundry for their replacement value up to "
                    "GBP 40,000 per bell. The tower fabric, clock and other church property remain covered by the "
                    "customer's building insurance. Carillard holds public liability insurance of GBP 10 million and "
                    "employer's liability insurance of GBP 10 million; certificates are available on request.")
    d.add_heading("5. Warranty", 1)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "Item"
    t.rows[0].cells[1].text = "Warranty period (from the ringing trial)"
    for a, b in [
        ("Cast steel headstocks and ball-bearing gudgeons", "10 years"),
        ("New bell wheels (oak and ash)", "5 years"),
        ("Clapper refurbishment (bush and flight)", "2 years"),
        ("New forged clappers", "5 years"),
        ("Cast-iron frame paint system", "8 years against rust breakthrough"),
        ("Rope guides and pulleys", "2 years"),
    ]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_paragraph("Warranties are conditional on an annual inspection by Carillard or an independent bellhanger "
                    "approved in writing by Carillard, and on a lubrication record kept in the tower. Surface rust at bolt heads "
                    "is excluded from the paint warranty. Tuning is permanent and carries no warranty period; each bell "
                    "is guaranteed to meet the figures in its tuning report. Ropes are consumables and carry no warranty.")
    d.add_heading("6. Bats and protected species", 1)
    d.add_paragraph("If the survey finds bats, works follow the conditions of a Natural England licence obtained by the "
                    "customer's ecologist. In a tower with a confirmed maternity roost, no removal or rehanging work can "
                    "take place between 1 May and 31 August. Delays caused by licence conditions are not a breach of "
                    "the programme.")
    d.add_heading("7. Exclusions", 1)
    for t2 in [
        "Masonry, timber floor and louvre repairs, and opening up stonework to remove bells.",
        "Asbestos surveys and removal; electrical works of any kind.",
        "Disconnection and reconnection of clock hammers or chiming apparatus: charged at GBP 380 per visit (two visits usually needed).",
        "Welding of cracked bells (quoted separately after inspection at the foundry).",
    ]:
        d.add_paragraph(t2, style="List Bullet")
    d.add_heading("8. Cancellation", 1)
    d.add_paragraph("The customer may cancel before the bells are removed; the deposit is then refunded less the survey "
                    "charge and any costs already incurred (for example a booked crane). After removal, a cancellation fee "
                    "of 50% of the value of the remaining works applies, and the bells are returned and rehung on their "
                    "existing fittings at cost.")
    d.add_heading("9. Site", 1)
    d.add_paragraph("The customer provides access to the tower, use of a toilet, a 230 V power supply in the ringing "
                    "chamber and parking for a 7.5 tonne lorry within 50 metres of the tower door for the removal and "
                    "rehanging periods.")
    d.save(os.path.join(K, "Carillard-Conditions-and-Programme.docx"))

# ---------------------------------------------------------------- PDF
def make_pdf():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    h = ss["Heading2"]
    story = [Paragraph("Carillard Technical Guide: Harmonic Tuning, Fittings and Frames", ss["Title"]),
             Paragraph("Guide TG-04, edition 2026. For parish officers, tower captains and DAC bells advisers.", body),
             Spacer(1, 4 * mm)]
    def sec(title, paras):
        story.append(Paragraph(title, h))
        for p in paras:
            story.append(Paragraph(p, body))
            story.append(Spacer(1, 2 * mm))
    sec("1. Harmonic tuning on the vertical lathe", [
        "Each bell is tuned on our vertical tuning lathe to five partials: hum, prime, tierce, quint and nominal. "
        "Our standard tolerance is within 3 cents of the target on the nominal and within 8 cents on the hum and the "
        "prime. The tierce is brought as close to a true minor third as the profile of the bell allows.",
        "Metal is removed from the inside of the bell only; inscriptions, decoration and founders' marks on the outside "
        "are not touched. A typical retune removes 0.5 to 1.5% of the weight of the bell. We never remove more than 3% "
        "of a bell's weight without the written consent of the customer and, for a listed ring, of the DAC.",
        "Bells cast before 1700 receive light-touch tuning when the DAC asks for it: the nominal only is corrected and the "
        "other partials are left as cast. A historic bell that should not be tuned at all can be left untouched and the "
        "rest of the ring tuned to it.",
        "Every customer receives a tuning report giving, for each bell, the partial frequencies before and after tuning, "
        "the weight before and after, and a strike-note recording.",
    ])
    sec("2. Cracked bells", [
        "A cracked bell is never tuned. It must first be repaired by specialist welding, which starts from GBP 2,900 per "
        "bell, is quoted separately after inspection at the foundry and adds about 6 weeks to the foundry period. If "
        "welding is not advisable, recasting is offered as an alternative and quoted separately.",
    ])
    sec("3. Headstocks and bearings", [
        "We fit cast steel headstocks with self-aligning ball-bearing gudgeons. Model CS2 is used for bells up to "
        "20 cwt and model CS3 above 20 cwt (the weight bands are in our price and specification workbook). Bells with "
        "canons can keep them with a canon-retaining headstock, at a surcharge of 18% on the headstock price.",
        "Bearings are sealed but must be greased once a year with a lithium-complex EP2 grease: two strokes of the grease "
        "gun per nipple, with the bell down. Over-greasing pushes out the seals.",
    ])
    sec("4. Clappers", [
        "Clapper refurbishment comprises a new Nylatron bush, re-forging of the flight and re-balancing so that the bell "
        "strikes cleanly at handstroke and backstroke. A refurbished clapper should be turned a quarter turn every 10 "
        "years so that the ball strikes on fresh metal. Where a clapper shaft is cracked or too short, a new forged clapper "
        "is supplied instead.",
    ])
    sec("5. Frames", [
        "Cast-iron frame overhaul comprises shot-blasting, a zinc-phosphate primer and two coats of micaceous iron oxide, "
        "a total dry film thickness of 240 microns. All holding-down bolts are replaced with galvanised bolts and torqued "
        "to the values recorded on the frame drawing.",
    ])
    sec("6. The ringing trial", [
        "The last day of the rehang is the ringing trial. The customer's local band rings the bells in rounds and call "
        "changes with our bellhanger in the tower. Any odd-struck bell is adjusted the same day by moving the clapper or "
        "the stay. The trial is signed off by the tower captain and our bellhanger.",
    ])
    tbl = Table([["Partial", "Tolerance (cents)"], ["Nominal", "3"], ["Hum", "8"], ["Prime", "8"],
                 ["Tierce, quint", "best achievable"]], colWidths=[60 * mm, 50 * mm])
    tbl.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [Spacer(1, 3 * mm), tbl]
    SimpleDocTemplate(os.path.join(K, "Carillard-Technical-Guide-TG04.pdf"), pagesize=A4,
                      title="Carillard Technical Guide TG-04").build(story)

# ---------------------------------------------------------------- XLSX
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Price List"
    ws.append(["Carillard Bell Restoration - Price List 2026/27 (GBP, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["SKU", "Description", "Unit", "List price (GBP)", "Lead time (weeks)"])
    for r in [
        ("CBR-SURV-TWR", "Tower, frame and bell condition survey with written report", "per tower", 1850, 4),
        ("CBR-RMV-8", "Removal and lowering of a ring of 8, incl. 1-day crane and transport to foundry", "per ring", 6400, 6),
        ("CBR-TUNE-HV", "Harmonic retuning on vertical lathe", "per bell", 1120, "in foundry period"),
        ("CBR-HS-CS2", "Cast steel headstock CS2 with self-aligning ball-bearing gudgeons (up to 20 cwt)", "per bell", 2350, 8),
        ("CBR-HS-CS3", "Cast steel headstock CS3 with self-aligning ball-bearing gudgeons (over 20 cwt)", "per bell", 3180, 10),
        ("CBR-CLP-RB", "Clapper refurbishment: new bush, re-forged flight, re-balance", "per clapper", 265, "in foundry period"),
        ("CBR-CLP-NF10", "New forged clapper, bells up to 10 cwt", "each", 540, 7),
        ("CBR-CLP-NF20", "New forged clapper, bells 10 to 20 cwt", "each", 760, 7),
        ("CBR-WHL-OA", "New oak-and-ash bell wheel", "each", 1480, 9),
        ("CBR-FRM-CI", "Cast-iron frame overhaul: shot-blast, prime, repaint, new holding-down bolts", "per frame", 4200, "on site"),
        ("CBR-RHG-8", "Rehanging, new rope guides and ringing trial, ring of 8", "per ring", 5900, "on site"),
        ("CBR-ROPE-PS", "Sally rope, pre-stretched polyester top end", "each", 195, 3),
        ("CBR-ROPE-HF", "Sally rope, natural hemp throughout", "each", 260, 5),
        ("CBR-SND-LV", "Sound-control hatch with adjustable louvres", "each", 1340, 6),
        ("CBR-SND-FB", "Fixed sound boards (fitted in the louvre openings)", "set", 620, 4),
        ("CBR-CLK-DR", "Clock hammer disconnection or reconnection", "per visit", 380, 1),
        ("CBR-WLD", "Specialist welding of a cracked bell (from)", "per bell", 2900, 6),
        ("CBR-MNT-EC", "Essential Care maintenance plan", "per year", 485, None),
        ("CBR-MNT-FC", "Full Care maintenance plan", "per year", 890, None),
    ]:
        ws.append(list(r))
    ws.column_dimensions["B"].width = 80
    s2 = wb.create_sheet("Headstock Spec")
    s2.append(["Cast steel headstock specification by bell weight"])
    s2["A1"].font = Font(bold=True, size=13)
    s2.append(["Model", "Bell weight band", "Bearing", "Headstock weight (kg)", "Gudgeon diameter (mm)"])
    for r in [
        ("CS2-A", "up to 6 cwt", "self-aligning ball bearing 1208", 46, 40),
        ("CS2-B", "over 6 to 12 cwt", "self-aligning ball bearing 1210", 74, 50),
        ("CS2-C", "over 12 to 20 cwt", "self-aligning ball bearing 1212", 118, 60),
        ("CS3-A", "over 20 to 30 cwt", "self-aligning ball bearing 1216", 176, 80),
        ("CS3-B", "over 30 to 45 cwt", "spherical roller bearing 22218", 245, 90),
    ]:
        s2.append(list(r))
    s2.append(["Canon-retaining version of any model: surcharge 18% on the headstock price."])
    s3 = wb.create_sheet("Maintenance Plans")
    s3.append(["Maintenance plans after restoration"])
    s3["A1"].font = Font(bold=True, size=13)
    s3.append(["Plan", "Price per year (GBP)", "Inspection visits per year", "Included", "Call-outs included"])
    s3.append(["Essential Care", 485, 1, "inspection, greasing, inspection certificate for insurers", 0])
    s3.append(["Full Care", 890, 2, "inspection, greasing, rope splicing and re-tailing, stay replacement, inspection certificate", 1])
    s3.append([])
    s3.append(["Term discounts: 3-year term 10% off the yearly price; 5-year term 15% off. Plans are billed annually in advance."])
    wb.save(os.path.join(K, "Carillard-Price-List-2026-27.xlsx"))

# ---------------------------------------------------------------- Markdown KB article
MD = """# After the rehang: caring for your bells in the first year

*Carillard knowledge base, article KB-112. Applies to rings restored and rehung by Carillard.*

## The settling-in visit
Frames and fittings settle during the first weeks of ringing. Our bellhanger returns about 6 weeks after the ringing
trial, free of charge, to re-torque the holding-down and headstock bolts, check the clapper alignment and adjust the rope
guides. Please keep ringing to normal service and practice ringing until then; avoid peal attempts before the
settling-in visit.

## Ropes
New ropes stretch by up to 300 mm in the first month. Your tower captain can take up the stretch at the tie; ask us if
the sally ends up too high for your ringers. Ropes usually last 5 to 8 years depending on use; polyester top ends
last longer than hemp.

## Greasing and the lubrication record
Grease each bearing once a year with a lithium-complex EP2 grease, two strokes per nipple with the bell down, and write
the date in the lubrication record kept in the ringing chamber. The warranty on headstocks and bearings depends on this
record and on an annual inspection.

## Emergency call-outs
If a bell cannot be rung safely (a broken stay, a slipped wheel, a clapper that has come loose), stop ringing and call
our emergency line on 01584 771 209. An emergency call-out costs GBP 295 plus GBP 0.85 per mile beyond 50 miles from
Ludbury. Full Care plan customers have one call-out a year included.

## Ringing for weddings and events
Bells can be rung for services and weddings from the day after the ringing trial. Ringing with the sound-control hatch
closed is recommended for practice nights if neighbours are close to the tower.

## Who to contact
Your project manager remains your contact for 12 months after the ringing trial. After that, our service desk handles
inspections and plans: service@carillard-bells.co.uk.
"""

def make_md():
    with open(os.path.join(K, "after-the-rehang-first-year-care.md"), "w") as f:
        f.write(MD)

if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
