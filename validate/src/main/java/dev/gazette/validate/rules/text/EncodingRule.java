package dev.gazette.validate.rules.text;

import dev.gazette.analysis.text.TextUnit;
import dev.gazette.model.TextEdit;
import dev.gazette.validate.ArticleContext;
import dev.gazette.validate.Rule;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text damaged by character encoding: mojibake (UTF-8 read as Windows-1252 or Latin-1,
 * such as "â€™" for ’, "Ã©" for é, "Â£" for £), the replacement character U+FFFD (a character
 * lost for good), and control characters. Mojibake is recognised by its structure, not by a
 * list: a lead byte followed by the right number of continuation bytes, all seen as
 * Windows-1252 characters, which decode as valid UTF-8. The fix puts the original character
 * back (repeating while the text was encoded twice) or deletes a control character. The
 * file-level finding that a file was not UTF-8 at all is made by the reader under the same id.
 */
public final class EncodingRule implements Rule {

    public static final String ID = "encoding";

    /** Windows-1252 characters for the bytes 0x80-0x9F, which UTF-8 continuation bytes may be read as. */
    private static final String CP1252_HIGH = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160"
            + "\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161"
            + "\u203A\u0153\u009D\u017E\u0178";
    private static final String CONT = "[\\u0080-\\u00BF" + CP1252_HIGH + "]";
    private static final Pattern MOJIBAKE = Pattern.compile(
            "(?:[\\u00C2-\\u00DF]" + CONT + "|[\\u00E0-\\u00EF]" + CONT + "{2}|[\\u00F0-\\u00F4]" + CONT + "{3})+");
    private static final Pattern CONTROL =
            Pattern.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\u0080-\\u009F]");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void check(ArticleContext ctx) {
        for (TextUnit u : ctx.analysis().text().units(true)) {
            String t = u.text();
            boolean[] covered = new boolean[t.length()];
            Matcher m = MOJIBAKE.matcher(t);
            while (m.find()) {
                String fixed = repair(m.group());
                if (fixed == null || loneLetterOfOtherScript(m.group(), fixed)) {
                    continue;
                }
                for (int i = m.start(); i < m.end(); i++) {
                    covered[i] = true;
                }
                ctx.report(ID, u, m.start(), m.end(), "Mojibake '" + m.group() + "' in '"
                                + TextUnit.shorten(u.excerpt(m.start(), m.end(), 15, 15), 50)
                                + "': UTF-8 text read with the wrong character set; it stands for '" + fixed + "'",
                        "Write '" + fixed + "' (done by the normaliser), and check how the text was converted.",
                        List.of(u.edit(m.start(), m.end(), fixed)));
            }
            for (int i = t.indexOf('\uFFFD'); i >= 0; i = t.indexOf('\uFFFD', i + 1)) {
                ctx.report(ID, u, i, i + 1, "Replacement character U+FFFD in '"
                                + TextUnit.shorten(u.excerpt(i, i + 1, 15, 15), 50)
                                + "': a character was lost when the text was decoded",
                        "Recover the character from the original source.", List.of());
            }
            Matcher c = CONTROL.matcher(t);
            while (c.find()) {
                if (covered[c.start()]) {
                    continue;
                }
                List<TextEdit> edits = List.of(u.edit(c.start(), c.end(), ""));
                ctx.report(ID, u, c.start(), c.end(), String.format("Control character U+%04X in the text",
                        (int) t.charAt(c.start())),
                        "Delete it (done by the normaliser).", edits);
            }
        }
    }

    /**
     * True when a single two-character sequence would stand for one letter of another script (Greek,
     * Cyrillic, Hebrew, Arabic, ...): "×" and a no-break space, as in "Rosa × alba" or "3 × 4", read
     * as the Hebrew letter nun. One such letter alone in Latin text is not what the writer wrote;
     * mojibake of those scripts comes as runs of pairs, one per letter, which are still repaired.
     */
    static boolean loneLetterOfOtherScript(String mojibake, String fixed) {
        if (mojibake.length() != 2 || fixed.codePointCount(0, fixed.length()) != 1) {
            return false;
        }
        int c = fixed.codePointAt(0);
        return c >= 0x0370 && c < 0x0800;
    }

    /** The text {@code s} stood for before it was decoded with the wrong character set, or {@code null}. */
    static String repair(String s) {
        String current = s;
        for (int round = 0; round < 3; round++) {
            String next = decodeOnce(current);
            if (next == null) {
                return round == 0 ? null : current;
            }
            current = next;
            if (!MOJIBAKE.matcher(current).find()) {
                return current;
            }
        }
        return current;
    }

    private static String decodeOnce(String s) {
        byte[] bytes = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int high = CP1252_HIGH.indexOf(c);
            if (high >= 0) {
                bytes[i] = (byte) (0x80 + high);
            } else if (c <= 0xFF) {
                bytes[i] = (byte) c;
            } else {
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
