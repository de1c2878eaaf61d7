/**
 * The REST API base at /api/v1: the JAX-RS application and RFC 9457 problem documents for every error.
 * Resources live in their features' boundary packages; this package only holds what they share.
 */
package kr.minwon.portal.api;
