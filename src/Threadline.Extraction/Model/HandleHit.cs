namespace Threadline.Extraction;

/// <summary>A messaging or social-media handle.</summary>
/// <param name="Service">Lower-case service id: <c>whatsapp</c>, <c>wechat</c>, <c>telegram</c>, <c>line</c>, <c>signal</c>, <c>snapchat</c>, <c>instagram</c>, <c>onlyfans</c>, <c>kik</c>, <c>skype</c>, <c>twitter</c>, <c>tiktok</c>, <c>viber</c>.</param>
/// <param name="Username">The handle without a leading <c>@</c>; for phone-based services (WhatsApp, Signal, Viber, Telegram by number) the E.164 number.</param>
/// <param name="Span">Where it was written (service name included).</param>
public sealed record HandleHit(string Service, string Username, TextSpan Span);
