package kr.minwon.portal.petition.boundary;

import static kr.minwon.portal.platform.rest.Jsons.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kr.minwon.portal.calendar.control.WorkingCalendar;
import kr.minwon.portal.petition.control.Outcome;
import kr.minwon.portal.petition.control.PetitionCsv;
import kr.minwon.portal.petition.control.PetitionInput;
import kr.minwon.portal.petition.entity.Channel;
import kr.minwon.portal.petition.entity.Petition;
import kr.minwon.portal.petition.entity.PetitionExtension;
import kr.minwon.portal.petition.entity.PetitionStop;
import kr.minwon.portal.petition.entity.Residence;
import kr.minwon.portal.platform.csv.CsvValues;
import kr.minwon.portal.platform.rest.InputRejected;
import kr.minwon.portal.platform.rest.Problem;
import kr.minwon.portal.platform.text.Texts;

/**
 * The petition API's JSON: request bodies read field by field so that every malformed value is named (400), and
 * records written with camelCase fields and office-local times to the minute ({@code 2026-06-04T15:00}).
 */
public final class PetitionJson {

    public static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT);

    private PetitionJson() {}

    // ---------------------------------------------------------------- reading

    /** A request body: an object, or 400 naming {@code body}. */
    public static Body body(String text) {
        if (text == null || text.isBlank()) {
            throw bad("body", Texts.t("petition.msg.PetitionJson.8"));
        }
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw bad("body", Texts.t("petition.msg.PetitionJson.7"));
            }
            return new Body(value.asJsonObject());
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw bad(
                    "body",
                    Texts.t("petition.msg.jsonSyntax")
                            + (at == null
                                    ? ""
                                    : Texts.t("petition.msg.jsonAt", at.getLineNumber(), at.getColumnNumber()))
                            + ": " + e.getMessage());
        } catch (JsonException e) {
            throw bad("body", Texts.t("petition.msg.unreadableJson", e.getMessage()));
        }
    }

    /** The petition record of {@code PUT /petitions/{receiptNo}}; a missing or malformed field gives 400 naming it. */
    public static PetitionInput input(String receiptNo, String text) {
        Body b = body(text);
        String inBody = b.text("receiptNo", false);
        if (inBody != null && !inBody.trim().equals(receiptNo == null ? null : receiptNo.trim())) {
            b.errors.add(new Problem.FieldError("receiptNo", null, Texts.t("petition.msg.PetitionJson.6")));
        }
        PetitionInput in = new PetitionInput(
                receiptNo,
                b.text("typeCode", true),
                b.dateTime("receivedAt", true),
                b.text("handlerNo", true),
                b.text("departmentCode", false),
                b.choice("channel", Channel.class, PetitionCsv.CHANNEL_ALIASES),
                b.choice("resident", Residence.class, PetitionCsv.RESIDENCE_ALIASES),
                b.dateTime("approvedAt", false),
                b.dateTime("closedAt", false),
                b.choice("outcome", Outcome.class, PetitionCsv.OUTCOME_ALIASES),
                b.bool("compound", false));
        b.done();
        return in;
    }

    static InputRejected bad(String field, String reason) {
        return new InputRejected(
                InputRejected.BAD_REQUEST, reason, List.of(new Problem.FieldError(field, null, reason)));
    }

    /** A JSON object read field by field; problems are collected and thrown together by {@link #done()}. */
    public static final class Body {
        private final JsonObject json;
        private final List<Problem.FieldError> errors = new ArrayList<>();

        Body(JsonObject json) {
            this.json = json;
        }

        public JsonObject json() {
            return json;
        }

        private JsonValue value(String field, boolean required) {
            JsonValue v = json.get(field);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                if (required) {
                    errors.add(new Problem.FieldError(field, null, Texts.t("petition.msg.PetitionJson.5")));
                }
                return null;
            }
            return v;
        }

        /** Text, also a number given for a code such as an employee number. */
        public String text(String field, boolean required) {
            JsonValue v = value(field, required);
            if (v == null) {
                return null;
            }
            String s = switch (v.getValueType()) {
                case STRING -> ((JsonString) v).getString();
                case NUMBER -> ((JsonNumber) v).toString();
                default -> {
                    errors.add(new Problem.FieldError(field, null, Texts.t("petition.msg.PetitionJson.4")));
                    yield null;
                }
            };
            if (s != null && s.isBlank()) {
                if (required) {
                    errors.add(new Problem.FieldError(field, null, Texts.t("petition.msg.PetitionJson.3")));
                }
                return null;
            }
            return s == null ? null : s.trim();
        }

        public LocalDateTime dateTime(String field, boolean required) {
            String s = text(field, required);
            if (s == null) {
                return null;
            }
            Optional<LocalDateTime> parsed = CsvValues.parseDateTime(s, CsvValues.OFFICE_ZONE);
            if (parsed.isEmpty()) {
                errors.add(new Problem.FieldError(field, null, Texts.t("petition.msg.DeadlineResource.12"), s));
                return null;
            }
            return parsed.get();
        }

        public <E extends Enum<E>> E choice(String field, Class<E> type, Map<String, E> aliases) {
            return choice(field, type, aliases, false);
        }

        public <E extends Enum<E>> E choice(String field, Class<E> type, Map<String, E> aliases, boolean required) {
            String s = text(field, required);
            if (s == null) {
                return null;
            }
            Optional<E> parsed = CsvValues.parseChoice(s, type, aliases);
            if (parsed.isEmpty()) {
                List<String> names = new ArrayList<>();
                for (E constant : type.getEnumConstants()) {
                    names.add(constant.name());
                }
                names.addAll(aliases.keySet().stream().sorted().toList());
                errors.add(new Problem.FieldError(
                        field, null, Texts.t("petition.msg.allowedValues", String.join(", ", names)), s));
                return null;
            }
            return parsed.get();
        }

        /** true/false, also "Y"/"N" as the CSV writes it. */
        public Boolean bool(String field, boolean required) {
            JsonValue v = value(field, required);
            if (v == null) {
                return null;
            }
            if (v == JsonValue.TRUE
                    || v == JsonValue.FALSE
                    || v.getValueType() == JsonValue.ValueType.TRUE
                    || v.getValueType() == JsonValue.ValueType.FALSE) {
                return v.getValueType() == JsonValue.ValueType.TRUE;
            }
            if (v.getValueType() == JsonValue.ValueType.STRING) {
                Optional<Boolean> yn = CsvValues.parseYesNo(((JsonString) v).getString());
                if (yn.isPresent()) {
                    return yn.get();
                }
            }
            errors.add(new Problem.FieldError(field, null, Texts.t("petition.msg.PetitionJson.2"), v.toString()));
            return null;
        }

        public Integer integer(String field, boolean required) {
            JsonValue v = value(field, required);
            if (v == null) {
                return null;
            }
            if (v.getValueType() == JsonValue.ValueType.NUMBER && ((JsonNumber) v).isIntegral()) {
                try {
                    return ((JsonNumber) v).intValueExact();
                } catch (ArithmeticException e) {
                    // falls through to the error below
                }
            } else if (v.getValueType() == JsonValue.ValueType.STRING) {
                Optional<Integer> i = CsvValues.parseInteger(((JsonString) v).getString());
                if (i.isPresent()) {
                    return i.get();
                }
            }
            errors.add(new Problem.FieldError(field, null, Texts.t("petition.msg.PetitionJson.1"), v.toString()));
            return null;
        }

        /** Throws 400 with every field problem found so far. */
        public void done() {
            if (!errors.isEmpty()) {
                String fields = String.join(
                        ", ",
                        errors.stream()
                                .map(Problem.FieldError::field)
                                .distinct()
                                .toList());
                throw new InputRejected(
                        InputRejected.BAD_REQUEST, Texts.t("petition.msg.badFields", String.valueOf(fields)), errors);
            }
        }
    }

    // ---------------------------------------------------------------- writing

    public static String time(LocalDateTime t) {
        return t == null ? null : MINUTES.format(t);
    }

    /**
     * The stored record with its computed deadline; {@code full} adds its stops and extensions. {@code provisional}
     * says the deadline lies past the holidays loaded in {@code calendar} (weekends only, it may still move).
     */
    public static JsonObject petition(Petition p, String result, boolean full, WorkingCalendar calendar) {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        if (result != null) {
            o.add("result", result);
        }
        o.add("receiptNo", p.getReceiptNo())
                .add("typeCode", p.getType().getCode())
                .add("typeName", p.getType().getName())
                .add("period", p.getPeriodAmount())
                .add("unit", p.getPeriodUnit().name());
        add(o, "receivedAt", time(p.getReceivedAt()));
        o.add("handlerNo", p.getHandler().getEmployeeNo());
        o.add("departmentCode", p.getUnit().getCode());
        if (p.getDepartment() != null
                && !p.getDepartment().getCode().equals(p.getUnit().getCode())) {
            o.add("parentDepartmentCode", p.getDepartment().getCode());
        }
        o.add("channel", p.getChannel().name());
        add(o, "resident", p.getResident() == null ? null : p.getResident().name());
        add(o, "approvedAt", time(p.getApprovedAt()));
        add(o, "closedAt", time(p.getClosedAt()));
        add(o, "outcome", p.getOutcome() == null ? null : p.getOutcome().name());
        o.add("compound", p.isCompound())
                .add("status", p.getStatus().name())
                .add("mode", p.getMode().name())
                .add("deadline", time(p.getDeadline()))
                .add("provisional", calendar.isProvisional(p.getDeadline().toLocalDate()))
                .add("originalDeadline", time(p.getOriginalDeadline()))
                .add("workingMinutes", p.getWorkingMinutes());
        add(o, "usedMinutes", p.getUsedMinutes());
        add(o, "legalDays", p.getLegalDays());
        add(o, "usedDays", p.getUsedDays());
        if (p.getOnTime() != null) {
            o.add("onTime", p.getOnTime());
        } else {
            o.addNull("onTime");
        }
        if (p.getLateDays() != null) {
            o.add("lateDays", p.getLateDays());
        } else {
            o.addNull("lateDays");
        }
        add(o, "transferredFrom", p.getTransferredFrom());
        o.add("version", p.getVersion());
        if (full) {
            JsonArrayBuilder stops = JSON.createArrayBuilder();
            for (PetitionStop s : p.getStops()) {
                stops.add(stop(s));
            }
            JsonArrayBuilder extensions = JSON.createArrayBuilder();
            for (PetitionExtension e : p.getExtensions()) {
                JsonObjectBuilder x = JSON.createObjectBuilder()
                        .add("ordinal", e.getOrdinal())
                        .add("amount", e.getAmount())
                        .add("reason", e.getReason())
                        .add("consent", e.isConsent());
                add(x, "newDeadline", time(e.getNewDeadline()));
                add(x, "decidedAt", time(e.getDecidedAt()));
                extensions.add(x);
            }
            o.add("stops", stops).add("extensions", extensions);
        }
        return o.build();
    }

    public static JsonObject stop(PetitionStop s) {
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("id", s.getId())
                .add("reason", s.getReason().name());
        add(o, "startedAt", time(s.getStartedAt()));
        add(o, "endedAt", time(s.getEndedAt()));
        add(o, "note", s.getNote());
        return o.build();
    }

    static void add(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    static void add(JsonObjectBuilder o, String name, Long value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    static void add(JsonObjectBuilder o, String name, BigDecimal value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }
}
