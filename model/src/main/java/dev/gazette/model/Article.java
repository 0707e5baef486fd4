package dev.gazette.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One parsed article: its metadata, body and everything set aside, plus the raw text so
 * nothing is lost. Absent values are {@code null}; lists are never {@code null}.
 *
 * @param id             the file name without extension, e.g. {@code 002_5bec011eb4161289}
 * @param source         the input path, relative as given, with forward slashes
 * @param sha256         SHA-256 of the raw bytes, lower-case hex
 * @param encoding       the character set the bytes were decoded with
 * @param title          the title line, or {@code null} when the article has none
 * @param dek            the standfirst under the title, or {@code null}
 * @param dateline       the opening dateline, or {@code null}
 * @param published      the publication date, or {@code null}
 * @param publisher      who published it (from the dateline desk or a source line), or {@code null}
 * @param originalSource where it was first published (an "Original Source:" host), or {@code null}
 * @param paragraphs     the body paragraphs in order
 * @param headings       section headings inside the body, in order
 * @param setAside       lines kept out of the body, with reasons
 * @param attributions   labelled source lines found in the text
 * @param wrapWidth      the hard-wrap width when the body is hard-wrapped text, else 0
 * @param raw            the decoded raw text (without a byte-order mark)
 */
public record Article(
        @NotBlank @Pattern(regexp = Article.ID_PATTERN,
                message = "must be letters, digits, '.', '_' or '-' (from the file name)") String id,
        @NotBlank String source,
        @NotNull @Pattern(regexp = "[0-9a-f]{64}") String sha256,
        @NotBlank String encoding,
        @Valid Block title,
        @Valid Block dek,
        Dateline dateline,
        @Valid PublishedDate published,
        String publisher,
        String originalSource,
        @NotNull @Size(min = 1, message = "must have at least one body paragraph") List<@Valid Paragraph> paragraphs,
        @NotNull List<@Valid Block> headings,
        @NotNull List<SetAsideLine> setAside,
        @NotNull List<Attribution> attributions,
        @Min(0) int wrapWidth,
        @NotNull String raw) {

    /** What an article id may look like. */
    public static final String ID_PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,199}";

    public Article {
        paragraphs = List.copyOf(paragraphs);
        headings = List.copyOf(headings);
        setAside = List.copyOf(setAside);
        attributions = List.copyOf(attributions);
    }

    /** The body paragraphs' texts separated by a blank line. */
    public String bodyText() {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(p.text());
        }
        return sb.toString();
    }

    /** Counts the words of the body: whitespace-separated tokens holding a letter or digit. */
    public int wordCount() {
        int words = 0;
        for (Paragraph p : paragraphs) {
            words += countWords(p.text());
        }
        return words;
    }

    /** Counts whitespace-separated tokens that hold at least one letter or digit. */
    public static int countWords(String text) {
        int words = 0;
        boolean inToken = false;
        boolean hasAlnum = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (inToken && hasAlnum) {
                    words++;
                }
                inToken = false;
                hasAlnum = false;
            } else {
                inToken = true;
                hasAlnum |= Character.isLetterOrDigit(c);
            }
        }
        if (inToken && hasAlnum) {
            words++;
        }
        return words;
    }
}
