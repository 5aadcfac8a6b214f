using System.Diagnostics;
using System.Globalization;

namespace Threadline.Bench;

/// <summary>
/// <c>--ingest DIR</c> of the web benchmark: a separate <c>threadline ingest ads DIR</c> process writing into the served
/// workspace while the clients load the app (an analyst ingesting while colleagues browse). The command is the
/// repository's <c>threadline</c> script (or <c>$THREADLINE_BIN</c>); its output goes to a file beside the benchmark's
/// working directory. Each target's line says whether the ingest was still running when it ended.
/// </summary>
internal sealed class IngestWhileLoading
{
    private readonly string _directory;

    private IngestWhileLoading(string directory) => _directory = directory;

    /// <summary>Takes <c>--ingest DIR</c> out of <paramref name="args"/>; null when absent.</summary>
    public static IngestWhileLoading? From(ref string[] args)
    {
        var at = Array.IndexOf(args, "--ingest");
        if (at < 0)
        {
            return null;
        }

        if (at + 1 >= args.Length || !Directory.Exists(args[at + 1]))
        {
            throw new ArgumentException("--ingest needs a folder of ads (JSON Lines) to ingest while the app is loaded");
        }

        var directory = Path.GetFullPath(args[at + 1]);
        args = [.. args.Take(at), .. args.Skip(at + 2)];
        return new IngestWhileLoading(directory);
    }

    /// <summary>Starts the ingest into <paramref name="workspace"/>.</summary>
    public Running Start(string workspace)
    {
        var command = Environment.GetEnvironmentVariable("THREADLINE_BIN") is { Length: > 0 } bin ? bin : FindScript();
        var log = Path.Combine(Path.GetTempPath(), "threadline-web-bench-ingest-" + Environment.ProcessId + ".log");
        var info = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "ingest", "ads", _directory, "--workspace", workspace })
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + command);
        Console.WriteLine($"ingest started: {command} ingest ads {_directory} (log {log})");
        return new Running(process, log);
    }

    private static string FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "threadline");
            if (File.Exists(script) && File.Exists(Path.Combine(dir.FullName, "Threadline.slnx")))
            {
                return script;
            }
        }

        throw new InvalidOperationException("cannot find the repository's threadline script: set THREADLINE_BIN");
    }

    /// <summary>The ingest process while it runs.</summary>
    internal sealed class Running : IDisposable
    {
        private readonly Process _process;
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private readonly Task<string> _output;
        private readonly Task<string> _error;
        private readonly string _log;
        private TimeSpan? _ended;

        public Running(Process process, string log)
        {
            _process = process;
            _log = log;
            _output = process.StandardOutput.ReadToEndAsync();
            _error = process.StandardError.ReadToEndAsync();
        }

        /// <summary>Whether the ingest ended with an error (false while it still runs).</summary>
        public bool Failed => _process.HasExited && _process.ExitCode != 0;

        /// <summary>" (ingest running)" or " (ingest done)" for a target's line.</summary>
        public string State()
        {
            if (_process.HasExited)
            {
                _ended ??= _watch.Elapsed;
                return "  (ingest done)";
            }

            return "  (ingest running)";
        }

        /// <summary>One line: how long it ran and how it ended.</summary>
        public string Summary()
        {
            if (!_process.HasExited)
            {
                return string.Create(CultureInfo.InvariantCulture, $"ingest: still running after {_watch.Elapsed.TotalSeconds:F0} s: the whole load ran beside it (stopped now)");
            }

            _ended ??= _watch.Elapsed;
            File.WriteAllText(_log, _output.Result + _error.Result);
            return string.Create(CultureInfo.InvariantCulture, $"ingest: exit {_process.ExitCode} after about {_ended.Value.TotalSeconds:F0} s (log {_log})");
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                try
                {
                    _process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                }
            }

            _process.Dispose();
        }
    }
}
