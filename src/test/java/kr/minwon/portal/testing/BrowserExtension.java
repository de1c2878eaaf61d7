package kr.minwon.portal.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;

/**
 * Owns the headless browser of a browser IT: {@code @ExtendWith(BrowserExtension.class)}, then ask for a
 * {@link Browser}, {@link Pages} or {@link WebDriver} parameter.
 * <ul>
 * <li>asked in a {@code @BeforeAll} method: one browser for the whole class, closed after its last test;</li>
 * <li>asked in a test method of a class without one: that test's own fresh browser (new profile, no cookies), closed
 * after the test.</li>
 * </ul>
 * Browser, Pages and WebDriver asked in the same place are the same browser. The portal is {@link PortalServer#shared()}.
 */
public final class BrowserExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    /** Closes the browser when the context that asked for it (the class or the test) ends. */
    private record Owned(Browser browser, Pages pages) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            browser.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Browser.class || type == Pages.class || type == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // A test's store sees its class's: a class-wide browser, once started, is the one every test gets.
        Owned owned = context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        Owned.class,
                        key -> {
                            Browser browser = new Browser(PortalServer.shared());
                            return new Owned(browser, new Pages(browser));
                        },
                        Owned.class);
        Class<?> type = parameter.getParameter().getType();
        if (type == Pages.class) {
            return owned.pages();
        }
        return type == WebDriver.class ? owned.browser().driver() : owned.browser();
    }
}
