package dev.gazette.export.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gazette.model.Finding;
import dev.gazette.model.Severity;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** JUnit and Checkstyle XML, parsed back with the JDK's DOM parser. */
class XmlReportsTest {

    @Test
    void junitHasATestCasePerInputAndAFailurePerFindingAtOrAboveTheFailLevel() throws Exception {
        Report report = ReportFixtures.many(); // fail level: warning
        Document doc = parse(render("junit", report));
        Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
        assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(1);
        List<Element> cases = elements(suite.getElementsByTagName("testcase"));
        assertThat(cases).extracting(c -> c.getAttribute("file")).containsExactly("corpus/alpha.txt",
                "corpus/clean.txt", "corpus/empty.txt", "corpus/nothing", "corpus/sub dir/beta gamma.txt");
        assertThat(suite.getAttribute("tests")).isEqualTo("5");
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(report.failing()).isEqualTo(6);
        Element alpha = cases.get(0);
        assertThat(elements(alpha.getElementsByTagName("failure"))).extracting(f -> f.getAttribute("type"))
                .containsExactly("broken-paragraph", "model-constraint");
        assertThat(alpha.getElementsByTagName("system-out").item(0).getTextContent())
                .contains("[missing-date]", "[boilerplate]");
        assertThat(cases.get(1).getElementsByTagName("failure").getLength()).isZero();
        assertThat(suite.getAttribute("failures")).isEqualTo("4");
    }

    @Test
    void junitAtFailLevelNoneHasNoFailures() throws Exception {
        Report r = ReportFixtures.many();
        Report none = new Report(r.toolName(), r.toolVersion(), FailLevel.NONE, r.entries(), r.inputs(),
                r.baselined(), r.catalogue(), null);
        Document doc = parse(render("junit", none));
        assertThat(doc.getElementsByTagName("failure").getLength()).isZero();
        assertThat(doc.getElementsByTagName("system-out").getLength()).isEqualTo(4);
    }

    @Test
    void checkstyleHasAFilePerInputAndAnErrorPerFinding() throws Exception {
        Report report = ReportFixtures.many();
        Document doc = parse(render("checkstyle", report));
        List<Element> files = elements(doc.getElementsByTagName("file"));
        assertThat(files).extracting(f -> f.getAttribute("name")).containsExactly("corpus/alpha.txt",
                "corpus/clean.txt", "corpus/empty.txt", "corpus/nothing", "corpus/sub dir/beta gamma.txt");
        List<Element> errors = elements(doc.getElementsByTagName("error"));
        assertThat(errors).hasSize(report.entries().size());
        Element odd = errors.get(3);
        assertThat(odd.getAttribute("source")).isEqualTo("model-constraint");
        assertThat(odd.getAttribute("severity")).isEqualTo("error");
        assertThat(odd.getAttribute("line")).isEqualTo("5");
        assertThat(odd.getAttribute("column")).isEqualTo("1");
        assertThat(odd.getAttribute("message")).startsWith("Odd text: 100% <b>\"sure\"</b> & more, a:b second line");
        Element empty = errors.get(4);
        assertThat(empty.getAttribute("line")).isEqualTo("0");
        assertThat(empty.hasAttribute("column")).isFalse();
    }

    @Test
    void controlCharactersAndLoneSurrogatesStillGiveWellFormedXml() throws Exception {
        String nasty = "bell \u0007 nul \u0000 lone \ud800 pair \ud83d\ude00 end";
        Finding f = new Finding("model-constraint", Severity.ERROR, "a", "a.txt", 1, 1, 1, 1 + (1) - (0), 0, 1, nasty, nasty,
                List.of());
        Report report = new Report("gazette", "1", FailLevel.ERROR, ReportFixtures.entries(List.of(f), "x\n"),
                List.of(new Report.Input("a", "a.txt", true)), List.of(), ReportFixtures.empty().catalogue(), null);
        for (String format : List.of("junit", "checkstyle")) {
            Document doc = parse(render(format, report));
            String text = doc.getDocumentElement().getTextContent()
                    + ((Element) doc.getElementsByTagName(format.equals("junit") ? "failure" : "error").item(0))
                    .getAttribute("message");
            assertThat(text).contains("bell \uFFFD nul \uFFFD lone \uFFFD pair \ud83d\ude00 end");
        }
    }

    private static String render(String format, Report report) throws IOException {
        StringWriter out = new StringWriter();
        ReportFormats.get(format).render(report, out);
        return out.toString();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }
}
