/**
 * <b>Not API.</b> Leaf helpers every layer may use and that use nothing of Shipshape: argument checks, message text,
 * the quantity, cron and CIDR parsers, kustomize's hash, name suggestions, memos. A test keeps this package free of
 * imports from the rest of the project. Anything here may change in any release.
 */
package dev.shipshape.internal.lang;
