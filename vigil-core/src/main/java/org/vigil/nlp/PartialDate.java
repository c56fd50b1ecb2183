package org.vigil.nlp;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A calendar date known to a year, a month or a day; written as {@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD} exactly as the gold files write it.
 */
public record PartialDate(int year, int month, int day, DatePrecision precision) {
    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("Year must lie in 1..9999, got " + year);
        }
        switch (precision) {
            case YEAR -> {
                if (month != 0 || day != 0) throw new IllegalArgumentException("A year-precision date has no month or day, got " + month + "/" + day);
            }
            case MONTH -> {
                if (month < 1 || month > 12 || day != 0) throw new IllegalArgumentException("A month-precision date needs a month 1..12 and no day, got " + month + "/" + day);
            }
            case DAY -> LocalDate.of(year, month, day); // throws DateTimeException for 31 February
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0, DatePrecision.YEAR);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0, DatePrecision.MONTH);
    }

    public static PartialDate ofDay(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), DatePrecision.DAY);
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when the text is none of them or not a real date. */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) return Optional.empty();
        try {
            return switch (text.length()) {
                case 4 -> Optional.of(ofYear(Integer.parseInt(text)));
                case 7 -> {
                    YearMonth ym = YearMonth.parse(text);
                    yield Optional.of(ofMonth(ym.getYear(), ym.getMonthValue()));
                }
                case 10 -> Optional.of(ofDay(LocalDate.parse(text)));
                default -> Optional.empty();
            };
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The first day this date can mean. */
    public LocalDate start() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    /** The last day this date can mean. */
    public LocalDate end() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** This date cut to a coarser precision (or itself when it is already that coarse). */
    public PartialDate truncatedTo(DatePrecision coarser) {
        if (coarser.compareTo(precision) >= 0) return this;
        return coarser == DatePrecision.YEAR ? ofYear(year) : ofMonth(year, month);
    }

    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }
}
