namespace Threadline.Ingest.Ads;

/// <summary>Why one field's value could not be taken as it is.</summary>
/// <param name="Reason">One plain sentence naming the field and the value.</param>
/// <param name="ValueKept">True when the value is still on the ad in another form (an unknown country as <c>raw:country</c>, the first images up to the limit).</param>
internal readonly record struct FieldProblem(string Reason, bool ValueKept = false);
