using System.Text;
using System.Text.Json;

namespace Threadline.Cli.Tests.Export;

/// <summary><c>ingest ftm</c> on files an investigator did not write: every problem named by its line and field, the rest read.</summary>
public sealed class IngestFtmHostileTests
{
    [Fact]
    public void Bad_records_and_values_are_named_by_line_and_the_good_ones_kept()
    {
        using var cli = new CliRunner();
        var lines = new[]
        {
            """{"id":"p1","schema":"Person","properties":{"name":["Ana Example"],"phone":["+32470000001"],"country":["BE"]}}""",
            "this is not json",
            """{"id":"s1","schema":"Spaceship","properties":{"name":["x"]}}""",
            """{"id":"bad id!","schema":"Person","properties":{"name":["x"]}}""",
            """{"id":"p2","schema":"Person","properties":{"name":["Bo Example"],"country":["Germany"],"raw:x":["y"],"birthDate":["31 Feb"]}}""",
            "[1,2,3]",
            """{"id":"p3","schema":"Thing","properties":{"name":["abstract"]}}""",
            """{"id":"c1","schema":"Company","properties":{"name":["Example Ltd"],"registrationNumber":["B 123"]}}""",
            """{"id":"c1","schema":"Person","properties":{"name":["Same id"]}}""",
            new string('[', 100) + new string(']', 100),
            """{"id":"p4","schema":"Person","properties":{"name":[1, "Ok Name"],"alias":"not a list"}}""",
        };
        var file = cli.Write("hostile.ftm.json", string.Join("\n", lines) + "\n");
        var result = cli.Run("ingest", "ftm", file, "--json", "--workspace", cli.Workspace);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Output);
        Assert.Equal(4, doc.RootElement.GetProperty("entities").GetInt64());
        var quarantine = File.ReadAllLines(doc.RootElement.GetProperty("quarantine").GetString()!)
            .Select(l => JsonDocument.Parse(l).RootElement).Select(e => (Line: e.GetProperty("line").GetInt64(), Reason: e.GetProperty("reason").GetString()!)).ToList();
        void Said(long line, string words) => Assert.Contains(quarantine, q => q.Line == line && q.Reason.Contains(words, StringComparison.Ordinal));
        Said(2, "not a JSON object");
        Said(3, "'Spaceship'");
        Said(4, "entity id 'bad id!'");
        Said(5, "'Germany' is not an ISO 3166-1");
        Said(5, "property 'raw:x'");
        Said(5, "'31 Feb' is not a date");
        Said(6, "not a JSON object");
        Said(7, "'Thing'");
        Said(9, "entity 'c1' is a Company on line 8 and a Person here");
        Said(10, "JSON nested deeper than 16 levels");
        Said(11, "is not a string");
        Said(11, "property 'alias'");

        Assert.Equal(0, cli.Run("export", "--format", "ftm", "--out", Path.Combine(cli.Directory, "out.jsonl"), "--workspace", cli.Workspace).ExitCode);
        var back = File.ReadAllLines(Path.Combine(cli.Directory, "out.jsonl"));
        Assert.Equal(4, back.Length);
        Assert.Contains(back, l => l.Contains("\"country\":[\"be\"]", StringComparison.Ordinal) && l.Contains("\"schema\":\"Person\"", StringComparison.Ordinal));
        Assert.Contains(back, l => l.Contains("\"schema\":\"Company\"", StringComparison.Ordinal) && l.Contains("B 123", StringComparison.Ordinal));
    }

    [Fact]
    public void Statement_CSV_names_records_by_the_line_they_start_on_even_across_quoted_line_ends()
    {
        using var cli = new CliRunner();
        var csv = "entity_id,schema,prop,value,dataset\n"
            + "a1,Person,notes,\"Seen twice\nin the registry\",registry\n"
            + "a1,Person,nationality,Atlantis,registry\n"
            + "a2,Person,name\n"
            + "a3,Person,name,Cy,BAD DATASET\n";
        var file = cli.Write("statements.csv", csv);
        var result = cli.Run("ingest", "ftm", file, "--json", "--workspace", cli.Workspace);
        Assert.True(result.ExitCode == 0, result.Error);
        using var doc = JsonDocument.Parse(result.Output);
        Assert.Equal(2, doc.RootElement.GetProperty("entities").GetInt64());
        var problems = doc.RootElement.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("line").GetInt64(), p.GetProperty("reason").GetString()!)).ToList();
        Assert.Contains(problems, p => p.Item1 == 4 && p.Item2.Contains("'Atlantis'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Item1 == 5 && p.Item2.Contains("3 fields, the header 5", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Item1 == 6 && p.Item2.Contains("field 'dataset'", StringComparison.Ordinal));

        var header = cli.Write("noheader.csv", "id,name\n1,x\n");
        using var none = JsonDocument.Parse(cli.Run("ingest", "ftm", header, "--json", "--workspace", cli.Workspace).Output);
        Assert.Contains("lacks the column(s) entity_id, schema, prop, value", none.RootElement.GetProperty("problems")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_that_is_not_UTF8_is_refused_alone_and_a_missing_path_or_a_bad_dataset_stops_the_run_in_words()
    {
        using var cli = new CliRunner();
        var latin1 = cli.WriteBytes("latin1.json", [
            .. Encoding.Latin1.GetBytes("""{"id":"p1","schema":"Person","properties":{"name":["Jos""" + "\u00e9" + "\"]}}\n"),
            .. Encoding.UTF8.GetBytes("""{"id":"p2","schema":"Person","properties":{"name":["Ana"]}}""" + "\n"),
        ]);
        using (var doc = JsonDocument.Parse(cli.Run("ingest", "ftm", latin1, "--json", "--workspace", cli.Workspace).Output))
        {
            var problem = doc.RootElement.GetProperty("problems")[0];
            Assert.Equal(1, problem.GetProperty("line").GetInt64());
            Assert.Contains("invalid UTF-8 at byte 56", problem.GetProperty("reason").GetString(), StringComparison.Ordinal);
            Assert.Equal(1, doc.RootElement.GetProperty("entities").GetInt64());
        }

        var utf16 = cli.WriteBytes("utf16.json", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("""{"id":"p1"}""")]);
        using (var doc = JsonDocument.Parse(cli.Run("ingest", "ftm", utf16, "--json", "--workspace", cli.Workspace).Output))
        {
            Assert.Contains("UTF-16", doc.RootElement.GetProperty("problems")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        }

        var missing = cli.Run("ingest", "ftm", Path.Combine(cli.Directory, "nope.json"), "--workspace", cli.Workspace);
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("no such file", missing.Error, StringComparison.Ordinal);

        var dataset = cli.Run("ingest", "ftm", latin1, "--dataset", "Bad Name", "--workspace", cli.Workspace);
        Assert.NotEqual(0, dataset.ExitCode);
        Assert.Contains("dataset name 'Bad Name'", dataset.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_the_workspace_holds_as_another_type_is_not_kept_and_is_named()
    {
        using var cli = new CliRunner();
        var first = cli.Write("a.json", """{"id":"x1","schema":"Person","properties":{"name":["Ana"]}}""" + "\n");
        var second = cli.Write("b.json", """{"id":"x1","schema":"Address","properties":{"full":["Main Street 1"]}}""" + "\n" + """{"id":"x2","schema":"Address","properties":{"full":["Side Street 2"]}}""" + "\n");
        Assert.Equal(0, cli.Run("ingest", "ftm", first, "--workspace", cli.Workspace).ExitCode);
        using var doc = JsonDocument.Parse(cli.Run("ingest", "ftm", second, "--json", "--workspace", cli.Workspace).Output);
        Assert.Equal(1, doc.RootElement.GetProperty("rejected").GetInt64());
        var problem = doc.RootElement.GetProperty("problems")[0];
        Assert.Equal(1, problem.GetProperty("line").GetInt64());
        Assert.Contains("not kept, the workspace refused it: entity 'x1' is a 'Person'", problem.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_to_an_entity_of_a_schema_its_property_does_not_take_is_left_out_and_one_to_an_absent_entity_kept()
    {
        using var cli = new CliRunner();
        var lines = new[]
        {
            """{"id":"pay1","schema":"Payment","properties":{"amount":["10"],"payer":["addr1"],"beneficiary":["outside1"]}}""",
            """{"id":"addr1","schema":"Address","properties":{"full":["Main Street 1"]}}""",
            """{"id":"p1","schema":"Person","properties":{"name":["Ana"],"addressEntity":["addr1"]}}""",
            """{"id":"own1","schema":"Ownership","properties":{"owner":["p1"],"asset":["p1"]}}""",
            """{"id":"own2","schema":"Ownership","properties":{"owner":["p1"],"asset":["acc1"]}}""",
            """{"id":"acc1","schema":"BankAccount","properties":{"iban":["BE71096123456769"]}}""",
        };
        var file = cli.Write("refs.ftm.json", string.Join("\n", lines) + "\n");
        using var doc = JsonDocument.Parse(cli.Run("ingest", "ftm", file, "--json", "--workspace", cli.Workspace).Output);
        Assert.Equal(6, doc.RootElement.GetProperty("entities").GetInt64());
        Assert.Equal(0, doc.RootElement.GetProperty("rejected").GetInt64());
        Assert.Equal(2, doc.RootElement.GetProperty("values_left_out").GetInt64());
        Assert.Equal(9, doc.RootElement.GetProperty("values").GetInt64()); // the beneficiary outside the file is kept
        var problems = doc.RootElement.GetProperty("problems").EnumerateArray().Select(p => (p.GetProperty("line").GetInt64(), p.GetProperty("reason").GetString()!, p.GetProperty("kept").GetBoolean())).ToList();
        Assert.Contains((1L, "property 'payer' of entity 'pay1' points at 'addr1', an Address (line 2), where FollowTheMoney's Payment.payer takes a LegalEntity: left out", true), problems);
        Assert.Contains((4L, "property 'asset' of entity 'own1' points at 'p1', a Person (line 3), where FollowTheMoney's Ownership.asset takes an Asset: left out", true), problems);

        // The same check against what the workspace holds from an earlier file.
        var later = cli.Write("later.ftm.json", """{"id":"pay2","schema":"Payment","properties":{"amount":["5"],"payer":["acc1"],"payerAccount":["acc1"]}}""" + "\n");
        using var again = JsonDocument.Parse(cli.Run("ingest", "ftm", later, "--json", "--workspace", cli.Workspace).Output);
        var reason = Assert.Single(again.RootElement.GetProperty("problems").EnumerateArray()).GetProperty("reason").GetString();
        Assert.Equal("property 'payer' of entity 'pay2' points at 'acc1', which the workspace holds as a BankAccount, where FollowTheMoney's Payment.payer takes a LegalEntity: left out", reason);
    }

    [Fact]
    public void A_file_with_problems_is_read_again_when_the_dataset_changes_and_skipped_when_it_does_not()
    {
        using var cli = new CliRunner();
        var file = cli.Write("d.ftm.json", """{"id":"p1","schema":"Person","properties":{"name":["Ana"]}}""" + "\nnot json\n");
        int Skipped(params string[] extra)
        {
            using var doc = JsonDocument.Parse(cli.Run(["ingest", "ftm", file, "--json", "--workspace", cli.Workspace, .. extra]).Output);
            return doc.RootElement.GetProperty("skipped_files").GetInt32();
        }

        Assert.Equal(0, Skipped());
        Assert.Equal(1, Skipped());
        Assert.Equal(0, Skipped("--dataset", "registry"));
        Assert.Equal(1, Skipped("--dataset", "registry"));
    }

    [Fact]
    public void A_folder_gives_its_FtM_files_and_nothing_else()
    {
        using var cli = new CliRunner();
        cli.Write("in/a.ftm.json", """{"id":"p1","schema":"Person","properties":{"name":["Ana"]}}""" + "\n");
        cli.Write("in/notes.txt", "not an FtM file\n");
        cli.Write("in/sub/s.csv", "entity_id,schema,prop,value\nc1,Company,name,Example Ltd\n");
        using var doc = JsonDocument.Parse(cli.Run("ingest", "ftm", Path.Combine(cli.Directory, "in"), "--json", "--workspace", cli.Workspace).Output);
        Assert.Equal(2, doc.RootElement.GetProperty("files").GetInt32());
        Assert.Equal(2, doc.RootElement.GetProperty("entities").GetInt64());
        Assert.Equal(0, doc.RootElement.GetProperty("rejected").GetInt64());
    }
}
