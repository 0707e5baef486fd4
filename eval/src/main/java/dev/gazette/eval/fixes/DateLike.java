package dev.gazette.eval.fixes;

import java.util.regex.Pattern;

/** The harness's yardstick for "this line is a date or time stamp, not a headline". */
final class DateLike {

    private static final Pattern WORDS = Pattern.compile(
            "(?i)\\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
                    + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?"
                    + "|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|am|pm|a\\.m|p\\.m|gmt|utc|[ecmp][sd]?t"
                    + "|bst|cet|published|updated|posted|on|at)\\b");

    private DateLike() {
    }

    /** True when nothing but digits, month and weekday names, time words and punctuation is left. */
    static boolean isDateLine(String line) {
        String t = line.strip();
        if (t.isEmpty() || !t.matches(".*\\d.*")) {
            return false;
        }
        String rest = WORDS.matcher(t).replaceAll(" ").replaceAll("[\\d\\s\\p{Punct}\\u2013\\u2014]+", "");
        return rest.isEmpty();
    }
}
