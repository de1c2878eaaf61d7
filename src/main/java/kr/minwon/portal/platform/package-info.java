/**
 * The bottom floor, depending on no feature: also platform.rest (REST base, problem documents), platform.faces
 * (Faces helpers), platform.audit (the audit log), platform.csv and platform.xlsx.
 *
 * What belongs to no feature: the datasource, schema migrations, the office clock, health.
 * The schema comes only from Flyway migrations; EclipseLink never generates DDL.
 * "Now" is always asked of the injected {@link java.time.Clock} in the office's zone (Asia/Seoul).
 */
package kr.minwon.portal.platform;
