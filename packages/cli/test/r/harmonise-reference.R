# Reference values for `dh compare --harmonise`, computed with R `survey` on the restricted data.
# Run from the repository root (after npm run generate:examples, whenever the examples change):
#   Rscript packages/cli/test/r/harmonise-reference.R
# Reads  examples/xb/data/household-survey/{household,child,roster}.csv (synthetic; XB surveyed ages 9–17)
# Writes packages/cli/test/fixtures/harmonise-r-reference.json (17 significant digits).
# XB's estimates on XA's population (ages 12–17): each universe written out here, by hand, from
# the indicator's definition, and estimated as a domain of XB's full design (subset of the design,
# never of the data). CI has no R: it only reads the committed JSON.
suppressMessages(library(survey))

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
root <- normalizePath(file.path(dirname(script), "..", "..", "..", ".."))
data_dir <- file.path(root, "examples", "xb", "data", "household-survey")
read <- function(name) read.csv(file.path(data_dir, name), stringsAsFactors = FALSE, na.strings = "")

num <- function(x) sprintf("%.17g", as.numeric(x))
one <- function(design) {
  p <- svyciprop(~I(y == 1), design, method = "logit", level = 0.95)
  ci <- as.numeric(attr(p, "ci"))
  sprintf('{"estimate":%s,"ciLow":%s,"ciHigh":%s,"n":%d}', num(p), num(ci[1]), num(ci[2]), sum(weights(design) > 0))
}

# Children: respondents carry their own design weight, stratum and PSU.
child <- read("child.csv")
child <- subset(child, !is.na(weight))
child$y <- as.integer(!is.na(child$ocsea_threatened) & child$ocsea_threatened == "yes")
child_design <- svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, data = child, nest = TRUE)
threatened <- subset(child_design,
  caregiver_consent %in% "yes" & child_assent %in% "yes" & internet_use_recall %in% "yes" &
  age >= 12 & age <= 17 & ocsea_threatened %in% c("yes", "no"))

# Roster rows take their design from their household.
household <- read("household.csv")
roster <- merge(read("roster.csv"), household[, c("household_id", "stratum", "psu", "weight")],
  by.x = "roster_household_id", by.y = "household_id")
roster <- subset(roster, !is.na(weight))
roster$y <- as.integer(!is.na(roster$roster_internet_use) & roster$roster_internet_use == "yes")
roster_design <- svydesign(ids = ~psu, strata = ~stratum, weights = ~weight, data = roster, nest = TRUE)
online <- subset(roster_design, roster_internet_use %in% c("yes", "no") & roster_age >= 12 & roster_age <= 17)

json <- sprintf('{"country":"XB","population":"ages 12-17","ocsea_threatened":%s,"internet_use_all_children":%s}\n',
  one(threatened), one(online))
out <- file.path(root, "packages", "cli", "test", "fixtures", "harmonise-r-reference.json")
writeLines(sub("\n$", "", json), out)
cat("wrote", out, "\n")
