/**
 * Petition deadlines: legal periods, clock stops, extensions, and the time a petition used (DOMAIN §2, §4).
 * Periods of 5 days or less and 즉시 count working minutes from receipt; 6 days or more count working days with the
 * day of receipt as day 1; weeks, months and years follow 민법 160/161. All deadlines end inside working time or
 * exactly at a block's end, never earlier because of a stop. Pure java.time; "now" is always a parameter.
 */
package kr.minwon.portal.petition.control;
