/**
 * The Maven plugin, prefix {@code shipshape}: goals {@code render} (package phase), {@code check} (verify phase) and
 * {@code diff}. Its interface is the POM configuration; see the README, "Use Shipshape in your project".
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.shipshape</groupId>
 *   <artifactId>shipshape-maven-plugin</artifactId>
 *   <version>0.2.0</version>
 *   <executions><execution><goals><goal>render</goal><goal>check</goal></goals></execution></executions>
 * </plugin>
 * }</pre>
 */
package dev.shipshape.maven;
