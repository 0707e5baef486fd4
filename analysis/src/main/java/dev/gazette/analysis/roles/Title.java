package dev.gazette.analysis.roles;

import dev.gazette.analysis.names.Mention;
import java.time.LocalDate;
import java.util.List;

/**
 * A title the text gives a person: "Iran's Foreign Minister Abbas Araghchi", "Ali Larijani, the
 * newly appointed Secretary of Iran's Supreme National Security Council", "X's first trip as
 * Iran's Vice President".
 *
 * @param person      the person's mention
 * @param written     the title phrase as written, qualifiers included
 * @param postWritten the post as written, without qualifiers, possessor or organisation ("Foreign Minister")
 * @param post        the post in the form compared with registries ("foreign minister"; see {@code titles.tsv})
 * @param of          the entity id of the organisation or country whose post it is, or {@code null}
 * @param ofName      that organisation's or country's name, or {@code null}
 * @param ofs         every organisation or country the phrase names (possessor, demonym, organisation)
 * @param tense       what the qualifiers and the verb say about time
 * @param told        the day the sentence tells of, when it names one ("on March 19, 2023"), else {@code null}
 * @param toldWords   when the sentence names no full day: the words of a time it tells of relative to the
 *                    article's date or a year ("late last year", "in 1985"), else {@code null}
 * @param past        whether the sentence sets the title in a time before the article's date, by its own words or
 *                    by the paragraph's frame: a year before the article's ("in 1993", "a 2007 visit"), "then-" for
 *                    another title, "at the time", a decade; a sentence opened by "In 1993," sets the following
 *                    sentences of its paragraph in that time until one tells of the article's own days ("on Monday")
 * @param unique      whether one person holds the post at a time (per organisation or country)
 * @param start       offset of the phrase in the raw text
 * @param end         offset just past the phrase in the raw text
 */
public record Title(Mention person, String written, String postWritten, String post, String of, String ofName,
                    List<String> ofs, Tense tense, LocalDate told, String toldWords, boolean past, boolean unique, int start,
                    int end) {

    public Title {
        ofs = List.copyOf(ofs);
    }

    /** What a title says about when the post was held, relative to the article's date. */
    public enum Tense {
        /** Held at the article's date ("Foreign Minister X", "X, who is ..."). */
        CURRENT,
        /** Taken shortly before the article's date ("newly appointed", "incoming"). */
        NEW,
        /** Held before the article's date and no longer ("former", "ex-"). */
        FORMER,
        /** Held at the time the text tells of ("then", "X was ...", "X's trip as ..."). */
        THEN,
        /** Held by a person who has died ("the late"). */
        LATE,
        /** To be taken ("newly nominated", "-designate", "nominee"): held within a year after the article's date. */
        DESIGNATE,
        /** Held at some time ("X's first trip as ...", "X, as ..."): the phrase gives no time. */
        AS;

        /** The label used in messages and tables. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
