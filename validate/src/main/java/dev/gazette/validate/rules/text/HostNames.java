package dev.gazette.validate.rules.text;

import dev.gazette.analysis.text.Lexicon;
import dev.gazette.analysis.text.Words;

/**
 * What {@link MissingSpaceRule} knows of host, site and file names: a dot inside one ("example.com", "jane.bsky.social",
 * "photo.JPG", "app-name.your-host") or a name written as its site ("Acme.io", "Shopname.no") is no missing space. The
 * endings are read from {@code top-level-domains.txt}, {@code domain-suffixes.txt} and {@code file-extensions.txt}.
 */
final class HostNames {

    private HostNames() {
    }

    /**
     * The dot at {@code i}, with the letter after it at {@code at}, is inside a host or file name written in lower case
     * or with a file extension: a known ending with no letter after it, the last dot of a name with several, a file
     * extension in any case, a lower-case host name or one of hyphenated labels.
     */
    static boolean dotInside(String t, int i, int at) {
        if (at != i + 1) {
            return false;
        }
        String after = t.substring(at, MissingSpaceRule.wordEnd(t, at));
        if (Words.isHostSuffix(after) && (at + after.length() == t.length()
                || !Character.isLetter(t.charAt(at + after.length())))) {
            return true; // a host or file name: a known top-level domain or extension, in lower case
        }
        int ls = i - MissingSpaceRule.lettersBefore(t, i);
        if (ls > 0 && t.charAt(ls - 1) == '.') {
            return true; // the last dot of a host name with several: "jane.bsky.social"
        }
        return fileName(t, at) || hostName(t, i, at) || hyphenatedHost(t, i, at);
    }

    /**
     * The word from {@code ls} to the dot at {@code i} and the word after it read as a site's name: a capitalised brand
     * named after its site ("Determined.ai"), a lower-case word after the dot that the lexicon does not know (a domain
     * or a handle: "Palestine.bydotpy"), or a label and a top-level domain ("dolphin.town", "Shopname.no").
     */
    static boolean siteName(String t, int ls, int i, Lexicon lexicon) {
        if (t.charAt(i) != '.' || i + 1 >= t.length()) {
            return false;
        }
        String right = Lexicon.lowerCase(t.substring(i + 1, MissingSpaceRule.wordEnd(t, i + 1)));
        return brandDomain(t, ls, i, lexicon) || Character.isLowerCase(t.charAt(i + 1)) && !lexicon.isWord(right)
                || topLevelDomain(t, i);
    }

    /** Top-level domains of the root zone, in lower case: {@code top-level-domains.txt}. */
    private static final java.util.Set<String> TOP_LEVEL_DOMAINS = WordFiles.read("top-level-domains.txt");

    /**
     * A host name: a label of letters, digits or hyphens (in any case: "Shopname.no"), the dot at {@code i} and a
     * top-level domain of {@code top-level-domains.txt} in lower case, with no letter or digit after it ("dolphin.town",
     * the last two dots of "news.example.co.uk"). A sentence after a full stop starts with a capital, so a lower-case
     * word right after the dot starts no sentence, and when that word is a domain the whole is a host name. A domain
     * that is an English function word ("to", "no", "in") must end the name with punctuation: before a space it may
     * run a sentence on ("Paris.to see").
     */
    private static boolean topLevelDomain(String t, int i) {
        String domain = domainLabel(t, i + 1);
        int re = i + 1 + domain.length();
        if (domain.isEmpty() || re < t.length() && (Character.isLetterOrDigit(t.charAt(re)) || t.charAt(re) == '-'
                || t.charAt(re) == '.' && re + 1 < t.length() && Character.isLetterOrDigit(t.charAt(re + 1))
                && !TOP_LEVEL_DOMAINS.contains(domainLabel(t, re + 1)))) {
            return false;
        }
        if (Lexicon.bundled().isFunctionWord(domain) && (re == t.length() || Character.isWhitespace(t.charAt(re)))) {
            return false; // "Paris.to see": a function word runs the sentence on; "Shopname.no, a shop" ends the name
        }
        return i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)) && TOP_LEVEL_DOMAINS.contains(domain);
    }

    /** The lower-case label from {@code k} to the next character that is not a lower-case letter. */
    private static String domainLabel(String t, int k) {
        int e = k;
        while (e < t.length() && Character.isLowerCase(t.charAt(e))) {
            e++;
        }
        return t.substring(k, e);
    }

    /**
     * A capitalised name, a dot and a domain ending of {@code domain-suffixes.txt} in lower case that is not an English
     * function word, with no letter after it ("Determined.ai", "Acme.io"): a brand named after its site. Endings that
     * are function words ("Paris.to", "Home.me") start a sentence run on and stay reported.
     */
    private static boolean brandDomain(String t, int ls, int i, Lexicon lexicon) {
        int re = MissingSpaceRule.wordEnd(t, i + 1);
        if (i - ls < 2 || re == i + 1 || !Character.isUpperCase(t.charAt(ls))
                || (re < t.length() && Character.isLetterOrDigit(t.charAt(re)))) {
            return false;
        }
        String suffix = t.substring(i + 1, re);
        return DOMAIN_SUFFIXES.contains(suffix) && !lexicon.isFunctionWord(suffix);
    }

    /** File name extensions, in any case: {@code file-extensions.txt}. */
    private static final java.util.Set<String> FILE_EXTENSIONS = WordFiles.read("file-extensions.txt");

    /**
     * A file name's extension after the dot, in any case, alone or run into the next word by the page's rendering
     * ("google.JPG", "Archive.zip", "logo.jpgView full size").
     */
    private static boolean fileName(String t, int at) {
        int e = MissingSpaceRule.wordEnd(t, at);
        for (int k = at + 1; k <= e && k - at <= 4; k++) {
            if ((k == e || (Character.isUpperCase(t.charAt(k)) && Character.isLowerCase(t.charAt(k - 1))))
                    && FILE_EXTENSIONS.contains(Lexicon.lowerCase(t.substring(at, k)))) {
                return true;
            }
        }
        return false;
    }

    /** Endings of host names after a dot: {@code domain-suffixes.txt}. */
    private static final java.util.Set<String> DOMAIN_SUFFIXES = WordFiles.read("domain-suffixes.txt");

    /**
     * A host name in lower case: a lower-case word (letters, digits, hyphens), a dot and a domain ending with no letter
     * after it ("example.com", "docs.rs", "zig.guide"). A sentence after a full stop starts with a capital, so a
     * lower-case word after the dot is no sentence run on.
     */
    private static boolean hostName(String t, int i, int at) {
        int ls = i;
        while (ls > 0 && (Character.isLetterOrDigit(t.charAt(ls - 1)) || t.charAt(ls - 1) == '-')) {
            ls--;
        }
        int re = MissingSpaceRule.wordEnd(t, at);
        if (i - ls < 2 || re == at || re < t.length() && Character.isLetterOrDigit(t.charAt(re))) {
            return false;
        }
        for (int k = ls; k < re; k++) {
            if (Character.isUpperCase(t.charAt(k))) {
                return false;
            }
        }
        return DOMAIN_SUFFIXES.contains(t.substring(at, re));
    }

    /**
     * A host name in lower case whose parts are hyphenated placeholders or labels ("app-name.your-hostname",
     * "my-site.staging-server"): letters, digits and hyphens on both sides of the dot, a hyphen inside at least one
     * side, no capital and no space.
     */
    private static boolean hyphenatedHost(String t, int i, int at) {
        int ls = i;
        while (ls > 0 && (Character.isLetterOrDigit(t.charAt(ls - 1)) || t.charAt(ls - 1) == '-')) {
            ls--;
        }
        int re = at;
        while (re < t.length() && (Character.isLetterOrDigit(t.charAt(re)) || t.charAt(re) == '-')) {
            re++;
        }
        String host = t.substring(ls, re);
        return host.matches("[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*") && host.indexOf('-') >= 0
                && host.charAt(host.length() - 1) != '-';
    }
}
