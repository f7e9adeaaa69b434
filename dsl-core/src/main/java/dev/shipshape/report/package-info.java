/**
 * Reports of a check, in the formats CI servers read: text, JSON, SARIF 2.1.0 (GitHub code scanning) and JUnit XML
 * (Jenkins, GitLab). The command line ({@code shipshape-cli}) and the Maven plugin write these.
 *
 * <pre>{@code
 * Report report = Report.check(Policy.defaults(), Path.of("k8s"));
 * report.writeTo(ReportFormat.SARIF, Path.of("shipshape.sarif"));
 * System.exit(report.hasErrors() ? 1 : 0);
 * }</pre>
 */
package dev.shipshape.report;
