package kr.minwon.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;

/**
 * The administration pages, which live with their features since issue 15 (they were all under {@code /admin/}):
 * where each old address went, for {@link MovedAdminPages}' permanent redirects, and whether a view is one of them,
 * for the template's admin-only banners ({@code #{adminPages.isAdminPage(view.viewId)}}).
 */
@Named
@ApplicationScoped
public class AdminPages {

    /** Old path (under the context) → new path. Every moved page keeps its ADMIN-only constraint in web.xml. */
    public static final Map<String, String> MOVED = Map.ofEntries(
            Map.entry("/admin/apikeys.xhtml", "/security/apikeys.xhtml"),
            Map.entry("/admin/calendar.xhtml", "/calendar/admin.xhtml"),
            Map.entry("/admin/cases.xhtml", "/cases/admin.xhtml"),
            Map.entry("/admin/mileage-rules.xhtml", "/mileage/rules.xhtml"),
            Map.entry("/admin/notice-log.xhtml", "/notices/log.xhtml"),
            Map.entry("/admin/notice-policy.xhtml", "/notices/policy.xhtml"),
            Map.entry("/admin/petition-types.xhtml", "/petitions/types.xhtml"),
            Map.entry("/admin/staff/employee.xhtml", "/staff/employee.xhtml"),
            Map.entry("/admin/staff/employees.xhtml", "/staff/employees.xhtml"),
            Map.entry("/admin/staff/import.xhtml", "/staff/import.xhtml"),
            Map.entry("/admin/staff/unit.xhtml", "/staff/unit.xhtml"),
            Map.entry("/admin/staff/units.xhtml", "/staff/units.xhtml"));

    /** The administration tasks' landing page, served at {@code /admin/} (issue 18). */
    public static final String LANDING = "/admin/index.xhtml";

    /** Where an old {@code /admin/...} page is now, if it was one. */
    public static Optional<String> movedTo(String oldPath) {
        return Optional.ofNullable(MOVED.get(oldPath));
    }

    /** Whether a view id is one of the administration pages (their new addresses). */
    public boolean isAdminPage(String viewId) {
        return viewId != null && (MOVED.containsValue(viewId) || LANDING.equals(viewId));
    }
}
