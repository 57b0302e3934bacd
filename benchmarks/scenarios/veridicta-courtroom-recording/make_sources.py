"""Generate the four knowledge sources of the veridicta-courtroom-recording scenario.

Needs python-docx and openpyxl (/work/main/.venv/bin/python) and reportlab (PYTHONPATH=/tmp/rl).
"""
import os
from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

HERE = os.path.dirname(os.path.abspath(__file__))
K = os.path.join(HERE, "knowledge")
os.makedirs(K, exist_ok=True)

# ---------------------------------------------------------------- DOCX: SLA and warranty
def make_docx():
    d = Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Veridicta Audiovisual B.V. - Service Level Agreement and Warranty Terms", 0)
    d.add_paragraph("Document VRD-SLA-2025, version 4.1, effective 1 February 2025. Applies to all courtroom "
                    "recording systems supplied and commissioned by Veridicta Audiovisual B.V. (\"Veridicta\").")
    d.add_heading("1. Support plans", 1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Plan", "Service hours", "Preventive maintenance", "Advance replacement"]):
        t.rows[0].cells[i].text = h
    for row in [
        ("Silver", "Mon-Fri 08:00-18:00, excluding Dutch public holidays", "1 preventive maintenance visit per year per site", "Recorder shipped within 3 business days"),
        ("Gold", "Mon-Sat 07:00-20:00; on-call engineer 24/7 for P1 faults only", "2 preventive maintenance visits per year per site", "Recorder shipped within 1 business day"),
        ("Platinum", "24/7 for all priorities; resident engineer option", "4 preventive maintenance visits per year per site", "Spare recorder held on site"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph("A support plan covers one site of up to 8 courtrooms. Sites with more than 8 courtrooms need a "
                    "second plan. Support plans start on the commissioning date of the first courtroom of the site.")
    d.add_heading("2. Fault priorities and response times", 1)
    d.add_paragraph("P1 - a courtroom cannot record, or a recording in progress is at risk (hearing at risk). "
                    "P2 - degraded operation: one camera or microphone has failed but recording continues. "
                    "P3 - cosmetic defect, configuration request or question.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Priority", "Silver", "Gold", "Platinum"]):
        t.rows[0].cells[i].text = h
    for row in [
        ("P1 remote response", "2 hours", "30 minutes", "15 minutes"),
        ("P1 on-site, Zone A", "next business day", "on-site attendance within 4 hours", "on-site attendance within 2 hours"),
        ("P1 on-site, Zone B", "next business day", "on-site attendance within 8 hours", "on-site attendance within 4 hours"),
        ("P2", "3 business days", "next business day", "8 hours"),
        ("P3", "5 business days", "3 business days", "2 business days"),
    ]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_paragraph("Zone A covers sites within 120 km by road of the Veridicta depot in Utrecht; Zone B covers the "
                    "rest of the Netherlands and Belgium. Sites outside Zone B are served on a best-effort basis "
                    "and response times do not apply. Response times are measured from the moment the fault is "
                    "logged with the Veridicta service desk by telephone or through the service portal; e-mails "
                    "to individual staff do not start the clock.")
    d.add_heading("3. Archive service availability", 1)
    d.add_paragraph("Veridicta commits to an availability of 99.9% per calendar month for the hosted evidence "
                    "archive, excluding announced maintenance windows (Sundays 02:00-06:00, at most twice a month). "
                    "For every 0.1% (or part of it) below the commitment the client receives a service credit of "
                    "5% of the monthly support fee, capped at 30% of the monthly support fee. Service credits are "
                    "deducted from the next support invoice and must be claimed within 60 days of the end of the "
                    "month concerned. Local recording in the courtroom is not affected by archive unavailability.")
    d.add_heading("4. Warranty", 1)
    d.add_paragraph("Warranty runs from the commissioning date of the courtroom, not from delivery:")
    for s in ["CR4 and CR8 recorders: 36 months.",
              "PTZ cameras (PTZ-12 and PTZ-20): 24 months.",
              "Microphones (gooseneck, boundary and wireless lapel): 12 months.",
              "Rechargeable batteries of wireless microphones and the Bench Notes tablet: 6 months.",
              "Replacement parts fitted under warranty carry the remainder of the original warranty or 90 days, whichever is longer."]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph("The warranty does not cover liquid damage, tampering or opening of sealed units by anyone other "
                    "than Veridicta, cables cut or crushed by third parties, or damage from power surges where the "
                    "recorder was not connected to a surge-protected supply or UPS. Warranty repairs outside a "
                    "support plan are carried out return-to-base with a turnaround of 10 business days.")
    d.add_heading("5. Spares, firmware and security", 1)
    d.add_paragraph("Clients with a Gold or Platinum plan may buy one spare recorder per 10 courtrooms (minimum one) "
                    "at 40% of the list price; the spare is kept sealed on site and swapped by the client's staff "
                    "following telephone guidance. Firmware updates are included in every plan. Security patches "
                    "are released within 14 days after a critical vulnerability affecting the recorder is published. "
                    "Updates are never installed during hearing hours without the written consent of the court "
                    "manager.")
    d.add_heading("6. Client obligations and access", 1)
    d.add_paragraph("The client provides the network infrastructure (switches, cabling to the rack, firewall rules "
                    "listed in the commissioning pack) and remains responsible for it. Veridicta engineers hold a "
                    "basic criminal record disclosure; the client issues building passes and escorts where required. "
                    "Work inside a courtroom during hearing hours must be agreed with the court manager at least "
                    "2 business days in advance, except for P1 faults.")
    d.add_heading("7. Term and termination", 1)
    d.add_paragraph("Support plans run in yearly periods. Either party may terminate a support plan with 90 days' "
                    "written notice before the anniversary of its start date. Prepaid years are not refunded, "
                    "except where Veridicta terminates without cause.")
    d.save(os.path.join(K, "veridicta-sla-and-warranty.docx"))

# ---------------------------------------------------------------- PDF: CR4 datasheet
def make_pdf():
    ss = getSampleStyleSheet()
    doc = SimpleDocTemplate(os.path.join(K, "cr4-recorder-datasheet.pdf"), pagesize=A4,
                            title="Veridicta CR4 Courtroom Recorder - Technical Datasheet")
    P = lambda s: Paragraph(s, ss["BodyText"])
    H = lambda s: Paragraph(s, ss["Heading2"])
    story = [Paragraph("Veridicta CR4 Courtroom Recorder - Technical Datasheet", ss["Title"]),
             P("Revision 3.2, March 2025. Model VRD-CR4-REC. The CR4 records audio and video of court hearings "
               "in up to 4 recording zones (bench, witness, prosecution or claimant, defence or respondent) and "
               "seals each session for evidential use.")]
    rows = [["Parameter", "Specification"],
            ["Recording zones", "4 zones, up to 16 microphone inputs (4 per zone)"],
            ["Audio", "48 kHz / 24-bit, each microphone stored as a separate track (isolated channel playback)"],
            ["Microphone inputs", "Balanced XLR, 48 V phantom power on inputs 1-16; third-party microphones supported"],
            ["Video", "Up to 4 camera streams, H.264 1080p at 25 fps"],
            ["Camera control", "Voice-follow switching to presets, max 32 presets per camera, switching delay 1.5 seconds"],
            ["Internal storage", "2 x 2 TB SSD mirrored (RAID 1)"],
            ["Capacity", "approx. 900 hours of audio-and-video at the standard profile (1080p25, 4 cameras); approx. 11,000 hours audio only"],
            ["Encryption", "AES-256 at rest, TLS 1.3 in transit"],
            ["Integrity", "SHA-256 hash of every file, sealed in the session log at session close"],
            ["Network", "2 x 1 GbE RJ45; cameras need PoE+ (802.3at) ports"],
            ["Power", "100-240 V AC, 65 W typical, 110 W max"],
            ["Form factor", "1U 19-inch rack, 4.2 kg, operating temperature 0-40 C"],
            ["Compliance", "CE, EN 62368-1, EN 55032 Class B, EN 55035"]]
    story += [Spacer(1, 8), None, Spacer(1, 8)]
    story[-2] = Table([[Paragraph(a, ss["BodyText"]), Paragraph(b, ss["BodyText"])] for a, b in rows],
                      colWidths=[120, 340], style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                                             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [H("Dual recording path"),
              P("Every session is written to the internal mirrored SSDs and, at the same time, uploaded to the "
                "Veridicta evidence archive. If the network connection is lost, the CR4 keeps recording locally, "
                "buffers up to 72 hours of material and resumes the upload automatically when the connection "
                "returns; no clerk action is needed. The front-panel status LED turns amber while material is "
                "waiting for upload."),
              H("Power loss"),
              P("An internal supercapacitor gives the recorder enough energy to close and seal the open files "
                "cleanly when mains power fails; recording itself stops. Veridicta recommends a UPS with at least "
                "30 minutes of autonomy (for example VRD-UPS-1K) so that a hearing can continue through a short "
                "outage."),
              H("Bench privacy key"),
              P("The judge's console has a privacy key. While it is held, the bench zone is muted for recording and "
                "public address; the other zones keep recording. Every use of the privacy key is written with a "
                "timestamp to the session log, which cannot be edited."),
              H("Clerk operation and annotation"),
              P("Sessions are started and stopped from the Bench Notes tablet (VRD-TAB-BN) or the front panel. The "
                "clerk can add tags (case number, speaker, exhibit, adjournment) that are stored with a timestamp "
                "and appear as chapter marks in playback. Exports are produced as MP4 (H.264/AAC), multitrack WAV "
                "and a PDF session log; the free Veridicta Player plays sealed files and verifies their hashes."),
              H("What is not included"),
              P("A PoE+ switch is not included with the CR4 or the cameras; the client's network must provide one "
                "PoE+ port per camera. Rack space (1U per recorder), display screens for the gallery and cabling "
                "beyond 15 m per camera are quoted separately.")]
    doc.build(story)

# ---------------------------------------------------------------- XLSX: price and spec list
def make_xlsx():
    wb = Workbook()
    ws = wb.active
    ws.title = "Hardware"
    ws.append(["Veridicta Price & Specification List 2025 - Hardware (EUR, excluding VAT)"])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["SKU", "Description", "List price EUR", "Warranty (months)", "Lead time", "Power / notes"])
    for c in ws[2]:
        c.font = Font(bold=True)
    for r in [
        ["VRD-CR4-REC", "CR4 courtroom recorder, 4 zones, 16 mic inputs, 2 x 2 TB SSD", 7850.00, 36, "6 weeks", "65 W typical"],
        ["VRD-CR8-REC", "CR8 courtroom recorder, 8 zones, 32 mic inputs, 2 x 4 TB SSD", 11900.00, 36, "8 weeks", "90 W typical"],
        ["VRD-PTZ-12", "PTZ camera 12x zoom, 1080p, ceiling mount", 1420.00, 24, "4 weeks", "PoE+ 25 W"],
        ["VRD-PTZ-20", "PTZ camera 20x zoom, 4K, ceiling or wall mount", 2390.00, 24, "6 weeks", "PoE+ 30 W"],
        ["VRD-MIC-GN45", "Gooseneck microphone 45 cm with mute key and red ring", 265.00, 12, "2 weeks", "Phantom 48 V"],
        ["VRD-MIC-BD2", "Boundary microphone, table mount, half-cardioid", 310.00, 12, "2 weeks", "Phantom 48 V"],
        ["VRD-MIC-WL", "Wireless lapel microphone set with charging dock", 540.00, 12, "3 weeks", "Battery 8 h"],
        ["VRD-TAB-BN", "Bench Notes clerk tablet, 11-inch, with wall bracket", 690.00, 12, "2 weeks", "Battery 10 h"],
        ["VRD-DSP-EXT", "Evidence display 32-inch for witness box", 1180.00, 24, "3 weeks", "HDMI"],
        ["VRD-UPS-1K", "UPS 1 kVA, 2U rack, 30 minutes at CR4 load", 640.00, 24, "2 weeks", "Battery 24 months"],
    ]:
        ws.append(r)
    for col, w in zip("ABCDEF", [16, 58, 15, 17, 11, 18]):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("Licences & Services")
    ws2.append(["Veridicta Price List 2025 - Licences, services and upgrades (EUR, excluding VAT)"])
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.append(["SKU", "Description", "Price EUR", "Unit", "Conditions"])
    for c in ws2[2]:
        c.font = Font(bold=True)
    for r in [
        ["VRD-ARC-STD-5Y", "Evidence archive, Standard tier", 3600.00, "per courtroom, 5 years", "10 TB per courtroom; retention configurable up to 10 years; audio redaction"],
        ["VRD-ARC-PLUS-5Y", "Evidence archive, Plus tier", 5400.00, "per courtroom, 5 years", "25 TB per courtroom; retention up to 30 years; video blurring; draft transcripts"],
        ["VRD-SUP-SILVER", "Silver support plan", 5900.00, "per site per year", "Site of up to 8 courtrooms"],
        ["VRD-SUP-GOLD", "Gold support plan", 9400.00, "per site per year", "Site of up to 8 courtrooms"],
        ["VRD-SUP-PLAT", "Platinum support plan", 15800.00, "per site per year", "Site of up to 8 courtrooms"],
        ["VRD-INST-CR", "On-site installation and commissioning", 2150.00, "per courtroom", "Weekdays 07:00-19:00"],
        ["VRD-INST-OOH", "Out-of-hours installation surcharge", None, "per courtroom", "35% on top of VRD-INST-CR for evenings and weekends"],
        ["VRD-TRN-CLK", "Clerk and usher training, half day", 780.00, "per session", "Max 8 people, on site"],
        ["VRD-TRN-ADM", "Archive administrator training, full day", 1250.00, "per session", "Max 6 people, on site or remote"],
        ["VRD-UPG-CR8", "Upgrade CR4 to CR8 (board swap, on site)", 4650.00, "per recorder", "Keeps serial number and warranty end date"],
        ["VRD-UPG-ARC", "Upgrade archive Standard to Plus", 380.00, "per courtroom per remaining year", "Part years rounded up"],
    ]:
        ws2.append(r)
    for col, w in zip("ABCDE", [17, 44, 11, 30, 70]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("Conditions")
    ws3.append(["Conditions of the 2025 price list"])
    ws3["A1"].font = Font(bold=True, size=13)
    for line in [
        "Prices are valid for orders placed until 31 December 2025.",
        "Delivery DAP to the client's sites in the Netherlands and Belgium; other countries on request.",
        "Hardware lead times run from the order date and assume a signed site survey.",
        "Cabling beyond 15 m per camera is charged at EUR 6.50 per metre installed.",
        "Archive licences and support plans start on the commissioning date of the first courtroom of the site.",
    ]:
        ws3.append([line])
    ws3.column_dimensions["A"].width = 100
    wb.save(os.path.join(K, "veridicta-price-list-2025.xlsx"))

# ---------------------------------------------------------------- Markdown KB article
KB = """# Evidence archive: retention, export and chain of custody

*Veridicta knowledge base, article KB-0412, last reviewed 3 March 2025. Applies to the Standard and Plus archive tiers.*

## Where the recordings are stored
Recordings uploaded from CR4 and CR8 recorders are stored in two data centres in the Netherlands, one in Amsterdam and
one in Groningen, with every file replicated to both sites. No recording data leaves the EU, and Veridicta support
staff cannot play recordings unless the court grants a time-limited support access that is itself logged.

## Retention
- Retention periods are set per case category by the court's Archive Administrator (for example civil, criminal,
  family, tribunal). The Standard tier allows retention of up to 10 years, the Plus tier up to 30 years.
- When the retention period ends, recordings are not deleted automatically: they appear on a deletion list that the
  Archive Administrator confirms.
- Deleting a recording before its retention period ends requires approval by two users with the Archive Administrator
  role (four-eyes principle). The deletion is recorded in the audit trail.
- A legal hold placed on a case overrides retention: nothing under hold can be deleted until the hold is lifted.

## Exporting for appeals and parties
An authorised user creates an export package containing the MP4 video, the multitrack WAV audio, the PDF session log
and a SHA-256 manifest. The package is delivered as a download link that expires after 7 days and can be used at most
5 times. The Veridicta Player checks the manifest and shows whether any file was altered.

## Party access portal
Lawyers and parties can be given access to the recordings of a specific hearing through the party access portal.
They can stream the recording in the browser but cannot download it; playback is watermarked with the viewer's name
and the date. Party accounts expire after 30 days unless the court renews them.

## Redaction and transcripts
- Audio redaction (replacing a name or address with a tone) is available in both tiers.
- Video blurring of faces is available in the Plus tier only.
- The Plus tier produces draft transcripts by speech recognition in Dutch, French, German and English. Draft
  transcripts are not certified and are not a replacement for an official transcript.

## Chain of custody
Every view, export, redaction and deletion is written to an immutable audit trail that is kept for the life of the
recording plus 2 years. The court can export the audit trail of a case as a signed PDF.

## Network outages
If a courtroom loses its connection, the recorder buffers up to 72 hours of material and uploads it when the connection
returns. Recordings are shown in the archive as "pending upload" in the meantime.
"""

def make_md():
    with open(os.path.join(K, "archive-retention-export.md"), "w") as f:
        f.write(KB)

if __name__ == "__main__":
    make_docx()
    make_pdf()
    make_xlsx()
    make_md()
    print("sources written to", K)
