import type { EstimateRow } from '../results/results-schema.js';
import type { AnalysisData } from './analysis-data.js';
import { yColumn } from './analysis-data-csv.js';
import { rComment, rString, type DomainColumns } from './domain-columns.js';
import { rEstimator } from './r-estimators.js';

const rNumber = (x: number | null): string => (x === null || !Number.isFinite(x) ? 'NA' : String(x));

/** The published (not suppressed) estimates, for the script to compare itself with. */
function expected(rows: readonly EstimateRow[]): string {
  const shown = rows.filter((r) => r.estimate !== null);
  const key = (r: EstimateRow): string => (r.disaggregation === null ? 'All' : `${r.disaggregation}=${r.level ?? ''}`);
  const column = (f: (r: EstimateRow) => number | null): string => `c(${shown.map((r) => rNumber(f(r))).join(', ')})`;
  return `dh <- data.frame(
  domain = c(${shown.map((r) => rString(key(r))).join(', ')}),
  estimate = ${column((r) => r.estimate)},
  se = ${column((r) => r.se)},
  ci_low = ${column((r) => r.ciLow)},
  ci_high = ${column((r) => r.ciHigh)},
  deff = ${column((r) => r.deff)}
)`;
}

/**
 * A short R script that recomputes one indicator from its tidy CSV with R `survey`
 * (svydesign with nest = TRUE, svyciprop/svymean/svytotal per domain, svyby) and prints
 * the largest difference from the numbers dh published.
 */
export function rScript(
  data: AnalysisData,
  domains: readonly DomainColumns[],
  rows: readonly EstimateRow[],
  csvFile: string,
  country: string,
): string {
  const { indicator } = data;
  const y = yColumn(data);
  const factor = indicator.estimator === 'rate-per-100000' ? 100_000 / (data.rateBase ?? Number.NaN) : 1;
  const numeric = ['in_universe', y, ...(data.design ? ['weight'] : [])];
  const setup = data.design
    ? `options(survey.lonely.psu = ${rString(data.design.lonelyPsu)})
des <- svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, data = d, nest = TRUE)
u <- subset(des, in_universe == 1)`
    : 'u <- subset(d, in_universe == 1)';
  const levels = domains.flatMap((d) =>
    d.domain.levels.map((level, l) => `  ${rString(`${d.domain.id}=${level.code}`)} = subset(u, ${d.conditions[l] ?? 'FALSE'})`),
  );
  const svyby =
    data.design && indicator.estimator === 'proportion'
      ? domains
          .filter((d) => d.factor !== undefined)
          .map((d) => `print(svyby(~I(${y} == 1), ~${d.factor}, u, svyciprop, method = "logit", level = level, vartype = c("se", "ci")))`)
      : [];
  return `# Reproduces indicator "${rComment(indicator.id)}" (contract ${rComment(indicator.version)}) of ${rComment(country)} as dh analyze computed it.
# ${rComment(indicator.title)}
# Data: ${rComment(csvFile)} beside this script. It holds row-level data: keep it on this machine, with the raw data.
# Run: Rscript ${rComment(indicator.id)}.R   (needs R and the survey package, e.g. apt-get install r-base-core r-cran-survey)
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = FALSE)
file <- sub("^--file=", "", args[grep("^--file=", args)])
here <- if (length(file) == 1) dirname(file) else "."
d <- read.csv(file.path(here, ${rString(csvFile)}), colClasses = "character", na.strings = "")
for (v in c(${numeric.map(rString).join(', ')})) d[[v]] <- as.numeric(d[[v]])
level <- ${data.confidenceLevel}
${setup}

${rEstimator(indicator, y, factor)}

domains <- list(
  All = u${levels.length > 0 ? ',\n' : ''}${levels.join(',\n')}
)
safe <- function(x) tryCatch(one(x), error = function(e) data.frame(estimate = NA, se = NA, ci_low = NA, ci_high = NA, deff = NA, n = 0))
r <- cbind(domain = names(domains), do.call(rbind, lapply(domains, safe)))
rownames(r) <- NULL
print(r, digits = 10)
${svyby.join('\n')}

# The numbers dh published (suppressed cells have none), and the largest difference.
${expected(rows)}
both <- merge(dh, r, by = "domain", suffixes = c(".dh", ".R"))
diff <- with(both, abs(c(estimate.dh - estimate.R, se.dh - se.R, ci_low.dh - ci_low.R, ci_high.dh - ci_high.R, deff.dh - deff.R)))
cat(sprintf("Compared %d published estimates: largest difference %.3g\\n", nrow(both), max(c(0, diff), na.rm = TRUE)))
`;
}
