/**
 * Examples, to read and to copy: the journal app of <i>Kubernetes Best Practices</i>, chapter 1
 * ({@link dev.shipshape.examples.Journal}) with its parameters per environment and region
 * ({@link dev.shipshape.examples.JournalParameters}), the build-script entry point
 * ({@link dev.shipshape.examples.RenderJournal}) and the mistakes gallery. Not a library to depend on.
 */
package dev.shipshape.examples;
