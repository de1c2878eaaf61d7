package kr.minwon.portal.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment of an Arquillian container test: the packaged WAR as it ships, plus the test classes, with the
 * Arquillian test servlet reachable without signing in (everything else keeps the WAR's own constraints).
 */
public final class InContainer {

    private InContainer() {}

    public static WebArchive war(Class<?>... testClasses) {
        String war = System.getProperty("portal.war", "target/minwon-portal.war");
        WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, new File(war));
        String webXml;
        try (var in = archive.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String open = """
                  <security-constraint>
                    <web-resource-collection>
                      <web-resource-name>arquillian</web-resource-name>
                      <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                      <url-pattern>/ArquillianServletRunnerEE9/*</url-pattern>
                    </web-resource-collection>
                  </security-constraint>
                </web-app>""";
        archive.delete("WEB-INF/web.xml");
        archive.setWebXML(new StringAsset(webXml.replace("</web-app>", open)));
        return archive.addClasses(testClasses).addClass(InContainer.class);
    }
}
