import type { IndicatorContract } from '@dh/core';

/**
 * The R function `one(x)` that estimates the indicator on one (sub)design or data frame,
 * returning the columns dh publishes, with the same estimator, interval and degrees of
 * freedom (those of the subset: svyby's, and dh's default).
 */
export function rEstimator(indicator: IndicatorContract, y: string, factor: number): string {
  const scale = factor === 1 ? '' : ` * ${factor}`;
  if (indicator.weighted) {
    switch (indicator.estimator) {
      case 'proportion':
        return `one <- function(x) {
  m <- svymean(~${y}, x, deff = TRUE)
  # dh reports Korn-Graubard ("beta") where the share is 0 or 1: the logit interval does not exist there.
  method <- if (coef(m)[[1]] %in% c(0, 1)) "beta" else "logit"
  p <- svyciprop(~I(${y} == 1), x, method = method, level = level)
  ci <- as.numeric(attr(p, "ci"))
  data.frame(estimate = as.numeric(p), se = as.numeric(SE(p)), ci_low = ci[1], ci_high = ci[2], deff = as.numeric(deff(m)), n = sum(weights(x) > 0))
}`;
      case 'mean':
        return `one <- function(x) {
  x <- subset(x, !is.na(${y}))
  m <- svymean(~${y}, x, deff = TRUE)
  ci <- confint(m, df = degf(x), level = level)
  data.frame(estimate = coef(m)[[1]], se = SE(m)[[1]], ci_low = ci[1, 1], ci_high = ci[1, 2], deff = deff(m)[[1]], n = sum(weights(x) > 0))
}`;
      default:
        return `one <- function(x) {
  x <- subset(x, !is.na(${y}))
  t <- svytotal(~${y}, x, deff = TRUE)
  ci <- confint(t, df = degf(x), level = level)
  data.frame(estimate = coef(t)[[1]]${scale}, se = SE(t)[[1]]${scale}, ci_low = ci[1, 1]${scale}, ci_high = ci[1, 2]${scale}, deff = deff(t)[[1]], n = sum(weights(x) > 0))
}`;
    }
  }
  switch (indicator.estimator) {
    case 'proportion':
      return `one <- function(x) {
  k <- sum(x$${y}); n <- nrow(x)
  # Wilson score interval: prop.test without continuity correction.
  ci <- suppressWarnings(prop.test(k, n, correct = FALSE, conf.level = level))$conf.int
  data.frame(estimate = k / n, se = sqrt(k / n * (1 - k / n) / n), ci_low = ci[1], ci_high = ci[2], deff = NA, n = n)
}`;
    case 'mean':
      return `one <- function(x) {
  v <- x$${y}[!is.na(x$${y})]
  t <- t.test(v, conf.level = level)
  data.frame(estimate = mean(v), se = sd(v) / sqrt(length(v)), ci_low = t$conf.int[1], ci_high = t$conf.int[2], deff = NA, n = length(v))
}`;
    default:
      return `one <- function(x) {
  v <- x$${y}[!is.na(x$${y})]
  # An exact sum: no sampling error.
  data.frame(estimate = sum(v)${scale}, se = NA, ci_low = NA, ci_high = NA, deff = NA, n = length(v))
}`;
  }
}
