/**
 * The REST API base at /api/v1: the JAX-RS application and RFC 9457 problem documents for every error.
 * Resources live in their features' boundary packages; this package only holds what they share: the exception
 * mappers ({@link kr.minwon.portal.platform.rest.ProblemMappers}, all answering through one
 * {@link kr.minwon.portal.platform.rest.ProblemResponses}), {@link kr.minwon.portal.platform.rest.InputRejected} for field-level 400/422
 * answers, and {@link kr.minwon.portal.platform.rest.PayloadTooLarge} for 413. Unknown errors answer 500 with an error number only.
 */
package kr.minwon.portal.platform.rest;
