namespace Threadline.Simulation.Truth;

/// <summary>A persona: one advertised woman (or a scam's invented one).</summary>
/// <param name="Id">Truth id (<c>p…</c>).</param>
/// <param name="Kind"><c>independent</c>, <c>agency</c>, <c>victim</c> (of a trafficking network), <c>scam</c>.</param>
/// <param name="Profile">Trafficking profile name for victims, else the kind.</param>
/// <param name="Network">Network or agency id, if any.</param>
/// <param name="WorkingName">Name used in the ads.</param>
/// <param name="Age">Stated age.</param>
/// <param name="Origin">Origin group (<c>local</c>, <c>CN</c>, <c>RO</c>…).</param>
/// <param name="HomeCity">First or home city.</param>
/// <param name="Phones">E.164 numbers written in her ads that she (or her agency/network) answers.</param>
/// <param name="Sites">Sites she is advertised on.</param>
/// <param name="Cities">Cities where she was advertised, in order of first appearance.</param>
/// <param name="Style">Writing style of her group; null (omitted) for the default writing.</param>
public sealed record PersonaTruth(string Id, string Kind, string Profile, string? Network, string WorkingName, int Age, string Origin, string HomeCity, IReadOnlyList<string> Phones, IReadOnlyList<string> Sites, IReadOnlyList<string> Cities, string? Style = null);

/// <summary>A group behind several personas: a trafficking network, an agency, a scam or a reposting bot.</summary>
/// <param name="Id">Truth id (<c>n…</c> network, <c>a…</c> agency, <c>s…</c> scam, <c>b…</c> bot).</param>
/// <param name="Kind"><c>trafficking</c>, <c>agency</c>, <c>scam</c>, <c>bot</c>.</param>
/// <param name="Profile">Profile name (e.g. <c>belgian_2023_cn</c>).</param>
/// <param name="Origin">Origin of the women, if any.</param>
/// <param name="Victims">Persona ids of its victims (agency: its personas).</param>
/// <param name="Members">Controllers, bookers, account holders.</param>
/// <param name="Phones">Controller or agency phones with the period each was used.</param>
/// <param name="Cities">Cities it advertised in.</param>
/// <param name="Templates">Template ids it wrote ads from.</param>
/// <param name="Style">Writing style of the group; null (omitted) for the default writing.</param>
public sealed record NetworkTruth(string Id, string Kind, string Profile, string? Origin, IReadOnlyList<string> Victims, IReadOnlyList<MemberTruth> Members, IReadOnlyList<PhonePeriod> Phones, IReadOnlyList<string> Cities, IReadOnlyList<string> Templates, string? Style = null);

/// <summary>A network member: a real person behind phones, bookings or accounts.</summary>
/// <param name="Id">Truth id (<c>n…-m…</c>).</param>
/// <param name="Name">Legal name (synthetic).</param>
/// <param name="Email">E-mail used in bookings.</param>
/// <param name="Phone">Personal phone (E.164), used in bookings.</param>
/// <param name="Address">Home address.</param>
/// <param name="Roles">controller, booker, collector, pass_through, remitter.</param>
public sealed record MemberTruth(string Id, string Name, IReadOnlyList<string> Roles, string? Email, string? Phone, string? Address);

/// <summary>A phone number and the days it was in use.</summary>
public sealed record PhonePeriod(string E164, string Owner, DateOnly From, DateOnly To);

/// <summary>Who made a booking and for whom.</summary>
/// <param name="BookingRef">The platform's booking reference (as in the bookings CSV).</param>
/// <param name="Platform">Platform name.</param>
/// <param name="Network">Network id for network bookings.</param>
/// <param name="Kind"><c>network</c>, <c>independent</c> or <c>guest</c> (ordinary traveller).</param>
/// <param name="Owner">Truth id of the booker (member, persona, or <c>g…</c> guest).</param>
/// <param name="Personas">Personas lodged (network and independent bookings).</param>
public sealed record BookingTruth(string BookingRef, string Platform, string Kind, string Owner, string? Network, IReadOnlyList<string> Personas);

/// <summary>A bank account and its holder.</summary>
/// <param name="Iban">The IBAN.</param>
/// <param name="Owner">Truth id of the holder (persona, member, <c>h…</c> background, <c>site:…</c>, <c>platform:…</c>).</param>
/// <param name="OwnerName">Holder name as the bank shows it.</param>
/// <param name="Network">Network or agency id, if any.</param>
/// <param name="Role">collector, pass_through, remitter, controller, booker, independent, household, business, client, platform, site, remitter_agent.</param>
/// <param name="Statements">True when camt.053 statements were written for it.</param>
public sealed record AccountTruth(string Iban, string Owner, string OwnerName, string? Network, string Role, bool Statements);

/// <summary>Which pattern a transaction belongs to.</summary>
/// <param name="TxId">Transaction id (CSV <c>tx_id</c>, camt.053 <c>AcctSvcrRef</c>/<c>EndToEndId</c>).</param>
/// <param name="Network">Network or agency id, if any.</param>
/// <param name="Pattern">client_payment, cash_deposit, structuring, ad_payment, accommodation, pass_through, remittance, or background kinds (salary, rent, utilities, card, transfer, shop_cash, shop_income).</param>
/// <param name="DebtorRole">Role of the paying side.</param>
/// <param name="CreditorRole">Role of the receiving side.</param>
public sealed record TransactionTruth(string TxId, string Pattern, string? Network, string DebtorRole, string CreditorRole);
