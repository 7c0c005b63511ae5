/**
 * Statutory rules of the UK Freedom of Information regimes as plain data and pure functions:
 * which law applies, working days, statutory periods and exemptions.
 *
 * <p>No framework imports: only the JDK and the jollyday holiday library, so every rule can be
 * unit-tested without starting the application, and the rest of the service depends on this
 * package, never the reverse.
 */
package org.roundrobin.law;
