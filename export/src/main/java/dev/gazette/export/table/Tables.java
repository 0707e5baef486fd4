package dev.gazette.export.table;

import java.util.ArrayList;
import java.util.List;

/** The tables of a Gazette dataset, with every column described: the data dictionary. */
public final class Tables {

    private Tables() {
    }

    private static final TableSpec.ForeignKey ARTICLE_REF =
            new TableSpec.ForeignKey(List.of("article_id"), "articles", List.of("id"));

    public static final TableSpec ARTICLES = new TableSpec("articles",
            "One row per parsed article.",
            List.of(
                    new Column("id", "string", "Article id: the file name without extension (unique; suffixed -2, -3 when names repeat).", "002_5bec011eb4161289").asRequired(),
                    new Column("source", "string", "Input path, relative as given, with forward slashes.", "seeds/002_5bec011eb4161289.txt").asRequired(),
                    new Column("sha256", "string", "SHA-256 of the raw file bytes, lower-case hex.", "9f2c...e1").asRequired(),
                    new Column("encoding", "string", "Character set the file was decoded with.", "UTF-8").asRequired(),
                    new Column("title", "string", "Title line; empty when the article has none.", "Iraqi, Iranian Top Security Advisors Meet In Tehran"),
                    new Column("dek", "string", "Standfirst under the title; empty when none.", "The signing of a new security agreement ..."),
                    new Column("dateline", "string", "Place named by the opening dateline.", "BAGHDAD"),
                    new Column("agency", "string", "Agency or desk named by the opening dateline.", "Dispatches"),
                    new Column("published", "string", "Publication date or date-time, ISO-8601, as precise as the article says.", "2023-05-29T20:28"),
                    new Column("published_date", "date", "The calendar date of 'published' (a date cell in XLSX); empty when unknown.", "2023-05-29"),
                    new Column("published_text", "string", "The date as written in the article.", "Monday 29 May 2023 - 20:28"),
                    new Column("published_earliest", "date", "For an article without a publication date: the first day it can have been written, by the evidence in its text (published_evidence); empty when the article is dated or nothing bounds it from below.", "2025-08-01"),
                    new Column("published_latest", "date", "For an article without a publication date: the last day it can have been written, by its text; empty when the article is dated or nothing bounds it from above (only a recent appointment or a user's dated event does).", "2026-01-31"),
                    new Column("published_evidence", "string", "What the estimated range rests on, one item per piece of evidence joined by '; ': titles of people with known periods (registry or timeline file), dates the text reports, dated events it names (dated-events.tsv, --dated-events).", "'the newly appointed Treasury Secretary James Baker': appointed 1985-02-04; 'the Louvre accord': Louvre Accord (1987-02-22)"),
                    new Column("publisher", "string", "Publisher, from the dateline desk or a source line.", "Mehr News Agency"),
                    new Column("original_source", "string", "Where the article was first published (an 'Original Source:' line).", "www.jpost.com"),
                    new Column("paragraphs", "integer", "Number of body paragraphs (in JSON Lines: the paragraphs themselves).", "14").asRequired(),
                    new Column("headings", "integer", "Number of section headings inside the body (in JSON Lines: the headings).", "2").asRequired(),
                    new Column("words", "integer", "Words in the body (before fixes).", "642").asRequired(),
                    new Column("set_aside", "integer", "Lines kept out of the body: boilerplate, stray, attribution, site header (in JSON Lines: the lines, with reasons).", "4").asRequired(),
                    new Column("findings", "integer", "Findings reported for this article.", "12").asRequired(),
                    new Column("changes", "integer", "Changes the normaliser applied to this article.", "5").asRequired(),
                    new Column("quotes", "integer", "Direct quotations found in the body (rows of the quotes table).", "3").asRequired(),
                    new Column("text", "string", "Clean body: fixed paragraphs separated by a blank line; empty when no body paragraph was found (a model-constraint finding says so).", "Iraq's National Security Adviser ...")),
            List.of("id"), List.of());

    public static final TableSpec FINDINGS = new TableSpec("findings",
            "One row per finding: a problem found by a rule in an article or input file.",
            List.of(
                    new Column("article_id", "string", "Article id; empty when the finding is about an input that is no article (a rejected file, a folder).", "000_edaf1f5bda41234e"),
                    new Column("source", "string", "Input path (file or folder).", "seeds/000_edaf1f5bda41234e.txt").asRequired(),
                    new Column("number", "integer", "1-based position of the finding among the findings about the same input, in report order.", "3").asRequired(),
                    new Column("line", "integer", "1-based line in the raw file; 0 for a finding about the whole file.", "7").asRequired(),
                    new Column("column", "integer", "1-based column (UTF-16 code units); 0 for a whole-file finding.", "1").asRequired(),
                    new Column("rule", "string", "Rule id from the catalogue ('gazette rules').", "unbalanced-quote").asRequired(),
                    new Column("severity", "string", "error, warning or info.", "warning").asRequired(),
                    new Column("message", "string", "What is wrong, quoting the text.", "Paragraph has a closing quote with no opening one").asRequired(),
                    new Column("suggestion", "string", "What to do about it; empty when nothing specific.", "Add the missing opening quote."),
                    new Column("fixable", "boolean", "Whether the finding carries a fix.", "true").asRequired(),
                    new Column("start", "integer", "Offset of the start in the raw text (UTF-16 code units).", "1534").asRequired(),
                    new Column("end", "integer", "Offset just past the end in the raw text (UTF-16 code units).", "1540").asRequired(),
                    new Column("fingerprint", "string", "Stable fingerprint of the finding (rule, article, its text and the text"
                            + " around it; no line numbers): the baseline, SARIF and the decisions file (--decisions) match"
                            + " findings by it.", "3f9a1c0e5b7d2a4f6e8c1b3d5f7a9c2e").asRequired()),
            List.of("source", "number"),
            List.of(ARTICLE_REF));

    /** Where {@code gazette fix} writes {@link #TEXT_INDEX}. */
    public static final String TEXT_INDEX_FILE = "texts/index.csv";

    /**
     * The index {@code gazette fix} writes beside its clean texts: which file holds which
     * article. File names come from article ids made safe ({@code SafeNames}), so two ids that
     * differ only in case or in characters a file name cannot hold get different names; the index
     * says which is which. Not part of the dataset of {@code export}.
     */
    public static final TableSpec TEXT_INDEX = new TableSpec("text_index",
            "One row per clean text written by gazette fix: the article and the file that holds it.",
            List.of(
                    new Column("article_id", "string", "Article id.", "004_bf5aab83c46f3e44").asRequired(),
                    new Column("file", "string", "The clean text, relative to the output folder.",
                            "texts/004_bf5aab83c46f3e44.txt").asRequired(),
                    new Column("source", "string", "Input path.", "seeds/004_bf5aab83c46f3e44.txt").asRequired()),
            List.of("article_id"), List.of());

    public static final TableSpec CHANGES = new TableSpec("changes",
            "One row per change the normaliser applied to an article's raw text. Applying an article's "
                    + "changes in order to its raw text gives its clean text.",
            List.of(
                    new Column("article_id", "string", "Article id.", "004_bf5aab83c46f3e44").asRequired(),
                    new Column("source", "string", "Input path.", "seeds/004_bf5aab83c46f3e44.txt").asRequired(),
                    new Column("line", "integer", "1-based line of the change in the raw file.", "10").asRequired(),
                    new Column("column", "integer", "1-based column (UTF-16 code units).", "49").asRequired(),
                    new Column("rule", "string", "Rule whose fix this is.", "missing-space").asRequired(),
                    new Column("before", "string", "Raw text replaced; empty for an insertion.", ","),
                    new Column("after", "string", "Replacement text; empty for a deletion.", ", "),
                    new Column("start", "integer", "Offset of the start in the raw text (UTF-16 code units).", "612").asRequired(),
                    new Column("end", "integer", "Offset just past the end in the raw text (UTF-16 code units).", "613").asRequired()),
            List.of("article_id", "start"),
            List.of(ARTICLE_REF));

    // When the entities table lands, add the reference speaker_entity_id -> entities.id here.
    public static final TableSpec QUOTES = new TableSpec("quotes",
            "One row per direct quotation in an article body: the quoted words, where they are, who said "
                    + "them when the text says so, and whether the quote marks pair up.",
            List.of(
                    new Column("article_id", "string", "Article id.", "000_edaf1f5bda41234e").asRequired(),
                    new Column("number", "integer", "1-based position of the quotation in the article.", "2").asRequired(),
                    new Column("paragraph", "integer", "1-based number of the body paragraph holding it (the JSON record of the article lists its paragraphs from index 0).", "4").asRequired(),
                    new Column("line", "integer", "1-based line in the raw file where the quotation starts.", "4").asRequired(),
                    new Column("column", "integer", "1-based column (UTF-16 code units) where it starts.", "1").asRequired(),
                    new Column("quote", "string", "The quoted words as written, without the quote marks.", "The connection between our countries is beyond a simple diplomatic formality,").asRequired(),
                    new Column("speaker", "string", "Who said it, as the article names them (a name, a pronoun or a description); empty when the text does not say.", "Karimi"),
                    new Column("speaker_entity_id", "string", "Id of the speaker in the entities table, when the speaker is a known entity; empty otherwise.", ""),
                    new Column("attribution", "string", "How the speaker was found: 'after' (\"...,\" X said), 'before' (X said: \"...\"; X described ... \"...\"), 'continued' (a further quotation of the speaker just named); empty when unattributed.", "after"),
                    new Column("balanced", "boolean", "Whether the quotation has both its opening and its closing mark (a quote continued in the next paragraph counts as balanced).", "true").asRequired(),
                    new Column("start", "integer", "Offset of the quotation, marks included, in the raw text (UTF-16 code units).", "1210").asRequired(),
                    new Column("end", "integer", "Offset just past its end in the raw text (UTF-16 code units).", "1288").asRequired()),
            List.of("article_id", "number"),
            List.of(ARTICLE_REF,
                    new TableSpec.ForeignKey(List.of("speaker_entity_id"), "entities", List.of("id"))));

    public static final TableSpec ENTITIES = new TableSpec("entities",
            "One row per entity of the corpus: a person, organisation, place or other thing, with every "
                    + "spelling and other name under which the articles mention it. Spelling variants are "
                    + "discovered across the corpus; other names (aliases) come from entity registries.",
            List.of(
                    new Column("id", "string", "Stable entity id: the registry id of a known entity, else the canonical name folded to lower-case ASCII words joined by '-' (suffixed -2, -3 when two entities would share it).", "muammar-gaddafi").asRequired(),
                    new Column("name", "string", "Canonical name: the registry's name, else the most frequent full form in the corpus.", "Muammar Gaddafi").asRequired(),
                    new Column("type", "string", "person, organisation, place or other, from the registry or from cues in the text (titles, organisation and place words).", "person").asRequired(),
                    new Column("source", "string", "registry when an entity registry lists the entity, else corpus.", "corpus"),
                    new Column("variants", "string", "Every surface form the articles use for the entity (spellings, partial names, acronyms, aliases), sorted, separated by '|'. A list in the JSON Lines file.", "Gaddafi|Gadhafi|Moammar Gadhafi|Muammar Gaddafi").asRequired(),
                    new Column("mentions", "integer", "Mentions of the entity in the corpus (rows of the mentions table).", "17").asRequired(),
                    new Column("articles", "integer", "Articles that mention the entity.", "3").asRequired(),
                    new Column("canonical_reason", "string", "Why the name was chosen as the canonical form.", "the most frequent form of this name in the corpus (12 of 17 mentions)")),
            List.of("id"), List.of());

    public static final TableSpec ENTITY_LINKS = new TableSpec("entity_links",
            "One row per pair of surface forms joined into an entity: why the names analysis holds them to be one "
                    + "entity. Forms are joined by weighing evidence (Fellegi-Sunter record linkage): each comparison "
                    + "of the two forms (name, type, words, context, frequency, together, role, period) falls into a "
                    + "level whose weight is estimated on hand-labelled corpora; "
                    + "the sum of the weights, with the corpus's prior share of "
                    + "matches, gives the match probability. A registry entry's own names and an acronym the corpus "
                    + "defines are joined without weighing. The joins of one entity form a tree over its forms.",
            List.of(
                    new Column("entity_id", "string", "The entity the two forms belong to (entities.id).", "tabqa").asRequired(),
                    new Column("form", "string", "One surface form (or registry name) joined.", "Tabaqa").asRequired(),
                    new Column("linked_form", "string", "The form it was joined to.", "Tabqa").asRequired(),
                    new Column("probability", "number", "Match probability of the pair, 0 to 1 (1 for registry names and acronym definitions).", "0.998731").asRequired(),
                    new Column("weight", "number", "Total match weight of the pair in bits (the sum of the levels' weights); empty for registry names and acronym definitions.", "11.42"),
                    new Column("evidence", "string", "The comparison levels that fired, as comparison:level=+w.w items joined by '; ' (or registry:ID, acronym:defined=N).", "name:near-short=+3.9; type:agree=+0.7; words:name=+0.3; context:strong=+4.1; role:unknown=-0.0; period:overlap=+0.2").asRequired(),
                    new Column("explanation", "string", "The join in words.", "Close short transliteration keys ('Tabaqa', 'Tabqa'); 6 shared co-occurring names and 11 shared words in their articles; both typed place: match probability 0.9987 (+11.4 bits).").asRequired()),
            List.of("entity_id", "form", "linked_form"),
            List.of(new TableSpec.ForeignKey(List.of("entity_id"), "entities", List.of("id"))));

    public static final TableSpec MENTIONS = new TableSpec("mentions",
            "One row per mention of an entity in an article, in text order. Join on entity_id to group "
                    + "spellings; 'canonical' is what the clean text writes when the name-variant fix applies.",
            List.of(
                    new Column("article_id", "string", "Article id.", "001_11574be641c1007b").asRequired(),
                    new Column("entity_id", "string", "The entity mentioned (entities.id).", "muammar-gaddafi").asRequired(),
                    new Column("surface", "string", "The name as written in the raw text (a possessive 's left out).", "Moammar Gadhafi").asRequired(),
                    new Column("canonical", "string", "The entity's canonical name.", "Muammar Gaddafi").asRequired(),
                    new Column("type", "string", "The entity's type.", "person").asRequired(),
                    new Column("relation", "string", "How the surface names the entity: name (a spelling of its name), partial (part of a full name the article uses, such as a surname), acronym, or alias (another name listed in a registry).", "name").asRequired(),
                    new Column("role", "string", "Title or role written before the name, kept apart from it; empty when none.", "Libyan leader"),
                    new Column("paragraph", "integer", "0-based index of the body paragraph.", "9").asRequired(),
                    new Column("line", "integer", "1-based line in the raw file.", "11").asRequired(),
                    new Column("column", "integer", "1-based column (UTF-16 code units).", "39").asRequired(),
                    new Column("start", "integer", "Offset of the first character in the raw text (UTF-16 code units).", "1834").asRequired(),
                    new Column("end", "integer", "Offset just past the last character in the raw text (UTF-16 code units).", "1849").asRequired()),
            List.of("article_id", "start"),
            List.of(new TableSpec.ForeignKey(List.of("article_id"), "articles", List.of("id")),
                    new TableSpec.ForeignKey(List.of("entity_id"), "entities", List.of("id"))));

    public static final TableSpec ROLES = new TableSpec("roles",
            "One row per person, post and organisation or country that the articles give the person in the present "
                    + "tense ('Foreign Minister X', 'X, the newly appointed Secretary of ...'; not 'former', 'then', 'late' "
                    + "or the past tense), with the period the corpus attests it and the periods the registry lists for "
                    + "the post.",
            List.of(
                    new Column("id", "string", "Row id: entity_id, the post and the organisation, joined by '/'.", "james-baker/treasury-secretary/us").asRequired(),
                    new Column("entity_id", "string", "The person (entities.id).", "james-baker").asRequired(),
                    new Column("name", "string", "The person's canonical name.", "James Baker").asRequired(),
                    new Column("title", "string", "The post as the articles most often write it, without qualifiers, possessor or organisation.", "Treasury Secretary").asRequired(),
                    new Column("post", "string", "The post as titles are compared (lower case, synonyms replaced, 'Secretary of the Treasury' read as 'treasury secretary'; see titles.tsv).", "treasury secretary").asRequired(),
                    new Column("of_entity_id", "string", "The organisation or country whose post it is (entities.id), when the title names one the corpus knows.", "us"),
                    new Column("of", "string", "The organisation's or country's name, as the corpus or the title gives it.", "United States"),
                    new Column("first_date", "date", "Publication date of the first dated article giving the title; empty when none is dated.", "1987-02-26"),
                    new Column("last_date", "date", "Publication date of the last dated article giving the title.", "1987-10-19"),
                    new Column("articles", "integer", "Articles giving the title.", "412").asRequired(),
                    new Column("dated_articles", "integer", "How many of them have a publication date.", "412").asRequired(),
                    new Column("registry_from", "date", "Start of the registry's period of this post nearest the attested one (registry or timeline file); empty when the registry lists none.", "1985-02-04"),
                    new Column("registry_to", "date", "End of that period; empty while the post is held or when the registry lists none.", "1988-08-17"),
                    new Column("registry_periods", "string", "Every registry period of this post, as ISO 8601 intervals joined by '; ' ('..' for an open end).", "1985-02-04/1988-08-17")),
            List.of("id"),
            List.of(new TableSpec.ForeignKey(List.of("entity_id"), "entities", List.of("id")),
                    new TableSpec.ForeignKey(List.of("of_entity_id"), "entities", List.of("id"))));

    public static final TableSpec EVENTS = new TableSpec("events",
            "One row per meeting, talks, visit, phone call or signing that a sentence of an article reports or announces, "
                    + "with its named participants, place and date (patterns over the name mentions; events.tsv).",
            List.of(
                    new Column("article_id", "string", "Article id.", "reu-1234").asRequired(),
                    new Column("number", "integer", "1-based position of the event in the article.", "1").asRequired(),
                    new Column("type", "string", "meeting, talks, visit, phone_call or signing.", "meeting").asRequired(),
                    new Column("participants", "string", "The participants' entity ids (entities.id), in text order, joined by '|'. A visit has the visitor only; a body meeting as such is one participant.", "james-baker|kiichi-miyazawa").asRequired(),
                    new Column("participant_names", "string", "Their canonical names, in the same order, joined by '|'.", "James Baker|Kiichi Miyazawa").asRequired(),
                    new Column("participant_roles", "string", "The title the article gives each participant, in the same order, joined by '|'; an empty item when it gives none.", "U.S. Treasury Secretary|Japanese Finance Minister"),
                    new Column("place_entity_id", "string", "Where the event takes place (entities.id): the place after 'in' or 'at', or the place visited.", "tokyo"),
                    new Column("place", "string", "The place's canonical name.", "Tokyo"),
                    new Column("date", "date", "The day of the event, when its date expression resolves to one against the publication date ('on Tuesday', 'on May 29', 'March 19, 2023'); empty otherwise.", "1987-02-24"),
                    new Column("date_expression", "string", "The date expression as written, also when it names no single day ('this week', 'in mid-April').", "on Tuesday"),
                    new Column("status", "string", "reported (it happened or is happening) or planned (announced, scheduled, or dated after the publication date).", "reported").asRequired(),
                    new Column("trigger", "string", "The words that name the event, as written.", "met").asRequired(),
                    new Column("sentence", "string", "The sentence, its lines joined by spaces.", "Baker met Miyazawa in Tokyo on Tuesday.").asRequired(),
                    new Column("line", "integer", "1-based line in the raw file where the sentence starts.", "12").asRequired(),
                    new Column("column", "integer", "1-based column (UTF-16 code units) where the sentence starts.", "1").asRequired(),
                    new Column("sentence_start", "integer", "Offset of the sentence in the raw text (UTF-16 code units).", "812").asRequired(),
                    new Column("sentence_end", "integer", "Offset just past the sentence in the raw text (UTF-16 code units).", "851").asRequired()),
            List.of("article_id", "number"),
            List.of(ARTICLE_REF, new TableSpec.ForeignKey(List.of("place_entity_id"), "entities", List.of("id"))));

    /** Every table, in the order files are listed. */
    public static List<TableSpec> all() {
        return List.of(ARTICLES, FINDINGS, CHANGES, QUOTES, ENTITIES, ENTITY_LINKS, MENTIONS, ROLES, EVENTS);
    }

    /**
     * The tables named {@code names}, in the order given.
     *
     * @throws IllegalArgumentException naming a name that is no table, with the table names
     */
    public static List<TableSpec> named(List<String> names) {
        List<TableSpec> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(all().stream().filter(t -> t.name().equals(n)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("no table '" + n + "'; tables: "
                            + all().stream().map(TableSpec::name).toList())));
        }
        return out;
    }
}
