package dev.gazette.beam;

import java.util.List;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/**
 * The job's options: those of {@code gazette export} under Beam's {@code --camelCase} names,
 * next to Beam's own ({@code --runner}, and each runner's options, passed through).
 */
public interface GazetteOptions extends PipelineOptions {

    @Description("Article files (.txt), corpus files (.jsonl, .ndjson, .json, .csv, .tsv; each optionally .gz), or"
            + " folders of them, comma-separated; local paths or any file system Beam knows (gs://, s3://, hdfs://)")
    @Validation.Required
    List<String> getInput();

    void setInput(List<String> value);

    @Description("The dataset folder to write (parts, descriptors and gazette-parts.json); local or on shared storage."
            + " It must not exist, be empty, or hold an earlier dataset of this job")
    @Validation.Required
    String getOutput();

    void setOutput(String value);

    @Description("How to read the inputs: auto (by extension), text, jsonl, json, csv or tsv")
    @Default.String("auto")
    String getInputFormat();

    void setInputFormat(String value);

    @Description("Record field holding the article id")
    @Default.String("id")
    String getIdField();

    void setIdField(String value);

    @Description("Record field holding the title ('' for none)")
    @Default.String("title")
    String getTitleField();

    void setTitleField(String value);

    @Description("Record field holding the article text")
    @Default.String("text")
    String getTextField();

    void setTextField(String value);

    @Description("Record field holding the publication date ('' for none)")
    @Default.String("date")
    String getDateField();

    void setDateField(String value);

    @Description("Skip (and report) article files larger than this many bytes")
    @Default.Long(32L * 1024 * 1024)
    Long getMaxFileSize();

    void setMaxFileSize(Long value);

    @Description("A short line in at least this many articles is boilerplate")
    @Default.Integer(3)
    Integer getRecurringMin();

    void setRecurringMin(Integer value);

    @Description("Extra boilerplate pattern files, comma-separated (read on the machine that launches the job)")
    List<String> getBoilerplate();

    void setBoilerplate(List<String> value);

    @Description("Extra entity registry files (YAML or JSON), comma-separated")
    List<String> getRegistry();

    void setRegistry(List<String> value);

    @Description("Do not use the bundled registry of Middle East security entities")
    @Default.Boolean(false)
    Boolean getNoDefaultRegistry();

    void setNoDefaultRegistry(Boolean value);

    @Description("Extra word lists for the text rules, comma-separated")
    List<String> getLexicon();

    void setLexicon(List<String> value);

    @Description("Dataset formats, comma-separated: csv, jsonl")
    @Default.String("csv,jsonl")
    String getFormat();

    void setFormat(String value);

    @Description("Write CSV for Excel: UTF-8 byte-order mark and CRLF line ends")
    @Default.Boolean(false)
    Boolean getExcel();

    void setExcel(Boolean value);

    @Description("Write CSV cells exactly, even those a spreadsheet would run as formulas")
    @Default.Boolean(false)
    Boolean getNoFormulaGuard();

    void setNoFormulaGuard(Boolean value);

    @Description("About how many documents go into one part of a table file")
    @Default.Long(5_000)
    Long getDocumentsPerPart();

    void setDocumentsPerPart(Long value);

    @Description("The most parts per table file (at most 1000)")
    @Default.Integer(1_000)
    Integer getMaxParts();

    void setMaxParts(Integer value);

    @Description("How many buckets the keyed steps (line counts, ids, entity tallies, name blocks) and the documents"
            + " are spread over: the most workers such a step uses. Default: from the runner: the DirectRunner the"
            + " cores of this machine (it pays per group), Flink 4 per task slot (--parallelism, or the cores of this"
            + " machine in process), other runners " + RunnerBuckets.CLUSTER)
    @Default.InstanceFactory(RunnerBuckets.class)
    Integer getBuckets();

    void setBuckets(Integer value);

    @Description("Rounds of the distributed connected components that join the name groups; the job says when"
            + " more are needed")
    @Default.Integer(10)
    Integer getComponentRounds();

    void setComponentRounds(Integer value);
}
