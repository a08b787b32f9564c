# Reference values for the TypeScript estimation engine, computed with R `survey`.
# Run from the repository root:
#   Rscript packages/analysis/test/r/make-reference.R
# Reads  packages/analysis/test/fixtures/design-sample.csv, design-lonely.csv
# Writes packages/analysis/test/fixtures/r-reference.json (17 significant digits).
# CI has no R: it only reads the committed JSON.
suppressMessages(library(survey))

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
fixtures <- normalizePath(file.path(dirname(script), "..", "fixtures"))

# ---- a tiny JSON writer, so every number is printed with %.17g ---------------
to_json <- function(x) {
  if (is.list(x)) {
    if (!is.null(names(x))) {
      items <- mapply(function(k, v) paste0('"', k, '":', to_json(v)), names(x), x)
      return(paste0("{", paste(items, collapse = ","), "}"))
    }
    return(paste0("[", paste(vapply(x, to_json, ""), collapse = ","), "]"))
  }
  if (length(x) != 1) return(to_json(as.list(x)))
  if (is.character(x)) return(paste0('"', gsub('"', '\\\\"', x), '"'))
  if (is.logical(x) && !is.na(x)) return(if (x) "true" else "false")
  if (is.na(x) || is.infinite(x)) return("null")
  sprintf("%.17g", as.numeric(x))
}
num <- function(x) unname(as.numeric(x))

read_fixture <- function(name) {
  d <- read.csv(file.path(fixtures, name), stringsAsFactors = FALSE)
  d$psu <- as.integer(d$psu)
  d
}
make_design <- function(d) {
  svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, data = d, nest = TRUE)
}

# ---- estimators on one (sub)design ------------------------------------------
mean_of <- function(formula, des, na.rm = FALSE) {
  m <- svymean(formula, des, deff = TRUE, na.rm = na.rm)
  mr <- svymean(formula, des, deff = "replace", na.rm = na.rm)
  ci <- confint(m, df = degf(des))
  list(est = num(coef(m)), se = num(SE(m)), deff = num(deff(m)), deff_replace = num(deff(mr)),
       ci_low = ci[1, 1], ci_high = ci[1, 2])
}
total_of <- function(formula, des) {
  m <- svytotal(formula, des, deff = TRUE)
  mr <- svytotal(formula, des, deff = "replace")
  ci <- confint(m, df = degf(des))
  list(est = num(coef(m)), se = num(SE(m)), deff = num(deff(m)), deff_replace = num(deff(mr)),
       ci_low = ci[1, 1], ci_high = ci[1, 2])
}
ratio_of <- function(num_f, den_f, des) {
  m <- svyratio(num_f, den_f, des, deff = TRUE)
  ci <- confint(m, df = degf(des))
  list(est = num(coef(m)), se = num(SE(m)), deff = num(attr(m, "deff")),
       ci_low = ci[1, 1], ci_high = ci[1, 2])
}
ciprop_of <- function(des, method) {
  r <- svyciprop(~I(y == 1), des, method = method)
  ci <- attr(r, "ci")
  list(est = num(r), low = num(ci[1]), high = num(ci[2]), df = degf(des))
}
design_facts <- function(des) {
  list(degf = degf(des), n = nrow(des), weighted_n = sum(weights(des)))
}
all_estimates <- function(des) {
  c(design_facts(des), list(
    mean_y = mean_of(~y, des), mean_x = mean_of(~x, des), total_y = total_of(~y, des),
    total_x = total_of(~x, des), ratio_y_x = ratio_of(~y, ~x, des),
    ciprop_logit = ciprop_of(des, "logit"), ciprop_beta = ciprop_of(des, "beta"),
    ciprop_mean = ciprop_of(des, "mean")))
}

# ---- main fixture: overall and domains ---------------------------------------
options(survey.lonely.psu = "fail")
d <- read_fixture("design-sample.csv")
des <- make_design(d)

# Domains as filters on the data; each is estimated through subset(), which is
# what svyby does internally (design[byfactor == level, ]).
domain_filters <- list(
  "sex=F" = quote(sex == "F"),
  "sex=M" = quote(sex == "M"),
  "age_band=12-13" = quote(age_band == "12-13"),
  "age_band=14-15" = quote(age_band == "14-15"),
  "age_band=16-17" = quote(age_band == "16-17"),
  "in_universe=1" = quote(in_universe == 1),
  "in_universe=1&sex=F" = quote(in_universe == 1 & sex == "F"),
  "in_universe=1&age_band=16-17" = quote(in_universe == 1 & age_band == "16-17"),
  "stratum=S1&sex=F" = quote(stratum == "S1" & sex == "F"),
  "small" = quote(in_universe == 1 & sex == "M" & age_band == "12-13" & stratum %in% c("S1", "S2"))
)
domains <- lapply(names(domain_filters), function(name) {
  sub <- do.call(subset, list(des, domain_filters[[name]]))
  c(list(name = name), all_estimates(sub))
})

by_table <- function(by) {
  mean_y <- svyby(~y, by, des, svymean, deff = TRUE)
  total_y <- svyby(~y, by, des, svytotal)
  ratio <- svyby(~y, by, des, svyratio, denominator = ~x)
  beta <- svyby(~I(y == 1), by, des, svyciprop, vartype = "ci", method = "beta")
  logit <- svyby(~I(y == 1), by, des, svyciprop, vartype = "ci", method = "logit")
  list(levels = as.character(mean_y[[1]]),
       mean_y = list(est = num(coef(mean_y)), se = num(SE(mean_y)), deff = num(deff(mean_y))),
       total_y = list(est = num(coef(total_y)), se = num(SE(total_y))),
       ratio_y_x = list(est = num(coef(ratio)), se = num(SE(ratio))),
       ciprop_beta = list(low = num(beta$ci_l), high = num(beta$ci_u)),
       ciprop_logit = list(low = num(logit$ci_l), high = num(logit$ci_u)))
}

# Missing values: na.rm = TRUE drops the rows, as a domain of the answered rows.
missing_y <- c(mean_of(~y_na, des, na.rm = TRUE),
               design_facts(subset(des, !is.na(y_na))))

main <- c(design_facts(des), list(
  overall = all_estimates(des),
  domains = domains,
  svyby = list(sex = by_table(~sex), age_band = by_table(~age_band)),
  missing_y = missing_y
))

# ---- lonely PSU: stratum S3 has one PSU --------------------------------------
dl <- read_fixture("design-lonely.csv")
lonely_case <- function(des) {
  c(design_facts(des), list(mean_y = mean_of(~y, des), mean_x = mean_of(~x, des),
    total_y = total_of(~y, des), ratio_y_x = ratio_of(~y, ~x, des),
    ciprop_beta = ciprop_of(des, "beta")))
}
lonely_domains <- list(
  "sex=F" = quote(sex == "F"),
  "stratum!=S3" = quote(stratum != "S3"),
  "stratum=S3|stratum=S1" = quote(stratum %in% c("S1", "S3")),
  "stratum=S3" = quote(stratum == "S3")
)
lonely_policy <- function(policy) {
  options(survey.lonely.psu = policy)
  des <- make_design(dl)
  doms <- lapply(names(lonely_domains), function(name) {
    sub <- do.call(subset, list(des, lonely_domains[[name]]))
    res <- tryCatch(lonely_case(sub), error = function(e) list(error = conditionMessage(e)))
    c(list(name = name), res)
  })
  overall <- tryCatch(lonely_case(des), error = function(e) list(error = conditionMessage(e)))
  list(overall = overall, domains = doms)
}
policies <- c("fail", "remove", "certainty", "adjust", "average")
lonely <- suppressWarnings(setNames(lapply(policies, lonely_policy), policies))
options(survey.lonely.psu = "fail")

# ---- quantiles ---------------------------------------------------------------
qt_cases <- expand.grid(p = c(0.025, 0.975, 0.005, 0.05, 0.3, 1e-6),
                        df = c(1, 2, 3, 4, 7, 10, 26, 29.5, 33, 100, 572, 1000, 1e5))
qt_values <- lapply(seq_len(nrow(qt_cases)), function(i) {
  p <- qt_cases$p[i]; df <- qt_cases$df[i]
  list(p = p, df = df, value = qt(p, df))
})
qbeta_cases <- list(
  c(0.025, 12.3, 400.7), c(0.975, 13.3, 399.7), c(0.025, 0.5, 3), c(0.975, 2, 0.5),
  c(0.5, 1, 1), c(0.025, 1500.25, 8000.75), c(0.975, 1501.25, 7999.75), c(0.025, 0.05, 10),
  c(1e-8, 3, 4), c(0.999, 200, 3), c(0.05, 5, 0.5), c(0.3, 2.5, 2.5), c(0.025, 1, 57.4),
  c(0.975, 57.4, 1), c(0.025, 0.2, 0.3), c(0.9, 30000, 40), c(0.025, 3.7, 95000)
)
qbeta_values <- lapply(qbeta_cases, function(c) list(p = c[1], a = c[2], b = c[3], value = qbeta(c[1], c[2], c[3])))
pbeta_values <- lapply(qbeta_cases, function(c) {
  x <- qbeta(c[1], c[2], c[3]) * 0.999
  list(x = x, a = c[2], b = c[3], value = pbeta(x, c[2], c[3]))
})
qnorm_values <- lapply(c(0.975, 0.995, 0.95, 0.9, 0.5, 0.3, 1e-10, 0.025, 0.999999),
                       function(p) list(p = p, value = qnorm(p)))

# ---- Wilson score interval = prop.test without continuity correction --------
wilson_cases <- list(c(81, 263, 0.95), c(15, 148, 0.95), c(0, 20, 0.95), c(1, 29, 0.95),
                     c(29, 50, 0.95), c(5, 40, 0.9), c(50, 50, 0.99))
wilson <- lapply(wilson_cases, function(c) {
  ci <- prop.test(c[1], c[2], conf.level = c[3], correct = FALSE)$conf.int
  list(x = c[1], n = c[2], level = c[3], low = ci[1], high = ci[2])
})

out <- list(
  meta = list(r = R.version.string, survey = as.character(packageVersion("survey")),
              script = "packages/analysis/test/r/make-reference.R"),
  main = main, lonely = lonely,
  quantiles = list(qt = qt_values, qbeta = qbeta_values, pbeta = pbeta_values, qnorm = qnorm_values),
  wilson = wilson
)
writeLines(to_json(out), file.path(fixtures, "r-reference.json"))
cat("wrote", file.path(fixtures, "r-reference.json"), "\n")
