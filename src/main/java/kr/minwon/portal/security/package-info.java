/**
 * Floor 5, below calendar and above staff (an account is an employee's sign-in): sign-in, password and logout
 * pages, CurrentUser, accounts and API keys.
 *
 * Authentication and protection: one HTTP mechanism for staff form sign-in (session) and API keys (per request),
 * PBKDF2 password hashes with lockout, SHA-256-hashed API keys shown once, security headers, the audit log.
 * API scopes become roles named API_*, so facades guard API callers and staff with the same annotations.
 */
package kr.minwon.portal.security;
