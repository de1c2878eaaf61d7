/**
 * Excel (xlsx) output for the portal's list exports. Streaming only: rows go to a temporary file as they are added,
 * so a caller pages through its facade (a few hundred rows a call) and never holds a whole table.
 */
package kr.minwon.portal.platform.xlsx;
