#!/usr/bin/env bash
# Manual check of the README's LibreOffice import options (issue #12). Needs `soffice`
# (Debian: apt-get install --no-install-recommends libreoffice-calc-nogui) and `aidclaims`.
# Opens the same CSV in LibreOffice Calc, headless, without and with the import options, and
# prints the cells it read. Its output is pasted in the README ("LibreOffice Calc").
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
cat > arts.jsonl <<'JSONL'
{"id": "=2*3", "text": "Switzerland pledged CHF 5 million in aid to Côte d’Ivoire, said Zoë Müller."}
JSONL
printf 'The EU pledged €5 billion in aid to Ukraine;=2*3;done\n' > semi.txt
aidclaims extract arts.jsonl --fields doc,speaker,sentence -o claims.csv
aidclaims extract arts.jsonl --fields doc,speaker,sentence --excel -o bom.csv
aidclaims extract arts.jsonl --fields doc,speaker,sentence --raw-csv -o raw.csv
aidclaims extract semi.txt --fields amount_text,sentence -o semi.csv
cells() {  # the cells of the first data row of an HTML table, separated by " | "
  python3 -c 'import html, re, sys
rows = re.findall(r"<tr[^>]*>(.*?)</tr>", open(sys.argv[1], encoding="utf-8").read(), re.S)
print(" | ".join(html.unescape(re.sub("<[^>]+>", "", c)).strip()
                 for c in re.findall(r"<td[^>]*>(.*?)</td>", rows[1], re.S)))' "$1"
}
soffice --version | head -1
printf "%-28s %s\n" "no options:" "$(soffice --headless --convert-to html --outdir a claims.csv >/dev/null 2>&1; cells a/claims.html)"
printf "%-28s %s\n" "--excel (BOM), no options:" "$(soffice --headless --convert-to html --outdir d bom.csv >/dev/null 2>&1; cells d/bom.html)"
printf "%-28s %s\n" "--infilter=CSV:44,34,76,1:" "$(soffice --headless --infilter=CSV:44,34,76,1 --convert-to html --outdir b claims.csv >/dev/null 2>&1; cells b/claims.html)"
printf "%-28s %s\n" "--raw-csv, same options:" "$(soffice --headless --infilter=CSV:44,34,76,1 --convert-to html --outdir c raw.csv >/dev/null 2>&1; cells c/raw.html)"
printf "%-28s %s\n" "comma file, opened with ';':" "$(soffice --headless --infilter=CSV:59,34,76,1 --convert-to html --outdir e semi.csv >/dev/null 2>&1; cells e/semi.html)"
