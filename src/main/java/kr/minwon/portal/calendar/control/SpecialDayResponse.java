package kr.minwon.portal.calendar.control;

import static kr.minwon.portal.platform.rest.Jsons.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a saved response of 한국천문연구원 특일정보 getRestDeInfo, in XML (the default) or JSON ({@code _type=json}).
 * The portal has no internet, so admins upload the file; only items marked {@code isHoliday=Y} become holidays.
 */
public final class SpecialDayResponse {

    private static final DateTimeFormatter LOCDATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** The default handler prints to stderr before throwing; the exception alone carries the message. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private SpecialDayResponse() {}

    /** Thrown when an uploaded file is not a response this reader understands. */
    public static final class UnreadableResponse extends RuntimeException {
        public UnreadableResponse(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Looks at the first significant character, because admins upload either format under any file name. */
    public static List<Holiday> parse(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        return text.startsWith("{") ? parseJson(text) : parseXml(content);
    }

    public static List<Holiday> parseXml(byte[] content) {
        try {
            Document document = secureBuilder().parse(new ByteArrayInputStream(content));
            requireNormalService(firstText(document, "resultCode"), firstText(document, "resultMsg"));
            NodeList items = document.getElementsByTagName("item");
            List<Holiday> holidays = new ArrayList<>();
            for (int i = 0; i < items.getLength(); i++) {
                Element item = (Element) items.item(i);
                addIfHoliday(holidays, text(item, "locdate"), text(item, "isHoliday"), text(item, "dateName"));
            }
            return holidays;
        } catch (SAXException | IOException e) {
            throw new UnreadableResponse(
                    "Not a readable special-day (getRestDeInfo) XML response: " + e.getMessage(), e);
        }
    }

    public static List<Holiday> parseXml(InputStream in) throws IOException {
        return parseXml(in.readAllBytes());
    }

    public static List<Holiday> parseJson(String content) {
        try (JsonReader reader = JSON.createReader(new StringReader(content))) {
            JsonObject response = reader.readObject().getJsonObject("response");
            JsonObject header = response.getJsonObject("header");
            if (header != null) {
                requireNormalService(scalar(header, "resultCode"), scalar(header, "resultMsg"));
            }
            JsonObject body = response.getJsonObject("body");
            List<Holiday> holidays = new ArrayList<>();
            for (JsonObject item : items(body)) {
                addIfHoliday(holidays, scalar(item, "locdate"), scalar(item, "isHoliday"), scalar(item, "dateName"));
            }
            return holidays;
        } catch (JsonParsingException | ClassCastException | NullPointerException e) {
            throw new UnreadableResponse(
                    "Not a readable special-day (getRestDeInfo) JSON response: " + e.getMessage(), e);
        }
    }

    /** The service sends an array for several items, an object for one, and an empty string for none. */
    private static List<JsonObject> items(JsonObject body) {
        if (body == null || !(body.get("items") instanceof JsonObject items)) {
            return List.of();
        }
        JsonValue item = items.get("item");
        if (item instanceof JsonArray array) {
            return array.getValuesAs(JsonObject.class);
        }
        if (item instanceof JsonObject single) {
            return List.of(single);
        }
        return List.of();
    }

    /** locdate and seq arrive as JSON numbers, the rest as strings. */
    private static String scalar(JsonObject item, String name) {
        JsonValue value = item.get(name);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        return null;
    }

    private static void addIfHoliday(List<Holiday> holidays, String locdate, String isHoliday, String name) {
        if (!"Y".equalsIgnoreCase(isHoliday == null ? null : isHoliday.strip())) {
            return;
        }
        if (locdate == null) {
            throw new UnreadableResponse("A holiday item has no locdate", null);
        }
        try {
            LocalDate date = LocalDate.parse(locdate.strip(), LOCDATE);
            holidays.add(new Holiday(date, name, Holiday.kindFromName(name)));
        } catch (DateTimeParseException e) {
            throw new UnreadableResponse("Bad locdate: " + locdate, e);
        }
    }

    /** A saved error reply (expired key, traffic limit) would otherwise import as "no holidays". */
    private static void requireNormalService(String code, String message) {
        if (code != null && !"00".equals(code.strip())) {
            throw new UnreadableResponse("The saved response is an error reply " + code.strip() + ": " + message, null);
        }
    }

    private static String firstText(Document document, String name) {
        NodeList nodes = document.getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    private static String text(Element item, String name) {
        NodeList nodes = item.getElementsByTagName(name);
        Node node = nodes.getLength() == 0 ? null : nodes.item(0);
        return node == null ? null : node.getTextContent();
    }

    /** Refuses DTDs and external entities: the file comes from a user upload (XXE). */
    private static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK XML parser cannot be secured", e);
        }
    }
}
