/**
 * The command line: {@code java -jar shipshape-cli.jar check k8s/ --format sarif --output shipshape.sarif}. The
 * command line itself is the interface; {@link dev.shipshape.cli.ShipshapeCli#run} runs it in a JVM that is already
 * up (a build tool, a test).
 */
package dev.shipshape.cli;
