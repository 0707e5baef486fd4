package dev.gazette.analysis.pipeline;

import dev.gazette.analysis.ArticleMemo;
import dev.gazette.analysis.CorpusKnowledge;
import dev.gazette.analysis.dates.DateEstimator;
import dev.gazette.analysis.events.Event;
import dev.gazette.analysis.events.Named;
import dev.gazette.analysis.names.ArticleNames;
import dev.gazette.analysis.names.EntityType;
import dev.gazette.analysis.names.Mention;
import dev.gazette.analysis.quotes.Quote;
import dev.gazette.analysis.roles.RoleTimeline;
import dev.gazette.analysis.roles.Title;
import dev.gazette.analysis.roles.TitleFinder;
import dev.gazette.analysis.text.ArticleText;
import dev.gazette.model.Article;
import dev.gazette.model.LineIndex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis of one article: its products (names, quotations, titles, events, the estimate of
 * its date), each computed on first use and then shared by every rule and exporter that reads it,
 * so that nothing is extracted twice. Belongs to one article and one thread.
 */
public final class ArticleAnalysis {

    private final Analyser analyser;
    private final Article article;
    private final LineIndex lines;
    private final CorpusKnowledge knowledge;
    private final ArticleMemo memo;
    private ArticleText text;
    private ArticleNames names;
    private List<Quotation> quotations;
    private List<Title> titles;
    private DateEstimator.Estimate estimate;
    private List<Event> events;

    ArticleAnalysis(Analyser analyser, Article article, LineIndex lines, CorpusKnowledge knowledge, ArticleMemo memo) {
        this.analyser = analyser;
        this.article = article;
        this.lines = lines;
        this.knowledge = knowledge;
        this.memo = memo;
    }

    /** The article analysed. */
    public Article article() {
        return article;
    }

    /** The line index of the article's raw text. */
    public LineIndex lines() {
        return lines;
    }

    /**
     * The article's text as units (title, dek, paragraphs), each with its tokens, words and quote
     * marks found once; the same units the names analysis read (kept in the article's memo).
     */
    public ArticleText text() {
        if (text == null) {
            text = ArticleText.of(article, memo);
        }
        return text;
    }

    /** The article's names resolved against the corpus's entities. */
    public ArticleNames names() {
        if (names == null) {
            names = analyser.names().resolve(article, lines, knowledge, memo);
        }
        return names;
    }

    /** The article's direct quotations, in text order, with speakers resolved to entities. */
    public List<Quotation> quotations() {
        if (quotations == null) {
            List<Quote> quotes = analyser.quotes().extract(text());
            List<Quotation> out = new ArrayList<>(quotes.size());
            for (Quote q : quotes) {
                String entity = q.attributed()
                        ? analyser.speakers().entityId(names().mentions(), q).orElse(null) : null;
                out.add(new Quotation(q, entity));
            }
            quotations = List.copyOf(out);
        }
        return quotations;
    }

    /** The titles the article gives its people, in text order, with entities of the corpus. */
    public List<Title> titles() {
        if (titles == null) {
            titles = analyser.titles().find(text(), article.published() == null ? null : article.published().date(),
                    names().mentions(), analyser::countryId);
        }
        return titles;
    }

    /** The article's publication day, or {@code null} when it gives none. */
    public LocalDate published() {
        return article.published() == null ? null : article.published().date();
    }

    /**
     * When the text says the article was written, from the posts of its people, the dates it
     * reports and the dated events it names; {@link DateEstimator.Estimate#NONE} when it says nothing.
     * Made for every article; the dataset gives it for undated ones.
     */
    public DateEstimator.Estimate dateEstimate() {
        if (estimate == null) {
            estimate = analyser.dates().estimate(article, titles());
        }
        return estimate;
    }

    /** When the article was written: its date, else the estimate from its text (either end may be open). */
    public RoleTimeline.When when() {
        LocalDate day = published();
        if (day != null) {
            return RoleTimeline.When.on(day);
        }
        DateEstimator.Estimate e = dateEstimate();
        return new RoleTimeline.When(e.earliest(), e.latest(), true);
    }

    /**
     * The article's meetings, talks, visits, phone calls and signings, in text order. Relative
     * dates ("on Tuesday") resolve against the publication date, or against the estimated one
     * when the text narrows an undated article to one day.
     */
    public List<Event> events() {
        if (events == null) {
            Map<Integer, String> titleAt = new HashMap<>();
            Map<String, String> titleOf = new HashMap<>();
            for (Title t : titles()) {
                String written = t.written();
                titleAt.putIfAbsent(t.person().start(), written);
                titleOf.putIfAbsent(t.person().entityId(), written);
            }
            List<Named> named = new ArrayList<>();
            for (Mention m : names().mentions()) {
                String role = titleAt.get(m.start());
                if (role == null) {
                    role = m.role() != null ? m.role() : titleOf.get(m.entityId());
                }
                boolean inTitle = false;
                for (Title t : titles()) {
                    inTitle |= m.type() != EntityType.PERSON && m.start() >= t.start() && m.end() <= t.end();
                }
                named.add(new Named(m.start(), m.end(), m.entityId(), m.canonical(), m.type().label(), role, inTitle));
            }
            for (TitleFinder.Description d : analyser.titles().descriptions(article, names().mentions(), titles(),
                    analyser::countryId)) {
                Mention r = d.referent();
                named.add(new Named(d.start(), d.end(), r.entityId(), r.canonical(), r.type().label(),
                        titleOf.get(r.entityId()), false));
            }
            LocalDate day = published();
            if (day == null) {
                DateEstimator.Estimate e = dateEstimate();
                day = e.earliest() != null && e.earliest().equals(e.latest()) ? e.earliest() : null;
            }
            events = List.copyOf(analyser.events().extract(article, named, day));
        }
        return events;
    }

    /** The products that travel with the article's result: all of them when {@code all}, else those computed so far. */
    public ArticleProducts products(boolean all) {
        if (all) {
            quotations();
            events();
        }
        DateEstimator.Estimate e = estimate == null ? null : published() != null ? DateEstimator.Estimate.NONE : estimate;
        if (all && e == null) {
            e = published() != null ? DateEstimator.Estimate.NONE : dateEstimate();
        }
        return new ArticleProducts(names == null ? null : names.mentions(), quotations, events, e);
    }
}
