namespace Threadline.Extraction;

/// <summary>A messaging or social-media handle.</summary>
/// <param name="Service">Lower-case service id from Data/messaging-services.tsv: <c>whatsapp</c>, <c>viber</c>, <c>signal</c>, <c>telegram</c>, <c>wechat</c>, <c>line</c>, <c>kik</c>, <c>skype</c>, <c>snapchat</c>, <c>instagram</c>, <c>onlyfans</c>, <c>fansly</c>, <c>twitter</c>, <c>tiktok</c>, <c>messenger</c>.</param>
/// <param name="Username">The handle without a leading <c>@</c>; for phone-based services (WhatsApp, Signal, Viber, Telegram by number) and links to a number (<c>wa.me/32470123456</c>) the E.164 number.</param>
/// <param name="Span">Where it was written (service name included; for a link, the link).</param>
public sealed record HandleHit(string Service, string Username, TextSpan Span);
