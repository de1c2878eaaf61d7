/**
 * The shell every page sits in: sign-in, the template's menus per role, language choice, home and error pages.
 * Menus only hide what a person cannot use; web.xml constraints and facade {@code @RolesAllowed} enforce it.
 */
package kr.minwon.portal.shell;
