namespace Threadline.Simulation.Truth;

/// <summary>
/// One phone number written in an ad: the true number, where and how it was written. A number split between
/// title and body has two parts; concatenating the parts' texts and decoding with <see cref="Phones.PhoneDecoder"/>
/// in the ad's country gives <see cref="E164"/>.
/// </summary>
/// <param name="E164">The true number, e.g. <c>+32470123456</c>.</param>
/// <param name="Parts">Where it is written: field (<c>title</c>, <c>body</c>, <c>phone</c>) and the exact text.</param>
/// <param name="Techniques">How it is written (see docs/simulator.md, "Phone techniques").</param>
/// <param name="Owner">Truth id of whoever answers this number (persona, controller, or a scam's fake id).</param>
public sealed record PhoneMention(string E164, IReadOnlyList<TextPart> Parts, IReadOnlyList<string> Techniques, string Owner);

/// <summary>An exact piece of text in one field of an ad.</summary>
/// <param name="Field"><c>title</c>, <c>body</c> or <c>phone</c>.</param>
/// <param name="Text">The substring as written.</param>
public sealed record TextPart(string Field, string Text);

/// <summary>A string that looks like a number but is not a phone (price, date, 24/7, height, weight, measures, age).</summary>
public sealed record Decoy(string Field, string Text, string Kind);
