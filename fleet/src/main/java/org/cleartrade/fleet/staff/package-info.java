/**
 * The fleet's staff and how they sign in: {@link StaffAccounts} with {@link PasswordHash} (PBKDF2
 * from the JDK, decision 1004) and throttled sign-in, bearer {@link StaffTokens} for the staff API
 * by role (cashier, operator, administrator), and browser {@link WebSessions} with a CSRF token.
 * Passwords, bearer tokens and browser session ids are kept only as hashes.
 */
package org.cleartrade.fleet.staff;
