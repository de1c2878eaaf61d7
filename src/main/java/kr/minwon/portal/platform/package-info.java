/**
 * What belongs to no feature: the datasource, schema migrations, the office clock, health.
 * The schema comes only from Flyway migrations; EclipseLink never generates DDL.
 * "Now" is always asked of the injected {@link java.time.Clock} in the office's zone (Asia/Seoul).
 */
package kr.minwon.portal.platform;
