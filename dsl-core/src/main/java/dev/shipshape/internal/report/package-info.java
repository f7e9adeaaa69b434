/**
 * <b>Not API.</b> The report formats of {@code dev.shipshape.report.Report}: text, JSON, SARIF 2.1.0 and JUnit XML,
 * each written from the violations of a check and the files it read. Sits above the validation API. Anything here may
 * change in any release.
 */
package dev.shipshape.internal.report;
