/**
 * <b>Not API.</b> Runs the rule catalog under a policy: applies severities and waivers, marks what a customization
 * introduced, and turns findings into the API's violations. Sits above the rules and the validation API. Anything here
 * may change in any release.
 */
package dev.shipshape.internal.check;
