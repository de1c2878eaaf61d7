/**
 * Reading the portal's CSV imports (departments, staff, petitions, clock stops, petition types): encoding detection
 * (UTF-8 with or without BOM, else CP949), header matching by English or Korean name in any order, streaming rows,
 * and problems collected per row and column so an import can reject a whole file with one report.
 * Parsing is Apache Commons CSV (RFC 4180); rows are never held in memory together, so 100,000-row files are fine.
 * Plain Java only, no container types: imports and the REST boundary share it and it is tested in milliseconds.
 */
package kr.minwon.portal.platform.csv;
