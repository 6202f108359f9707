// The print stylesheet of the PDF report: A4, the app's brand colours, no app chrome. Headings keep
// with what follows them (break-after: avoid, and each heading is wrapped with its first block), rows
// never split across pages, and tables repeat their header on every page they run onto.

export const printStyles = `
@page { size: A4; margin: 16mm 14mm 18mm 14mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 9.5pt; line-height: 1.4; color: #1f2937; margin: 0; }
h1, h2, h3 { color: #12355b; line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 26pt; margin: 0 0 6mm; }
h2 { font-size: 15pt; margin: 0 0 3mm; padding-top: 2mm; border-bottom: 1.5pt solid #12355b; padding-bottom: 1mm; }
h3 { font-size: 11pt; margin: 4mm 0 2mm; }
p { margin: 0 0 2mm; }
section { margin-bottom: 7mm; }
.keep { break-inside: avoid; page-break-inside: avoid; }
.page-break { break-before: page; page-break-before: always; }
.cover { height: 245mm; display: flex; flex-direction: column; justify-content: space-between; break-after: page; page-break-after: always; }
.cover .kicker { font-size: 11pt; text-transform: uppercase; letter-spacing: 0.08em; color: #4b5563; margin-bottom: 4mm; }
.cover dl { display: grid; grid-template-columns: 38mm 1fr; gap: 2mm 4mm; font-size: 11pt; }
.cover dt { color: #4b5563; }
.cover dd { margin: 0; font-weight: 600; }
.note { border-left: 3pt solid #b45309; background: #fffbeb; padding: 2mm 3mm; margin: 3mm 0; }
.muted { color: #4b5563; }
.small { font-size: 8pt; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1.2mm 1.5mm; border-bottom: 0.5pt solid #d1d5db; }
thead th { background: #e8eef6; color: #12355b; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
caption { text-align: left; font-weight: 600; padding: 1mm 0; caption-side: top; }
ul { margin: 0 0 2mm; padding-left: 5mm; }
li { margin-bottom: 1mm; }
.radar { display: flex; justify-content: center; margin: 2mm 0 3mm; }
.legend { display: flex; gap: 6mm; justify-content: center; font-size: 8.5pt; }
.swatch { display: inline-block; width: 8mm; height: 0; border-top: 2pt solid; vertical-align: middle; margin-right: 1.5mm; }
.heat td.cell { text-align: center; font-weight: 600; }
.timeline td { font-size: 8pt; }
.chip { display: inline-block; border: 0.5pt solid #9ca3af; border-radius: 1mm; padding: 0.3mm 1.2mm; margin: 0 1mm 1mm 0; }
`;
