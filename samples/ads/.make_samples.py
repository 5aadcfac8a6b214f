#!/usr/bin/env python3
"""Writes the synthetic ad sample of samples/ads/ (run from anywhere; output is deterministic).

The name starts with a dot so that `threadline ingest ads samples/ads` skips this script.

Everything here is invented: sites end in .example, names are fictional, and phone numbers are
made up (Belgian +32 470/471/472/479 xx xx xx style with invented digits, UK numbers from the
Ofcom drama range 07700 900xxx). No real person, ad or phone number is represented.
"""
import csv, io, json, os

HERE = os.path.dirname(os.path.abspath(__file__))

# (site, ad_id, url, posted_at, city, country, title, body, phone, images, extras)
ROSE = "rosegarden.example"
VELVET = "velvetnights.example"
LUNA = "lunaclub.example"
HERZ = "herzblatt.example"
DOLCE = "dolcevita.example"
CITY = "citylights.example"

def ad(site, ad_id, posted, city, country, title, body, phone=None, images=(), url=None, **extras):
    url = url if url or ad_id is None else f"https://{site}/ads/{ad_id}"
    return dict(site=site, ad_id=ad_id, url=url, posted_at=posted, city=city, country=country,
                title=title, body=body, phone=phone, images=list(images), extras=extras)

rose = [
    ad(ROSE, "rg-1001", "2026-03-01T21:15:00+01:00", "Antwerpen", "BE",
       "Nieuw in Antwerpen - Lina", "Hallo, ik ben Lina, net aangekomen in Antwerpen. Discreet en lief. Bel 0470 12 34 56.",
       "0470 12 34 56", ["img/rg-1001-a.jpg", "img/rg-1001-b.jpg"], age="23", price="150/h"),
    ad(ROSE, "rg-1002", "2026-03-02T10:00:00+01:00", "Antwerpen", "BE",
       "新来的 Aziatische schoonheid", "Xin lai de! Zij is nieuw, jong en heel lief. Mei nü, 100% echt. Alleen sms: 0470 98 76 54. Wij ontvangen in hotel.",
       "0470 98 76 54", ["img/rg-1002.jpg"], nationality="Chinese"),
    ad(ROSE, "rg-1003", "2026-03-03T18:30:00+01:00", "Gent", "BE",
       "Nouvelle à Gand - Mei", "Mei, jolie fille asiatique, nouvelle à Gand. Elle parle un peu anglais. Appelez le zéro quatre sept zéro, neuf huit, sept six, cinq quatre.",
       "zero4seven0 98 76 54", ["img/rg-1003.jpg"]),
    ad(ROSE, "rg-1004", "2026-03-04T09:45:00+01:00", "Leuven", "BE",
       "Studente Sofie, enkel afspraak", "Ik ben Sofie, zelfstandig, ik werk alleen op afspraak in Leuven. Geen sms, enkel bellen.",
       "+32 471 55 10 20"),
    ad(ROSE, "rg-1005", "2026-03-05T22:10:00+01:00", "Charleroi", "BE",
       "Jolie asiatique 新到 nouvelle", "Nouvelle à Charleroi, très douce, xiao mei mei. Hotel ou déplacement. Tél 0470/98.76.54 (WhatsApp).",
       "0470/98.76.54", ["img/rg-1005-a.jpg", "img/rg-1005-b.jpg"]),
    ad(ROSE, "rg-1006", "2026-03-06T12:00:00+01:00", "Brussel", "BE",
       "Anna, ervaren en vriendelijk", "Anna uit Brussel, ervaren masseuse. Rustige privé-flat, parking in de buurt.",
       "0472 33 44 55", [], massage="yes"),
    ad(ROSE, "rg-1002", "2026-03-09T10:00:00+01:00", "Antwerpen", "BE",
       "新来的 Aziatische schoonheid - laatste dagen", "Xin lai de! Zij is nieuw, jong en heel lief. Laatste dagen in Antwerpen, daarna Gent. Alleen sms: 0470 98 76 54. Wij ontvangen in hotel.",
       "0470 98 76 54", ["img/rg-1002.jpg"], nationality="Chinese"),
    ad(ROSE, "rg-1007", "2026-03-07T20:20:00+01:00", "Neufchâteau", "BE",
       "Nouvelle à Neufchâteau", "Deux copines asiatiques, nouvelles dans la région. Nous sommes douces et discrètes. 0 4 7 0 - 9 8 - 7 6 - 5 4",
       "0 4 7 0 - 9 8 - 7 6 - 5 4"),
    ad(ROSE, "rg-1008", "2026-03-08T16:40:00+01:00", "Liège", "BE",
       "Julie, indépendante", "Julie, 31 ans, indépendante, je reçois chez moi à Liège. Rendez-vous la veille uniquement.",
       "+32 479 01 02 03"),
    ad(ROSE, "rg-1004", "2026-03-12T09:45:00+01:00", "Leuven", "BE",
       "Studente Sofie, enkel afspraak", "Ik ben Sofie, zelfstandig, ik werk alleen op afspraak in Leuven. Geen sms, enkel bellen.",
       "+32 471 55 10 20"),
    ad(ROSE, "rg-1009", "2026-03-10T23:05:00+01:00", "Antwerpen", "BE",
       "Sweet Asian girl new 新", "New in Antwerp, sweet and young, she speaks little English. Xin dao, piao liang. Text only: 0470.98.76.54",
       "0470.98.76.54", ["img/rg-1009.jpg"]),
    ad(ROSE, "rg-1010", "2026-03-11T14:15:00+01:00", "Gent", "BE",
       "Massage Lotus Gent", "Ontspannende massage in Gent centrum, nette salon. Open 10u-22u.",
       "09 000 00 00 (invented)", [], opening_hours="10-22"),
    ad(ROSE, "rg-1011", "2026-03-12T21:00:00+01:00", "Antwerpen", "BE",
       "Nieuw meisje ０４７０ ９８ ７６ ５４", "Zij is nieuw en jong, xin lai de, alleen sms naar het nummer in de titel. 24/7 in hotel.",
       None, ["img/rg-1011.jpg"]),
    ad(ROSE, "rg-1012", "2026-03-13T22:30:00+01:00", "Brussel", "BE",
       "Asian girl new Brussels", "New in Brussels, she is young and speaks no French. Call 0️⃣4️⃣7️⃣0️⃣ 9️⃣8️⃣ 7️⃣6️⃣ 5️⃣4️⃣ weekend0470987654",
       "see text"),
]

velvet = [
    ad(VELVET, "vn-2001", "01/03/2026 20:00", "Lille", "FR", "Nouvelle à Lille, Chloé",
       "Bonjour, je suis Chloé, nouvelle à Lille. Douce et souriante.\nRendez-vous uniquement par SMS.", "06 12 34 56 78"),
    ad(VELVET, "vn-2002", "02/03/2026 21:30", "Lille", "FR", "Jeune asiatique 新来",
       "Elle est nouvelle, jeune et timide. Xin lai, très belle. Contact: 0470 98 76 54 (Belgique), WhatsApp.", "0470 98 76 54"),
    ad(VELVET, "vn-2003", "03/03/2026 09:15", "Paris", "FR", "Massage relaxant Paris 15e",
       "Massage relaxant dans un cadre calme, sur rendez-vous, \"zen\" garanti.", "07 00 00 00 01"),
    ad(VELVET, "vn-2004", "04/03/2026 18:00", "Lyon", "France", "Amandine, étudiante",
       "Amandine, 24 ans, étudiante à Lyon, disponible le week-end; pas de numéro masqué.", "06 ze ro 1 2 3 4 5 6"),
    ad(VELVET, "vn-2002", "08/03/2026 21:30", "Lille", "FR", "Jeune asiatique 新来 - dernière semaine",
       "Elle est nouvelle, jeune et timide. Dernière semaine à Lille avant Bruxelles. Contact: 0470 98 76 54 (Belgique), WhatsApp.", "0470 98 76 54"),
    ad(VELVET, "vn-2005", "05/03/2026 22:45", "Lille", "FR", "Deux amies asiatiques",
       "Nous sommes deux amies, nouvelles à Lille, hôtel près de la gare. Appelez: zero quatre sept zero quatre-vingt-dix-huit soixante-seize cinquante-quatre", None),
    ad(VELVET, "vn-2006", "06/03/2026 11:00", "Marseille", "FR", "Sophie, masseuse diplômée",
       "Sophie, masseuse diplômée, cabinet privé à Marseille. Massages suédois; réservations en ligne.", "04 00 00 00 02"),
    ad(VELVET, "vn-2007", "07/03/2026 19:20", "Paris", "FR", "Clara, nouvelle à Paris",
       "Clara, nouvelle sur Paris pour quelques jours. Hôtel, discrétion assurée.", "+33 6 00 00 00 03"),
]

luna = [
    ad(LUNA, "lc-3001", "2026-03-01 19:00", "Alicante", "ES", "Chica asiática nueva en Alicante",
       "Nueva en Alicante, muy cariñosa, ella habla poco español. 新来的. Solo WhatsApp +32 470 98 76 54.", "+32 470 98 76 54"),
    ad(LUNA, "lc-3002", "2026-03-02 20:00", "Barcelona", "ES", "Lucía, independiente",
       "Soy Lucía, independiente, recibo en mi piso en Barcelona. Cita previa.", "600 00 00 01"),
    ad(LUNA, "lc-3003", "2026-03-03 21:00", "Barcelona", "ES", "Nosotras, chicas nuevas",
       "Nosotras somos nuevas en Barcelona, jóvenes y discretas. Piao liang mei nü. Llama: seis cero cero, cero cero, cero cero, cero dos.", "6OO OO OO O2"),
    ad(LUNA, "lc-3004", "2026-03-04 18:30", "Valencia", "ES", "Masaje relajante Valencia",
       "Masaje relajante en Valencia centro. Ambiente tranquilo.", "600 00 00 03"),
    ad(LUNA, "lc-3001", "2026-03-10 19:00", "Alicante", "ES", "Chica asiática nueva en Alicante - últimos días",
       "Últimos días en Alicante, luego Barcelona. Muy cariñosa, ella habla poco español. 新来的. Solo WhatsApp +32 470 98 76 54.", "+32 470 98 76 54"),
    ad(LUNA, "lc-3005", "2026-03-05 22:15", "Madrid", "ES", "Carmen, madura y elegante",
       "Carmen, elegante y educada, en Madrid. Hotel o domicilio.", "600 00 00 04"),
    ad(LUNA, "lc-3006", "2026-03-06 23:40", "Alicante", "ES", "Asiática joven, hotel",
       "Joven asiática en hotel de Alicante, disponible 24h. xiao mei. 0034-600-00-00-05", "0034-600-00-00-05"),
    ad(LUNA, "lc-3007", "2026-03-07 12:10", "Sevilla", "ES", "Marta, solo cita",
       "Marta en Sevilla, trato de novia, solo con cita previa.", "600 00 00 06"),
]

herz = [
    ad(HERZ, "hb-4001", "2026-03-01T20:00:00Z", "Köln", "DE", "Neu in Köln: Jasmin",
       "Hallo, ich bin Jasmin, neu in Köln. Diskret und zärtlich.", "0151 00000001"),
    ad(HERZ, "hb-4002", "2026-03-02T20:00:00Z", "Aachen", "DE", "Asiatische Schönheit 新来",
       "Sie ist neu in Aachen, jung und schüchtern. Nur SMS: +32 470 98 76 54", "+32 470 98 76 54"),
    ad(HERZ, "hb-4003", "2026-03-03T20:00:00Z", "Berlin", "DE", "Massage Berlin Mitte",
       "Entspannende Massage in Berlin Mitte, Termine nach Vereinbarung.", "030 0000 0002"),
    ad(HERZ, "hb-4004", "2026-03-04T20:00:00Z", "Düsseldorf", "DE", "Lena, selbstständig",
       "Lena, 28, selbstständig, empfange privat in Düsseldorf. Kein Hotel.", "0151 null null null null drei"),
    ad(HERZ, "hb-4002", "2026-03-09T20:00:00Z", "Aachen", "DE", "Asiatische Schönheit 新来 - nur noch kurz",
       "Sie ist neu in Aachen, jung und schüchtern. Nur noch kurz hier, dann Brüssel. Nur SMS: +32 470 98 76 54", "+32 470 98 76 54"),
    ad(HERZ, "hb-4005", "2026-03-05T20:00:00Z", "Hamburg", "DE", "Mia in Hamburg",
       "Mia aus Hamburg, Treffen im Hotel oder bei dir.", "040 0000 0004"),
    ad(HERZ, "hb-4007", "2026-03-07T20:00:00Z", "München", "DE", "Sarah in München",
       "Sarah, 30, selbstständig in München, nur mit Termin.", "089 0000 0007"),
    ad(HERZ, "hb-4008", "2026-03-08T20:00:00Z", "Köln", "DE", "Asiatin neu, Hotel am Bahnhof",
       "Neu in Köln, Hotel am Bahnhof, sie spricht kein Deutsch. Xiao mei mei. SMS +32 470 98 76 54", "+32 470 98 76 54"),
    ad(HERZ, "hb-4006", "2026-03-06T20:00:00Z", "Köln", "DE", "Zwei Freundinnen neu",
       "Wir sind zwei Freundinnen aus Asien, neu in Köln. Mei nü. Anrufen: null eins fünf eins, null null null null null null null fünf", None),
]

dolce = [
    ad(DOLCE, "dv-5001", "2026-03-01T21:00:00+01:00", "Milano", "IT", "Nuova a Milano, Giulia",
       "Ciao, sono Giulia, nuova a Milano. Dolce e discreta, solo su appuntamento.", "+39 300 000 0001"),
    ad(DOLCE, "dv-5002", "2026-03-02T21:00:00+01:00", "Roma", "IT", "Ragazza asiatica 新来的 a Roma",
       "Lei è nuova a Roma, giovane e dolce, parla poco italiano. Solo WhatsApp +32 470 98 76 54.", "+32 470 98 76 54"),
    ad(DOLCE, "dv-5003", "2026-03-03T21:00:00+01:00", "Torino", "IT", "Massaggio rilassante Torino",
       "Massaggio rilassante a Torino, ambiente riservato.", "300 000 0002"),
    ad(DOLCE, "dv-5004", "2026-03-04T21:00:00+01:00", "Napoli", "IT", "Francesca, indipendente",
       "Francesca, indipendente, ricevo a Napoli. Niente numeri privati.", "tre zero zero, zero zero zero, zero zero zero tre"),
    ad(DOLCE, "dv-5005", "2026-03-05T21:00:00+01:00", "Milano", "IT", "Due amiche orientali",
       "Siamo due amiche orientali, nuove a Milano, in hotel vicino alla stazione. Xin lai de mei nü.", "+39 300 000 0005"),
    ad(DOLCE, "dv-5001", "2026-03-11T21:00:00+01:00", "Milano", "IT", "Nuova a Milano, Giulia - ultimi giorni",
       "Ciao, sono Giulia, ultimi giorni a Milano. Dolce e discreta, solo su appuntamento.", "+39 300 000 0001"),
]

city = [
    ad(CITY, "cl-6001", "2026-03-01T20:00:00Z", "London", "GB", "New in town: Emma",
       "Hi, I am Emma, new in London for a few days. Independent, by appointment only.", "07700 900001"),
    ad(CITY, "cl-6002", "2026-03-02T20:00:00Z", "London", "GB", "Sweet Asian girl 新来",
       "She is new, young and sweet, little English. Text only +32 470 98 76 54. We have hotel.", "+32 470 98 76 54"),
    ad(CITY, "cl-6003", "2026-03-03T20:00:00Z", "Manchester", "GB", "Relaxing massage Manchester",
       "Relaxing massage in a quiet studio in Manchester, booking online.", "07700 900003"),
    ad(CITY, "cl-6004", "2026-03-04T20:00:00Z", "Leeds", "United Kingdom", "Olivia, mature and classy",
       "Olivia in Leeds, mature and classy, incall only. Call seven seven zero zero, nine zero zero, zero zero four.", "O77OO 9OOOO4"),
    ad(CITY, "cl-6005", "2026-03-05T20:00:00Z", "London", "GB", "Two Asian friends",
       "We are two friends from Asia, new in London, near the station. Piao liang, xin lai.", "07700 900005"),
    ad(CITY, "cl-6006", "2026-03-06T20:00:00Z", "Brighton", "GB", "Grace by the sea",
       "Grace in Brighton, relaxed and friendly, weekends only.", "07700 900006"),
    ad(CITY, "cl-6007", "2026-03-07T20:00:00Z", "Birmingham", "GB", "Asian beauty new 新来的",
       "New in Birmingham for one week only, she is young and shy. Text 07700 900002, we answer fast.", "07700 900002"),
    ad(CITY, "cl-6002", "2026-03-09T20:00:00Z", "London", "GB", "Sweet Asian girl 新来 - leaving soon",
       "She is new, young and sweet, little English. Leaving London soon for Brussels. Text only +32 470 98 76 54. We have hotel.", "+32 470 98 76 54"),
    ad(CITY, "cl-6008", "2026-03-08T20:00:00Z", "Bristol", "GB", "Holly, independent",
       "Holly in Bristol, independent companion, verified reviews on request.", "07700 900008"),
    ad(CITY, None, "2026-03-09T21:00:00Z", "Glasgow", "GB", "Chloe in Glasgow",
       "Chloe, visiting Glasgow this week. Call 07700 900009.", "07700 900009", url="https://citylights.example/glasgow/chloe-visiting"),
    ad(CITY, "cl-6011", "2026-03-10T22:00:00Z", "London", "GB", "Young Asian girls, hotel",
       "Young Asian girls in hotel near Kings Cross, new every week. Text sevenseven00 nine000 one2 or +32 four7zero 98 76 54.", "+32 470 98 76 54"),
]

FIELDS = ["site", "ad_id", "url", "posted_at", "city", "country", "title", "body", "phone", "images"]

def as_json(a):
    o = {k: a[k] for k in FIELDS if k != "images" and a[k] is not None}
    if a["images"]:
        o["images"] = a["images"]
    o.update(a["extras"])
    return o

def write_jsonl(name, ads, numeric_ids=False):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        for a in ads:
            f.write(json.dumps(as_json(a), ensure_ascii=False) + "\n")

def write_csv(name, ads, delimiter, columns):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(columns)
    for a in ads:
        row = []
        for c in columns:
            v = a["extras"].get(c) if c not in FIELDS else a[c]
            if c == "images":
                v = "|".join(a["images"])
            row.append("" if v is None else v)
        w.writerow(row)
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title} | {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
</head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/city/{city}">{city}</a></nav>
<article data-ad-id="{ad_id}">
  <h1>{title}</h1>
  <p class="meta">Posted <time datetime="{posted_at}">{posted_at}</time> in
    <span itemprop="addressLocality">{city}</span>, <span itemprop="addressCountry">{country}</span></p>
  <div class="ad-description">{body}</div>
  <p>Contact: <span class="ad-phone">{phone}</span></p>
{images}
  <dl class="ad-attributes">
{attributes}
  </dl>
</article>
<footer>All ads on this site are fictional test data.</footer>
</body>
</html>
"""

def write_html(name, a, lang, attributes):
    from html import escape
    body = "".join(f"<p>{escape(p)}</p>" for p in a["body"].split("\n"))
    images = "\n".join(f'  <img class="ad-photo" src="{escape(i)}" alt="photo">' for i in a["images"])
    attrs = "\n".join(f"    <dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in attributes)
    text = PAGE.format(lang=lang, site=a["site"], url=escape(a["url"]), ad_id=escape(a["ad_id"]),
                       title=escape(a["title"]), posted_at=a["posted_at"], city=escape(a["city"]),
                       country=escape(a["country"]), body=body, phone=escape(a["phone"] or ""),
                       images=images, attributes=attrs)
    os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)
    with open(os.path.join(HERE, "pages", name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)

write_jsonl("rosegarden-2026-03.jsonl", rose)
write_jsonl("citylights-2026-03.ndjson", city)
# dolcevita gives posted_at as Unix epoch seconds (a number), which the format also accepts.
from datetime import datetime
for a in dolce:
    a["posted_at"] = int(datetime.fromisoformat(a["posted_at"]).timestamp())
write_jsonl("dolcevita-2026-03.jsonl", dolce)
write_csv("velvetnights-2026-03.csv", velvet, ";", ["posted_at", "ad_id", "site", "city", "country", "title", "body", "phone", "url"])
write_csv("lunaclub-2026-03.tsv", luna, "\t", ["site", "url", "ad_id", "posted_at", "city", "country", "phone", "title", "body"])
write_csv("herzblatt-2026-03.csv", herz, ",", ["title", "body", "phone", "city", "country", "posted_at", "url", "ad_id", "site"])

pages = [
    (ad(DOLCE, "dv-5010", "2026-03-06T21:00:00+01:00", "Bologna", "IT", "Nuova a Bologna 新来的",
        "Lei è nuova a Bologna, giovane e timida.\nSolo WhatsApp +32 470 98 76 54, niente chiamate.", "+32 470 98 76 54",
        ["../img/dv-5010-a.jpg", "../img/dv-5010-b.jpg"]), "it", [("età", "22"), ("lingue", "cinese, inglese")]),
    (ad(DOLCE, "dv-5011", "2026-03-07T21:00:00+01:00", "Firenze", "IT", "Elena a Firenze",
        "Elena, indipendente, Firenze centro.\nSolo su appuntamento.", "300 000 0011", []), "it", [("età", "34")]),
    (ad(ROSE, "rg-1020", "2026-03-13T20:00:00+01:00", "Antwerpen", "BE", "Nieuw: twee Aziatische vriendinnen",
        "Twee vriendinnen, net aangekomen in Antwerpen.\nWij ontvangen in hotel. Sms 0470 98 76 54.", "0470 98 76 54",
        ["../img/rg-1020.jpg"]), "nl", [("talen", "Chinees"), ("leeftijd", "21")]),
    (ad(ROSE, "rg-1021", "2026-03-14T11:00:00+01:00", "Brugge", "BE", "Eva, zelfstandige masseuse",
        "Eva, gediplomeerd masseuse in Brugge.\nAfspraak per telefoon.", "+32 472 10 20 30", []), "nl", []),
    (ad(CITY, "cl-6010", "2026-03-08T20:00:00Z", "London", "GB", "New: Lily 新",
        "Lily is new in London, sweet and quiet.\nText only, no calls: 07700 900010.", "07700 900010",
        ["https://citylights.example/img/cl-6010.jpg"]), "en", [("age", "20"), ("ethnicity", "Chinese")]),
    (ad(HERZ, "hb-4010", "2026-03-10T20:00:00Z", "Köln", "DE", "Neu: Yuki in Köln",
        "Yuki, neu in Köln, freundlich und diskret.\nTermine nur per SMS.", "0151 00000010", []), "de", [("alter", "25")]),
]
for a, lang, attrs in pages:
    write_html(f"{a['site'].split('.')[0]}-{a['ad_id']}.html", a, lang, attrs)

# Deliberately bad records, each of a kind the reader must reject while keeping the good ones.
bad = os.path.join(HERE, "bad")
os.makedirs(bad, exist_ok=True)
good = as_json(ad(ROSE, "rg-1900", "2026-03-15T10:00:00+01:00", "Gent", "BE", "Goed record", "Dit record is in orde.", "0470 00 00 01"))
with open(os.path.join(bad, "mixed.jsonl"), "wb") as f:
    f.write((json.dumps(good, ensure_ascii=False) + "\n").encode())
    f.write(b'{"site": "rosegarden.example", "ad_id": "rg-1901", "posted_at": "2026-03-15", "title": "Afgebroken\n')
    f.write(b'{"site": "rosegarden.example", "ad_id": "rg-1902", "posted_at": "2026-03-15", "title": "Ongeldige bytes \xff\xfe hier"}\n')
    f.write(b'{"ad_id": "rg-1903", "posted_at": "2026-03-15", "title": "Geen site"}\n')
    f.write(b'{"site": "rosegarden.example", "ad_id": "rg-1904", "posted_at": "2026-03-15", "title": ["geen", "tekst"]}\n')
    f.write(b'{"site": "rosegarden.example", "ad_id": "rg-1905", "posted_at": "de vijftiende maart", "title": "Slechte datum"}\n')
    g2 = dict(good, ad_id="rg-1906", title="Nog een goed record")
    f.write((json.dumps(g2, ensure_ascii=False) + "\n").encode())
with open(os.path.join(bad, "mixed.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("site;ad_id;posted_at;city;title;body\r\n")
    f.write("velvetnights.example;vn-2900;01/03/2026;Lille;Bon;Cet enregistrement est correct.\r\n")
    f.write("velvetnights.example;vn-2901;01/03/2026;Lille;Trop de champs;un;deux\r\n")
    f.write("velvetnights.example;vn-2902;32/03/2026;Lille;Date impossible;texte\r\n")
    f.write("velvetnights.example;vn-2903;02/03/2026;Lille;Citation ouverte;\"le fichier se termine dans les guillemets\r\n")
open(os.path.join(bad, "empty.jsonl"), "wb").close()
with open(os.path.join(bad, "photo.jsonl"), "wb") as f:
    # A PNG signature and header chunk under a .jsonl name: a binary file saved with the wrong extension.
    f.write(bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]))
