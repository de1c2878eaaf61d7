package kr.minwon.portal.notice.control;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A notice policy as the planner reads it: which stages, to whom, over which channels, for which petitions.
 *
 * @param minLegalDays petitions with a shorter legal period get no notices (default 5, DOMAIN §5)
 * @param hourStages whether hour-counted petitions get the H-n stages (off by default)
 * @param workingTimeOnly a notice due outside working time waits for the next working start
 */
public record NoticeRules(int minLegalDays, boolean hourStages, boolean workingTimeOnly, List<StageRule> stages) {

    /** One stage of a policy; the inbox is always among the channels. */
    public record StageRule(Stage stage, boolean enabled, Set<RecipientRole> roles, Set<DeliveryChannel> channels) {
        public StageRule {
            roles = roles.isEmpty() ? EnumSet.noneOf(RecipientRole.class) : EnumSet.copyOf(roles);
            EnumSet<DeliveryChannel> all = EnumSet.of(DeliveryChannel.INBOX);
            all.addAll(channels);
            channels = all;
        }
    }

    public NoticeRules {
        if (minLegalDays < 0) {
            throw new IllegalArgumentException("minLegalDays must not be negative: " + minLegalDays);
        }
        stages = stages.stream().sorted(Comparator.comparing(StageRule::stage)).toList();
    }

    /** DOMAIN §5: D-3 and D-1 to the handler; D-day to handler and team leader; overdue also to the department head. */
    public static NoticeRules officeDefault() {
        Set<DeliveryChannel> mail = EnumSet.of(DeliveryChannel.EMAIL);
        return new NoticeRules(
                5,
                false,
                true,
                List.of(
                        new StageRule(Stage.daysBefore(3), true, EnumSet.of(RecipientRole.HANDLER), mail),
                        new StageRule(Stage.daysBefore(1), true, EnumSet.of(RecipientRole.HANDLER), mail),
                        new StageRule(
                                Stage.D_DAY, true, EnumSet.of(RecipientRole.HANDLER, RecipientRole.TEAM_LEADER), mail),
                        new StageRule(
                                Stage.OVERDUE,
                                true,
                                EnumSet.of(
                                        RecipientRole.HANDLER,
                                        RecipientRole.TEAM_LEADER,
                                        RecipientRole.DEPARTMENT_HEAD),
                                mail),
                        new StageRule(Stage.hoursLeft(4), true, EnumSet.of(RecipientRole.HANDLER), mail),
                        new StageRule(Stage.hoursLeft(1), true, EnumSet.of(RecipientRole.HANDLER), mail)));
    }

    public Optional<StageRule> rule(Stage stage) {
        return stages.stream().filter(s -> s.stage().equals(stage)).findFirst();
    }

    public NoticeRules withMinLegalDays(int days) {
        return new NoticeRules(days, hourStages, workingTimeOnly, stages);
    }

    public NoticeRules withHourStages(boolean on) {
        return new NoticeRules(minLegalDays, on, workingTimeOnly, stages);
    }
}
