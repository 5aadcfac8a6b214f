namespace Threadline.Storage;

/// <summary>How a <c>field:value</c> term matches.</summary>
public enum SearchFieldKind
{
    /// <summary>A full-text property (<c>title:</c>, <c>body:</c>): words, phrases and prefixes inside its text.</summary>
    Text,

    /// <summary>Any other property (<c>country:</c>, <c>city:</c>, <c>postedAt:</c>): the whole value, or its start with <c>*</c>.</summary>
    Value,

    /// <summary>A property that points at another entity (<c>site:</c>, <c>persona:</c>): that entity's id or its name.</summary>
    Reference,

    /// <summary><c>schema:</c>: the entity's type.</summary>
    Schema,
}
