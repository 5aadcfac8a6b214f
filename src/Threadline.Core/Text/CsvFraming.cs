namespace Threadline.Core.Text;

/// <summary>How <see cref="CsvRecordReader"/> cuts a byte stream into records.</summary>
public enum CsvFraming
{
    /// <summary>One record per line (JSON Lines): a line feed ends it, a carriage return before it is dropped, quotes mean nothing.</summary>
    Lines,

    /// <summary>
    /// RFC 4180 records: a line feed, a carriage return or both end a record outside quotes; inside a quoted
    /// field they are data. Until <see cref="CsvRecordReader.Delimiter"/> is set (the header), any of
    /// <c>, ; tab |</c> starts a field.
    /// </summary>
    Csv,
}
