/**
 * The integration-test harness: one Payara Micro per test JVM (PortalServer) serving every black-box HTTP and browser
 * test, an HTTP visitor that signs in through the real login form (PortalSession), headless Chromium (Browser), and
 * the demo accounts (DemoUser). Failsafe runs the *IT classes; `.ci/run` repeats them on PostgreSQL.
 */
package kr.minwon.portal.testing;
