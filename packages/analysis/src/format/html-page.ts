import { htmlDocument } from '@dh/core';

const STYLE = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;margin:0 auto;max-width:60rem;padding:1rem 1.5rem}
h1{font-size:1.6rem;margin-bottom:.25rem}h2{border-bottom:2px solid #1b4f72;padding-bottom:.2rem;margin-top:2.5rem}h3{margin:2rem 0 .3rem}
.notice{background:#fff4ce;border-left:4px solid #c79200;padding:.4rem .8rem}
.error{color:#8a1c1c}.muted{color:#555}.definition{margin:.2rem 0}
table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}th,td{border-bottom:1px solid #ddd;padding:.2rem .6rem;text-align:left;vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}td.level{white-space:nowrap}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem}dt{font-weight:600}dd{margin:0}
svg{max-width:100%;height:auto;display:block;margin:.4rem 0 1rem}
svg text{font:12px system-ui,sans-serif;fill:#1b1b1b}svg .withheld{fill:#8a1c1c}svg .tick{fill:#555;font-size:11px}
svg .bar{fill:#2e86c1}svg .bar.pale{fill:#aed6f1}svg .whisker{stroke:#1b1b1b;stroke-width:1.2;fill:none}svg .axis{stroke:#888;fill:none}
nav ol{columns:2;column-gap:2.5rem}nav li{break-inside:avoid}.nowrap{white-space:nowrap}
caption{text-align:left;font-weight:600;padding:.2rem 0}tr.total td,tr.total th{border-top:2px solid #888;font-weight:600}
tr.indicator th{padding-top:1rem;border-bottom:1px solid #1b4f72;font-weight:600}
td.status-yes{background:#d4efdf}td.status-partial{background:#fcf3cf}td.status-no{background:#fadbd8}td.status-unclear{background:#eaeded}
figure{margin:.4rem 0 1rem}figcaption{font-size:.85rem;color:#555}svg .line{stroke:#1b4f72;stroke-width:2;fill:none}
@media print{nav{display:none}article{break-inside:avoid}}
`;

/** A report page: the shared self-contained document with the reports' style. */
export function htmlPage(title: string, body: string): string {
  return htmlDocument({ title, style: STYLE, body });
}
