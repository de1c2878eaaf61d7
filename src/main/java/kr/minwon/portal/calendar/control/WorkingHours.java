package kr.minwon.portal.calendar.control;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * The blocks of working time in a working day, and how much working time a "day" of a legal period is worth.
 *
 * @param blocks ordered, non-overlapping blocks within one day
 * @param minutesPerDay a day of an hour-counted period (민원법: 8 hours), kept apart from the blocks' length because
 *     an office that counts lunch as working time still owes an 8-hour day
 * @param afterHoursStartsNextWorkingStart a receipt after the day's working time belongs to the next working day
 */
public record WorkingHours(List<Block> blocks, int minutesPerDay, boolean afterHoursStartsNextWorkingStart) {

    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime NOON = LocalTime.of(12, 0);
    private static final LocalTime ONE = LocalTime.of(13, 0);
    private static final LocalTime SIX = LocalTime.of(18, 0);

    /** One stretch of working time, start inclusive, end exclusive. */
    public record Block(LocalTime start, LocalTime end) {
        public Block {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("A block must end after it starts: " + start + "–" + end);
            }
        }

        int startMinute() {
            return start.toSecondOfDay() / 60;
        }

        int endMinute() {
            return end.toSecondOfDay() / 60;
        }
    }

    public WorkingHours {
        blocks = List.copyOf(blocks);
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("A working day needs at least one block");
        }
        for (int i = 1; i < blocks.size(); i++) {
            if (blocks.get(i).start().isBefore(blocks.get(i - 1).end())) {
                throw new IllegalArgumentException("Blocks must be ordered and must not overlap: " + blocks);
            }
        }
        if (minutesPerDay <= 0) {
            throw new IllegalArgumentException("minutesPerDay must be positive: " + minutesPerDay);
        }
    }

    /** 09:00–12:00 and 13:00–18:00, lunch excluded (지방공무원 복무규정 제2조; the portal's default). */
    public static WorkingHours standard() {
        return new WorkingHours(List.of(new Block(NINE, NOON), new Block(ONE, SIX)), 480, true);
    }

    /** 09:00–18:00 in one block, for offices that count the lunch hour; a day of a period stays 8 hours. */
    public static WorkingHours lunchIncluded() {
        return new WorkingHours(List.of(new Block(NINE, SIX)), 480, true);
    }

    public WorkingHours withAfterHoursStartsNextWorkingStart(boolean value) {
        return new WorkingHours(blocks, minutesPerDay, value);
    }

    public WorkingHours withMinutesPerDay(int value) {
        return new WorkingHours(blocks, value, afterHoursStartsNextWorkingStart);
    }

    /** Working minutes between the first block's start and the last block's end. */
    public int blockMinutes() {
        int sum = 0;
        for (Block block : blocks) {
            sum += block.endMinute() - block.startMinute();
        }
        return sum;
    }

    public LocalTime dayStart() {
        return blocks.get(0).start();
    }

    public LocalTime dayEnd() {
        return blocks.get(blocks.size() - 1).end();
    }
}
