namespace Threadline.Linking.Report;

/// <summary>The report's inline style and script (no external resources), and the policy that allows only them.</summary>
internal static class ReportAssets
{
    /// <summary>
    /// Nothing is loaded from anywhere: images only as embedded <c>data:</c> URIs, the one style sheet and
    /// the one script by their hashes (ad text can never add a script, even if escaping failed), no
    /// forms, no base URL.
    /// </summary>
    public static readonly string ContentSecurityPolicy =
        $"default-src 'none'; img-src data:; style-src '{Hash(Css)}'; style-src-attr 'unsafe-inline'; script-src '{Hash(Script)}'; base-uri 'none'; form-action 'none'";

    public const string Css = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}h1{margin:0}h2{display:inline-block;margin:.6em 0}
.notice{background:#fff6d6;border-left:4px solid #d9a400;padding:.4em .8em}.sub,.stats{color:#555}
table{border-collapse:collapse;margin:.4em 0;width:100%}td,th{border-bottom:1px solid #ddd;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f3f3f3;position:sticky;top:0}#filter{width:24em;padding:4px}
details.net{border:1px solid #ccc;border-radius:4px;margin:.5em 0;padding:.3em .8em}details.net>summary{cursor:pointer;font-weight:600}
.bar{display:inline-block;width:120px;height:10px;background:#eee}.bar span{display:block;height:10px;background:#c0392b}
.w{color:#888;font-size:90%}mark{background:#ffe08a;padding:0 2px;border-radius:2px}
.tpl{border:1px dashed #bbb;margin:.4em 0;padding:.3em .6em}.tpl-h{color:#666;font-size:90%}
.photos img{height:80px;margin:2px;border:1px solid #ccc}.ref{font-family:monospace;margin-right:1em}
.timeline{margin:.4em 0}.tl-row{display:flex;align-items:center;height:16px}.tl-city{width:14em;font-size:90%;overflow:hidden;white-space:nowrap}
.tl-track{position:relative;flex:1;height:10px;background:#f4f4f4}.tl-track i{position:absolute;top:0;height:10px;background:#2e6fb7}
.tl-axis{display:flex;justify-content:space-between;margin-left:14em;color:#777;font-size:85%}ul.ads{font-size:92%}
""";

    public const string Script = """
(function(){var f=document.getElementById('filter'),o=document.getElementById('flaggedOnly'),rows=document.querySelectorAll('#ranked tbody tr');
function apply(){var q=f.value.trim().toLowerCase(),fo=o.checked;for(var i=0;i<rows.length;i++){var r=rows[i];var ok=(!q||r.getAttribute('data-s').indexOf(q)>=0||r.cells[1].textContent.toLowerCase().indexOf(q)>=0)&&(!fo||r.getAttribute('data-flag')==='1');r.style.display=ok?'':'none';}}
f.addEventListener('input',apply);o.addEventListener('change',apply);
document.querySelectorAll('#ranked a').forEach(function(a){a.addEventListener('click',function(){var d=document.getElementById(a.getAttribute('href').slice(1));if(d)d.open=true;});});})();
""";

    private static string Hash(string text) =>
        "sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
